"""Readers for who and what is covered: offenses and eligibility."""

from __future__ import annotations

import re

from draftkit.core.analyzer.cues import (OVERRIDES, Hit, Reading, after_has, anchor, before_has, decisive, exists,
                                         find, gate, has, rx, scan, spans, starts, unit_has)
from draftkit.core.analyzer.text import Doc

ANY = rx(r"\bany (?:other )?(?:criminal )?(?:offen[cs]es?|crimes?|misdemeanors?(?: or felon(?:y|ies))?|felon(?:y|ies))\b"
         r"|\bany conviction (?:for|of) (?:an? )?(?:offen[cs]e|crime|misdemeanor|felony)\b"
         r"|\ball (?:state and municipal |state or municipal )?convictions for crimes\b"
         r"|\b(?:convicted|adjudicated delinquent|found not guilty|charged)(?: or [a-z ]{3,30}?)? (?:of|for|with) (?:an|a) (?:criminal )?(?:offen[cs]e|crime)\b(?! (?:of|under|listed|described|in violation))"
         r"|\ba crime under the laws of\b|\ba criminal offense in this state\b"
         r"|\ba conviction (?:obtained|imposed|entered)\b"
         r"|\bthe judgment is a conviction\b|\brecords? of (?:an )?offense\b")
# "any offense" that only points back at a list, or speaks of later crimes
ANY_SKIP = rx(r"\b(?:not|never)(?: subsequently| since| thereafter)? (?:been )?(?:convicted|charged)\b|\bno (?:other |subsequent )?convictions?\b"
              r"|\bwhether\b|\bregardless\b|\brestitution\b|\bdamages\b|\bpending\b|\b(?:not|never) (?:\w+ )?(?:been )?$"
              r"|\bdefen[cs]e to (?:a |the |any )?(?:prosecution|charge)|\bfree of $|\bto prosecute $|\bauthority of\b[^.;]{0,50}$")
# a definition of records or history information ("... disposition for any offense")
RECORD_TERM = rx(r"\b(?:criminal history|record information)[\w ]{0,30}[\"'] means\b")
# a rule for the whole law ("This chapter does not apply to ...")
CHAPTER_WIDE = rx(r"\b(?:this|the) (?:chapter|article|act|part|title|subchapter)\b")
IN_EXCLUSION = rx(r"\bother than\b|\bexcept\b(?! as (?:otherwise )?provided)|\bexcluding\b")
ANY_BACKREF = rx(r" (?:listed|described|enumerated|specified|set out|set forth|identified) in\b|\bwithin (?:\w+ ){1,3}years?\b")
EXCLUSION = rx(r"\bother than (?:an? )?(?:forcible |serious |dangerous )?(?:crimes? of violence|violent|offen[cs]es?|crimes?|felon|class|murder|sex)"
               r"|\b(?:following|listed) (?:offen[cs]es|crimes)\b[^.;]{0,30}\b(?:may|shall) not be (?:vacated|expunged|sealed|set aside|granted)"
               r"|\bnot available (?:for|to)\b[^.;]{0,20}\b(?:murder|any offen[cs]e|an offen[cs]e|a crime|crimes? of violence|violent|sex)"
               r"|\bexcept(?:ing)?(?: for)? (?:the following|those|crimes?|offen[cs]es?|an? (?:class|violent|sex)|any (?:violent|sex|class|offen)|murder|violent|sex)"
               r"|\bexcluding (?:any |an? )?(?:offen[cs]e|crime|violent|sex|class)|\bnot listed in\b"
               r"|\bnon-?violent\b|\bnot an? (?:violent|crime of violence)|\bnon-?homicide\b"
               r"|\b(?:does|shall) not apply to (?:a |an |any )?(?:conviction|offen[cs]e|crime|arrest|record)s?(?: or (?:an? |any )?(?:conviction|offen[cs]e|crime|arrest)s?)? (?:for|of|that|which|under)"
               r"|\b(?:except(?:ing)?|other than),? \((?:1|a|i)\)"
               r"|\b(?:does|shall) not apply to (?:an? |any )?adjudications? for an? (?:act|offen[cs]e) that would be"
               r"|\bclass (?:[a-h], )*[a-h],? (?:or|and) [a-h] felon|\bnot result in bodily injury\b"
               r"|\bexcluded offen[cs]es?\b|\bother than (?:those|the following)\b|\bexcept (?:an? )?ineligible|\bexcept convictions?\b"
               r"|\bnot apply to (?:a |an |any )?(?:conviction|offen[cs]e|crime)s? listed\b|\bphysical force\b|\bdeadly weapon\b|\bbodily injury\b"
               r"|\bany (?:conviction (?:for|of) (?:an? )?)?misdemeanors?\b(?! or (?:a |any )?felon)"
               r"|\bexcept(?:ing)?(?: for)?,? (?:an? |any |the )?(?:crimes?|offen[cs]es?|felon(?:y|ies)|convictions?)\b"
               r"|\b(?:but )?not including (?:an? |any |the )?(?:crimes?|offen[cs]es?|felon|violent|sex|class|murder|convictions?)"
               r"|\bunless the (?:offen[cs]e|crime|conviction) (?:is|was|involves?|involved|constitutes?)(?= )"
               r"|\bother than(?: the following)?:|\bexcept(?: the following)?:"
               r"|\bno (?:relief|motion|petition|order|application)s? (?:shall|may|will) be (?:granted|issued|entered|filed|made)\b"
               r"[^.;]{0,40}?\bfor (?:any of the following|(?:an? |any )?(?:crimes? of violence|violent|offen[cs]es? of|felon|class|murder|sex))")
