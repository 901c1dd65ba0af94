"""Inserting model clauses into a statute: choosing a placement by re-grading, and fix-all."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from draftkit.core.clauses import Clause, ClauseLibrary, default_library, render_clause
from draftkit.core.edits import Edit, enact_section
from draftkit.core.findings import Analysis
from draftkit.core.placement import (analyze_statute, candidate_edits, filing_term,
                                     first_section, in_heading, juvenile_variant, level_points,
                                     rebuilt)
from draftkit.core.statute import Statute

FIX_ALL_PASSES = 3
# where silence reads as the best level but a court could read it otherwise, fix-all
# states the rule plainly (e.g. "any offense") instead of relying on silence
EXPLICIT_WHEN_SILENT = ("offenses", "nexus")
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


def _render(clause: Clause, statute: Statute, code: str | None, params: dict | None) -> str:
    values = dict(params or {})
    values.setdefault("filing", filing_term(statute.text))
    return render_clause(clause, code, values)


def _points(analysis: Analysis, rubric) -> dict[str, int]:
    """Points of each category's level (by the rubric, so a no-relief text still compares)."""
    return {f.category: level_points(rubric, f.category, f.level) or 0 for f in analysis.findings}


def _verdict(before: dict, after: dict, clause: Clause, target: int | None) -> tuple:
    """(reaches the clause's level, minus the other categories made worse, total points)."""
    reached = target is None or after.get(clause.category, 0) >= target
    worse = _harmed(before, after, clause.category)
    return (reached, -len(worse), sum(after.values()))


def _harmed(before: dict, after: dict, own: str) -> list[str]:
    return [cat for cat, p in before.items() if cat != own and after.get(cat, 0) < p]


def _load_rubric(rubric):
    if rubric is not None:
        return rubric
    from draftkit.core.rubric import load_rubric

    return load_rubric()


@dataclass(frozen=True)
class _Context:
    """What placing a clause needs besides the statute: library, rubric, jurisdiction."""

    library: ClauseLibrary
    rubric: object
    code: str | None


@dataclass(frozen=True)
class _Choice:
    edit: Edit
    extra: tuple[tuple[str, str], ...] = ()  # (clause id, body) added to keep other levels
    score: tuple = ()


def _evaluate(statute: Statute, edit: Edit, ctx: _Context) -> dict:
    return _points(analyze_statute(rebuilt(statute, edit.text), ctx.rubric), ctx.rubric)


def _restore(statute: Statute, choice: _Choice, harmed: list[str], ctx: _Context,
             before: dict) -> _Choice:
    """Add the recommended clause of each harmed category after the chosen edit."""
    current, extra, parts = rebuilt(statute, choice.edit.text), [], [choice.edit.description]
    for category in harmed:
        helper = ctx.library.recommended(category)
        if helper is None:
            continue
        body = _render(helper, current, ctx.code, None)
        edit = _restoring_edit(current, helper, body, category, before[category], ctx)
        if edit is None:
            continue
        current, extra = rebuilt(current, edit.text), extra + [(helper.id, body)]
        parts.append(f"to keep {category}, {edit.description}")
    edit = Edit(current.text, 0, 0, "; ".join(parts), choice.edit.inserted)
    return _Choice(edit, tuple(extra))


def _restoring_edit(current: Statute, helper: Clause, body: str, category: str, floor: int,
                    ctx: _Context) -> Edit | None:
    """The first placement of `helper` that brings `category` back to `floor` points."""
    analysis = analyze_statute(current, ctx.rubric)
    candidates = candidate_edits(current, helper, analysis, body, ctx.rubric, ctx.code)
    fallback = None
    for edit in candidates:
        fallback = fallback or edit
        if _evaluate(current, edit, ctx).get(category, 0) >= floor:
            return edit
    return fallback


def choose_edit(statute: Statute, clause: Clause, body: str, ctx: _Context,
                analysis=None) -> _Choice:
    """The preferred placement that reaches the clause's level without harming others."""
    analysis = analysis or analyze_statute(statute, ctx.rubric)
    before = _points(analysis, ctx.rubric)
    target = level_points(ctx.rubric, clause.category, clause.level)
    tried = []
    for edit in candidate_edits(statute, clause, analysis, body, ctx.rubric, ctx.code):
        after = _evaluate(statute, edit, ctx)
        choice = _Choice(edit, (), _verdict(before, after, clause, target))
        if choice.score[:2] == (True, 0):
            return choice
        tried.append((choice, _harmed(before, after, clause.category)))
    if not tried:
        raise ValueError(f"nowhere to place clause {clause.id}")
    return _best_restored(statute, clause, tried, before, target, ctx)


def _best_restored(statute, clause, tried, before, target, ctx) -> _Choice:
    """Among placements that reach the level, one whose losses other clauses can restore."""
    for choice, harmed in tried:
        if not choice.score[0]:
            continue
        restored = _restore(statute, choice, harmed, ctx, before)
        score = _verdict(before, _evaluate(statute, restored.edit, ctx), clause, target)
        if score[:2] == (True, 0):
            return _Choice(restored.edit, restored.extra, score)
    return max((choice for choice, _ in tried), key=lambda c: c.score[:2])


def _step(statute: Statute, clause: Clause, params: dict | None, ctx: _Context,
          analysis=None) -> _Step:
    body = _render(clause, statute, ctx.code, params)
    choice = choose_edit(statute, clause, body, ctx, analysis)
    marks = choice.edit.inserted or (body,)
    placed = tuple((clause.id, dict(params or {}), mark) for mark in marks)
    placed += tuple((cid, {}, extra_body) for cid, extra_body in choice.extra)
    return _Step(rebuilt(statute, choice.edit.text), placed, choice.edit.description)


