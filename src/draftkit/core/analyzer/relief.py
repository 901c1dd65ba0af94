"""Readers for what relief is given: relief_type and record_scope."""

from __future__ import annotations

from draftkit.core.analyzer.cues import (Hit, Reading, anchor, anchor_words, before_has, body_hits, find, gate, has,
                                         may_hold, rx, spans, starts, unit_has)
from draftkit.core.analyzer.text import Doc

VACATE = rx(r"\bvacat(?:e|es|ed|ing|ur|ion)\b|\bset(?:s|ting)? aside\b|\bwithdraw (?:any |the |his or her )?pleas?\b"
            r"|\bmotion for (?:a )?new trial\b|\bpostconviction relief\b|\bannul(?:s|led|ling|ment)?\b|\bnull and void\b")
EXPUNGE = rx(r"\bexpung\w*|\bexpunction|\bdestr(?:oy|oyed|uction) (?:of )?(?:all |the |any )?(?:records?|files?)"
             r"|\b(?:records?|files?)[^.;]{0,60}\bdestroyed\b|\bredact\w*|\berase[ds]?\b|\berasure\b|\bobliterat\w*"
             r"|\bpurg(?:e|ed|es|ing)\b")
SEAL = rx(r"\b(?:remov\w*|withh[eo]ld\w*) from (?:all )?public (?:inspection|view|access|databases?)|\bseal(?:s|ed|ing)?\b|\border of nondisclosure\b|\bnondisclosure order\b|\bnonpublic record|\brestrict\w* (?:from )?(?:public )?access|\blimit\w* (?:public )?access to\b"
          r"|\b(?:may|shall) not be disseminated\b|\blimit\w* (?:the )?dissemination\b|\bshield\w*")
# "under seal" / sealing the motion or hearing is confidentiality of the proceeding.
SEAL_PROCEEDING = rx(r"\b(?:name|identity|identifying information)\b[^.;]{0,40}\bseal\w*|under seal|seal(?:ed|ing)? (?:the |any |its )?(?:motion|petition|application|hearing|proceeding)s?\b"
                     r"(?! records)|(?:motion|petition|application|hearing|proceeding)s?[^.;]{0,40}\b(?:be|are|is) (?:filed )?(?:under seal|sealed)"
                     r"|\b(?:petition|motion|application)s? and (?:all |the |any )?(?:papers|documents|exhibits|filings)\b[^.;]{0,30}\bsealed"
                     r"|\b(?:file|record) of the proceeding\b[^.;]{0,20}\bsealed")
# "does not of itself require the sealing", "shall not by itself entitle the petitioner to
# the expungement": relief named only to be withheld (up to a later modal verb)
NOT_AUTHORIZED = rx(r"\b(?:nothing in this \w+(?: (?:authorizes|permits|allows|requires|entitles|creates?|confers?|shall be construed to))?"
                    r"|(?:does|do|shall) not (?:(?:of|by) (?:itself|themselves) )?(?:\w+ or )?(?:authorize|permit|allow|require|entitle|direct|create|provide)"
                    r"|shall not be construed to (?:authorize|permit|require|entitle)|in no event shall|under no circumstances shall"
                    r"|nor shall (?:it|they|the \w+|any \w+)|(?:other|separate) provisions of law governing"
                    r"|whether (?:\w+ ){0,6}should)\b"
                    r"(?:(?!\b(?:shall|must|may)\b)[^.;]){0,80}$")
UNAFFECTED = rx(r"\bnot (?:be )?affected\b|\b(?:does|shall) not apply\b")
# "not vacate", and the later verbs of "does not vacate, set aside, or otherwise limit access
# to" (a list of words with no modal verb between: "shall not require ... and shall seal" is
# not negated)
NEGATED_VERB = rx(r"\b(?:not|never) (?:be )?(?:(?!(?:shall|must|may|will)\b)[\w-]+,? (?:(?:or|nor) )?){0,7}$")
NOT_RELIEF = rx(r"\b(?:not|never) (?:be )?(?:vacated|expunged|sealed)|\bshall not apply\b")
# a clearing order offered as an alternative to vacatur ("vacate ..., or may order ... expunged")
ALTERNATIVE = rx(r",? or (?:may |the court may )?(?:order|expunge|seal|direct)")

ARREST = rx(r"\b(?:records?|recordations?|files?|references?|information)\b(?:(?!\bnot\b)[^.;]){0,80}?\b(?:arrests?|charges?)\b"
            r"|\b(?:arrested for|charged with)\b[^.;]{0,100}\b(?:ended|did not result|resulted) (?:without (?:a )?conviction|in (?:a )?dismissal|in (?:an )?acquittal)"
            r"|\b(?:arrest|charge|citation)s?,? (?:and|or) (?:\w+ )?(?:convictions?|pleas?)\b"
            r"|\b(?:arrested|charged)(?: for| with)?,? (?:or|and) (?:convicted|adjudicated)\b"
            r"|\b(?:arrested for|charged with)[^.;]{0,60}\b(?:may|shall)\b[^.;]{0,60}\b(?:expung|seal|vacat)"
            r"|\b(?:convictions?|adjudications?), (?:arrests?|charges?)\b"
            r"|\b(?:found not guilty(?! by reason)|acquitt\w+|dismissed (?:complaint|charges?|indictment)|nolle prosequi)\b|\barrests? or charges?\b"
            r"|\barrest records?\b")
