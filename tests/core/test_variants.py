"""Short statute variants written by the label engineers: every expected level must be read."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from draftkit.core.analysis import analyze
from draftkit.core.rubric import load_rubric

VARIANTS = Path(__file__).resolve().parents[1] / "data" / "variants"


def _variants() -> list[dict]:
    found = []
    for path in sorted(VARIANTS.glob("*.toml")):
        for variant in tomllib.loads(path.read_text(encoding="utf-8")).get("variant", []):
            found.append({**variant, "key": f"{path.stem}:{variant['id']}"})
    return found


def test_variant_files_are_present_and_well_formed():
    variants = _variants()
    assert len(variants) >= 20
    ids = [variant["key"] for variant in variants]
    assert len(ids) == len(set(ids))
    rubric = load_rubric()
    for variant in variants:
        for category, level in variant["expect"].items():
            assert rubric.level(category, level), variant["id"]


@pytest.mark.parametrize("variant", _variants(), ids=lambda v: v["key"])
def test_variant(variant):
    analysis = analyze(variant["text"])
    got = {category: analysis.finding(category).level for category in variant["expect"]}
    assert got == variant["expect"], variant.get("note", "")
