"""Readers for how relief is decided: discretion, timing, hearing, burden, documentation."""

from __future__ import annotations

from draftkit.core.analyzer.cues import (OVERRIDES, Hit, Reading, after_has, anchor, before_has, ends, find,
                                         fuzzy_find, decisive, gate, rx, scan, spans, starts, unit_has)
from draftkit.core.analyzer.text import Doc

# ---------------------------------------------------------------- discretion
# (not "grant a continuance", "grant an extension": other rulings the court may make)
_RELIEF_VERB = (r"(?:grant(?! (?:a |an |the )?(?:continuance|extension|stay|adjournment|award|recess|postponement))|vacate|expunge|seal|set aside|annul|dismiss the charges?|issue an order|issue the order|enter an order"
                r"|an order (?:vacating|setting aside|expunging|sealing|purging|annulling)"
                r"|order (?:that |the |all )?(?:[\w']+ ){0,2}(?:records?|conviction|expung\w*|seal\w*|vacat\w*|destruction)"
                r"|order the (?:expungement|sealing|vacatur|destruction|obliteration|erasure|purging|annulment|expunction))\b")
# older forms of the same verbs: "is hereby directed to", "it shall be the duty of the court
# to", "is entitled to an order" (a duty), "is authorized to" (a power: may)
GRANT = rx(r"\b(?P<modal>shall be the (?:further )?duty of (?:the|said|such) court to|shall|must|may|will"
           r"|is (?:hereby )?(?:directed|authorized) to|is entitled to)(?P<neg> not)?(?:,? (?:therefore|then|thereupon)|, [^,.;]{1,80},)? " + _RELIEF_VERB)
# "The court shall not deny a motion that meets ... unless ...": a duty to grant (with its exception)
NOT_DENY = rx(r"\b(?P<modal>shall|must|may) not (?:deny|refuse)\b(?P<neg>(?!))?"
              r"(?=[^.;]{0,150}\bunless\b|[^.;]{0,60}\b(?:meets|satisfies|complies with)\b)")
PASSIVE_GRANT = rx(r"\b(?P<modal>shall|must|may)(?P<neg> not)? be (?:granted|vacated|expunged|sealed|set aside)\b")
EXCEPTION = rx(r"\bunless (?!otherwise)|\binterests? of justice\b|\bgood cause\b|\bshows? cause\b|\bif the (?:prosecut\w+|district attorney|state|attorney for the \w+)[^.;]{0,60}"
               r"(?:consents?|fails? to (?:respond|object)|does not (?:object|oppose))")
DISCRETION_WORDS = rx(r"\bin (?:its|the court's|the) discretion\b|\bdiscretion of the court\b"
                      r"|\bif (?:it|the court) deems (?:it )?(?:just|appropriate|proper)")
# a consequence of relief already granted ("If the motion is granted, ... shall be expunged")
AFTER_GRANT = rx(r"\b(?:if|once|when|after|upon)\b[^.;]{0,40}\b(?:is|are|has been|have been) granted\b|\b(?:up)?on (?:the )?granting\b"
                 r"|\b(?:if|once|when|after|upon) (?:it|the court|a court) (?:grants|vacates|sets aside|expunges)\b"
                 r"|\b(?:an? |the )?order granting\b"
                 r"|\b(?:in|on|upon) (?:the )?(?:granting|vacating|vacatur|grant of|allowance of)\b")
# "No petition shall be granted without ...": a condition, not a duty to grant
NO_SUBJECT = rx(r"\bno (?:[\w-]+ ){1,3}$|\bno (?:motion|petition|application|relief|order|writ)\b(?:(?!,)[^.;]){0,60}$")
# "sent to the department, which shall expunge the record": an agency carrying out an
# order, not the court deciding whether to grant
AGENCY_SUBJECT = rx(r"\b(?:department|clerk|agency|agencies|repository|bureau|custodian|sheriff|division)"
                    r"(?: of [\w ]{1,30}?)?(?:,? (?:which|who|that))? $")