NONVIOLENT = rx(r"\b(?:any )?non-?violent (?:offen[cs]es?|crimes?|felon(?:y|ies)|misdemeanors?)\b|\ban offense which is not a violent crime\b"
                r"|\bnon-?homicide (?:crime|offense)\b|\bqualifying (?:crime|offense)\b[^.;]{0,40}\bnot listed\b")
PROSTITUTION = rx(r"\bprostitut\w*|\bsolicit\w* (?:for|of) (?:prostitution|a prostitute)|\bsolicitation\b|\bloiter\w*"
                  r"|\bcommercial sex(?:ual)? (?:act|activity|conduct)|\bcrime against nature by solicitation|\bpatroniz\w*|\blewdness|\bassignation")
OTHER_OFFENSE = rx(r"\btrespass\w*|\bdisorderly\b|\bcontrolled (?:dangerous )?substance|\bdrug\b|\bnarcotic|\bparaphernalia|\btheft\b|\bshoplift\w*"
                   r"|\bburglar\w*|\bvagran\w*|\bobstruct\w* (?:of )?(?:a )?(?:highway|passage|traffic)|\b(?<!force, )(?<!force or )fraud\w*(?!,? (?:or|and) coercion)|\bforg\w+|\bfalse (?:statement|identification|information)"
                   r"|\bindecent exposure|\bcurfew|\btruancy|\brunaway|\blarceny|\bcriminal mischief|\bgambling|\bdriving\b|\bbad check|\bmalicious destruction"
                   r"|\bidentification document|\bpublic assistance|\bpossess(?:ion|ing) (?:of )?(?:a |an )?(?:controlled|marijuana|marihuana|cannabis|weapon|firearm)"
                   r"|\bresisting arrest|\bfailure to (?:appear|display)|\btraffic offense|\bunnatural or perverted")
OFFENSE_CONTEXT = rx(r"\b(?:convicted|convictions?|violat\w*|offen[cs]es?|charged|adjudicated|crimes?|if committed by an adult)\b")
VICTIM_OF = rx(r"\bvictim of\b|\btraffick\w* (?:of|in)\b|\bas described in\b")
CITATION_LIST = rx(r"(?:§|\b(?:section|s\.|article|art\.|r\.s\.|nrs|ors|rsa|g\.s\.|ic))\s?[0-9][0-9a-z.:()\-–]*")