JUVENILE = rx(r"\bdelinquen\w*|\bjuvenile\b|\b(?<!deferred )adjudications?\b(?! of guilt)(?! withheld)"
              r"|\badjudicated (?:a )?(?:delinquent|child)|\brecords? of a (?:minor|juvenile|child)\b")
# "does not apply to any conviction ... or to any record of arrest", "Nothing in this chapter
# authorizes a court to ... seal ... any record of arrest"
NOT_REACHED = rx(r"\b(?:does|shall) not apply to\b[^.;]{0,80}$|\bnothing in this \w+ (?:authorizes|permits|allows|requires)\b[^.;]{0,160}$"
                 r"|\bwhether (?:\w+ ){0,6}should\b[^.;]{0,120}$"
                 r"|\bno provision of this \w+ applies to\b[^.;]{0,60}$"
                 r"|\b(?:does|do|shall|will) not (?:(?!(?:shall|must|may|will)\b)[\w-]+,? (?:(?:or|nor) )?){1,16}$")
# "the department's records with respect to any pending charges": a report, not relief
NO_SUCH = rx(r"\bno $")  # "No record of an arrest ... is affected by this Article"
PENDING = rx(r"\bpending (?:criminal )?charges?\b")
NEVER_SAID = rx(r"\bnever\b|\bhas not been\b|\bwhether\b")
NEVER = rx(r"\b(?:never|not|subsequently|later|again) (?:been )?$")
# a definition of the records relief reaches ("'Record' means any record of an arrest, ...")
RECORD_DEFINED = rx(r"\b(?:records?|convictions?)(?:[\"']|\.[\"']) (?:means|includes|every|all|any)\b"
                    r"|\b(?:this|the) (?:section|article|chapter|act|part) applies to (?:the )?records\b")
RELIEF_CONTEXT = rx(r"vacat|expung|expunction|\bseal|set aside|set-aside|relief|destr|clear|nondisclosure|erasure|obliterat|purg"
                    r"|annul|shield|disseminat|nonpublic|restrict")


def read_relief_type(doc: Doc) -> Reading:
    vacate = _relief_hits(doc, VACATE)
    clear = [hit for hit in _relief_hits(doc, EXPUNGE) + _seal_hits(doc)
             if not _alternative_to_vacatur(doc, hit)]
    expunged = [hit for hit in clear if EXPUNGE.match(doc.match, hit.start)]
    only_heading = _only_headings(doc, vacate + clear)
    if vacate and clear:
        return Reading("vacatur_and_clearing", "the conviction is vacated and its records are "
                       f"{'expunged' if expunged else 'sealed'}", spans(vacate, 2) + spans(clear, 2),
                       verify=only_heading)
    if vacate:
        return Reading("vacatur", "the conviction is vacated, but nothing expunges or seals its "
                       "records", spans(vacate), verify=only_heading)
    if expunged:
        return Reading("expungement", "the records are expunged, but the conviction itself is "
                       "not vacated", spans(expunged), verify=only_heading)
    if clear:
        return Reading("sealing", "the records are sealed only; the conviction is not vacated or "
                       "expunged", spans(clear), verify=only_heading)
    return Reading("none", "no vacatur, expungement or sealing is granted", silent=True)


def _relief_hits(doc: Doc, pattern) -> list[Hit]:
    return [hit for hit in find(doc, pattern) if not _negated(doc, hit) and not WARRANT.match(doc.match, hit.end)]


# "shall vacate any outstanding bench warrant": not the conviction
WARRANT = rx(r" (?:any |the |an |all )?(?:outstanding )?(?:bench )?warrants?\b")


def _negated(doc: Doc, hit: Hit) -> bool:
    # the widest window of the three: none of their anchor words there, none of them can match
    if not may_hold(doc, _NEGATION_WORDS, max(hit.unit.start, hit.start - 110), hit.start):
        return False
    return (before_has(doc, hit, NOT_RELIEF, 40) or before_has(doc, hit, NEGATED_VERB, 60)
            or before_has(doc, hit, NOT_AUTHORIZED, 110))


def _seal_hits(doc: Doc) -> list[Hit]:
    hits = []
    for hit in _relief_hits(doc, SEAL):
        window_start = max(hit.unit.start, hit.start - 50)
        if not has(doc, SEAL_PROCEEDING, window_start, min(hit.unit.end, hit.end + 50)):
            hits.append(hit)
    return hits


def _alternative_to_vacatur(doc: Doc, hit: Hit) -> bool:
    """A clearing order offered instead of vacatur ("vacate ..., or may order ... expunged")."""
    if not has(doc, VACATE, hit.unit.start, hit.start):
        return False
    text = doc.match[hit.unit.start:hit.start]
    vacate_at = max((m.end() for m in VACATE.finditer(text)), default=-1)
    if vacate_at < 0:
        return False
    between = text[vacate_at:]
    return ALTERNATIVE.search(between) is not None and " and " not in between[-25:]


