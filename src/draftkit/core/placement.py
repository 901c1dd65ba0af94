"""Where a clause can go in a statute: replace the provisions behind a gap, add one, or strike words."""

from __future__ import annotations

import re
from dataclasses import replace

from draftkit.core.clauses import Clause
from draftkit.core.edits import (Edit, append_to, delete_provision, enact_section, insert_after,
                                 parent_of,
                                 replace_provision, replace_span, section_of, sentence_bounds)
from draftkit.core.findings import Analysis
from draftkit.core.jurisdictions import find_jurisdiction
from draftkit.core.renumbering import label_value
from draftkit.core.statute import Provision, Statute
from draftkit.core.structure import build_statute


def analyze_statute(statute: Statute, rubric=None) -> Analysis:
    from draftkit.core.analysis import analyze

    return analyze(statute, rubric)


def rebuilt(statute: Statute, text: str) -> Statute:
    return build_statute(text, statute.provenance)


def filing_term(text: str) -> str:
    """ "petition" or "motion" (or "application"), whichever the statute uses most."""
    lowered = text.lower()
    counts = {term: lowered.count(term) for term in ("motion", "petition", "application")}
    best = max(counts, key=lambda term: counts[term])
    return best if counts[best] else "motion"


def _subsection_of(statute: Statute, offset: int) -> Provision | None:
    """The depth-1 provision (a section's direct child) containing offset."""
    for section in statute.provisions:
        for child in section.children:
            if child.start <= offset < max(child.end, child.start + 1):
                return child
    return None


def _innermost(statute: Statute, offset: int) -> Provision | None:
    found = None
    for provision in statute.walk():
        if provision.depth > 0 and provision.start <= offset < provision.end:
            found = provision
    return found


def _targets(statute: Statute, finding, pick) -> list[Provision]:
    found = []
    for evidence in finding.evidence:
        target = pick(statute, evidence.start)
        target = _whole_sentence(statute, target) if target is not None else None
        if target is not None and target not in found:
            found.append(target)
    return _outermost_only(found)


def _whole_sentence(statute: Statute, target: Provision) -> Provision | None:
    """Climb from a list item that continues a sentence ("(2) who ...") to the provision
    that holds the whole sentence, so a clause never replaces half a sentence."""
    while _is_fragment(statute.text, target):
        parent = parent_of(statute, target)
        if parent is None or parent.depth == 0 or label_value(parent.label, parent.style) is None:
            return None
        target = parent
    return target


def _is_fragment(text: str, provision: Provision) -> bool:
    head = text[provision.body_start:provision.body_start + 1]
    return head.isalpha() and head.islower()


def _outermost_only(provisions: list[Provision]) -> list[Provision]:
    return [p for p in provisions
            if not any(o is not p and o.start <= p.start and p.end <= o.end for o in provisions)]


def _replace_all(statute: Statute, targets: list[Provision], body: str,
                 code: str | None = None) -> Edit | None:
    """The clause in place of the first target of each section; the section's other targets,
    which said the same thing more narrowly, are repealed (so the clause appears once)."""
    if not targets:
        return None
    firsts = _first_per_section(statute, targets)
    text, parts = statute.text, []
    for target in sorted(targets, key=lambda p: -p.start):
        current = rebuilt(statute, text)
        edit = None if target in firsts else _safe(lambda: delete_provision(current, target))
        if edit is None:
            fitted = court_for_section(statute, target, body, code)
            edit = replace_provision(current, target, fitted)
        text, parts = edit.text, [edit.description] + parts
    return Edit(text, 0, 0, "; ".join(parts))


def _first_per_section(statute: Statute, targets: list[Provision]) -> list[Provision]:
    firsts: dict[int, Provision] = {}
    for target in sorted(targets, key=lambda p: p.start):
        section = section_of(statute, target)
        firsts.setdefault(section.start if section else -1, target)
    return list(firsts.values())


def court_for_section(statute: Statute, target: Provision, body: str, code: str | None) -> str:
    """Name the juvenile court instead of the trial court inside a juvenile-court section."""
    j = find_jurisdiction(code)
    if j is None or not j.juvenile_court or not j.court:
        return body
    section = section_of(statute, target)
    if section is None:
        return body
    heading = statute.text[section.start:section.end].split("\n", 1)[0]
    if not _JUVENILE_HEADING.search(heading):
        return body
    return juvenile_variant(body, code)