def read_offenses(doc: Doc, excerpt: bool = False, has_relief: bool | None = None) -> Reading:
    """`has_relief`: whether the text grants relief at all (read from it when not given)."""
    listed = _overriding_list(doc)
    if not listed and exists(doc, ONLY_DEFINED):  # "Notwithstanding (1), relief ... only for an eligible offense"
        listed = _listed(doc, OTHER_OFFENSE) or _listed(doc, PROSTITUTION)
    if listed:  # "Notwithstanding Section 38-3(a), relief ... is available only for: (1) prostitution; ..."
        other = [hit for hit in listed if OTHER_OFFENSE.match(doc.match, hit.start)]
        return (Reading("enumerated", "a closed list of offenses that goes beyond prostitution, which "
                        "controls the law's broader words", spans(other)) if other else
                Reading("prostitution_only", "only prostitution-related offenses are covered, a list "
                        "that controls the law's broader words", spans(listed)))
    broad = _any_hits(doc)
    nonviolent = find(doc, NONVIOLENT, category=_OFFENSES)
    if broad or nonviolent:
        return _broad_reading(doc, broad, nonviolent)
    other = _listed(doc, OTHER_OFFENSE)
    if other:
        return Reading("enumerated", "a closed list of offenses that goes beyond prostitution",
                       spans(other))
    prostitution = _listed(doc, PROSTITUTION)
    if prostitution:
        return Reading("prostitution_only", "only prostitution-related offenses are covered",
                       spans(prostitution))
    limits = [hit for hit in find(doc, EXCLUSION, category=_OFFENSES) if not doc.is_heading(hit.unit)]
    if limits:
        return Reading("broad_with_exclusions", "offenses are covered except listed kinds",
                       spans(limits), verify=True)
    return _unnamed_reading(doc, excerpt, _has_relief(doc) if has_relief is None else has_relief)


ONLY_DEFINED = rx(r"\bnotwithstanding (?:§|sections?\b|subsections?\b)[^.;]{0,80}\bonly (?:for|to) (?:an? |the )?"
                  r"(?:eligible|covered|qualifying|listed) (?:offen[cs]es?|crimes?|convictions?)")


def _overriding_list(doc: Doc) -> list[Hit]:
    """Offenses named in, or listed under, a provision that displaces the others (looked
    for only near such provisions: they are few)."""
    found: set[Hit] = set()
    for provision in find(doc, OVERRIDES):
        start = provision.unit.start
        for pattern in (OTHER_OFFENSE, PROSTITUTION):
            for match in pattern.finditer(doc.match, start, min(len(doc.match), start + 700)):
                hit = Hit(match.start(), match.end(), doc.unit_at(match.start()))
                if (_overriding(doc, hit) and _offense_context(doc, hit)
                        and not before_has(doc, hit, VICTIM_OF, 50)):
                    found.add(hit)
    return sorted(found)


def _overriding(doc: Doc, hit: Hit) -> bool:
    """The offense is named in, or listed under, a provision that displaces the others."""
    return has(doc, OVERRIDES, hit.unit.start, hit.unit.end) or (
        LIST_ITEM.match(doc.match, hit.unit.start) is not None
        and has(doc, OVERRIDES, max(0, hit.unit.start - 400), hit.unit.start))


def _any_hits(doc: Doc) -> list[Hit]:
    return [hit for hit in find(doc, ANY, skip=ANY_SKIP, within=60, category=_OFFENSES)
            if not ANY_BACKREF.match(doc.match, hit.end) and not _backref_after(doc, hit)
            and not PENDING_AFTER.match(doc.match, hit.end) and not unit_has(doc, hit, RECORD_TERM)
            and not before_has(doc, hit, IN_EXCLUSION, 150)]


def _backref_after(doc: Doc, hit: Hit) -> bool:
    return WITHIN_YEARS.match(doc.match, hit.end) is not None


# "no proceeding involving any crime is presently pending": a condition, not coverage
PENDING_AFTER = rx(r"[^.;]{0,30}\bpending\b")
WITHIN_YEARS = rx(r",? (?:\w+ ){0,6}within (?:\w+ ){1,3}years?\b")


def _broad_reading(doc: Doc, broad: list[Hit], nonviolent: list[Hit]) -> Reading:
    sections = {hit.unit.section for hit in broad + nonviolent}
    limits = [hit for hit in find(doc, EXCLUSION, category=_OFFENSES)
              if hit.unit.section in sections or has(doc, OVERRIDES, hit.unit.start, hit.unit.end)
              or has(doc, CHAPTER_WIDE, hit.unit.start, hit.unit.end)]
    if broad and not nonviolent and not limits:
        return Reading("any_offense", "any offense is covered", spans(broad))
    hits = nonviolent or limits
    return Reading("broad_with_exclusions", "any offense is covered except listed kinds "
                   "(such as violent offenses)", spans(broad, 1) + spans(hits, 2))


def _listed(doc: Doc, pattern) -> list[Hit]:
    """Offense names used as covered offenses (not as the kind of trafficking suffered)."""
    return [hit for hit in find(doc, pattern, category=_OFFENSES)
            if _offense_context(doc, hit) and not before_has(doc, hit, VICTIM_OF, 50)]


