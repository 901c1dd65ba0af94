"""Inserting model clauses into a statute: placement, re-grading of choices, fix-all."""

from __future__ import annotations

from dataclasses import dataclass, field

from draftkit.core.clauses import Clause, ClauseLibrary, default_library, render_clause
from draftkit.core.edits import (Edit, append_to, enact_section, insert_after,
                                 replace_provision, replace_span, section_of, sentence_bounds)
from draftkit.core.findings import Analysis
from draftkit.core.renumbering import label_value
from draftkit.core.statute import Provision, Statute
from draftkit.core.structure import build_statute

FIX_ALL_PASSES = 3
# order of subsections in a section enacted from nothing
ENACT_ORDER = ("eligibility", "offenses", "relief_type", "record_scope", "nexus",
               "discretion", "burden", "documentation", "hearing", "timing",
               "confidentiality", "access")


@dataclass(frozen=True)
class AppliedClause:
    """One clause placed in the amended text, with the parameters it was rendered with."""

    clause_id: str
    params: dict = field(default_factory=dict)
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Amendment:
    """An amended text, the clauses in it, and what was done ("replaced subsection 4")."""

    text: str
    applied: tuple[AppliedClause, ...] = ()
    description: str = ""
    steps: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Step:
    statute: Statute
    placed: tuple[tuple[str, dict, str], ...]  # (clause id, params, rendered body)
    description: str


def analyze_statute(statute: Statute, rubric=None) -> Analysis:
    from draftkit.core.analysis import analyze

    return analyze(statute, rubric)


def _rebuilt(statute: Statute, text: str) -> Statute:
    return build_statute(text, statute.provenance)


def filing_term(text: str) -> str:
    """ "petition" or "motion" (or "application"), whichever the statute uses most."""
    lowered = text.lower()
    counts = {term: lowered.count(term) for term in ("motion", "petition", "application")}
    best = max(counts, key=lambda term: counts[term])
    return best if counts[best] else "motion"


def _render(clause: Clause, statute: Statute, code: str | None, params: dict | None) -> str:
    values = dict(params or {})
    values.setdefault("filing", filing_term(statute.text))
    return render_clause(clause, code, values)


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
        if target is not None and target not in found:
            found.append(target)
    return _outermost_only(found)


def _outermost_only(provisions: list[Provision]) -> list[Provision]:
    return [p for p in provisions
            if not any(o is not p and o.start <= p.start and p.end <= o.end for o in provisions)]


def _replace_all(statute: Statute, targets: list[Provision], body: str) -> Edit | None:
    if not targets:
        return None
    text, parts = statute.text, []
    for target in sorted(targets, key=lambda p: -p.start):
        edit = replace_provision(_rebuilt(statute, text), target, body)
        text, parts = edit.text, [edit.description] + parts
    return Edit(text, 0, 0, "; ".join(parts))


def _sentences(statute: Statute, finding, body: str) -> Edit | None:
    spans = []
    for evidence in finding.evidence:
        holder = _innermost(statute, evidence.start)
        lo = holder.body_start if holder else _line_start(statute.text, evidence.start)
        hi = holder.end if holder else _line_end(statute.text, evidence.start)
        if holder and holder.children:
            hi = holder.children[0].start
        span = sentence_bounds(statute.text, lo, hi, evidence.start, evidence.end)
        if span[1] > span[0] and span not in spans:
            spans.append(span)
    return _replace_spans(statute, spans, body)


def _replace_spans(statute: Statute, spans, body: str) -> Edit | None:
    if not spans or _overlapping(spans):
        return None
    text, parts = statute.text, []
    for start, end in sorted(spans, reverse=True):
        edit = replace_span(_rebuilt(statute, text), start, end, body)
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
    return numbered[-1] if numbered else None


def _first_section(statute: Statute) -> Provision | None:
    sections = [p for p in statute.provisions if p.style in ("section", "section_word")]
    with_children = [s for s in sections if s.children]
    return (with_children or sections or [None])[0]


def _append(statute: Statute, clause: Clause, analysis: Analysis, body: str) -> Edit | None:
    anchor = _anchor(statute, clause, analysis)
    if anchor is not None:
        return insert_after(statute, anchor, body)
    section = _first_section(statute)
    if section is None:
        return None
    return append_to(statute, section, body)


def _enact(statute: Statute, body: str) -> Edit:
    text, spans, what = enact_section(statute, [body])
    return Edit(text, spans[0][0], spans[0][1], what)


def candidate_edits(statute: Statute, clause: Clause, analysis: Analysis, body: str) -> list:
    """Every sensible placement, most preferred first (duplicates and failures dropped)."""
    finding = _finding(analysis, clause.category)
    makers = [lambda: _replace_all(statute, _targets(statute, finding, _subsection_of), body),
              lambda: _replace_all(statute, _targets(statute, finding, _innermost), body),
              lambda: _sentences(statute, finding, body),
              lambda: _append(statute, clause, analysis, body)]
    if clause.placement.mode == "append" or finding is None or not finding.evidence:
        makers = makers[3:] + makers[:3]
    edits = [_safe(make) for make in makers]
    if _first_section(statute) is None:
        edits.append(_enact(statute, body))
    return _unique([e for e in edits if e is not None])


def _finding(analysis: Analysis, category: str):
    try:
        return analysis.finding(category)
    except KeyError:
        return None


def _safe(make) -> Edit | None:
    try:
        return make()
    except ValueError:
        return None


def _unique(edits: list[Edit]) -> list[Edit]:
    seen, out = set(), []
    for edit in edits:
        if edit.text not in seen:
            seen.add(edit.text)
            out.append(edit)
    return out


def _points(analysis: Analysis) -> dict[str, int]:
    return {f.category: f.points for f in analysis.findings}


