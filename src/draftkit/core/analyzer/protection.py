"""Readers for how the survivor is treated: nexus, confidentiality, access."""

from __future__ import annotations

from draftkit.core.analyzer.cues import (OVERRIDES, Hit, Reading, anchor, before_has, find, gate, has, rx, spans,
                                         starts, unit_has)
from draftkit.core.analyzer.text import Doc

# ---------------------------------------------------------------- nexus
_TARGET = r"[^.;,:]{0,60}?\b(?:victim|traffick\w*|servitude|exploitation|status)"
RELATED = rx(r"\bcommitted while (?:\w+ ){0,4}(?:a )?(?:victim|trafficked)|\bwhile (?:they were|(?:he or she|he|she|the \w+) (?:was|is|were)) (?:a )?(?:victim|being trafficked|trafficked)"
             r"|\bwhile being (?:trafficked|a victim)|\b(?:related to|in connection with|connected (?:to|with)|associated with)" + _TARGET +
             r"|\bduring (?:the )?(?:period|time)\b[^.;]{0,40}\b(?:victim|trafficked)"
             r"|\b(?:victim|trafficked \w+)(?: of [^.;,]{0,40})? at (?:or around )?the time\b|\binterrelated to" + _TARGET)
RESULT = rx(r"\bstemm(?:ed|ing|s) from" + _TARGET + r"|\bresult(?<!direct result)(?<!directly result)(?:ed|s)? (?:of|from)" + _TARGET +
            r"|\bconsequence(?<!direct consequence) of" + _TARGET +
            r"|\b(?:arose|arises|arising) (?:out of|from)" + _TARGET + r"|\bproximate(?:ly)? caus\w*" + _TARGET + r"|\b(?:victim|trafficking)\b[^.;]{0,40}\b(?:was|is) the (?:proximate )?cause" + r"|\barising (?:out of|from)" + _TARGET +
            r"|\bdue to" + _TARGET + r"|\battributable to" + _TARGET + r"|\bcaused(?<!directly caused)(?<!delay caused) by" + _TARGET)
DIRECT = rx(r"\bdirect(?:ly)? (?:result|consequence|caused|attributable)\w*" + _TARGET + r"|\bsolely\b" + _TARGET + r"|\bbecause of" + _TARGET + r"|\bbut for\b" + _TARGET
            + r"|\bby reason of" + _TARGET)
COERCION = rx(r"\bcoerc(?:ed|ion)\b|\bcompelled\b|\bduress\b|\bforced (?:or coerced )?(?:to commit|by)\b"
              r"|\b(?:required|directed) by (?:the |a |any )?(?:human )?traffickers?\b")
# "a defense of coercion", "the affirmative defense that ...": a defense to the charge, not
# the test the relief sets (RUBRIC: nexus is read on the relief provision).
DEFENSE_OF = rx(r"\bdefen[cs]es? (?:of|based on) (?:coercion|duress|compulsion)\b[^.;]{0,60}$|\bdefen[cs]es? (?:of|based on|that)\b[^.;]{0,20}$")
AFFIRMATIVE = rx(r"\b(?:affirmative defen[cs]e|(?:is|as) a defen[cs]e)(?: to (?:a |the )?(?:prosecution|charge)[^.;]{0,60}?)? that\b[^.;]{0,150}$")
DEFENSE = rx(r"\baffirmative defense|\bdefense at trial|\boffer the defense|\bmeans\b|\brecords? between\b|\breveal\w*|\bevidence (?:may include|of such)")
# "committed while the person was a victim": the survivor's own offense, whoever else is named
SURVIVOR_WAS = rx(r"\b(?:the (?:person|petitioner|movant|defendant|applicant|individual)|they|he or she) (?:was|were) (?:a |being )?(?:victim|trafficked)")
OTHER_OFFENDER = rx(r"\b(?:charged|convicted)\b[^.;]{0,40}$")
OR_ACTING = rx(r"\bor (?:was )?(?:acting )?under the$|\bor was acting\b")
# the nexus words inside a presumption ("shall create a presumption that the participation
# was a result of ..."): what documentation proves, not the test itself
PRESUMED = rx(r"\bpresum\w*[^.;]{0,250}$")
ALTERNATIVE_CONTROL = rx(r"\bor (?:\(\w+\) )?(?:was )?(?:under the control of|at the direction of)|\bor was under the age")
_ORDER = ("coercion", "direct_result", "result", "related")
_REASONS = {
    "related": "offenses committed while the person was a victim, or related to the trafficking, qualify",
    "result": "the offense must be a result of the trafficking",
    "direct_result": "the offense must be a direct result of the trafficking",
    "coercion": "the survivor must show the trafficker coerced or compelled this very offense",
}


