"""--fix-all on every bundled statute: grade A, and a provision tree still numbered in order."""

from __future__ import annotations

import pytest

from draftkit.core.corpus import jurisdiction_codes, load_bundled
from draftkit.core.insertion import fix_all
from draftkit.core.placement import analyze_statute, rebuilt
from draftkit.core.renumbering import label_value
from draftkit.core.rubric import load_rubric

RUBRIC = load_rubric()


def _groups(section):
    """The numbered label values of each group of siblings in a section."""
    for provision in section.walk():
        values = [label_value(c.label, c.style) for c in provision.children]
        numbers = [v for v in values if v is not None]
        if numbers:
            yield provision.label, numbers


def _consecutive(numbers) -> bool:
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _increasing(numbers) -> bool:
    return all(a < b for a, b in zip(numbers, numbers[1:]))


def _sections_in_order(statute) -> set[str]:
    """Labels of the sections whose every sibling group is numbered 1, 2, 3 ... in the source."""
    return {s.label for s in statute.provisions
            if all(_consecutive(numbers) for _, numbers in _groups(s))}


@pytest.mark.parametrize("code", jurisdiction_codes())
def test_fix_all_reaches_grade_a_with_consistent_numbering(code):
    statute = load_bundled(code)
    amendment = fix_all(statute, rubric=RUBRIC)
    amended = rebuilt(statute, amendment.text)
    analysis = analyze_statute(amended, RUBRIC)
    score = sum(f.points for f in analysis.findings)
    short = [(f.category, f.level) for f in analysis.findings if f.points < f.max_points]
    assert not analysis.no_relief_law
    assert RUBRIC.grade_for(score) == "A", (score, short, amendment.steps)
    in_order = _sections_in_order(statute)
    original_labels = {s.label for s in statute.provisions}
    for section in amended.provisions:
        strict = section.label in in_order or section.label not in original_labels
        for label, numbers in _groups(section):
            check = _consecutive if strict else _increasing
            assert check(numbers), (section.label, label, numbers)
    assert amendment.applied, amendment.steps
    for applied in amendment.applied:
        section = next(s for s in amended.provisions if s.start <= applied.start < s.end)
        heading_end = amendment.text.index("\n", section.start)
        assert heading_end < applied.start and applied.end <= section.end, applied


@pytest.mark.parametrize("code", ["AK", "IA", "MN"])
def test_no_relief_state_gets_a_new_section_from_the_clauses(code):
    statute = load_bundled(code)
    amendment = fix_all(statute, rubric=RUBRIC)
    assert amendment.text.startswith(statute.text.rstrip())
    assert "§ [New section]" in amendment.text
    assert amendment.steps[0].startswith("enacted a new section with 12 subsection")
    amended = rebuilt(statute, amendment.text)
    new = amended.provisions[-1]
    assert [c.label for c in new.children][:3] == ["(a)", "(b)", "(c)"]


def test_fix_all_leaves_a_grade_a_text_alone():
    statute = load_bundled("NV")
    once = fix_all(statute, rubric=RUBRIC)
    twice = fix_all(rebuilt(statute, once.text), rubric=RUBRIC)
    assert twice.text == once.text and twice.steps == ()
