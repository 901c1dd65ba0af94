"""tools/import_corpus.py: collection Markdown -> TOML, every field and the text verbatim."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "import_corpus.py"

FRONT = '''---
jurisdiction: Nevada
code: NV
citations: ["Nev. Rev. Stat. § 179.247"]
title: Vacating judgment: a "quoted" title
kind: vacatur
sources: ["https://example.org/a", "https://example.org/b"]
as_of: "unknown (see \\"notes\\")"
complete: false
missing: "Subsection 5 cut off."
---
'''


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("import_corpus", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def convert(tool, tmp_path, body: str) -> dict:
    source, dest = tmp_path / "src", tmp_path / "dest"
    source.mkdir()
    dest.mkdir()
    (source / "NV.md").write_text(FRONT + body, encoding="utf-8")
    (source / "README.md").write_text("# not a statute\n", encoding="utf-8")
    assert tool.main([str(source), str(dest), "--date", "2026-11-23"]) == 0
    assert sorted(p.name for p in dest.iterdir()) == ["NV.toml", "corpus.toml"]
    corpus = tomllib.loads((dest / "corpus.toml").read_text(encoding="utf-8"))
    assert corpus["corpus_date"] == "2026-11-23"
    assert (corpus["count"], corpus["complete_count"]) == (1, 0)
    return tomllib.loads((dest / "NV.toml").read_text(encoding="utf-8"))


def test_every_field_is_kept_with_its_type(tool, tmp_path):
    record = convert(tool, tmp_path, "§ Nev. Rev. Stat. § 179.247 Heading\n1. Text.\n")
    assert record == {
        "jurisdiction": "Nevada", "code": "NV", "citations": ["Nev. Rev. Stat. § 179.247"],
        "title": 'Vacating judgment: a "quoted" title', "kind": "vacatur",
        "sources": ["https://example.org/a", "https://example.org/b"],
        "as_of": 'unknown (see "notes")', "complete": False,
        "missing": "Subsection 5 cut off.",
        "text": "§ Nev. Rev. Stat. § 179.247 Heading\n1. Text.\n",
    }


@pytest.mark.parametrize("body", [
    "\n§ Leading blank line and trailing spaces   \n(a) x\n",
    "(a) Text with ''' three quotes and a backslash \\ here.\n",
    "(a) Ends with a quote'",
    "(a) Tab\there and “curly” quotes — dashes.\n[TEXT CUT OFF IN SOURCE]\n",
])
def test_text_round_trips_exactly(tool, tmp_path, body):
    assert convert(tool, tmp_path, body)["text"] == body


def test_a_malformed_front_matter_is_refused(tool, tmp_path):
    source, dest = tmp_path / "src", tmp_path / "dest"
    source.mkdir()
    dest.mkdir()
    (source / "NV.md").write_text(FRONT.replace("kind: vacatur\n", ""), encoding="utf-8")
    with pytest.raises(ValueError, match="lacks kind"):
        tool.main([str(source), str(dest)])