def read_nexus(doc: Doc, excerpt: bool, has_relief: bool) -> Reading:
    found = _nexus_hits(doc)
    if not found:
        return _silent_nexus(excerpt, has_relief)
    by_section: dict[int, dict[str, list[Hit]]] = {}
    for level, hits in found.items():
        for hit in hits:
            by_section.setdefault(hit.unit.section, {}).setdefault(level, []).append(hit)
    narrowest = [_narrowest(doc, levels) for levels in by_section.values()]
    # avenues differ: the most favourable one, unless a provision overrides the others
    # ("Notwithstanding §§ 9-3101 and 9-3103, relief ... is available only where ...")
    overriding = [item for item, levels in zip(narrowest, by_section.values())
                  if any(has(doc, OVERRIDES, hit.unit.start, hit.unit.end) for hits in levels.values() for hit in hits)]
    if overriding:
        level, hits = min(overriding, key=lambda item: _ORDER.index(item[0]))
    else:
        level, hits = max(narrowest, key=lambda item: _ORDER.index(item[0]))
    verify = len({item[0] for item in narrowest}) > 1
    return Reading(level, _REASONS[level], spans(hits), verify=verify)


def _nexus_hits(doc: Doc) -> dict[str, list[Hit]]:
    coercion = [hit for hit in find(doc, COERCION, category=_NEXUS)
                if not before_has(doc, hit, DEFENSE, 200)
                and not ALTERNATIVE_CONTROL.search(doc.match, hit.end, hit.end + 60)
                and "means" not in doc.match[hit.end:hit.end + 15]
                and not before_has(doc, hit, OR_ACTING, 40)]
    related = [hit for hit in find(doc, RELATED, category=_NEXUS)
               if SURVIVOR_WAS.search(doc.match, hit.start, hit.end) or not before_has(doc, hit, OTHER_OFFENDER, 60)]
    found = {"related": related, "result": find(doc, RESULT, category=_NEXUS),
             "direct_result": find(doc, DIRECT, category=_NEXUS), "coercion": coercion}
    found = {level: [hit for hit in hits if not _in_defense(doc, hit)] for level, hits in found.items()}
    found = {level: [hit for hit in hits if not before_has(doc, hit, PRESUMED, 250)]
             for level, hits in found.items()}
    return {level: hits for level, hits in found.items() if hits}


def _in_defense(doc: Doc, hit: Hit) -> bool:
    """The cue names a defense to the charge ("a defense of coercion", "it is an affirmative
    defense that ... as a result of"), not what the relief requires."""
    if doc.match.find("defen", hit.unit.start, hit.start) < 0:
        return False
    return before_has(doc, hit, DEFENSE_OF, 100) or before_has(doc, hit, AFFIRMATIVE, 250)


def _narrowest(doc: Doc, levels: dict[str, list[Hit]]) -> tuple[str, list[Hit]]:
    """The narrowest test in a section, unless it is offered with a broader one as
    alternatives ("a direct result of or proximately caused by")."""
    ranked = sorted(levels, key=_ORDER.index)
    level = ranked[0]
    for hit in levels[level]:
        for better in ranked[1:]:
            if any(_alternatives(doc, hit, other) for other in levels[better]):
                level = better
    return level, levels[level]


def _alternatives(doc: Doc, first: Hit, second: Hit) -> bool:
    """Two cues joined by "or" within a few words of each other."""
    start, end = sorted((first.start, second.start))
    return end - start < 60 and " or " in doc.match[start:end + 1]


def _silent_nexus(excerpt: bool, has_relief: bool) -> Reading:
    if has_relief and not excerpt:
        return Reading("related", "relief does not depend on any link to trafficking",
                       verify=True, silent=True)
    return Reading("coercion", "no link between the offense and the trafficking is stated",
                   verify=True, silent=True)


