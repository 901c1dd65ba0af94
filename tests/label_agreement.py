"""The checks shared by the label tests (bundled statutes, holdout sets): how often the
analyzer agrees, and that every disagreement is listed in the data and every listed one real.

A row is (where, category, label, analyzer's level, listed disagreement or None)."""

from __future__ import annotations


def assert_agreement(rows: list[tuple], minimum: float) -> None:
    agreed = sum(1 for _, _, label, actual, _ in rows if label == actual)
    assert agreed / len(rows) >= minimum, f"{agreed}/{len(rows)} labels agree"


def assert_disagreements_listed(rows: list[tuple]) -> None:
    unlisted, stale = [], []
    for where, category, label, actual, listed in rows:
        if label != actual and not listed:
            unlisted.append(f"{where}.{category}: label {label}, analyzer {actual}")
        if label == actual and listed:
            stale.append(f"{where}.{category}: listed as a disagreement but both say {actual}")
    assert not unlisted, "unlisted disagreements:\n" + "\n".join(unlisted)
    assert not stale, "stale analyzer_disagrees entries:\n" + "\n".join(stale)
