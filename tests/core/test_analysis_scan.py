"""The fast scan (cues tried only where their anchor words occur) finds exactly what a full
regex scan finds, on every bundled statute and every variant."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from draftkit.core.analyzer import coverage, cues, procedure, protection, relief
from draftkit.core.analyzer.text import Doc
from draftkit.core.corpus import jurisdiction_codes, load_bundled

VARIANTS = Path(__file__).resolve().parents[1] / "data" / "variants"


def _patterns() -> list[tuple[str, re.Pattern]]:
    found = []
    for module in (relief, coverage, procedure, protection):
        for name in sorted(dir(module)):
            value = getattr(module, name)
            if isinstance(value, re.Pattern) and (id(value) in cues._ANCHORS or id(value) in cues._STARTS):
                found.append((f"{module.__name__.rsplit('.', 1)[-1]}.{name}", value))
    return found


def _texts() -> list[str]:
    texts = [load_bundled(code).text for code in jurisdiction_codes()]
    for path in sorted(VARIANTS.glob("*.toml")):
        texts += [v["text"] for v in tomllib.loads(path.read_text(encoding="utf-8"))["variant"]]
    return texts


def test_most_cues_use_the_fast_scan():
    assert len(_patterns()) >= 40


@pytest.mark.parametrize("name,pattern", _patterns(), ids=[name for name, _ in _patterns()])
def test_fast_scan_equals_full_scan(name, pattern):
    for text in _texts():
        doc = Doc(text)
        full = [(m.start(), m.end()) for m in pattern.finditer(doc.match)]
        fast = [(m.start(), m.end()) for m in cues.scan(doc, pattern)]
        assert fast == full, f"{name} on {text[:60]!r}"
        assert cues.exists(Doc(text), pattern) == bool(full)


def test_offsets_map_back_through_hyphenation_and_page_lines():
    original = "The court may va-\n12\ncate the\n\n  conviction.   Next"
    doc = Doc(original)
    assert doc.norm == "The court may vacate the conviction. Next"
    start = doc.norm.index("vacate")
    begin, end = doc.original_span(start, start + len("vacate"))
    assert original[begin:end] == "va-\n12\ncate"


def test_text_without_punctuation_stays_linear():
    import time

    sentence = "the court shall vacate the conviction of any offense committed while a victim of human trafficking and expunge the records "
    small, large = sentence * 300, sentence * 3000
    start = time.process_time()
    from draftkit.core.analysis import analyze

    analyze(small)
    small_time = time.process_time() - start
    start = time.process_time()
    analysis = analyze(large)
    large_time = time.process_time() - start
    assert analysis.finding("relief_type").level == "vacatur_and_clearing"
    assert large_time < max(small_time, 0.05) * 40  # ten times the text, not a hundred times the work


def _gated_patterns() -> list[tuple[str, re.Pattern]]:
    return [(name, pattern) for name, pattern in _patterns()
            if id(pattern) in cues._GATED]


def test_the_long_cues_with_checked_anchor_lists_are_gated():
    assert {name for name, _ in _gated_patterns()} >= {"protection.FULL", "relief.ARREST"}


def test_every_match_contains_one_of_its_anchor_words():
    """What the anchor gate relies on: a match holds one of the pattern's anchor words."""
    joined = "\n".join(_texts())
    for name, pattern in _gated_patterns():
        anchors = cues._ANCHORS[id(pattern)]
        for match in pattern.finditer(Doc(joined).match):
            assert any(word in match.group() for word in anchors), f"{name}: {match.group()!r}"


def test_every_match_beginning_with_a_start_word_holds_one_of_its_gate_words():
    """What a by_start gate relies on: a match that begins with one of those start words
    contains one of the rarer words given for it."""
    joined = Doc("\n".join(_texts())).match
    checked = 0
    for name, pattern in _gated_patterns():
        for anchors, words in cues._GATE_GROUPS.get(id(pattern), {}).items():
            for match in pattern.finditer(joined):
                if match.group().startswith(words):
                    checked += 1
                    assert any(a in match.group() for a in anchors), f"{name}: {match.group()!r}"
    assert checked >= 10  # the corpus holds this many such matches


def test_start_word_gates_drop_places_the_pattern_gate_keeps():
    doc = Doc("\n".join(_texts()) * 3)
    pattern = protection.FULL
    candidates = cues._candidates(doc, pattern, cues._STARTS[id(pattern)])
    kept = cues._near_anchors(doc, pattern, candidates, doc.positions(cues._ANCHORS[id(pattern)]))
    assert len(cues._gated(doc, pattern, candidates)) < len(kept) * 0.7