def _offense_context(doc: Doc, hit: Hit) -> bool:
    """An offense word shortly before the name in its unit, a list item under a definition
    or lead-in that names offenses, or an offense word right after ("prostitution convictions")."""
    if OFFENSE_CONTEXT.search(doc.match, max(hit.unit.start, hit.start - 150), hit.start):
        return True
    if LIST_ITEM.match(doc.match, hit.unit.start) and OFFENSE_CONTEXT.search(
            doc.match, max(0, hit.unit.start - 600), hit.unit.start):
        return True
    return OFFENSE_CONTEXT.match(doc.match, hit.end + 1) is not None


LIST_ITEM = rx(r" ?(?:\([0-9a-z]{1,6}\)|[0-9]{1,3}\.|[a-z]\.) ")


def _unnamed_reading(doc: Doc, excerpt: bool, has_relief: bool) -> Reading:
    citations = _offense_citations(doc)
    if _cited_numbers(doc, citations) >= 3:
        return Reading("enumerated", "a closed list of offenses cited by section number only "
                       "(several codes); check what they cover", spans(citations), verify=True)
    if citations:
        return Reading("prostitution_only", "a short list of offenses cited by section number "
                       "only; check what they cover", spans(citations), verify=True)
    if has_relief and not excerpt:
        return Reading("any_offense", "no limit on the offenses covered is stated",
                       verify=True, silent=True)
    return Reading("none", "no covered offense is stated", silent=True, verify=excerpt)


def _offense_citations(doc: Doc) -> list[Hit]:
    """Section numbers cited as the offenses covered: after "violation of" and the like,
    or as items of a list introduced that way, but not the trafficking offense itself."""
    hits = find(doc, CITATION_LIST, category=_OFFENSES)
    return [hit for hit in hits if _cited_as_offense(doc, hit)
            and not before_has(doc, hit, VICTIM_OF, 60) and not before_has(doc, hit, OF_TRAFFICKER, 60)]


def _cited_numbers(doc: Doc, hits: list[Hit]) -> int:
    """Distinct section numbers in the citations' units, from the first citation on
    ("§ 18.2-96, 18.2-102, or 18.2-103" counts three)."""
    numbers: set[str] = set()
    for unit, start in {hit.unit: hit.start for hit in reversed(hits)}.items():
        numbers.update(SECTION_NUMBER.findall(doc.match, start, unit.end))
    return len(numbers)


def _cited_as_offense(doc: Doc, hit: Hit) -> bool:
    if CITED_AS_OFFENSE.search(doc.match, max(hit.unit.start, hit.start - 200), hit.start):
        return True
    return LIST_ITEM.match(doc.match, hit.unit.start) is not None and LEAD_IN.search(
        doc.match, max(0, hit.unit.start - 300), hit.unit.start) is not None


CITED_AS_OFFENSE = rx(r"\b(?:violat\w*|convicted|conviction|offen[cs]es?) (?:of|for|under)\b(?:[^.;]|\.[0-9])*$")
SECTION_NUMBER = re.compile(r"\b[0-9]+[a-z]?(?:[.\-–:][0-9]+[a-z]?)+")
LEAD_IN = rx(r"\b(?:violat\w*|convicted|conviction|offen[cs]es?) (?:of|for|under):")
OF_TRAFFICKER = rx(r"\b(?:investigation|prosecution) of (?:an|the) offen[cs]e (?:under )?$")
_RELIEF = rx(r"vacat|expung|expunction|\bseal|set aside|postconviction relief|new trial|record restriction"
             r"|restrict\w* (?:access|dissemination)|nondisclosure|annul|erasure|obliterat|\bpurg|shield|nonpublic")


def _has_relief(doc: Doc) -> bool:
    return _RELIEF.search(doc.match) is not None


# ---------------------------------------------------------------- eligibility

# A citation's caption ("section 3012 (relating to involuntary servitude)") names an offense
# cited, not the trafficking the survivor suffered.
GENERAL_TRAFFICKING = rx(r"(?<!relating to )\bhuman trafficking\b|(?<!relating to )\btrafficking (?:in|of) persons\b(?! for (?:the purposes? of )?(?:a )?commercial sex)|\btrafficked (?:person|child|individual)"
                         r"|(?<!relating to )\blabor trafficking|(?<!relating to )\bforced labor|(?<!relating to )\binvoluntary servitude|\bvictims? of (?:a severe form of )?trafficking\b(?! for (?:the purposes? of )?(?:a )?commercial sex)"
                         r"|\btrafficking victims? protection act|\b22 u\.s\.c\.? (?:§+ ?)?710[1-3]|\b18 usc chapter 77|\bsevere form of trafficking")