def _only_headings(doc: Doc, hits: list[Hit]) -> bool:
    return bool(hits) and not body_hits(doc, hits)


def read_record_scope(doc: Doc) -> Reading:
    arrests = [hit for hit in find(doc, ARREST) if _relief_nearby(doc, hit)
               and not before_has(doc, hit, NEVER, 40) and not before_has(doc, hit, NEVER_SAID, 80)
               and not before_has(doc, hit, NOT_REACHED, 160) and not before_has(doc, hit, NO_SUCH, 4)
               and PENDING.search(doc.match, hit.start, hit.end) is None]
    juvenile = [hit for hit in find(doc, JUVENILE) if _relief_nearby(doc, hit)
                and not unit_has(doc, hit, UNAFFECTED) and not before_has(doc, hit, NOT_REACHED, 160)]
    verify = _only_headings(doc, arrests + juvenile)
    if arrests and juvenile:
        return Reading("all", "relief reaches arrest or charge records and juvenile adjudications",
                       spans(arrests, 2) + spans(juvenile, 2), verify=verify)
    if arrests:
        return Reading("arrests_only", "relief reaches arrest or charge records, but no juvenile "
                       "adjudications", spans(arrests), verify=verify)
    if juvenile:
        return Reading("juvenile_only", "relief reaches juvenile adjudications, but not arrest "
                       "or charge records", spans(juvenile), verify=verify)
    return Reading("convictions_only", "relief reaches only the judgment of conviction",
                   silent=True)


def _relief_nearby(doc: Doc, hit: Hit) -> bool:
    """The cue sits in a unit (or the unit just before it) that speaks of relief."""
    if has(doc, RELIEF_CONTEXT, hit.unit.start, hit.unit.end) or has(doc, RECORD_DEFINED, hit.unit.start, hit.unit.end):
        return True
    previous = doc.previous(hit.unit)
    return previous is not None and previous.section == hit.unit.section and (
        has(doc, RELIEF_CONTEXT, previous.start, previous.end))


# Literal words every match contains: long texts are scanned only where they occur.
anchor({
    VACATE: ("vacat", "aside", "withdraw", "new trial", "postconviction", "annul", "null and void"),
    EXPUNGE: ("expung", "expunction", "destr", "redact", "erase", "erasure", "obliterat", "purg"),
    SEAL: ("seal", "nondisclosure", "nonpublic record", "disseminat", "access", "public", "shield"),
    ARREST: ("arrest", "charg", "citation", "not guilty", "acquitt", "dismissed", "nolle"),
    JUVENILE: ("delinquen", "juvenile", "adjudicat", "of a minor", "of a child"),
    # checked around each hit (cues.has): skipped where none of these words occurs
    NOT_RELIEF: ("not ", "never "),
    NEGATED_VERB: ("not ", "never "),
    NOT_AUTHORIZED: ("nothing in this", "does not", "do not", "shall not", "in no event", "under no circumstances",
                     "nor shall", "provisions of law governing", "should"),
    NEVER: ("never ", "not ", "subsequently ", "later ", "again "),
    NEVER_SAID: ("never", "has not been", "whether"),
    NOT_REACHED: ("does not", "shall not", "do not", "will not", "nothing in this", "no provision of this", "should"),
    UNAFFECTED: ("not ",),
    RELIEF_CONTEXT: ("vacat", "expung", "expunction", "seal", "set aside", "set-aside", "relief", "destr", "nondisclosure",
                     "clear", "erasure", "obliterat", "purg", "annul", "shield", "disseminat", "nonpublic", "restrict"),
    SEAL_PROCEEDING: ("seal",),
    RECORD_DEFINED: tuple(f"{word}{mark}" for word in ("record", "records", "conviction", "convictions")
                          for mark in ("\"", "'", ".\"", ".'")) + ("applies to records", "applies to the records"),
})

# The words every match begins with: the fastest scan of all.
starts({
    ARREST: ("record", "file", "reference", "information", "arrest", "charge", "citation",
             "conviction", "adjudication", "found not guilty", "acquitt", "dismissed", "nolle"),
    EXPUNGE: ("expung", "expunction", "destr", "record", "file", "redact", "erase", "erasure", "obliterat", "purg"),
    JUVENILE: ("delinquen", "juvenile", "adjudicat", "record"),
    SEAL: ("seal", "order of nondisclosure", "nondisclosure order", "nonpublic record", "restrict", "limit", "remov", "withh",
           "may not be disseminated", "shall not be disseminated", "shield"),
    VACATE: ("vacat", "set aside", "sets aside", "setting aside", "withdraw", "motion for",
             "postconviction relief", "annul", "null and void"),
})

# Anchor lists read against every branch of these (see cues.gate): tried only near them.
gate(ARREST, EXPUNGE)
_NEGATION_WORDS = anchor_words(NOT_RELIEF, NEGATED_VERB, NOT_AUTHORIZED)