HEARING_ONLY = rx(r"\bwithout (?:a |notice or )?hearing\b")


def read_discretion(doc: Doc) -> Reading:
    shall, presumptive, may = _grants(doc)
    if shall:
        return Reading("mandatory", "the court shall grant relief once the elements are shown",
                       spans(shall), verify=bool(may))
    if presumptive:
        return Reading("presumptive", "the court shall grant relief unless a stated exception "
                       "applies", spans(presumptive), verify=bool(may))
    if may:
        return Reading("discretionary", "the court may grant relief: the decision is "
                       "discretionary", spans(may))
    return Reading("discretionary", "nothing says the court must grant relief",
                   verify=True, silent=True)


def _grants(doc: Doc) -> tuple[list[Hit], list[Hit], list[Hit]]:
    shall: list[Hit] = []
    presumptive: list[Hit] = []
    may: list[Hit] = []
    for hit, match in _grant_matches(doc):
        modal = match.group("modal").lower()
        modal = "may" if modal.endswith("authorized to") else modal
        modal = "shall" if match.re is NOT_DENY else modal  # "shall not deny": a duty to grant
        negated = match.group("neg") is not None or before_has(doc, hit, NO_SUBJECT, 70)
        if modal == "may" or negated or DISCRETION_WORDS.search(doc.match, hit.start, hit.end):
            if not (modal == "may" and unit_has(doc, hit, HEARING_ONLY)):
                may.append(hit)
        elif after_has(doc, hit, EXCEPTION, 600) or before_has(doc, hit, EXCEPTION, 300):
            presumptive.append(hit)
        else:
            shall.append(hit)
    return shall, presumptive, may


def _grant_matches(doc: Doc):
    for pattern in (GRANT, PASSIVE_GRANT, NOT_DENY):
        for match in scan(doc, pattern):
            hit = Hit(match.start(), match.end(), doc.unit_at(match.start()))
            if (decisive(doc, [hit], _DISCRETION) and not before_has(doc, hit, AFTER_GRANT, 200)
                    and not before_has(doc, hit, AGENCY_SUBJECT, 60) and not BY_REFERENCE.match(doc.match, hit.end)):
                yield hit, match


# ---------------------------------------------------------------- timing
ANYTIME = rx(r"\bat any time\b(?! (?:before|prior))|\bno (?:time limit|deadline|waiting period|statute of limitations)\b"
             r"|\bregardless of (?:when|the date|the time)\b|\bnot (?:subject to|limited by) (?:a|any) (?:time limit|deadline)")
REASONABLE = rx(r"\breasonable (?:period of )?time\b|\breasonable period\b|\bdue diligence\b|\breasonable concerns? for the safety")
_PERIOD = r"(?:[\w-]+ (?:\(\d+\) )?)(?:calendar )?(?:days?|months?|years?)"
RESTRICTED = rx(r"\b(?:shall|may) (?:not )?be (?:filed|made|brought) (?:under this \w+ )?(?:until|before|earlier than|sooner than|prior to)\b"
                r"|\bafter the lapse of (?:\w+ ){1,3}(?:years?|months?|days?)\b|\bno (?:sooner|earlier) than\b|\bnot (?:sooner|earlier) than\b|\bnot (?:be )?(?:filed|made|brought) (?:until|before|earlier than|sooner than|prior to)\b"
                rf"|\bat least {_PERIOD} (?:after|following|from|since|ha(?:ve|s) (?:passed|elapsed))"
                rf"|\bwithin {_PERIOD} (?:after|of|from|following) (?:the )?(?:(?:later|earlier) of (?:the )?)?(?:date (?:of|on which|the) (?:the )?(?:conviction|judgment|sentenc|release|person|defendant|offense|original|final|entry|arrest|discharge|dismissal|movant|mover|petitioner|applicant)|conviction|judgment|release|sentenc|entry of|final|offense|arrest"
                r"|(?:\w+ )?(?:ceased|ceasing|escaped|escaping|left|leaving|exited|exiting))"
                rf"|\b(?:has |have )?(?:completed|completion of|satisf(?:ied|action of)|discharged? from) (?:any |all |the |each of the |each |every )?(?:terms? of (?:the |any |all )?|sentencing alternatives? )?(?:probation|parole|sentence|disposition|supervision|sentencing)"
                rf"|\b{_PERIOD} (?:have|has) (?:passed|elapsed) since|\bwaiting period\b(?! shall not)"
                r"|\bcompletes? (?:any|the|all) (?:sentence|term)|\bpaid in full\b"
                rf"|\bmore than {_PERIOD} after\b[^.;]{{0,150}}\b(?:is|are|shall be) (?:barred|untimely|dismissed)\b"
                r"|\b(?:on or )?after the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+th) anniversary of\b"
                rf"|\bno?t? later than {_PERIOD} (?:after|from|following|of)\b|\bno?t? later than the (?:\w+ )?anniversary of\b")