def _verdict(before: dict, after: Analysis, clause: Clause, target_points: int | None):
    """(reaches the clause's level, number of other categories made worse, total score)."""
    points = _points(after)
    reached = target_points is None or points.get(clause.category, 0) >= target_points
    worse = sum(1 for cat, p in before.items() if cat != clause.category
                and points.get(cat, 0) < p)
    return (reached, -worse, sum(points.values()))


def level_points(rubric, category: str, level: str) -> int | None:
    """Points of `level` in `category`, or None when the rubric lacks it."""
    try:
        return rubric.level(category, level).points
    except (KeyError, AttributeError, ValueError):
        return None


def _load_rubric(rubric):
    if rubric is not None:
        return rubric
    from draftkit.core.rubric import load_rubric

    return load_rubric()


def choose_edit(statute: Statute, clause: Clause, body: str, rubric, analysis=None) -> Edit:
    """The preferred placement that reaches the clause's level without harming others."""
    analysis = analysis or analyze_statute(statute, rubric)
    before = _points(analysis)
    target = level_points(rubric, clause.category, clause.level)
    best, best_score = None, None
    for edit in candidate_edits(statute, clause, analysis, body):
        score = _verdict(before, analyze_statute(_rebuilt(statute, edit.text), rubric),
                         clause, target)
        if score[0] and score[1] == 0:
            return edit
        if best_score is None or score[:2] > best_score[:2]:
            best, best_score = edit, score
    if best is None:
        raise ValueError(f"nowhere to place clause {clause.id}")
    return best


def _step(statute: Statute, clause: Clause, params: dict | None, code, rubric,
          analysis=None) -> _Step:
    body = _render(clause, statute, code, params)
    edit = choose_edit(statute, clause, body, rubric, analysis)
    return _Step(_rebuilt(statute, edit.text), ((clause.id, dict(params or {}), body),),
                 edit.description)


def _locate(text: str, placed) -> tuple[AppliedClause, ...]:
    """Where each placed body ended up in the final text (bodies overwritten later drop out)."""
    found, cursor_by_body = [], {}
    for clause_id, params, body in placed:
        at = text.find(body, cursor_by_body.get(body, 0))
        while at >= 0:
            cursor_by_body[body] = at + len(body)
            found.append(AppliedClause(clause_id, params, at, at + len(body)))
            at = text.find(body, at + len(body))
    return tuple(sorted(found, key=lambda a: a.start))


def _amendment(statute: Statute, placed, steps: list[str]) -> Amendment:
    return Amendment(statute.text, _locate(statute.text, placed), "; ".join(steps), tuple(steps))


def apply_clause(statute: Statute, clause_id: str, *, library: ClauseLibrary | None = None,
                 params: dict | None = None, jurisdiction_code: str | None = None,
                 rubric=None) -> Amendment:
    """`statute` with clause `clause_id` placed where it closes the category's gap."""
    library = library or default_library()
    clause = library.get(clause_id)
    rubric = _load_rubric(rubric)
    code = jurisdiction_code or statute.code
    step = _step(statute, clause, params, code, rubric)
    return _amendment(step.statute, step.placed, [step.description])


def apply_clauses(statute: Statute, clause_ids, *, library: ClauseLibrary | None = None,
                  params: dict | None = None, jurisdiction_code: str | None = None,
                  rubric=None) -> Amendment:
    """Several clauses one after another; `params` maps clause id -> its parameters."""
    library = library or default_library()
    rubric = _load_rubric(rubric)
    code = jurisdiction_code or statute.code
    current, placed, steps = statute, [], []
    for clause_id in clause_ids:
        step = _step(current, library.get(clause_id), (params or {}).get(clause_id), code, rubric)
        current, placed, steps = step.statute, placed + list(step.placed), steps + [step.description]
    return _amendment(current, placed, steps)


def _below_max(analysis: Analysis) -> list[str]:
    return [f.category for f in analysis.findings if f.points < f.max_points]


def _recommended_for(library: ClauseLibrary, categories) -> list[Clause]:
    found = (library.recommended(cat) for cat in categories)
    return [clause for clause in found if clause is not None]


def _enact_all(statute: Statute, library: ClauseLibrary, code) -> _Step:
    clauses = _recommended_for(library, ENACT_ORDER)
    bodies = [_render(c, statute, code, None) for c in clauses]
    text, _, what = enact_section(statute, bodies)
    placed = tuple((c.id, {}, body) for c, body in zip(clauses, bodies))
    return _Step(_rebuilt(statute, text), placed, what)


def needs_new_section(statute: Statute, analysis: Analysis) -> bool:
    """True for a text with no relief law (or no section to amend): enact one instead."""
    return analysis.no_relief_law or _first_section(statute) is None


def fix_all(statute: Statute, library: ClauseLibrary | None = None, rubric=None, *,
            jurisdiction_code: str | None = None) -> Amendment:
    """The recommended clause for every category below its maximum."""
    library = library or default_library()
    rubric = _load_rubric(rubric)
    code = jurisdiction_code or statute.code
    current, placed, steps = statute, [], []
    analysis = analyze_statute(current, rubric)
    if needs_new_section(current, analysis):
        step = _enact_all(current, library, code)
        current, placed, steps = step.statute, list(step.placed), [step.description]
        analysis = analyze_statute(current, rubric)
    for _ in range(FIX_ALL_PASSES):
        todo = _recommended_for(library, _below_max(analysis))
        if not todo:
            break
        for clause in todo:
            if clause.category not in _below_max(analysis):
                continue
            step = _step(current, clause, None, code, rubric, analysis)
            current, placed = step.statute, placed + list(step.placed)
            steps.append(f"{clause.id}: {step.description}")
            analysis = analyze_statute(current, rubric)
    return _amendment(current, placed, steps)
