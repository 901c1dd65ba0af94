"""Live re-grading: same answer as a full grade, what changed, caching, section-wise parsing."""

from __future__ import annotations

import pytest

from draftkit.core.corpus import jurisdiction_codes, load_bundled
from draftkit.core.findings import Override
from draftkit.core.grading import grade_statute
from draftkit.core.live import CategoryChange, LiveGrader, StructureCache, section_chunks
from draftkit.core.rubric import load_rubric
from draftkit.core.structure import parse_provisions

RUBRIC = load_rubric()
NV = load_bundled("NV").text


def test_first_update_matches_a_full_grade():
    result = LiveGrader(RUBRIC, "NV").update(NV)
    full = grade_statute(NV, RUBRIC)
    assert (result.assessment.score, result.assessment.grade) == (full.score, full.grade)
    assert result.assessment.findings == full.findings
    assert result.changed == () and result.score_delta == 0


def test_edit_that_changes_discretion_reports_the_change():
    grader = LiveGrader(RUBRIC, "NV")
    before = grader.update(NV).assessment
    edited = NV.replace("The court may grant a petition", "The court shall grant a petition")
    edited = edited.replace("The juvenile court may grant", "The juvenile court shall grant")
    result = grader.update(edited)
    after = grade_statute(edited, RUBRIC)
    assert result.assessment.score == after.score
    assert result.score_delta == after.score - before.score
    discretion = [c for c in result.changed if c.category == "discretion"]
    assert discretion == [CategoryChange("discretion", before.finding("discretion").level,
                                         after.finding("discretion").level,
                                         before.finding("discretion").points,
                                         after.finding("discretion").points)]
    assert discretion[0].after_points > discretion[0].before_points


def test_unchanged_text_is_not_regraded_and_reports_no_change(monkeypatch):
    grader = LiveGrader(RUBRIC, "NV")
    first = grader.update(NV)
    import draftkit.core.analysis as analysis

    def fail(*args, **kwargs):
        raise AssertionError("analyzed again")

    monkeypatch.setattr(analysis, "analyze", fail)
    again = grader.update(NV)
    assert again.assessment == first.assessment and again.changed == ()


def test_undo_to_an_earlier_text_reuses_its_analysis(monkeypatch):
    grader = LiveGrader(RUBRIC, "NV")
    grader.update(NV)
    edited = NV.replace("due diligence", "reasonable diligence")
    grader.update(edited)
    from draftkit.core.analysis import _analyze

    misses = _analyze.cache_info().misses
    back = grader.update(NV)
    assert _analyze.cache_info().misses == misses, "analyzed again"
    assert back.assessment.score == grade_statute(NV, RUBRIC).score


def test_overrides_apply_and_change_the_score():
    grader = LiveGrader(RUBRIC, "NV")
    base = grader.update(NV).assessment
    result = grader.set_overrides([Override("hearing", "not_required", "hearing waived by rule")])
    assert result.assessment.finding("hearing").level == "not_required"
    assert result.assessment.score == base.score - base.finding("hearing").points + 5


def test_empty_text_grades_as_no_relief_law():
    assert LiveGrader(RUBRIC).update("").assessment.no_relief_law


@pytest.mark.parametrize("code", jurisdiction_codes())
def test_section_wise_parse_equals_full_parse(code):
    text = load_bundled(code).text
    cache = StructureCache()
    assert cache.provisions(text) == parse_provisions(text)
    edited = text[:len(text) // 2] + "X" + text[len(text) // 2:]
    assert cache.provisions(edited) == parse_provisions(edited)


def test_unchanged_sections_are_not_parsed_again(monkeypatch):
    cache = StructureCache()
    cache.provisions(NV)
    chunks = section_chunks(NV)
    assert len(chunks) == 2
    parsed = []
    import draftkit.core.live as live

    real = live.parse_provisions
    monkeypatch.setattr(live, "parse_provisions", lambda t: parsed.append(t) or real(t))
    edited = NV.replace("juvenile court may grant", "juvenile court shall grant")
    assert cache.provisions(edited) == parse_provisions(edited)
    assert len(parsed) == 1 and "62E.275" in parsed[0]


def test_statute_view_carries_the_provision_tree():
    grader = LiveGrader(RUBRIC, "NV")
    statute = grader.statute(NV)
    assert [p.label for p in statute.provisions] == [p.label for p in parse_provisions(NV)]


def test_provenance_keeps_excerpt_flags_of_a_bundled_statute():
    statute = load_bundled("NV")
    result = LiveGrader(RUBRIC, provenance=statute.provenance).update(statute.text)
    full = grade_statute(statute, RUBRIC)
    assert result.assessment.excerpt == full.excerpt is True
    assert result.assessment.findings == full.findings
