"""Jurisdiction facts used in clauses: complete, copied from the statutes, validated."""

from __future__ import annotations

import pytest

from draftkit.core import jurisdictions
from draftkit.core.corpus import jurisdiction_codes, load_bundled
from draftkit.core.errors import DataFileError
from draftkit.core.jurisdictions import all_jurisdictions, find_jurisdiction, jurisdiction

ALL = all_jurisdictions()


def test_every_bundled_jurisdiction_has_facts():
    assert [j.code for j in ALL] == sorted(jurisdiction_codes())
    assert len(ALL) == 51


@pytest.mark.parametrize("j", ALL, ids=lambda j: j.code)
def test_names_match_the_corpus_and_terms_are_copied_from_the_text(j):
    statute = load_bundled(j.code)
    assert j.name == statute.provenance.jurisdiction
    text = " ".join(statute.text.lower().split())
    if j.victim_term:
        assert f"{j.victim_term}” means" in text or f'{j.victim_term}" means' in text
    for section in j.trafficking_sections:
        assert section.lower() in text


def test_known_facts_and_neutral_fallbacks():
    nevada = jurisdiction("nv")
    assert (nevada.court, nevada.citation, nevada.juvenile_court) == \
        ("district court", "NRS 179.247", "juvenile court")
    assert jurisdiction("OH").court == "court of common pleas"
    assert jurisdiction("NY").court_or_neutral == "court"
    assert jurisdiction("WY").victim_term_or_neutral == "victim of human trafficking"
    assert find_jurisdiction(None) is None and find_jurisdiction("ZZ") is None


def test_unknown_code_is_one_line_error():
    with pytest.raises(DataFileError, match="unknown jurisdiction 'ZZ'"):
        jurisdiction("ZZ")


@pytest.mark.parametrize("entry, field", [
    ({"name": "", "court": "x"}, "name"),
    ({"name": "Testland", "courts": "x"}, "courts"),
    ({"name": "Testland", "trafficking_sections": "s. 1"}, "trafficking_sections"),
])
def test_malformed_entry_names_file_and_field(entry, field):
    with pytest.raises(DataFileError, match=rf"jurisdictions\.toml: \[TL\] field '{field}"):
        jurisdictions._build("TL", entry)
