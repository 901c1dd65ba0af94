"""The fast paths of the analyzer (cues tried only at their words, word offsets read off
other words, units cut by one regex) give exactly the analysis a plain full scan gives."""

from __future__ import annotations

import random
import tomllib
from pathlib import Path

import pytest

from draftkit.core import analysis
from draftkit.core.analyzer import cues
from draftkit.core.analyzer import text as doc_text
from draftkit.core.analyzer.text import Doc, _find_all
from draftkit.core.corpus import jurisdiction_codes, load_bundled
from draftkit.core.rubric import load_rubric

VARIANTS = Path(__file__).resolve().parents[1] / "data" / "variants"


def _sources() -> list[tuple[str, str, bool]]:
    """(name, text, excerpt) for every bundled statute and every variant."""
    found = []
    for code in jurisdiction_codes():
        statute = load_bundled(code)
        found.append((code, statute.text, statute.is_excerpt))
    for path in sorted(VARIANTS.glob("*.toml")):
        for variant in tomllib.loads(path.read_text(encoding="utf-8"))["variant"]:
            found.append((f"{path.stem}:{variant['id']}", variant["text"], False))
    return found


def _full_scan(monkeypatch) -> None:
    """Turn the fast paths off: every cue is then run with finditer over the whole text."""
    monkeypatch.setattr(cues, "_STARTS", {})
    monkeypatch.setattr(cues, "_ANCHORS", {})


def test_fast_analysis_equals_full_scan_on_every_statute_and_variant(monkeypatch):
    rubric = load_rubric()
    fast = {name: analysis._analyze.__wrapped__(text, excerpt, "", rubric)
            for name, text, excerpt in _sources()}
    _full_scan(monkeypatch)
    for name, text, excerpt in _sources():
        assert analysis._analyze.__wrapped__(text, excerpt, "", rubric) == fast[name], name


def test_fast_analysis_equals_full_scan_on_joined_statutes(monkeypatch):
    rubric = load_rubric()
    texts = [load_bundled(code).text for code in jurisdiction_codes()]
    joined = ["\n".join(random.Random(seed).sample(texts, 8)) for seed in range(3)]
    fast = [analysis._analyze.__wrapped__(text, False, "", rubric) for text in joined]
    _full_scan(monkeypatch)
    assert [analysis._analyze.__wrapped__(text, False, "", rubric) for text in joined] == fast


@pytest.mark.parametrize("seed", range(5))
def test_word_offsets_include_overlapping_occurrences(seed):
    rng = random.Random(seed)
    for _ in range(400):
        text = "".join(rng.choice("ab ") for _ in range(rng.randint(0, 60)))
        word = "".join(rng.choice("ab ") for _ in range(rng.randint(1, 4)))
        assert _find_all(text, word) == [i for i in range(len(text)) if text.startswith(word, i)]


def test_a_waiting_period_counted_in_years_is_found_before_passed_since():
    text = ("(a) A person convicted of prostitution may move to vacate the conviction if five "
            "calendar years have passed since the date of the conviction.\n")
    finding = analysis.analyze(text).finding("timing")
    assert finding.level == "restricted"
    assert [e.text for e in finding.evidence] == ["five calendar years have passed since"]


def test_one_pass_word_index_gives_every_offset():
    """The registered words are found in one Aho-Corasick pass: the same offsets,
    overlapping ones included, as a str.find pass per word."""
    texts = [load_bundled(code).text for code in jurisdiction_codes()]
    doc = Doc("\n".join(texts))
    index = doc._word_index()
    assert set(index) == doc_text._WORDS and len(doc_text._WORDS) > 200
    for word in sorted(doc_text._WORDS):
        assert doc._occurrences(word) == _find_all(doc.match, word), word
    assert doc._occurrences("unregistered phrase") == _find_all(doc.match, "unregistered phrase")


@pytest.mark.parametrize("seed", range(5))
def test_word_index_matches_find_on_random_text(monkeypatch, seed):
    rng = random.Random(seed)
    words = {"".join(rng.choice("ab ") for _ in range(rng.randint(1, 4))) for _ in range(12)}
    monkeypatch.setattr(doc_text, "_WORDS", set())
    monkeypatch.setattr(doc_text, "_AUTOMATON", [])
    monkeypatch.setattr(doc_text, "_NUMBERED", [])
    doc_text.register_words(words)
    for _ in range(40):
        doc = Doc("".join(rng.choice("ab ") for _ in range(rng.randint(1, 300))))
        for word in sorted(words):
            assert doc._occurrences(word) == _find_all(doc.match, word), (doc.match, word)
