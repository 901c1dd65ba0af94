"""The key promise: every clause reaches its level on every bundled statute, harming nothing."""

from __future__ import annotations

import pytest

from draftkit.core.clauses import default_library
from draftkit.core.corpus import jurisdiction_codes, load_bundled
from draftkit.core.insertion import apply_clause
from draftkit.core.placement import analyze_statute, rebuilt
from draftkit.core.rubric import load_rubric

RUBRIC = load_rubric()
LIBRARY = default_library()


def _levels(statute):
    """category -> (level, the level's points by the rubric), read by the real analyzer."""
    analysis = analyze_statute(statute, RUBRIC)
    return {f.category: (f.level, RUBRIC.level(f.category, f.level).points)
            for f in analysis.findings}


def _problems(statute, clause) -> list[str]:
    before = _levels(statute)
    amendment = apply_clause(statute, clause.id, library=LIBRARY, rubric=RUBRIC)
    after = _levels(rebuilt(statute, amendment.text))
    claimed = RUBRIC.level(clause.category, clause.level).points
    problems = []
    if after[clause.category][1] < claimed:
        problems.append(f"{clause.id}: {clause.category} is {after[clause.category][0]}, "
                        f"not {clause.level} ({amendment.description})")
    for category, (level, points) in before.items():
        if category != clause.category and after[category][1] < points:
            problems.append(f"{clause.id}: {category} fell from {level} to "
                            f"{after[category][0]} ({amendment.description})")
    return problems


@pytest.mark.parametrize("code", jurisdiction_codes())
def test_every_clause_reaches_its_level_without_harm(code):
    statute = load_bundled(code)
    problems = [p for clause in LIBRARY.clauses for p in _problems(statute, clause)]
    assert problems == []


@pytest.mark.parametrize("code", ["NV", "FL", "AK"])
def test_amendment_marks_where_each_clause_is(code):
    statute = load_bundled(code)
    for clause in LIBRARY.clauses:
        amendment = apply_clause(statute, clause.id, library=LIBRARY, rubric=RUBRIC)
        assert amendment.text != statute.text and amendment.description, clause.id
        original_lines = set(statute.text.split("\n"))
        for applied in amendment.applied:
            assert applied.end > applied.start
            line_start = amendment.text.rfind("\n", 0, applied.start) + 1
            line_end = amendment.text.find("\n", applied.end)
            line = amendment.text[line_start:line_end if line_end >= 0 else None]
            assert line not in original_lines, (clause.id, line)