def juvenile_variant(body: str, code: str | None) -> str:
    """`body` with the jurisdiction's juvenile court named in place of its trial court."""
    j = find_jurisdiction(code)
    if j is None or not j.juvenile_court or not j.court:
        return body
    return body.replace(f"The {j.court}", f"The {j.juvenile_court}").replace(
        f"the {j.court}", f"the {j.juvenile_court}")


def _sentences(statute: Statute, finding, body: str) -> Edit | None:
    spans = []
    for evidence in finding.evidence:
        if in_heading(statute.text, evidence.start):
            continue  # a catchline is not law to amend
        holder = _innermost(statute, evidence.start)
        lo = holder.body_start if holder else _line_start(statute.text, evidence.start)
        hi = holder.end if holder else _line_end(statute.text, evidence.start)
        if holder and holder.children:
            hi = holder.children[0].start
        span = sentence_bounds(statute.text, lo, hi, evidence.start, evidence.end)
        if span[1] > span[0] and span not in spans:
            spans.append(span)
    return _replace_spans(statute, spans, body)


def in_heading(text: str, offset: int) -> bool:
    """True inside a "§ <citation> <catchline>" heading line."""
    return text.startswith("§", _line_start(text, offset))


def _replace_spans(statute: Statute, spans, body: str) -> Edit | None:
    if not spans or _overlapping(spans):
        return None
    text, parts = statute.text, []
    for start, end in sorted(spans, reverse=True):
        edit = replace_span(rebuilt(statute, text), start, end, body)
        text, parts = edit.text, [edit.description] + parts
    return Edit(text, 0, 0, "; ".join(parts))


def _overlapping(spans) -> bool:
    ordered = sorted(spans)
    return any(b[0] < a[1] for a, b in zip(ordered, ordered[1:]))


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _anchor(statute: Statute, clause: Clause, analysis: Analysis) -> Provision | None:
    """The provision a new subsection follows: the `after` category's evidence, if any."""
    if not clause.placement.after:
        return None
    try:
        finding = analysis.finding(clause.placement.after)
    except KeyError:
        return None
    targets = _targets(statute, finding, _subsection_of)
    numbered = [t for t in targets if label_value(t.label, t.style) is not None]
    return numbered[0] if numbered else None


def first_section(statute: Statute) -> Provision | None:
    sections = [p for p in statute.provisions if p.style in ("section", "section_word")]
    with_children = [s for s in sections if s.children]
    return (with_children or sections or [None])[0]


def _append(statute: Statute, clause: Clause, analysis: Analysis, body: str,
            code: str | None = None) -> Edit | None:
    anchor = _anchor(statute, clause, analysis)
    if anchor is not None:
        return insert_after(statute, anchor, court_for_section(statute, anchor, body, code))
    section = first_section(statute)
    if section is None:
        return None
    return append_to(statute, section, body)


def _enact(statute: Statute, body: str) -> Edit:
    text, spans, what = enact_section(statute, [body])
    return Edit(text, spans[0][0], spans[0][1], what)


_JUVENILE_HEADING = re.compile(r"juvenile|delinquen", re.IGNORECASE)
_CONTEXT = re.compile(r"victim|traffick|servitude|offen[cs]e|crime|convict", re.IGNORECASE)
_SENTENCE = re.compile(r"^§[^\n]*|[^.;\n]+[.;]?", re.MULTILINE)


def _substituted(statute: Statute, clause: Clause, headings: bool = False) -> Edit | None:
    """Strike the clause's narrower words in every sentence about trafficking; insert its own.

    Catchlines are left alone unless `headings` (for texts graded from their catchline)."""
    text, struck = statute.text, []
    for rule in clause.placement.substitute:
        pattern = re.compile(rule.pattern)
        text = _SENTENCE.sub(
            lambda m: _sub_in(m.group(0), pattern, rule.replacement, struck, headings), text)
    if not struck:
        return None
    words = ", ".join(f"'{w.strip()}'" for w in dict.fromkeys(struck))
    inserted = tuple(dict.fromkeys(rule.replacement for rule in clause.placement.substitute
                                   if rule.replacement.strip()))
    where = " (catchline included)" if headings else ""
    return Edit(text, 0, 0, f"struck {words}{where} and inserted the clause's words "
                f"({len(struck)} place{'s' if len(struck) > 1 else ''})", inserted)


