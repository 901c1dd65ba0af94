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