# "grant a continuance ... for a reasonable time to obtain services": not a filing deadline
CONTINUANCE = rx(r"\bcontinuance|\badjourn\w*|\bpostpone\w*")
DEADLINE_NEGATION = rx(r"\bno\b(?! (?:motion|petition|application)s?\b)|\bnot conditioned (?:on|upon)\b|\bbefore (?:the \w+ |he or she |they )?$|\bwithout\b|\bnot (?:subject|required)\b|\bnot (?:need|have) to (?:have )?|\bwhether or not\b|\bregardless of whether\b|\bneed not\b")


def read_timing(doc: Doc) -> Reading:
    """The narrowest rule anywhere in the text controls (RUBRIC.md: the narrower provision)."""
    return _read_timing_hits(doc, 0, len(doc.match))


def _read_timing_hits(doc: Doc, start: int, end: int) -> Reading:
    restricted = [hit for hit in _find_in(doc, RESTRICTED, start, end)
                  if not before_has(doc, hit, DEADLINE_NEGATION, 45)]
    if restricted:
        return Reading("restricted", "relief waits on a deadline, a waiting period or the end "
                       "of the sentence", spans(restricted))
    reasonable = [hit for hit in _find_in(doc, REASONABLE, start, end) if not unit_has(doc, hit, CONTINUANCE)]
    if reasonable:
        return Reading("reasonable_time", "the motion must be brought within a reasonable time "
                       "or with due diligence", spans(reasonable))
    anytime = _find_in(doc, ANYTIME, start, end)
    if anytime:
        return Reading("none", "relief may be sought at any time, with no deadline or wait",
                       spans(anytime))
    return Reading("none", "no deadline or waiting period is stated", silent=True)


def _find_in(doc: Doc, pattern, start: int, end: int) -> list[Hit]:
    return [hit for hit in find(doc, pattern, category=_TIMING) if start <= hit.start < end]