# ---------------------------------------------------------------- confidentiality
FULL = rx(r"\b(?:motion|petition|application|proceeding|hearing|record of the proceeding|court file|filings?|papers|exhibits)s?\b(?:(?!records? of|conviction|arrest|sealing)[^.;]){0,80}?"
          r"\b(?:shall be|are|is|must be|shall remain) (?:kept )?(?:confidential|under seal|sealed|closed to the public|not (?:be )?(?:open|available) (?:to|for) (?:the )?public|exempt from public (?:disclosure|inspection))"
          r"|\b(?:shall|may) not make available to the public (?:the )?(?:petition|motion|application|court file|file|papers)"
          r"|\bname shall not appear in any public"
          r"|\b(?:captioned|identified|referred to|named) (?:only )?by (?:the (?:petitioner|movant|applicant|person|victim)'s |(?:his|her|their) )?initials"
          r"|\bfiled under seal\b|\b(?:identity|name|identifying information)s? of (?:the |a )?(?:victim|petitioner|movant|defendant|person|applicant)s?\b[^.;]{0,120}?\b(?:not (?:be )?(?:disclosed|made public|open)|confidential|protected|redacted|withheld)"
          r"|\bmay not disclose the identity|\b(?:record|document)s? revealing the name[^.;]{0,80}\bnot (?:be )?open|\bkeep the identity\b[^.;]{0,80}\bconfidential"
          r"|\bpseudonym|\bclose the (?:hearing|courtroom|proceeding)|\bonly by (?:(?:his|her|their) )?initials"
          r"|\bnot disclose the (?:petitioner|movant|applicant|person|victim|defendant)'s (?:name|identity)|\bclosed to the public")
PARTIAL = rx(r"\bmay\b[^.;]{0,60}\b(?:seal|close|make confidential|impound)\b[^.;]{0,30}\b(?:proceeding|hearing|motion|petition|record of the proceeding|file)"
             r"|\bmay\b[^.;]{0,40}\b(?:proceeding|hearing|motion|petition|file)s?\b[^.;]{0,20}\b(?:be )?(?:closed|sealed|kept confidential)"
             r"|\b(?:(?:at|upon|on) (?:the )?(?:(?:petitioner|movant|applicant|person|defendant|mover|victim|respondent|survivor)'s )?(?:written )?request"
             r"|(?:upon|on) (?:the )?(?:motion of|(?:petitioner|movant|applicant|person|defendant|mover|victim|respondent|survivor)'s (?:written )?motion))\b"
             r"[^.;]{0,220}\b(?:under seal|in camera|confidential|closed|sealed|nonpublic|impound)"
             r"|\b(?:once|after|when|where|if|upon)\b[^.;]{0,40}\b(?:(?:is |are |been )?granted|grants)\b[^.;]{0,160}\bconfidential|\bbecomes? confidential"
             r"|\b(?:after|once|when|upon)\b[^.;]{0,30}\b(?:order|relief)\b[^.;]{0,20}\b(?:is|has been) (?:entered|granted|issued)\b[^.;]{0,160}\bconfidential"
             r"|\b(?:upon|after|on) (?:the )?(?:grant\w*|entry|issuance|allowance) of (?:the |an |a )?(?:order|relief|motion|petition)[^.;]{0,260}\b(?:confidential|not make available to the public)"
             # the papers of the proceeding sealed once relief is granted (not the criminal records)
             r"|\b(?:upon|after|on) (?:the )?(?:grant\w*|entry|issuance|allowance) of (?:the |an |a )?(?:order|relief|motion|petition)\b[^.;]{0,40}"
             r"\b(?:petition|motion|application|papers|file|filings|exhibits|proceeding)s?\b(?:(?!records? of)[^.;]){0,80}\b(?:sealed|under seal)"
             r"|\bif the (?:motion|petition|application) is granted[^.;]{0,160}\bconfidential"
             r"|\b(?:after|once|when|upon) (?:the court |it )(?:issues|enters|grants)\b[^.;]{0,80}\b(?:petition|motion|application|papers|court file|file of|documents filed|proceeding)\b"
             r"[^.;]{0,80}\b(?:confidential|sealed|under seal)")


def read_confidentiality(doc: Doc) -> Reading:
    partial = find(doc, PARTIAL, category=_CONFIDENTIALITY)
    partial_units = {hit.unit.start for hit in partial}
    full = [hit for hit in find(doc, FULL, category=_CONFIDENTIALITY) if hit.unit.start not in partial_units]
    if full:
        return Reading("full", "the proceeding or the survivor's identity is kept confidential",
                       spans(full))
    if partial:
        return Reading("partial", "the proceeding becomes confidential only on request or once "
                       "relief is granted", spans(partial))
    return Reading("none", "nothing keeps the motion, its papers or the hearing confidential",
                   silent=True)


