"""Scoring, overrides, the no-relief-law grade, and the JSON shape of DESIGN.md."""

from __future__ import annotations

import json

import pytest

from draftkit.core.analysis import analyze
from draftkit.core.corpus import load_bundled
from draftkit.core.errors import DraftkitError
from draftkit.core.findings import Override
from draftkit.core.grading import assess, assessment_to_dict, grade_statute
from draftkit.core.rubric import load_rubric
from draftkit.core.statute import Provenance, Statute

MODEL = """(a) A person convicted of any offense committed while the person was a victim of human trafficking may file a motion to vacate the conviction at any time.
(b) The court shall grant the motion if it finds by a preponderance of the evidence that the person was a victim of human trafficking. The court may grant the motion without a hearing.
(c) Official documentation of the person's status as a victim is not required, but when offered it creates a rebuttable presumption that the person was a victim.
(d) If the motion is granted, the court shall vacate the conviction and order every record of the arrest, charge, conviction and any juvenile adjudication expunged.
(e) The motion and any hearing on it are confidential.
(f) No filing fee may be charged, and the court shall order the refund of any fine paid on the vacated conviction.
"""


def _statute(text: str, **provenance) -> Statute:
    fields = {"jurisdiction": "Testland", "code": "TL", "origin": "pasted", **provenance}
    return Statute(text=text, provenance=Provenance(**fields))


def test_a_best_practice_text_scores_100_and_grades_a():
    assessment = grade_statute(_statute(MODEL))
    wrong = {f.category: f.level for f in assessment.findings if f.points != f.max_points}
    assert wrong == {}
    assert assessment.score == 100 and assessment.grade == "A"
    assert all(f.gap == "" for f in assessment.findings)


def test_score_is_the_sum_of_the_levels_points():
    assessment = grade_statute(load_bundled("NV"))
    assert assessment.score == sum(f.points for f in assessment.findings)
    assert assessment.max_score == 100
    assert assessment.grade == load_rubric().grade_for(assessment.score)


def test_override_replaces_level_and_points_and_says_so():
    analysis = analyze(load_bundled("NV"))
    before = assess(analysis)
    after = assess(analysis, overrides=[Override("discretion", "mandatory", "AB 488 enacted")])
    finding = after.finding("discretion")
    assert finding.level == "mandatory" and finding.points == 10
    assert "Overridden by the user" in finding.reason and "AB 488 enacted" in finding.reason
    assert finding.gap == ""
    assert after.score == before.score - before.finding("discretion").points + 10
    assert after.overrides == (Override("discretion", "mandatory", "AB 488 enacted"),)


def test_override_downwards_keeps_a_gap():
    analysis = analyze(_statute(MODEL))
    after = assess(analysis, overrides=[Override("burden", "clear_and_convincing")])
    assert after.finding("burden").points == 0
    assert "preponderance" in after.finding("burden").gap.lower()
    assert after.score == 94


@pytest.mark.parametrize("override,needle", [
    (Override("nope", "silent"), "unknown category"),
    (Override("burden", "beyond_doubt"), "unknown level"),
])
def test_bad_override_is_a_user_error(override, needle):
    with pytest.raises(DraftkitError, match=needle):
        assess(analyze("text"), overrides=[override])


def test_no_relief_law_scores_zero_with_its_label():
    assessment = grade_statute(load_bundled("AK"))
    assert assessment.no_relief_law
    assert assessment.score == 0 and assessment.grade_label == "F (no relief law)"
    assert all(f.points == 0 for f in assessment.findings)
    empty = grade_statute(_statute(""))
    assert empty.no_relief_law and empty.score == 0


def test_json_has_exactly_the_design_keys():
    statute = load_bundled("NV")
    data = assessment_to_dict(grade_statute(statute), statute, load_rubric())
    required = {"jurisdiction", "score", "max_score", "grade", "no_relief_law", "rubric", "categories"}
    assert required <= set(data)
    assert data["jurisdiction"] == "NV" and data["rubric"] == "draftkit-v1"
    assert data["excerpt"] is True and "179.247" in data["missing"]
    assert [c["id"] for c in data["categories"]] == [c.id for c in load_rubric().categories]
    for category in data["categories"]:
        assert {"id", "level", "points", "max_points", "verify", "reason", "evidence", "gap"} <= set(category)
        for evidence in category["evidence"]:
            assert statute.text[evidence["start"]:evidence["end"]] == evidence["text"]
    json.dumps(data)  # serializable


def test_json_of_no_relief_law_grade():
    statute = load_bundled("IA")
    data = assessment_to_dict(grade_statute(statute), statute)
    assert data["no_relief_law"] is True and data["grade"] == "F (no relief law)" and data["score"] == 0


def test_a_custom_rubric_changes_the_weights(tmp_path):
    from importlib import resources

    text = resources.files("draftkit").joinpath("rubrics", "draftkit-v1.toml").read_text("utf-8")
    text = text.replace('id = "vacatur_and_clearing"\npoints = 15', 'id = "vacatur_and_clearing"\npoints = 25')
    text = text.replace('id = "relief_type"\nname = "Range of relief"\nmax = 15', 'id = "relief_type"\nname = "Range of relief"\nmax = 25')
    text = text.replace('grade = "A"\nmin = 90\nmax = 100', 'grade = "A"\nmin = 90\nmax = 110')
    path = tmp_path / "heavy.toml"
    path.write_text(text, encoding="utf-8")
    rubric = load_rubric(path)
    default = grade_statute(load_bundled("NV"))
    heavy = grade_statute(load_bundled("NV"), rubric)
    assert heavy.max_score == 110 and heavy.score == default.score + 10


def test_a_rubric_category_the_analyzer_cannot_read_is_lowest_and_flagged(tmp_path):
    from importlib import resources

    text = resources.files("draftkit").joinpath("rubrics", "draftkit-v1.toml").read_text("utf-8")
    text += ('\n[[categories]]\nid = "language_access"\nname = "Language access"\nmax = 5\n'
             '[[categories.levels]]\nid = "yes"\npoints = 5\n'
             '[[categories.levels]]\nid = "no"\npoints = 0\n')
    text = text.replace('grade = "A"\nmin = 90\nmax = 100', 'grade = "A"\nmin = 90\nmax = 105')
    path = tmp_path / "extra.toml"
    path.write_text(text, encoding="utf-8")
    assessment = grade_statute(load_bundled("NV"), load_rubric(path))
    extra = assessment.finding("language_access")
    assert extra.level == "no" and extra.points == 0 and extra.verify
    assert "set it by hand" in extra.reason and assessment.max_score == 105