# ---------------------------------------------------------------- hearing
# Words are bounded (\w{0,20}, \w{1,40}): a match then has a known widest reach, which
# lets the scan try only the places near a "hearing" (see cues.gate); no real word is longer.
NOT_REQUIRED = rx(r"\b(?:grant\w{0,20}|vacat\w{0,20}|issue\w{0,20}|rul\w{1,20}|decid\w{1,20}|determin\w{1,20}|enter\w{0,20}|order\w{0,20})\b[^.;]{0,80}\bwithout (?:a |notice or |any )?hearing"
                  r"|\bwithout (?:a |notice or )?hearing,? (?:grant|vacate|issue an order|enter an order|order)"
                  r"|\b(?:grant|decide|rule)\w*\b[^.;]{0,40}\bon the written record\b|\ba hearing is (?:required|held) only (?:if|when|where)\b"
                  r"|\bhearing (?:is|shall be) not required|\bno hearing (?:is|shall be) required|\b(?:need|shall) not (?:hold|conduct|schedule|set) a hearing"
                  r"|\bnothing in this (?:section|article|subsection|paragraph) requires (?:the court to (?:hold|conduct) )?a hearing"
                  r"|\b(?:up)?on the (?:papers|pleadings|written submissions)\b|\bdetermine\w{0,3} (?:the (?:petition|motion|application) )?(?:summarily|ex parte)\b"
                  r"|\bit shall not be necessary (?:for the court )?to (?:hold|conduct|schedule|set) a hearing|\bshall not be denied without (?:a |an )?(?:\w{1,40} )?hearing"
                  r"|\b(?:if|when|where) (?:the court determines (?:that )?)?a hearing is (?:necessary|needed|required|requested)"
                  r"|\bwithout (?:conducting|holding) a hearing|\bmay (?:schedule|hold|set|conduct) a hearing")
REQUIRED_HEARING = rx(r"\b(?:shall|must) (?:hold|conduct|schedule|set|have) (?:a |an )?(?:\w{1,40} )?hearing|\bshall (?:set|schedule) the (?:motion|petition|application|matter|case) for (?:a )?hearing"
                      r"|\bafter (?:a |an )?(?:\w{1,40} )?hearing\b|\bhearing shall be (?:held|conducted)|\bupon (?:a )?hearing\b|\bat the hearing\b"
                      r"|\bdate of the hearing\b|\bmust appear (?:at|before)|\b(?:hold|conduct) a hearing at which"
                      r"|\b(?:shall|must) (?:provide|afford|give)\b[^.;]{0,60}\bopportunity to be heard"
                      r"|\bunless (?:the court has )?(?:first )?(?:held|conducted) a hearing|\b(?:shall|must) hear the (?:petition|motion|application)"
                      r"|\b(?:shall|must|may) not be (?:decided|granted|determined|resolved|ruled (?:on|upon)) without (?:a |an )?(?:\w{1,40} )?hearing"
                      r"|\b(?:shall|may) not (?:enter an order|grant|rule|decide)\b[^.;]{0,40}\bwithout (?:first )?(?:conducting |holding )?(?:a |an )?hearing"
                      r"|\bno (?:motion|petition|application)\b[^.;]{0,60}\b(?:shall|may) be (?:decided|granted|determined) without (?:a |an )?hearing")
# "relief shall be granted, in the manner provided in section 440.12": procedure by reference
BY_REFERENCE = rx(r",? (?:in the manner|as) provided (?:in|by|under)\b")
NOT_BE = rx(r"\bnot (?:be )?$")
NO_MOTION = rx(r"\bno (?:motion|petition|application)\b[^.;]{0,60}\b(?:shall|may) be $")
ONLY_IF = rx(r"\bonly (?:if|when|where|upon)\b")
DISMISS_OR_DENY = rx(r"\b(?:dismiss|den(?:y|ied))\w*")
CONDITION = rx(r"\b(?:if|when|where|unless)\b[^.;]{0,80}\b(?:oppos\w*|object\w*|necessary|request\w*|determines|contest\w*)")


def read_hearing(doc: Doc) -> Reading:
    not_required = [hit for hit in find(doc, NOT_REQUIRED, category=_HEARING)
                    if not before_has(doc, hit, DISMISS_OR_DENY, 60) and not before_has(doc, hit, NOT_BE, 12)
                    and not before_has(doc, hit, NO_MOTION, 80)]
    required = find(doc, REQUIRED_HEARING, category=_HEARING)
    conditional = [hit for hit in required if before_has(doc, hit, CONDITION, 200) or after_has(doc, hit, ONLY_IF, 12)]
    overriding = [hit for hit in required if unit_has(doc, hit, OVERRIDES) and hit not in conditional]
    if overriding:  # "Notwithstanding § 15A-5(b), the court shall hold a hearing"
        return Reading("required", "a hearing must be held before relief", spans(overriding))
    if not_required or conditional:
        return Reading("not_required", "relief may be granted without a hearing; a hearing is "
                       "held only if needed", spans(not_required or conditional))
    if required:
        return Reading("required", "a hearing must be held before relief", spans(required))
    return Reading("silent", "nothing is said about a hearing", silent=True)