def test_every_match_fits_in_the_width_the_gate_assumes():
    joined = "\n".join(_texts())
    for name, pattern in _gated_patterns():
        for match in pattern.finditer(Doc(joined).match):
            assert len(match.group()) <= cues._width(pattern, match.group()[0]), name


@pytest.mark.parametrize("pattern,first,width", [
    (r"\bab|\bcd", "a", 2), (r"\bab|\bcd", "x", 0), (r"(?:ab|cd)x{0,5}", "c", 7),
    (r"(?:a|b)?c", "c", 2), (r"\b(?:ab|cd)x*", "c", cues._LONGEST_MATCH),
    (r"\b(?:records?|files?)[^.;]{0,60}\bdestroyed|\bredact\w*", "f", 74),
    (r"(?:ab)+c|zz", "a", cues._LONGEST_MATCH), (r"[ab]c", "b", 2), (r"[a-c]d", "q", 2)])
def test_widest_match_by_first_character(pattern, first, width):
    assert cues._width(cues.rx(pattern), first) == width


@pytest.mark.parametrize("name,pattern", _gated_patterns(), ids=[name for name, _ in _gated_patterns()])
def test_anchor_gated_scan_equals_full_scan(monkeypatch, name, pattern):
    """With the gate on for every pattern and text (it normally waits for long texts)."""
    monkeypatch.setattr(cues, "GATE_FROM", 0)
    for text in _texts() + ["\n".join(_texts())]:
        doc = Doc(text)
        full = [(m.start(), m.end()) for m in pattern.finditer(doc.match)]
        assert [(m.start(), m.end()) for m in cues.scan(doc, pattern)] == full, f"{name} on {text[:60]!r}"


def test_the_gate_drops_candidates_on_a_long_text():
    """On a long text the gate keeps fewer places to try than the start words give."""
    doc = Doc("\n".join(_texts()) * 3)
    pattern = protection.FULL
    candidates = cues._candidates(doc, pattern, cues._STARTS[id(pattern)])
    assert len(candidates) >= cues.GATE_FROM
    assert len(cues._gated(doc, pattern, candidates)) < len(candidates) / 2


def test_anchored_check_equals_a_plain_search_on_a_long_text():
    """cues.has skips a window holding none of the pattern's anchor words: it must answer
    exactly what a search of that window answers, for every anchored pattern."""
    import random

    doc = Doc("\n".join(_texts()))
    rng = random.Random(7)
    windows = [(unit.start, unit.end) for unit in rng.sample(doc.units, 300)]
    windows += [(start, start + rng.randint(0, 400)) for start in rng.sample(range(len(doc.match)), 300)]
    checked = 0
    for name, pattern in _patterns():
        if id(pattern) not in cues._ANCHORS:
            continue
        for start, end in windows:
            expected = pattern.search(doc.match, start, end) is not None
            assert cues.has(doc, pattern, start, end) == expected, f"{name} in {doc.match[start:end]!r}"
            checked += expected
    assert checked > 200


def test_relief_negation_shortcut_answers_what_the_three_checks_answer():
    """relief._negated skips the three negation searches where none of their words is
    near; with many negated grants in a long text, it agrees with running all three."""
    negated = ("The records shall not be sealed. The court may never be expunged the file. Nothing in "
               "this section authorizes the court to vacate a conviction. The conviction shall not "
               "apply to vacate. ")
    doc = Doc("\n".join(_texts()) + "\n" + negated * 40)
    checked = 0
    for pattern in (relief.VACATE, relief.EXPUNGE, relief.SEAL):
        for hit in cues.find(doc, pattern):
            plain = any(pattern_.search(doc.match, max(hit.unit.start, hit.start - within), hit.start)
                        for pattern_, within in ((relief.NOT_RELIEF, 40), (relief.NEGATED_VERB, 60),
                                                 (relief.NOT_AUTHORIZED, 110)))
            assert relief._negated(doc, hit) == plain, doc.match[hit.unit.start:hit.end]
            checked += plain
    assert checked >= 80


def test_editor_and_history_notes_are_not_read_as_law():
    text = ("(a) The court may vacate the conviction of a person who was a victim of human trafficking.\n"
            "Editor's note. -- Laws 2019 substituted \"may\" for \"shall, upon motion of the defendant, vacate\".\n"
            "History: En. Sec. 3, Ch. 388, L. 2015; the court shall vacate.")
    doc = Doc(text)
    assert len(doc.match) == len(doc.norm)
    assert "shall" not in doc.match and "may vacate" in doc.match
    from draftkit.core.analysis import analyze

    assert analyze(text).finding("discretion").level == "discretionary"
