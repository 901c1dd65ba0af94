"""Speed work must not change what DraftKit reads: outputs pinned before the loaders were
optimized (text, provision tree and guessed jurisdiction of bundled and generated inputs)."""

from __future__ import annotations

import hashlib
import re
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from draftkit.core.corpus import (_citation_table, _count_citations, jurisdiction_codes,
                                  load_bundled)
from draftkit.core.errors import SourceError
from draftkit.core.loaders import load_file
from draftkit.core.normalize import normalize_text
from draftkit.core.structure import parse_provisions

_SECTION = re.compile(r"^§[^\n]*", re.MULTILINE)


def _fingerprint(*parts) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def _wrapped(text: str, width: int = 80) -> list[str]:
    lines = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(paragraph, width, break_long_words=False,
                               break_on_hyphens=False) or [""]
    return lines


def _paged(lines: list[str], separator: str, per_page: int = 50) -> str:
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    return separator.join("\n".join(["TITLE 99 CRIMINAL PROCEDURE", ""] + page +
                                    ["", f"Page {n} of {len(pages)}"])
                          for n, page in enumerate(pages, 1)) + "\n"


def _numbered(lines: list[str], per_page: int = 25) -> str:
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    return "\f".join("\n".join(f"{k:>2}  {line}" for k, line in enumerate(page, 1))
                     for page in pages) + "\n"


def _variants(text: str) -> dict[str, str]:
    lines = _wrapped(text)
    return {"unwrapped": text, "wrapped": "\n".join(lines) + "\n",
            "pages": _paged(lines, "\n"), "pdf": _paged(lines, "\f"),
            "numbered": _numbered(lines)}


def _big_text(size: int, codes: list[str]) -> str:
    texts = [load_bundled(code).text for code in codes]
    parts, total, number = [], 0, 0
    while total < size:
        for text in filter(None, texts):
            number += 1
            parts.append(_SECTION.sub(f"§ 99-{number}. Relief for victims.", text))
            total += len(parts[-1]) + 1
    return "\n".join(parts)


def _statute_print(statute) -> str:
    return _fingerprint(statute.text, statute.provisions, statute.code)


def test_bundled_statutes_parse_as_before():
    prints = {code: _fingerprint(load_bundled(code).provisions) for code in jurisdiction_codes()}
    assert _fingerprint(sorted(prints.items())) == BUNDLED


def test_bundled_statutes_as_files_read_as_before():
    prints = {}
    for code in jurisdiction_codes():
        for kind, raw in _variants(load_bundled(code).text).items():
            text = normalize_text(raw)
            prints[f"{code}-{kind}"] = _fingerprint(text, parse_provisions(text))
    assert _fingerprint(sorted(prints.items())) == BUNDLED_FILES


@pytest.mark.parametrize("kind", ["unwrapped", "wrapped", "pages", "pdf", "numbered"])
def test_big_mixed_file_reads_as_before(tmp_path, kind):
    path = tmp_path / "big.txt"
    path.write_text(_variants(_big_text(300_000, jurisdiction_codes()))[kind])
    assert _statute_print(load_file(path)) == BIG_MIXED[kind]


@pytest.mark.parametrize("kind", ["unwrapped", "pages", "pdf", "numbered"])
def test_big_single_state_file_reads_as_before(tmp_path, kind):
    path = tmp_path / "big.txt"
    path.write_text(_variants(_big_text(150_000, ["NV", "TX"]))[kind])
    assert _statute_print(load_file(path)) == BIG_NV_TX[kind]


# fingerprints of the outputs before the speed work (commit 1fc20b4)
BUNDLED = '7e20d7b59d0635e3'
BUNDLED_FILES = '7cf08823f20ebcca'
BIG_MIXED: dict[str, str] = {
    'unwrapped': 'b6dbbfdd72e0c7aa', 'wrapped': '973b6a702f1382b6',
    'pages': '6d4ff0cda0984191', 'pdf': '973b6a702f1382b6', 'numbered': '973b6a702f1382b6'}
BIG_NV_TX: dict[str, str] = {
    'unwrapped': '77eb4ef4fb5dbacf', 'pages': 'ee9643000bcf3e3b',
    'pdf': '77eb4ef4fb5dbacf', 'numbered': 'a962c3ed3e0fbc9a'}


# --- the faster scans count exactly what the slower ones counted ------------------------

@pytest.mark.parametrize("control", ["\x01", "\x1b", "\x7f", "\x9b"])
def test_text_with_many_control_characters_is_refused(tmp_path, control):
    path = tmp_path / "odd.txt"
    path.write_text(("§ 1. Relief. " * 4 + control * 3) * 50, encoding="utf-8")
    with pytest.raises(SourceError, match="binary"):
        load_file(path)


def test_tabs_form_feeds_and_next_line_marks_are_not_binary(tmp_path):
    path = tmp_path / "ok.txt"
    body = "".join(f"§ {n}. Relief.\t(a) A person convicted of offense {n} may apply.\v"
                   f"(b) The court shall vacate it.\x85\r\n" for n in range(100))
    path.write_text(body + "\f" + body.replace("§ ", "§ 2"), encoding="utf-8")
    assert "(b) The court shall vacate it." in load_file(path).text


_PIECES = ["Nev. Rev. Stat.", "NRS", "Tex. Code Crim. Proc.", "RCW", "x", "_", ".", " ", "1",
           "é", "\n", "§"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_citation_counts_match_a_word_bounded_regex(pieces):
    text = "".join(pieces)
    for prefix, _ in _citation_table():
        expected = len(re.findall(r"(?<![\w.])" + re.escape(prefix) + r"(?!\w)", text))
        assert _count_citations(text, prefix) == expected