# ---------------------------------------------------------------- burden
PREPONDERANCE = rx(r"\bpreponderance of (?:the )?(?:\w+ )?evidence\b|\bgreater weight of (?:the )?(?:\w+ )?evidence\b|\breasonable probability\b|\bmore likely than not\b")
CLEAR = rx(r"\bclear,? (?:cogent,? )?and convincing\b|\bbeyond a reasonable doubt\b")
OTHER_PARTY = rx(r"\bdefen[cs]es?\b[^.;]{0,40}$|\brebut\w*|\bovercome\b|\brestitution\b|\bliability\b|\bdamages\b|\bcivil action\b|\b(?:prosecut\w+|the state|district attorney|commonwealth|the people)\b[^.;]{0,60}$")
OTHER_QUESTION = rx(r"\berror\b|\bmistake|\bmistaken identity|\bliability|\bdamages|\brestitution|\bnegligen")
EVIDENCE = rx(r"\bevid\w*|\bprepond\w*|\bconvinc\w*")


def read_burden(doc: Doc) -> Reading:
    lower = _standard(doc, CLEAR, "clear and convincing evidence")
    fair = _standard(doc, PREPONDERANCE, "preponderance of the evidence")
    if lower:
        return Reading("clear_and_convincing", "the survivor must prove the facts by clear and "
                       "convincing evidence", spans(lower), verify=bool(fair))
    if fair:
        return Reading("preponderance", "the standard of proof is a preponderance of the "
                       "evidence", spans(fair))
    return Reading("silent", "no standard of proof is named", silent=True)


def _standard(doc: Doc, pattern, phrase: str) -> list[Hit]:
    """Where the survivor must meet this standard: exact wording, else a near miss (OCR,
    typo) in a unit that speaks of evidence; never a standard set for another party."""
    hits = (find(doc, pattern, category=_BURDEN)
            or decisive(doc, fuzzy_find(doc, phrase, EVIDENCE, cutoff=90.0), _BURDEN))
    return [hit for hit in hits if not _other_party(doc, hit) and _on_trafficking(doc, hit)]


def _on_trafficking(doc: Doc, hit: Hit) -> bool:
    """The standard applies to the relief question, not to another fact (an agency's error,
    a trafficker's liability) named as what must be shown."""
    end = min(hit.unit.end, hit.end + 150)
    return OTHER_QUESTION.search(doc.match, hit.end, end) is None


def _other_party(doc: Doc, hit: Hit) -> bool:
    start = max(hit.unit.start, hit.start - 100)
    clause = doc.match[start:hit.start].rsplit(";", 1)[-1]
    return OTHER_PARTY.search(clause) is not None


# ---------------------------------------------------------------- documentation
DOC_NOT_REQUIRED = rx(r"\bno (?:official )?(?:determination or )?documentation (?:is|shall be) required"
                      r"|\b(?:official )?documentation (?:is|shall) not (?:be )?required|\bdocumentation\b(?:(?!\brequired\b|\bhearing\b)[^.;]){0,400}?\b(?:is|shall) not (?:be )?(?:required|a condition|a prerequisite|a requirement|necessary)"
                      r"|\bnot (?:be )?required to (?:provide|present|submit|obtain|produce|attach)(?: or \w+)? (?:any |an? )?(?:official )?(?:documentation|records?|letter|certification|certificate|document)"
                      r"|\b(?:shall|may) not require (?:the \w+ |an? \w+ )?to (?:provide|submit|produce|present|obtain|attach)[^.;]{0,40}\bdocumentation"
                      r"|\bit shall not be necessary (?:for [^.;]{0,40})?to (?:produce|provide|present|submit|obtain|file)[^.;]{0,40}\bdocument"
                      r"|\b(?:in no event|under no circumstances) shall\b[^.;]{0,80}\brequired to (?:produce|provide|present|submit|obtain)[^.;]{0,80}\bdocument"
                      r"|\bnothing in this (?:section|article|subsection|paragraph) requires[^.;]{0,40}documentation"
                      r"|\bneed not,? (?:provide|present|submit|include|produce|attach)[^.;]{0,30}(?:documentation|records?\b|letter|certification|certificate)|\bin the absence of (?:official )?documentation")