def _locate(original: str, text: str, placed, code: str | None) -> tuple[AppliedClause, ...]:
    """Where each placed body (or inserted word) is in the final text: only occurrences on
    lines the amendment added or changed count, so words the statute already had elsewhere
    are not marked."""
    added = _added_ranges(original, text)
    found: dict[int, AppliedClause] = {}
    for clause_id, params, body in placed:
        for variant in {body, juvenile_variant(body, code)}:
            for match in re.finditer(re.escape(variant), text):
                if in_heading(text, match.start()) or not _touches(added, match.span()):
                    continue
                found[match.start()] = AppliedClause(clause_id, params, match.start(),
                                                     match.end())
    return _without_overlaps([found[start] for start in sorted(found)])


def _without_overlaps(applied: list[AppliedClause]) -> tuple[AppliedClause, ...]:
    """Keep the longest of overlapping marks ("was related to" over "related to")."""
    kept: list[AppliedClause] = []
    for item in sorted(applied, key=lambda a: (a.start, -(a.end - a.start))):
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return tuple(kept)


def _added_ranges(original: str, text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines of `text` that are new or changed (line-level diff)."""
    old = original.split("\n")
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    matcher = SequenceMatcher(None, old, lines)
    return [(starts[j1], starts[j2] - 1) for tag, _, _, j1, j2 in matcher.get_opcodes()
            if tag in ("insert", "replace") and j2 > j1]


def _touches(ranges, span) -> bool:
    return any(a < span[1] and span[0] < b for a, b in ranges)


def _amendment(original: Statute, statute: Statute, placed, steps: list[str],
               code: str | None) -> Amendment:
    applied = _locate(original.text, statute.text, placed, code)
    return Amendment(statute.text, applied, "; ".join(steps), tuple(steps))


def apply_clause(statute: Statute, clause_id: str, *, library: ClauseLibrary | None = None,
                 params: dict | None = None, jurisdiction_code: str | None = None,
                 rubric=None) -> Amendment:
    """`statute` with clause `clause_id` placed where it closes the category's gap."""
    library = library or default_library()
    clause = library.get(clause_id)
    ctx = _Context(library, _load_rubric(rubric), jurisdiction_code or statute.code)
    step = _step(statute, clause, params, ctx)
    return _amendment(statute, step.statute, step.placed, [step.description], ctx.code)


def apply_clauses(statute: Statute, clause_ids, *, library: ClauseLibrary | None = None,
                  params: dict | None = None, jurisdiction_code: str | None = None,
                  rubric=None) -> Amendment:
    """Several clauses one after another; `params` maps clause id -> its parameters."""
    library = library or default_library()
    ctx = _Context(library, _load_rubric(rubric), jurisdiction_code or statute.code)
    current, placed, steps = statute, [], []
    for clause_id in clause_ids:
        step = _step(current, library.get(clause_id), (params or {}).get(clause_id), ctx)
        current, placed, steps = step.statute, placed + list(step.placed), steps + [step.description]
    return _amendment(statute, current, placed, steps, ctx.code)


def _below_max(analysis: Analysis) -> list[str]:
    return [f.category for f in analysis.findings if f.points < f.max_points]


def _silent_doubtful(analysis: Analysis) -> list[str]:
    """Categories at their best only because the text is silent, flagged for a reviewer."""
    return [f.category for f in analysis.findings if f.category in EXPLICIT_WHEN_SILENT
            and f.points == f.max_points and f.verify and not f.evidence]


def _recommended_for(library: ClauseLibrary, categories) -> list[Clause]:
    found = (library.recommended(cat) for cat in categories)
    return [clause for clause in found if clause is not None]


def _enact_all(statute: Statute, library: ClauseLibrary, code) -> _Step:
    clauses = _recommended_for(library, ENACT_ORDER)
    bodies = [_render(c, statute, code, None) for c in clauses]
    text, _, what = enact_section(statute, bodies)
    placed = tuple((c.id, {}, body) for c, body in zip(clauses, bodies))
    return _Step(rebuilt(statute, text), placed, what)


def needs_new_section(statute: Statute, analysis: Analysis) -> bool:
    """True for a text with no relief law (or no section to amend): enact one instead."""
    return analysis.no_relief_law or first_section(statute) is None


def fix_all(statute: Statute, library: ClauseLibrary | None = None, rubric=None, *,
            jurisdiction_code: str | None = None) -> Amendment:
    """The recommended clause for every category below its maximum (and for offenses or
    nexus when only the statute's silence puts them at the maximum)."""
    library = library or default_library()
    ctx = _Context(library, _load_rubric(rubric), jurisdiction_code or statute.code)
    rubric = ctx.rubric
    current, placed, steps = statute, [], []
    analysis = analyze_statute(current, rubric)
    if needs_new_section(current, analysis):
        step = _enact_all(current, library, ctx.code)
        current, placed, steps = step.statute, list(step.placed), [step.description]
        analysis = analyze_statute(current, rubric)
    for _ in range(FIX_ALL_PASSES):
        todo = _recommended_for(library, _below_max(analysis))
        if not todo:
            break
        for clause in todo:
            if clause.category not in _below_max(analysis):
                continue
            step = _step(current, clause, None, ctx, analysis)
            current, placed = step.statute, placed + list(step.placed)
            steps.append(f"{clause.id}: {step.description}")
            analysis = analyze_statute(current, rubric)
    for clause in _recommended_for(library, _silent_doubtful(analysis)):
        step = _step(current, clause, None, ctx, analysis)
        current, placed = step.statute, placed + list(step.placed)
        steps.append(f"{clause.id} (stated plainly): {step.description}")
        analysis = analyze_statute(current, rubric)
    return _amendment(statute, current, placed, steps, ctx.code)