SEX_TRAFFICKING = rx(r"\bsex(?:ual)? trafficking|\bsexual servitude|\b(?:victim|trafficking)\b[^.;]{0,40}\b(?:commercial sex(?:ual)? (?:act|activity|exploitation)|sexual exploitation|compelling prostitution)")
LABOR_TRAFFICKING = rx(r"\blabor trafficking|\bforced labor|\binvoluntary servitude|\blabor servitude|\btrafficking for (?:forced )?labor")
# a kind of trafficking named only to be left out ("This section does not apply to a person
# who was subjected to forced labor"; "A person subjected only to forced labor ... is not a
# trafficked person"; "The term does not include labor trafficking")
EXCLUDED_KIND = rx(r"\b(?:does|shall) not (?:apply to|include)\b|\bnothing in this \w+ (?:provides|authorizes|grants) relief\b|\bmay not obtain\b|\bnot eligible\b|\bis not an? (?:\w+ )?(?:person|victim)\b|\bexcept\b")
MINOR_LIMIT = rx(r"\b(?:under|younger than|less than) (?:the age of )?(?:eighteen|18)\b|\bminors?\b|\bchild(?:ren)?\b|\bjuvenile\b|\bdelinquen\w*")
MINORS_ONLY = rx(r"\bwho (?:at the time of the offense )?was (?:under (?:the age of )?(?:eighteen|18)|a minor)\b|\bwhile (?:under (?:the age of )?(?:eighteen|18)|a minor)\b"
                 r"|\bwas under (?:the age of )?(?:eighteen|18)(?: years)?(?: of age)? at (?:the|that) time|\btrafficked child\b")
ADULT = rx(r"\bconvict\w*|\bsentenced?\b")
ADULT_AGE = rx(r"\b(?:eighteen|18)\)?(?: years)?(?: of age)? or older\b|\bany age\b|\bregardless of (?:the person's )?age\b")
# "applies to a person who ... was eighteen years of age or older when the offense was committed"
ADULTS_ONLY = rx(r"\b(?:was|were|is|are|been) (?:eighteen|18) years of age or older (?:when|at the time)\b"
                 r"|\bat least (?:eighteen|18) years of age (?:when|at the time)\b"
                 r"|\bwho (?:was|were) an adult (?:when|at the time)\b"
                 r"|\b(?:committed )?when the \w+ was (?:eighteen|18) years of age or older\b")
SEX_DEFINED_TERM = rx(r"\b(?:trafficked (?:person|child|individual)|trafficking victim|victims? of trafficking)[\"'] means\b[^.;]{0,80}\bsex")
ONLY_THESE = rx(r"\bonly\b|\beligible person\b")
MINOR_RELIEF = rx(r"\bjuvenile\b|\bdelinquen\w*|\badjudicat\w*|\bminors?\b|\bchild(?:ren)?\b")
# the negation must govern the duty: not across another item of a list ("(2) has no charge
# pending, and (3) has been rehabilitated")
# "shall not be granted to a movant who ... has refused to cooperate": a duty after all
# "Cooperation with law enforcement is not a condition of relief"
NOT_A_CONDITION = rx(r"\b(?:is|shall) not (?:be )?(?:a )?(?:condition|prerequisite|required|requirement)\b")
REFUSED = rx(r"\brefus\w* to $")
COOPERATION_NEGATION = rx(r"\b(?:not|nothing|no|without|regardless)\b(?:(?!\(\w{1,4}\)|\band\b)[^.;]){0,80}$")
COOPERATION = rx(r"\bcooperat\w* (?:with|in)\b[^.;]{0,60}(?:law[- ]enforcement|investigation|prosecution)|\bprovided assistance in the investigation"
                 r"|\bassist(?:ed|ance)? (?:to )?(?:an? |the |any )?(?:law[- ]enforcement|prosecut\w+|in the (?:investigation|prosecution))"
                 r"|\b(?:given|provided|made|gave) a (?:\w+ )?statement\b[^.;]{0,60}\bto (?:an? |any |the )?law[- ]enforcement")