PRESUMPTION = rx(r"\b(?:official|certified) (?:records?|cop(?:y|ies))\b[^.]{0,200}?\b(?:creates?|shall create|establish\w*|constitutes?) (?:a |an )?(?:rebuttable )?presum\w*"
                 r"|\bpresum\w*[^.]{0,200}?\b(?:official (?:record|documentation|document)s?|certified records?)|\bdocument\w*\b[^.]{0,400}?\b(?:creates?|shall create|establish\w*|constitutes?|is|shall be) (?:a |an )?(?:rebuttable )?presum\w*"
                 r"|\b(?:document\w*|certif\w*|record|letter|affidavit)\b[^.]{0,200}?\b(?:is|are|shall be|constitutes?) (?:sufficient|prima facie)"
                 r"|\b(?:document\w*|certif\w*|record)\b[^.]{0,200}?\b(?:shall|must|may) presume\b"
                 r"|\b(?:when|if) (?:offered|submitted|presented|provided|attached)\b[^.;]{0,40}\b(?:creates?|shall create|establish\w*|constitutes?) (?:a |an )?(?:rebuttable )?presum\w*")
MAY_INCLUDE = rx(r"\bmay be supported by\b|\bmay (?:provide|establish|prove)[^.;]{0,60}\bby (?:testimony|affidavit|sworn statement)|\bbased solely on (?:an? )?(?:affidavit|sworn statement|testimony)|\bmay include\b|\bmay consider (?:such )?other evidence|\bnot limited to\b|\bother (?:[a-z]+ ){0,3}evidence")
OFFICIAL = rx(r"\bofficial (?:documentation|documents?|records?)|\bcertified records?|\bdocumentation from\b|\blaw enforcement certification")
DOC_REQUIRED = rx(r"\b(?:shall|must) (?:have )?(?:include|attach(?:ed)?|be accompanied by|submit|provide|present|contain)[^.;]{0,80}\b(?:official documentation|certification (?:from|by)|certified (?:copy|record|statement)|documentation from|letter from"
                  r"|(?:proof|evidence|(?:an? )?(?:written |sworn )?(?:statement|affidavit)|documentation|(?:an? )?certificate|(?:an? )?(?:certified )?letter"
                  r"|(?:a copy of )?(?:an? )?official record)"
                  r" (?:from|issued by) (?:an? |the |any )?(?:licensed )?(?:federal|state|local|tribal|law[- ]enforcement|government|prosecut\w+|victim services? provider|service provider)"
                  r"|(?:an? )?(?:\w+ )?agency record)"
                  r"|\bupon (?:the )?(?:presentation|submission|receipt) of (?:official )?(?:documentation|certification)"
                  r"|\bhas attached\b[^.;]{0,40}\b(?:official documentation|certification|certified (?:copy|record)|documentation from|letter from)"
                  r"|\bonly (?:if|upon|when)[^.;]{0,60}\b(?:documentation|certification)\b|\b(?:documentation|certification)\b[^.;]{0,40}\b(?:is|shall be) required")