# ---------------------------------------------------------------- access
NO_FEE = rx(r"\b(?:no|without) (?:filing |processing |court |docket )?(?:fees?|costs?)\b|\bshall not be charged (?:a |any )?(?:filing |processing )?fee|\bmay not charge (?:a |any )?(?:filing )?fee"
            r"|\bnot (?:be )?required to pay (?:a |any )?(?:filing |processing |court |docket )?(?:fees?|costs?)"
            r"|\b(?:fees?|costs?)\b[^.;]{0,60}?\b(?:shall be|are|is|must be) (?:waived|not (?:be )?(?:charged|assessed|required|collected))"
            r"|\bshall not (?:charge|collect|assess|impose|require) (?:a |any )?(?:filing |processing )?(?:fees?|costs?)|\bexempt from (?:the )?(?:payment of )?(?:any |all )?(?:fees?|costs?)"
            r"|\bwaive (?:the |any |all )?(?:filing |processing )?(?:fees?|costs?)|\bfree of charge|\bwithout (?:cost|charge)\b")
REFUND = rx(r"\brefund\w*|\breimburs\w*|\breturn (?:of )?(?:any |all )?(?:fines?|fees?)|\bfines?[^.;]{0,40}\b(?:returned|repaid)")
COUNSEL = rx(r"\bappoint (?:an? )?(?:counsel|attorney|lawyer)|\bright to (?:counsel|an attorney)|\b(?:counsel|attorney|legal representation) (?:shall|may|must) be (?:appointed|provided)"
             r"|\bassign (?:counsel|an attorney)|\bassistance of counsel|\bappointment of (?:counsel|an attorney)|\bappointed (?:counsel|attorney)")
# a fee waiver only for those unable to pay is the general rule, not a no-fee provision
INDIGENCE = rx(r"\bunable to pay\b|\bindigen\w*|\binability to pay\b")
# "does not provide for counsel or for the refund of any fine", "makes no provision for
# counsel", "This chapter does not waive any fee"
NO_PROVISION = rx(r"\b(?:does|do|shall) not (?:provide|waive|authorize|allow)\b[^.;]{0,60}$|\b(?:does|do) not $|\bmakes? no provision\b[^.;]{0,60}$"
                  r"|\bno provision (?:is made )?for\b[^.;]{0,60}$")
# a refund or counsel withheld: the provisions above, or "not entitled", "no right", "nothing in this"
NOT_ENTITLED = rx(NO_PROVISION.pattern + r"|\bnot (?:be )?entitled\b|\bno right\b|\bnothing in this\b|\bdoes not entitle")
CIVIL = rx(r"\brestitution|\bdamages\b|\bcause of action")
# "Any fine, fee, or restitution paid on a conviction ... shall be refunded": a refund still
FINE_PAID = rx(r"\bfines?\b[^.;]{0,60}\bpaid\b")
# "No fee shall be charged for an application to the fund": a fee of another program
OTHER_PAYMENT = rx(r"\bfund\b|\bcompensation\b|\baward\b")


def _clause_after(doc: Doc, hit: Hit) -> str:
    """The rest of the hit's clause (up to the next comma or semicolon)."""
    following = doc.match[hit.end:min(hit.unit.end, hit.end + 160)]
    return following.split(",", 1)[0].split(";", 1)[0]


def read_access(doc: Doc) -> Reading:
    no_fee = [hit for hit in find(doc, NO_FEE, category=_ACCESS)
              if not INDIGENCE.search(_clause_after(doc, hit)) and not unit_has(doc, hit, OTHER_PAYMENT)
              and not before_has(doc, hit, NO_PROVISION, 80)]
    support = [hit for hit in find(doc, REFUND, category=_ACCESS) + find(doc, COUNSEL, category=_ACCESS)
               if (not unit_has(doc, hit, CIVIL) or unit_has(doc, hit, FINE_PAID))
               and not before_has(doc, hit, NOT_ENTITLED, 80)]
    if no_fee and support:
        return Reading("full", "no fees, and fines are refunded or counsel is provided",
                       spans(no_fee, 2) + spans(support, 2))
    if no_fee:
        return Reading("partial", "no fees are charged, but fines are not refunded and no "
                       "counsel is provided", spans(no_fee))
    if support:
        return Reading("partial", "fines are refunded or counsel is provided, but fees are "
                       "still charged", spans(support))
    return Reading("none", "nothing waives fees, refunds fines or provides counsel", silent=True)


