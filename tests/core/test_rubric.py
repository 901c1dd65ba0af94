"""The bundled rubric encodes RUBRIC.md, and malformed rubric files fail with one clear line."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from draftkit.core.errors import RubricError
from draftkit.core.rubric import load_rubric

EXPECTED = {
    "relief_type": (15, ["vacatur_and_clearing", "vacatur", "expungement", "sealing", "none"], None),
    "record_scope": (10, ["all", "arrests_only", "juvenile_only", "convictions_only"], None),
    "offenses": (20, ["any_offense", "broad_with_exclusions", "enumerated", "prostitution_only", "none"], None),
    "discretion": (10, ["mandatory", "presumptive", "discretionary"], None),
    "nexus": (10, ["related", "result", "direct_result", "coercion"], None),
    "timing": (8, ["none", "reasonable_time", "restricted"], "none"),
    "hearing": (5, ["not_required", "silent", "required"], "silent"),
    "burden": (6, ["preponderance", "silent", "clear_and_convincing"], "silent"),
    "documentation": (8, ["optional_presumption", "optional", "silent", "required"], "silent"),
    "confidentiality": (4, ["full", "partial", "none"], "none"),
    "eligibility": (2, ["open", "limited", "narrow"], "open"),
    "access": (2, ["full", "partial", "none"], "none"),
}
POINTS = {("relief_type", "vacatur"): 11, ("relief_type", "expungement"): 8,
          ("relief_type", "sealing"): 5, ("offenses", "broad_with_exclusions"): 14,
          ("offenses", "enumerated"): 8, ("offenses", "prostitution_only"): 3,
          ("discretion", "presumptive"): 6, ("discretion", "discretionary"): 2,
          ("nexus", "result"): 7, ("nexus", "direct_result"): 4, ("timing", "reasonable_time"): 5,
          ("hearing", "silent"): 3, ("burden", "silent"): 3, ("documentation", "optional"): 6,
          ("documentation", "silent"): 3, ("confidentiality", "partial"): 2}


def _default_data() -> dict:
    text = resources.files("draftkit").joinpath("rubrics", "draftkit-v1.toml").read_text("utf-8")
    return tomllib.loads(text)


def _write(tmp_path, data_text: str):
    path = tmp_path / "mine.toml"
    path.write_text(data_text, encoding="utf-8")
    return path


def test_default_rubric_matches_rubric_md():
    rubric = load_rubric()
    assert rubric.id == "draftkit-v1"
    assert rubric.citation == "DraftKit rubric v1, categories after Polaris (2019); weights are DraftKit's"
    assert [c.id for c in rubric.categories] == list(EXPECTED)
    for category in rubric.categories:
        maximum, levels, silent = EXPECTED[category.id]
        assert category.max == maximum
        assert [level.id for level in category.levels] == levels
        assert category.silent == silent
    for (category, level), points in POINTS.items():
        assert rubric.level(category, level).points == points
    assert rubric.max_score == 100


def test_sources_name_polaris_the_federal_criteria_and_model_statutes():
    sources = " ".join(load_rubric().sources)
    for needle in ("Polaris", "State Report Cards", "March 2019", "10381(c)(3)", "29-3005",
                   "2658", "440.10", "Louisiana"):
        assert needle in sources


@pytest.mark.parametrize("score,grade", [(100, "A"), (90, "A"), (89, "B"), (80, "B"),
                                         (79, "C"), (70, "C"), (69, "D"), (63, "D"),
                                         (60, "D"), (59, "F"), (0, "F")])
def test_grade_bands(score, grade):
    assert load_rubric().grade_for(score) == grade


def test_lookups_and_unknown_ids():
    rubric = load_rubric()
    assert rubric.category("burden").name == "Burden of proof"
    assert rubric.level("burden", "preponderance").points == 6
    with pytest.raises(KeyError):
        rubric.category("nope")
    with pytest.raises(KeyError):
        rubric.level("burden", "nope")


def test_a_user_rubric_may_use_other_weights(tmp_path):
    text = resources.files("draftkit").joinpath("rubrics", "draftkit-v1.toml").read_text("utf-8")
    text = text.replace('id = "draftkit-v1"', 'id = "mine"', 1)
    # halve the access category's weight: max 1, total 99, bands adjusted to end at 99
    text = text.replace('id = "full"\npoints = 2\ndescription = "No filing', 'id = "full"\npoints = 1\ndescription = "No filing')
    text = text.replace('id = "access"\nname = "Cost and access"\nmax = 2', 'id = "access"\nname = "Cost and access"\nmax = 1')
    text = text.replace('id = "partial"\npoints = 1\ndescription = "One of the two."', 'id = "partial"\npoints = 1\ndescription = "One of the two."')
    text = text.replace('grade = "A"\nmin = 90\nmax = 100', 'grade = "A"\nmin = 90\nmax = 99')
    rubric = load_rubric(_write(tmp_path, text))
    assert rubric.id == "mine" and rubric.max_score == 99
    assert rubric.grade_for(99) == "A"


@pytest.mark.parametrize("change,field", [
    (('max = 15', 'max = 16'), "categories[0] (relief_type)"),
    (('id = "record_scope"', 'id = "relief_type"'), "category ids are not unique"),
    (('grade = "B"\nmin = 80', 'grade = "B"\nmin = 81'), "grade bands"),
    (('citation = ', 'citation_typo = '), "citation"),
    (('points = 11', 'points = "eleven"'), "categories[0] (relief_type).levels[1] (vacatur).points"),
])
def test_malformed_rubric_names_file_and_field(tmp_path, change, field):
    text = resources.files("draftkit").joinpath("rubrics", "draftkit-v1.toml").read_text("utf-8")
    old, new = change
    assert old in text
    path = _write(tmp_path, text.replace(old, new, 1))
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    message = str(caught.value)
    assert str(path) in message and field in message
    assert "\n" not in message


def test_unreadable_rubric_files(tmp_path):
    with pytest.raises(RubricError, match="not found"):
        load_rubric(tmp_path / "missing.toml")
    with pytest.raises(RubricError, match="not valid TOML"):
        load_rubric(_write(tmp_path, "id = [unclosed"))
    bad = tmp_path / "binary.toml"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(RubricError, match="UTF-8"):
        load_rubric(bad)
    with pytest.raises(RubricError, match="folder"):
        load_rubric(tmp_path)


def test_default_data_file_is_complete_toml():
    data = _default_data()
    assert data["version"] and len(data["categories"]) == 12
    for category in data["categories"]:
        assert category["description"] and category["best_practice"]
        assert all(level["description"] for level in category["levels"])