# "may not grant ... unless the movant files / has filed / is accompanied by" a record
DOC_CONDITION = rx(r"\b(?:may|shall) not (?:be )?grant\w*[^.;]{0,60}\bunless\b[^.;]{0,60}\b"
                   r"(?:(?:submits|provides|presents|files|produces|attaches|includes"
                   r"|(?:has )?(?:submitted|provided|presented|filed|produced|attached|included))\b"
                   r"[^.;]{0,60}\b(?:record|documentation|certification|notice|letter|affidavit)"
                   r"|(?:accompanied|supported) by (?:an? |the )?(?:official documentation|certification|certified))"
                   r"|\bno (?:writ|order|petition|motion|application|relief)\b[^.;]{0,40}\b(?:shall|may) (?:issue|be (?:granted|issued|entered))\b"
                   r"[^.;]{0,60}\bunless\b[^.;]{0,80}\b(?:certification|documentation)\b")
SWORN = rx(r"\bmay (?:provide|establish|prove)|\bbased solely")
REQUIRED_NEGATION = rx(r"\b(?:no|not|nothing|need not)\b")


def read_documentation(doc: Doc) -> Reading:
    optional = find(doc, DOC_NOT_REQUIRED, category=_DOCUMENTATION)
    presumption = find(doc, PRESUMPTION, category=_DOCUMENTATION)
    required = [hit for hit in find(doc, DOC_REQUIRED, category=_DOCUMENTATION)
                if not before_has(doc, hit, REQUIRED_NEGATION, 60) and not _negated_after(doc, hit)]
    required += find(doc, DOC_CONDITION, category=_DOCUMENTATION)
    if required and (not optional or any(unit_has(doc, hit, OVERRIDES) for hit in required)):
        return Reading("required", "official documentation is a condition of relief",
                       spans(required), verify=bool(presumption))
    if presumption:
        return Reading("optional_presumption", "official documentation is not required, and "
                       "when offered it creates a presumption", spans(optional, 1) + spans(presumption, 2))
    if optional:
        return Reading("optional", "official documentation is expressly not required",
                       spans(optional))
    listed = [hit for hit in find(doc, MAY_INCLUDE) if unit_has(doc, hit, OFFICIAL) or _list_follows(doc, hit)
              or SWORN.match(doc.match, hit.start)]
    if listed:
        return Reading("optional", "official records are listed only as evidence the survivor "
                       "may offer", spans(listed))
    return Reading("silent", "nothing is said about official documentation", silent=True)


def _negated_after(doc: Doc, hit: Hit) -> bool:
    return doc.match[hit.end - 20:hit.end].lower().find(" not ") >= 0


def _list_follows(doc: Doc, hit: Hit) -> bool:
    following = doc.match[hit.end:hit.end + 300]
    return OFFICIAL.search(following) is not None


# RESTRICTED's "<n> years have passed since" branch starts at any word before these.
ends({RESTRICTED: ("passed since", "elapsed since")})

# The patterns that read each category (a catchline decides only where the body is silent).
_DISCRETION = (GRANT, PASSIVE_GRANT)
_TIMING = (RESTRICTED, REASONABLE, ANYTIME)
_HEARING = (NOT_REQUIRED, REQUIRED_HEARING)
_BURDEN = (CLEAR, PREPONDERANCE)
_DOCUMENTATION = (DOC_NOT_REQUIRED, PRESUMPTION, DOC_REQUIRED, DOC_CONDITION)