# The patterns that read each category (a catchline decides only where the body is silent).
_NEXUS = (RELATED, RESULT, DIRECT, COERCION)
_CONFIDENTIALITY = (FULL, PARTIAL)
_ACCESS = (NO_FEE, REFUND, COUNSEL)

# Literal words every match contains: long texts are scanned only where they occur.
anchor({
    RELATED: ("during", "while", "related to", "in connection with", "connected", "associated with",
              "the time"),
    RESULT: ("consequence", "result", "proximate", "arose", "arises", "arising", "due to", "attributable to",
             "caused by", "cause", "stemm"),
    DIRECT: ("direct", "solely", "because of", "but for", "by reason of"),
    COERCION: ("coerc", "compelled", "duress", "forced", "required by", "directed by"),
    FULL: ("confidential", "seal", "closed", "public", "identity", "name", "identifying",
           "pseudonym", "close the", "initials"),
    PARTIAL: ("seal", "close", "confidential", "camera", "nonpublic", "impound"),
    NO_FEE: ("fee", "cost", "charge"),
    REFUND: ("refund", "reimburs", "return", "fine"),
    COUNSEL: ("counsel", "attorney", "lawyer", "legal representation"),
})

# "at the request", "on the movant's written request", "on the motion of": PARTIAL's branch
# begun by a party's request, by its first words (not every "on the" in the text)
_REQUESTED = tuple(f"{prep} the {what}" for prep in ("at", "on")
                   for what in ("request", "written request", "motion of", "petitioner's", "movant's",
                                "applicant's", "person's", "defendant's", "mover's", "victim's", "respondent's",
                                "survivor's"))

# The words every match begins with: the fastest scan of all.
starts({
    RELATED: ("committed while", "while", "during", "related to", "in connection", "connected",
              "associated with", "victim", "trafficked", "interrelated"),
    RESULT: ("result", "consequence", "arose", "arises", "arising", "proximate", "victim", "trafficking", "due to", "stemm",
             "attributable", "caused"),
    DIRECT: ("direct", "solely", "because of", "but for", "by reason of"),
    COERCION: ("coerc", "compelled", "duress", "forced", "required by", "directed by"),
    COUNSEL: ("appoint", "assign", "right to", "counsel", "attorney", "legal representation",
              "assistance of counsel"),
    REFUND: ("refund", "reimburs", "return", "fine"),
    NO_FEE: ("no ", "without", "shall not", "may not", "not ", "fee", "cost", "exempt", "waive",
             "free of charge"),
    FULL: ("motion", "petition", "application", "proceeding", "hearing", "record of the proceeding",
           "court file", "filing", "papers", "exhibits", "filed under seal", "identity", "name",
           "identifying", "may not disclose", "record", "document", "keep the identity",
           "pseudonym", "close the", "only by", "not disclose", "closed to", "captioned", "identified",
           "referred to", "shall not make available", "may not make available"),
    PARTIAL: ("may", *_REQUESTED, "at request", "upon", "on request", "on motion", "on written", "on grant",
              "on entry", "on issuance", "on allowance", "on the grant", "on the entry", "on the issuance",
              "on the allowance", "once", "after", "when", "where", "if", "become"),
})

# Anchor lists read against every branch of these (see cues.gate): tried only near them.
gate(PARTIAL, by_start={(*_REQUESTED, "at request", "upon", "on request", "on motion", "on written", "on grant",
                          "on entry", "on issuance", "on allowance", "on the grant", "on the entry", "on the issuance",
                          "on the allowance", "once", "after", "when", "where",
                          "become"): ("confidential", "under seal", "in camera", "closed", "sealed", "nonpublic",
                                      "impound")})
gate(RESULT, by_start={("victim", "trafficking"): ("the cause", "the proximate cause")})
gate(FULL, by_start={
    ("motion", "petition", "application", "proceeding", "hearing", "court file", "filing", "papers",
     "exhibits"): ("confidential", "under seal", "sealed", "public"),
    "record": ("confidential", "under seal", "sealed", "public", "revealing the name"),
    "document": ("revealing the name",),
    ("identity", "name", "identifying"): ("disclosed", "made public", "open", "confidential", "protected",
                                          "redacted", "withheld", "initials"),
    ("captioned", "identified", "referred to"): ("initials",),
})

# Checked around each hit (cues.has): skipped where none of these words occurs.
anchor({
    NO_PROVISION: ("does not", "do not", "shall not", "no provision"),
    PRESUMED: ("presum",),
    FINE_PAID: ("fine",),
    OTHER_PAYMENT: ("fund", "compensation", "award"),
})
