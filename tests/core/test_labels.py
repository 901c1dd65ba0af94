"""The analyzer against independently written labels for every bundled statute."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from label_agreement import assert_agreement, assert_disagreements_listed

from draftkit.core.analysis import analyze
from draftkit.core.corpus import jurisdiction_codes, load_bundled
from draftkit.core.rubric import load_rubric

LABELS = Path(__file__).resolve().parents[1] / "data" / "labels"
MIN_AGREEMENT = 0.95


def _label_files() -> list[Path]:
    return sorted(LABELS.glob("*.toml"))


def _comparisons() -> list[tuple[str, str, str, str, str | None]]:
    """(code, category, expected, actual, listed disagreement) for every label."""
    rubric = load_rubric()
    rows = []
    for path in _label_files():
        labels = tomllib.loads(path.read_text(encoding="utf-8"))
        analysis = analyze(load_bundled(path.stem), rubric)
        for category in rubric.categories:
            table = labels[category.id]
            actual = analysis.finding(category.id).level
            rows.append((path.stem, category.id, table["level"], actual,
                         table.get("analyzer_disagrees")))
    return rows


def test_every_bundled_statute_has_labels():
    assert {path.stem for path in _label_files()} == set(jurisdiction_codes())


def test_label_files_name_every_category_with_a_known_level():
    rubric = load_rubric()
    for path in _label_files():
        labels = tomllib.loads(path.read_text(encoding="utf-8"))
        for category in rubric.categories:
            assert rubric.level(category.id, labels[category.id]["level"]), path.name


def test_no_relief_law_agrees_with_labels():
    for path in _label_files():
        labels = tomllib.loads(path.read_text(encoding="utf-8"))
        analysis = analyze(load_bundled(path.stem))
        assert analysis.no_relief_law == labels["no_relief_law"], path.stem


def test_agreement_is_at_least_95_percent():
    assert_agreement(_comparisons(), MIN_AGREEMENT)


def test_every_disagreement_is_listed_and_every_listed_one_is_real():
    assert_disagreements_listed(_comparisons())


@pytest.mark.parametrize("category", [c.id for c in load_rubric().categories])
def test_agreement_per_category_is_reported(category):
    rows = [row for row in _comparisons() if row[1] == category]
    agreed = sum(1 for row in rows if row[2] == row[3])
    # a category the analyzer reads worse than 80% of the time is a regression
    assert agreed / len(rows) >= 0.8, f"{category}: {agreed}/{len(rows)}"