# Literal words every match contains: long texts are scanned only where they occur.
anchor({
    GRANT: ("grant", "vacate", "expunge", "seal", "set aside", "dismiss the charge", "order", "annul"),
    PASSIVE_GRANT: ("granted", "vacated", "expunged", "sealed", "set aside"),
    RESTRICTED: ("sooner", "earlier", "not filed", "not be filed", "not made", "not be made",
                 "not brought", "not be brought", "at least", "within", "complet", "satisf",
                 "discharge", "passed", "elapsed", "waiting period", "paid in full", "anniversary of", "later than", "more than",
                 "until", "before", "prior to", "lapse of"),
    REASONABLE: ("reasonable", "due diligence"),
    ANYTIME: ("at any time", "no time limit", "no deadline", "no waiting period",
              "no statute of limitations", "regardless of", "not subject to", "not limited by"),
    NOT_REQUIRED: ("hearing", "on the papers", "on the pleadings", "on the written submissions"),
    REQUIRED_HEARING: ("hearing", "must appear", "to be heard", "hear the"),
    CLEAR: ("clear", "beyond a reasonable doubt"),
    PREPONDERANCE: ("preponderance", "reasonable probability", "more likely than not"),
    EVIDENCE: ("evid", "prepond", "convinc"),
    DOC_NOT_REQUIRED: ("documentation",),
    PRESUMPTION: ("presum", "sufficient", "prima facie"),
    MAY_INCLUDE: ("may ", "based solely", "not limited to", "evidence"),
    DOC_REQUIRED: ("documentation", "certificat", "certified", "letter", "proof", "evidence", "statement",
                   "agency record", "affidavit", "official record"),
    DOC_CONDITION: ("unless",),
})

# The words every match begins with: the fastest scan of all.
starts({
    RESTRICTED: ("no sooner", "no earlier", "not sooner", "not earlier", "not filed", "not be filed",
                 "not made", "not be made", "not brought", "not be brought", "at least", "within",
                 "has ", "have ", "complet", "satisf", "discharge", "waiting period", "paid in full",
                 "on or after the", "after the", "no later than", "not later than", "more than",
                 *(f"{modal} {neg}be {verb}" for modal in ("shall", "may") for neg in ("", "not ")
                   for verb in ("filed", "made", "brought"))),
    GRANT: ("shall", "must", "may", "will", "is hereby", "is directed", "is authorized", "is entitled"),
    NOT_DENY: ("shall not", "must not", "may not"),
    PASSIVE_GRANT: ("shall", "must", "may"),
    REASONABLE: ("reasonable", "due diligence"),
    ANYTIME: ("at any time", "no ", "regardless of", "not subject", "not limited"),
    CLEAR: ("clear", "beyond a reasonable doubt"),
    PREPONDERANCE: ("preponderance", "reasonable probability", "more likely", "greater weight"),
    EVIDENCE: ("evid", "prepond", "convinc"),
    DOC_NOT_REQUIRED: ("no ", "official documentation", "documentation", "not required", "not be required",
                       "shall not require", "may not require",
                       "nothing in this", "need not", "in the absence", "it shall not be necessary",
                       "in no event", "under no circumstances"),
    DOC_REQUIRED: ("shall ", "must ", "upon", "only ", "documentation", "certification", "has attached"),
    DOC_CONDITION: ("may not", "shall not", "no "),
    MAY_INCLUDE: ("may ", "based solely", "not limited to", "other "),
    NOT_REQUIRED: ("grant", "vacat", "issue", "rul", "decid", "enter", "order", "without", "hearing",
                   "no hearing", "need not", "shall not", "nothing in this", "on the papers",
                   "on the pleadings", "on the written submissions", "if", "when", "where", "may", "upon the",
                   "determin", "it shall not be necessary"),
    REQUIRED_HEARING: ("shall", "must", "after", "hearing", "upon", "at the hearing", "date of the hearing",
                       "hold", "conduct", "unless", "may not be", "shall not", "may not", "no "),
})

# Anchor lists read against every branch of these (see cues.gate): tried only near them.
gate(NOT_REQUIRED, REQUIRED_HEARING)

# Checked around each hit (cues.has): skipped where none of these words occurs.
anchor({
    NO_SUBJECT: ("no ",),
    ONLY_IF: ("only if", "only when", "only where", "only upon"),
    AGENCY_SUBJECT: ("department", "clerk", "agenc", "repository", "bureau", "custodian", "sheriff", "division"),
    CONTINUANCE: ("continuance", "adjourn", "postpone"),
    NOT_BE: ("not ",),
})