REHABILITATION = rx(r"\bnot (?:been )?(?:subsequently|since|thereafter) convicted of any|\bnot (?:have )?been convicted of any (?:other )?(?:offen[cs]e|crime)s? since\b|\bnot been convicted of (?:a|any) new (?:offen[cs]e|crime)|\bnot been convicted of any (?:criminal )?(?:offen[cs]e|crime|felony or misdemeanor|felony|misdemeanor) (?:during|within|in the|since)"
                    r"|\bremained free of any (?:\w+ )?convictions?\b"
                    r"|\bno (?:subsequent|new) (?:criminal )?convictions?\b|\bhas been rehabilitated|\bdemonstrated rehabilitation|\blaw-abiding life|\bgood moral character|\bcircumstances and behavior of (?:an|the) applicant")


def read_eligibility(doc: Doc) -> Reading:
    limits = _eligibility_limits(doc)
    names = [name for name, _ in limits]
    spans_ = tuple(span for _, hits in limits for span in spans(hits, 1))
    if not limits:
        return Reading("open", "survivors of any form of trafficking, of any age, may apply, "
                       "with no cooperation or rehabilitation requirement", silent=True)
    text = "; ".join(names)
    level = "limited" if len(limits) == 1 else "narrow"
    return Reading(level, f"eligibility is limited: {text}", spans_)


def _eligibility_limits(doc: Doc) -> list[tuple[str, list[Hit]]]:
    """(limit in plain words, its evidence) for each limit on who may apply."""
    return [limit for limit in (_kind_limit(doc), _age_limit(doc), *_conduct_limits(doc)) if limit]


def _kind_limit(doc: Doc) -> tuple[str, list[Hit]] | None:
    """Only survivors of sex trafficking, or only of labor trafficking, may apply."""
    if _names_kind(doc, GENERAL_TRAFFICKING, labor=False):  # "human trafficking", ...
        return None
    if _names_kind(doc, SEX_TRAFFICKING):
        if _names_kind(doc, GENERAL_TRAFFICKING, labor=True):
            return None
        return "only survivors of sex trafficking may apply", _kinds(doc, SEX_TRAFFICKING)
    labor = _kinds(doc, GENERAL_TRAFFICKING)
    return ("only survivors of labor trafficking may apply", labor) if labor else None


def _age_limit(doc: Doc) -> tuple[str, list[Hit]] | None:
    """Only adults, or only minors, at the time of the offense. An age named only to be
    left out ("does not apply to a person who was under eighteen") limits the other way."""
    adult_words = find(doc, ADULTS_ONLY, category=_ELIGIBILITY)
    adults = [hit for hit in adult_words if not unit_has(doc, hit, EXCLUDED_KIND)
              and (unit_has(doc, hit, ONLY_THESE) or not exists(doc, MINOR_RELIEF))]
    adults += [hit for hit in find(doc, MINORS_ONLY, category=_ELIGIBILITY) if unit_has(doc, hit, EXCLUDED_KIND)]
    if adults:  # "Eligible person means a person who was eighteen years of age or older ..."
        return "only people who were adults (18 or older) at the time of the offense may apply", adults
    minors = _minors_only(doc) or [hit for hit in adult_words if unit_has(doc, hit, EXCLUDED_KIND)]
    if minors:
        return "only people who were minors (under 18) at the time of the offense may apply", minors
    return None


def _conduct_limits(doc: Doc) -> list[tuple[str, list[Hit]] | None]:
    """A duty to have cooperated with law enforcement, or a showing of rehabilitation."""
    limits = []
    for name, pattern in (("the person must have cooperated with law enforcement", COOPERATION),
                          ("the person must show rehabilitation or a clean record since", REHABILITATION)):
        hits = [hit for hit in find(doc, pattern, category=_ELIGIBILITY)
                if (before_has(doc, hit, REFUSED, 15) or not before_has(doc, hit, COOPERATION_NEGATION, 80))
                and not after_has(doc, hit, NOT_A_CONDITION, 40)]
        limits.append((name, hits) if hits else None)
    return limits


def _names_kind(doc: Doc, pattern, labor: bool | None = None) -> bool:
    """True when the text names this kind of trafficking as one it covers (see _kinds);
    with `labor`, only names that are (True) or are not (False) labor trafficking. Stops at
    the first: the general words occur by the thousand in a long text."""
    for match in scan(doc, pattern):
        if labor is not None and (LABOR_TRAFFICKING.match(doc.match, match.start()) is not None) != labor:
            continue
        if _kinds_hits(doc, pattern, [Hit(match.start(), match.end(), doc.unit_at(match.start()))]):
            return True
    return False


