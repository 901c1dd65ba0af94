"""The bundled corpus: 51 files, every field present and typed, texts read as promised."""

from __future__ import annotations

import re
import time
import tomllib

import pytest

from draftkit.core import corpus
from draftkit.core.corpus import corpus_info, jurisdiction_codes, load_bundled
from draftkit.core.errors import SourceError
from draftkit.core.resources import data_dir

STATES = {
    "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL",
    "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE",
    "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VA", "VT", "WA", "WI", "WV", "WY",
}
KINDS = {"vacatur", "expungement", "sealing", "set-aside", "mixed", "none"}
GAP_MARKERS = ("[TEXT CUT OFF IN SOURCE]", "[TEXT NOT FOUND]")


def raw_record(code: str) -> dict:
    return tomllib.loads(data_dir("statutes").joinpath(f"{code}.toml").read_text("utf-8"))


def test_the_corpus_holds_the_50_states_and_dc_sorted():
    codes = jurisdiction_codes()
    assert codes == sorted(STATES)
    assert len(codes) == 51 and "DC" in codes


@pytest.mark.parametrize("code", sorted(STATES))
def test_every_file_has_every_field_with_its_type(code):
    record = raw_record(code)
    assert set(record) == {"jurisdiction", "code", "citations", "title", "kind", "sources",
                           "as_of", "complete", "missing", "text"}
    assert record["code"] == code
    for name in ("jurisdiction", "title", "kind", "as_of", "missing", "text"):
        assert isinstance(record[name], str), name
    assert isinstance(record["complete"], bool)
    assert all(isinstance(c, str) and c for c in record["citations"])
    assert record["sources"] and all(isinstance(s, str) and s for s in record["sources"])
    assert record["kind"] in KINDS
    assert record["jurisdiction"] and record["title"] and record["as_of"]


@pytest.mark.parametrize("code", sorted(STATES))
def test_complete_flag_agrees_with_missing_and_gap_markers(code):
    record = raw_record(code)
    if record["complete"]:
        assert record["missing"] == ""
        assert not any(marker in record["text"] for marker in GAP_MARKERS)
    else:
        assert record["missing"].strip()


@pytest.mark.parametrize("code", sorted(STATES))
def test_every_cited_section_has_a_header_whose_number_is_cited(code):
    record = raw_record(code)
    statute = load_bundled(code)
    assert len(statute.provisions) == len(record["citations"])
    for citation, section in zip(record["citations"], statute.provisions):
        assert section.label.startswith("§ ")
        assert section.label.split()[-1].rstrip(",") in citation


def test_no_law_states_are_exactly_ak_ia_mn_and_read_as_empty_text():
    none = {code for code in STATES if raw_record(code)["kind"] == "none"}
    assert none == {"AK", "IA", "MN"}
    for code in none:
        statute = load_bundled(code)
        assert statute.text == "" and statute.provisions == ()
        assert statute.provenance.kind == "none" and statute.is_excerpt
        assert raw_record(code)["text"].startswith("[NO ")  # the note stays in the file


@pytest.mark.parametrize("code", sorted(STATES - {"AK", "IA", "MN"}))
def test_laws_load_with_text_and_sections(code):
    statute = load_bundled(code)
    assert statute.text.strip()
    assert statute.provisions and statute.provisions[0].kind == "section"
    assert statute.provenance.origin == "bundled"
    assert statute.provenance.code == code


def test_corpus_info_counts_what_is_bundled():
    info = corpus_info()
    assert info["count"] == 51
    assert info["complete_count"] == sum(raw_record(c)["complete"] for c in STATES) == 20
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", info["corpus_date"])
    assert info["provenance"]


def test_lookup_is_case_insensitive_and_cached():
    assert load_bundled("nv") is load_bundled("NV")
    assert load_bundled(" Nv ").provenance.jurisdiction == "Nevada"


@pytest.mark.parametrize("bad", ["ZZ", "", "Nevada", "N V", "../NV"])
def test_unknown_code_is_one_line_naming_valid_codes(bad):
    with pytest.raises(SourceError) as caught:
        load_bundled(bad)
    message = str(caught.value)
    assert "\n" not in message and "NV" in message and "DC" in message


def test_gap_marker_lines_leave_the_text_and_are_recorded_where_they_stood():
    raw = raw_record("NV")["text"]
    statute = load_bundled("NV")
    assert "[TEXT CUT OFF IN SOURCE]" in raw
    assert "[TEXT CUT OFF IN SOURCE]" not in statute.text
    assert len(statute.truncations) == raw.count("[TEXT CUT OFF IN SOURCE]") == 2
    first = statute.truncations[0]
    assert statute.text[:first].endswith("(a) Notify the Central Repository for Nevada Records\n")
    assert statute.text == raw.replace("[TEXT CUT OFF IN SOURCE]\n", "")


def test_other_whole_line_gap_notes_are_gaps_too_but_headings_keep_their_notes():
    statute = load_bundled("DE")
    assert "NOT SHOWN IN SOURCE" not in statute.text
    assert len(statute.truncations) == 4
    wyoming = load_bundled("WY")
    assert "[catchline not shown in sources]" in wyoming.text  # heading note stays
    assert "[TEXT NOT FOUND]" not in wyoming.text


@pytest.mark.parametrize("code", sorted(STATES))
def test_read_text_is_the_file_text_minus_gap_lines_only(code):
    raw = raw_record(code)["text"]
    statute = load_bundled(code)
    if statute.provenance.kind == "none":
        return
    kept = [line for line in raw.split("\n")
            if not (line.startswith("[") and line.endswith("]")
                    and re.search(r"CUT OFF|NOT FOUND|NOT SHOWN|NOT CAPTURED", line, re.I))]
    assert statute.text == "\n".join(kept)
    assert all(0 <= offset <= len(statute.text) for offset in statute.truncations)
    assert list(statute.truncations) == sorted(statute.truncations)
    assert statute.is_excerpt == (not raw_record(code)["complete"])


def test_excerpts_carry_truncations_when_their_source_stopped():
    for code in STATES - {"AK", "IA", "MN"}:
        statute = load_bundled(code)
        if any(marker in raw_record(code)["text"] for marker in GAP_MARKERS):
            assert statute.truncations and statute.is_excerpt


def test_loading_all_51_cold_is_fast():
    corpus._load.cache_clear()
    corpus.load_record.cache_clear()
    started = time.perf_counter()
    statutes = [load_bundled(code) for code in jurisdiction_codes()]
    elapsed = time.perf_counter() - started
    assert len(statutes) == 51
    assert elapsed < 1.0, f"loading the corpus took {elapsed:.3f}s"