def _combined(statute: Statute, clause: Clause, first: Edit | None) -> Edit | None:
    """A placement followed by striking the clause's narrower words everywhere, catchlines too."""
    if first is None:
        return None
    then = _substituted(rebuilt(statute, first.text), clause, headings=True)
    if then is None:
        return None
    return Edit(then.text, 0, 0, f"{first.description}; {then.description}", then.inserted)


def _sub_in(sentence: str, pattern: re.Pattern, replacement: str, struck: list,
            headings: bool) -> str:
    if not _CONTEXT.search(sentence) or (sentence.lstrip().startswith("§") and not headings):
        return sentence

    def swap(match: re.Match) -> str:
        struck.append(match.group(0))
        return replacement

    return pattern.sub(swap, sentence)


MAX_ROUNDS = 4


def _outside_bodies(text: str, finding, body: str):
    """The finding with evidence inside our own inserted text left out."""
    ours = [(m.start(), m.end()) for m in re.finditer(re.escape(body), text)]
    kept = tuple(e for e in finding.evidence
                 if not any(a <= e.start < b for a, b in ours))
    return replace(finding, evidence=kept)


def _rounds(statute: Statute, clause: Clause, body: str, rubric, maker) -> Edit | None:
    """Apply `maker` to the gap's evidence, again while the level is short and evidence remains."""
    current, parts, target = statute, [], level_points(rubric, clause.category, clause.level)
    finding = finding_of(analyze_statute(statute, rubric), clause.category)
    for _ in range(MAX_ROUNDS):
        if finding is None or not finding.evidence:
            break
        edit = maker(current, finding)
        if edit is None:
            break
        current, parts = rebuilt(current, edit.text), parts + [edit.description]
        finding = finding_of(analyze_statute(current, rubric), clause.category)
        if finding is None or (level_points(rubric, finding.category, finding.level) or 0) >= (target or 0):
            break
        finding = _outside_bodies(current.text, finding, body)
    return Edit(current.text, 0, 0, "; ".join(parts)) if parts else None


def candidate_edits(statute: Statute, clause: Clause, analysis: Analysis, body: str,
                    rubric=None, code: str | None = None):
    """Every sensible placement, most preferred first, made lazily (duplicates dropped)."""
    finding = finding_of(analysis, clause.category)
    replacers = [lambda st, f: _replace_all(st, _targets(st, f, _subsection_of), body, code),
                 lambda st, f: _replace_all(st, _targets(st, f, _innermost), body, code),
                 lambda st, f: _sentences(st, f, body)]
    if rubric is None:
        makers = [lambda r=r: r(statute, finding) for r in replacers]
    else:
        makers = [lambda r=r: _rounds(statute, clause, body, rubric, r) for r in replacers]
    makers.append(lambda: _append(statute, clause, analysis, body, code))
    if clause.placement.mode == "append" or finding is None or not finding.evidence:
        makers = makers[3:] + makers[:3]
    if clause.placement.strike_first:  # striking a few words is the smallest amendment
        makers.insert(0, lambda: _substituted(statute, clause))
    else:
        makers.append(lambda: _substituted(statute, clause))
    makers.append(lambda: _substituted(statute, clause, headings=True))
    first_replacer = makers[1] if clause.placement.strike_first else makers[0]
    makers.append(lambda: _combined(statute, clause, first_replacer()))
    if first_section(statute) is None:
        makers.append(lambda: _enact(statute, body))
    seen = set()
    for make in makers:
        edit = _safe(make)
        if edit is not None and edit.text not in seen:
            seen.add(edit.text)
            yield edit


def finding_of(analysis: Analysis, category: str):
    try:
        return analysis.finding(category)
    except KeyError:
        return None


def _safe(make) -> Edit | None:
    try:
        return make()
    except ValueError:
        return None


def level_points(rubric, category: str, level: str) -> int | None:
    """Points of `level` in `category`, or None when the rubric lacks it."""
    try:
        return rubric.level(category, level).points
    except (KeyError, AttributeError, ValueError):
        return None