def _kinds(doc: Doc, pattern) -> list[Hit]:
    return _kinds_hits(doc, pattern, find(doc, pattern, category=_ELIGIBILITY))


def _kinds_hits(doc: Doc, pattern, hits: list[Hit]) -> list[Hit]:
    """Where the text names this kind of trafficking as one it covers (not to leave it out;
    "trafficked person" counts for no kind where the text defines it by sex trafficking)."""
    hits = [hit for hit in decisive(doc, hits, _ELIGIBILITY) if not unit_has(doc, hit, EXCLUDED_KIND)]
    if pattern is GENERAL_TRAFFICKING and _sex_defined(doc):
        hits = [hit for hit in hits if not doc.match.startswith(("trafficked ", "victim"), hit.start)]
    return hits


def _sex_defined(doc: Doc) -> bool:
    """The text defines its victim term by sex trafficking ("'Trafficked person' means ... sex")."""
    if "sex_defined" not in doc.cache:
        doc.cache["sex_defined"] = exists(doc, SEX_DEFINED_TERM)
    return doc.cache["sex_defined"]


def _minors_only(doc: Doc) -> list[Hit]:
    """Minor cues, when no relief in the text reaches people who offended as adults."""
    if not exists(doc, MINOR_LIMIT):
        return []
    sections = _relief_sections(doc)
    if not sections or any(_adult_section(doc, index) for index in sorted(sections)):
        return []
    return find(doc, MINOR_LIMIT, category=_ELIGIBILITY)


def _relief_sections(doc: Doc) -> set[int]:
    """Sections that grant relief in their text (not just in their heading line; a section
    run together on its heading line, as pasted text can be, is all text)."""
    if "relief_sections" not in doc.cache:  # one scan for relief words, not a search per section
        found = set()
        for match in scan(doc, _RELIEF):
            section = doc.unit_at(match.start()).section
            text_start = doc.body(section)[0] if doc.has_body(section) else doc.sections[section][0]
            if match.start() >= text_start:
                found.add(section)
        doc.cache["relief_sections"] = found
    return doc.cache["relief_sections"]


def _adult_section(doc: Doc, index: int) -> bool:
    cache = doc.cache.setdefault("adult", {})
    if index not in cache:
        cache[index] = _is_adult_section(doc, index)
    return cache[index]


def _is_adult_section(doc: Doc, index: int) -> bool:
    if index in _sections_with(doc, ADULT_AGE):
        return True
    if index in _sections_with(doc, MINORS_ONLY):
        return False
    start, end = doc.sections[index]
    return ADULT.search(doc.match, start, end) is not None or MINOR_LIMIT.search(doc.match, start, end) is None


def _sections_with(doc: Doc, pattern) -> set[int]:
    key = ("sections", id(pattern))
    if key not in doc.cache:
        doc.cache[key] = {hit.unit.section for hit in find(doc, pattern) if not unit_has(doc, hit, EXCLUDED_KIND)}
    return doc.cache[key]


# The patterns that read each category (a catchline decides only where the body is silent).
_OFFENSES = (ANY, NONVIOLENT, EXCLUSION, OTHER_OFFENSE, PROSTITUTION, CITATION_LIST)
_ELIGIBILITY = (SEX_TRAFFICKING, GENERAL_TRAFFICKING, MINOR_LIMIT, MINORS_ONLY, ADULTS_ONLY, COOPERATION,
                REHABILITATION)

# Literal words every match contains: long texts are scanned only where they occur.
_ANCHOR_WORDS = {
    ANY: ("any offen", "any other", "any crim", "any misdemeanor", "any felon",
          "convictions for crimes", "an offen", "a crime", "a criminal", "a conviction ",
          "of offen"),
    NONVIOLENT: ("violent", "homicide", "not listed"),
    EXCLUSION: ("any misdemeanor", "any conviction", "other than", "except", "excluding", "not listed", "violen", "homicide",
                "not including", "unless the",
                "not apply", "class ", "bodily injury", "excluded", "physical force",
                "deadly weapon", "no relief", "no motion", "no petition", "no order", "no application",
                "following offen", "following crimes", "listed offen", "listed crimes"),
    OTHER_OFFENSE: ("trespass", "disorderly", "controlled", "drug", "narcotic", "paraphernalia",
                    "theft", "shoplift", "burglar", "vagran", "obstruct", "fraud", "forg",
                    "false ", "indecent exposure", "curfew", "truancy", "runaway", "larceny",
                    "criminal mischief", "gambling", "driving", "bad check",
                    "malicious destruction", "identification document", "public assistance",
                    "possess", "resisting arrest", "failure to", "traffic offense",
                    "unnatural or perverted"),
    PROSTITUTION: ("prostitut", "solicit", "loiter", "commercial sex", "crime against nature",
                   "patroniz", "lewdness", "assignation"),
    SEX_TRAFFICKING: ("sex", "compelling prostitution"),
    GENERAL_TRAFFICKING: ("traffick", "forced labor", "servitude", "710", "usc chapter 77"),
    MINOR_LIMIT: ("under 18", "under eighteen", "under the age of", "younger than", "less than",
                  "minor", "child", "juvenile", "delinquen"),
    MINORS_ONLY: ("under 18", "under eighteen", "under the age of", "a minor", "trafficked child"),
    ADULT: ("convict", "sentence"),
    ADULT_AGE: ("or older", "any age", "regardless of"),
    COOPERATION: ("cooperat", "assist", "statement"),
    REHABILITATION: ("convict", "rehabilitat", "moral character",
                     "circumstances and behavior", "law-abiding life"),
    _RELIEF: ("vacat", "expung", "expunction", "seal", "set aside", "postconviction relief",
              "new trial", "record restriction", "restrict", "nondisclosure", "annul", "erasure", "obliterat",
              "purg", "shield", "nonpublic"),
}
anchor(_ANCHOR_WORDS)
anchor({ADULTS_ONLY: ("years of age or older", "an adult", "at least eighteen", "at least 18"),
        MINOR_RELIEF: ("juvenile", "delinquen", "adjudicat", "minor", "child")})

# The words every match begins with: the fastest scan of all.
starts({
    ANY: ("any ", "all ", "convicted", "adjudicated delinquent", "found not guilty", "charged",
          "a crime under", "a criminal offense", "a conviction", "the judgment is", "record"),
    NONVIOLENT: ("any non", "non", "an offense which", "qualifying"),
    EXCLUSION: ("any ", "other than", "except", "excluding", "not listed", "non", "not a", "does not apply",
                "but not including", "not including", "unless the",
                "shall not apply", "not apply", "class ", "not result", "excluded", "physical force",
                "deadly weapon", "bodily injury", "no relief", "no motion", "no petition", "no order",
                "no application", "following offen", "following crimes", "listed offen", "listed crimes"),
    OTHER_OFFENSE: _ANCHOR_WORDS[OTHER_OFFENSE],
    PROSTITUTION: _ANCHOR_WORDS[PROSTITUTION],
    SEX_TRAFFICKING: ("sex", "victim", "trafficking"),
    GENERAL_TRAFFICKING: ("human trafficking", "trafficking ", "trafficked ", "labor trafficking",
                          "forced labor", "involuntary servitude", "victim", "22 u.s.c", "18 usc",
                          "severe form"),
    MINOR_LIMIT: ("under", "younger than", "less than", "minor", "child", "juvenile", "delinquen"),
    MINORS_ONLY: ("who ", "while ", "was under", "trafficked child"),
    ADULT: ("convict", "sentence"),
    ADULT_AGE: ("eighteen", "18", "any age", "regardless of"),
    COOPERATION: ("cooperat", "provided assistance", "assist", "given a", "gave a", "provided a", "made a"),
    REHABILITATION: ("not ", "no subsequent", "no new", "has been rehabilitated", "remained free",
                     "good moral character", "circumstances and behavior", "demonstrated rehabilitation",
                     "law-abiding life"),
})

# Anchor lists read against every branch of these (see cues.gate): tried only near them.
gate(SEX_TRAFFICKING)

# Checked around each hit (cues.has): skipped where none of these words occurs.
anchor({ONLY_THESE: ("only", "eligible person"), ONLY_DEFINED: ("notwithstanding",),
        SEX_DEFINED_TERM: ("trafficked person", "trafficked child", "trafficked individual", "trafficking victim",
                           "of trafficking"),
        EXCLUDED_KIND: ("does not", "shall not", "may not obtain", "not eligible", "is not a", "except",
                        "nothing in this"),
        CHAPTER_WIDE: ("this chapter", "this article", "this act", "this part", "this title", "this subchapter",
                       "the chapter", "the article", "the act", "the part", "the title", "the subchapter")})
