"""pandoc reads our tracked changes as Word does: accept-all is the amended text, reject-all the original."""

from __future__ import annotations

import re
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edit_strategies import edited_pair

from draftkit.core.corpus import jurisdiction_codes, load_bundled
from draftkit.export.docx_tracked import write_tracked_docx
from draftkit.export.selfcheck import normalized_paragraphs

pytestmark = pytest.mark.slow

NEW_SUBSECTION = "{n}. The court may rule on the motion without a hearing."
NUMBERED = re.compile(r"^(\d+)\.(\s)")


def pandoc_paragraphs(path, mode: str) -> list[str]:
    """The document's paragraphs as pandoc reads them with --track-changes=MODE."""
    result = subprocess.run(
        ["pandoc", f"--track-changes={mode}", "-t", "plain", "--wrap=none", str(path)],
        capture_output=True, text=True, check=True, timeout=120)
    return normalized_paragraphs(result.stdout.split("\n"), keep_blank=False)


def expected(text: str) -> list[str]:
    return normalized_paragraphs(text.split("\n"), keep_blank=False)


def round_trip_failures(pairs: dict[str, tuple[str, str]], folder) -> list[str]:
    """Write each pair as tracked changes, read them back with pandoc, list mismatches."""
    jobs = []
    for name, (original, amended) in pairs.items():
        path = write_tracked_docx(original, amended, folder / f"{name}.docx")
        jobs += [(name, path, "accept", amended), (name, path, "reject", original)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        views = list(pool.map(lambda job: pandoc_paragraphs(job[1], job[2]), jobs))
    return [f"{name} {mode}" for (name, _, mode, text), view in zip(jobs, views)
            if view != expected(text)]


def hand_edit(text: str) -> str:
    """A word changed, a subsection deleted, one inserted with the rest renumbered, a tail cut."""
    text = text.replace(" may ", " shall ", 1)
    lines = text.split("\n")
    lines = _delete_first(lines, "(b) ")
    lines = _insert_and_renumber(lines, at_number=2)
    if len(lines) > 4:
        lines = lines[:-2] + [lines[-2] + " (as amended)"]
    return "\n".join(lines)


def _delete_first(lines: list[str], prefix: str) -> list[str]:
    for k, line in enumerate(lines):
        if line.startswith(prefix):
            return lines[:k] + lines[k + 1:]
    return lines


def _insert_and_renumber(lines: list[str], at_number: int) -> list[str]:
    out, inserted = [], False
    for line in lines:
        match = NUMBERED.match(line)
        if line.startswith("§"):
            inserted = False
        if match and int(match.group(1)) >= at_number and not inserted:
            out.append(NEW_SUBSECTION.format(n=at_number))
            inserted = True
        if match and inserted:
            line = f"{int(match.group(1)) + 1}.{line[match.end(1) + 1:]}"
        out.append(line)
    return out if inserted else out + [NEW_SUBSECTION.format(n=1)]


def test_every_bundled_statute_with_hand_made_amendments(tmp_path):
    pairs = {}
    for code in jurisdiction_codes():
        text = load_bundled(code).text
        pairs[code] = (text, hand_edit(text))
        if text:
            pairs[f"{code}-repeal-all-but-heading"] = (text, text.split("\n")[0])
    assert sum(a != b for a, b in pairs.values()) == len(pairs)
    assert round_trip_failures(pairs, tmp_path) == []


def test_every_bundled_statute_with_its_recommended_amendment(tmp_path):
    from draftkit.core.insertion import fix_all

    pairs = {}
    for code in jurisdiction_codes():
        statute = load_bundled(code)
        pairs[code] = (statute.text, fix_all(statute).text)
    assert sum(a != b for a, b in pairs.values()) >= 45
    assert round_trip_failures(pairs, tmp_path) == []


def test_enacting_a_whole_new_text_and_repealing_one(tmp_path):
    nv = load_bundled("NV").text
    pairs = {"enact": ("", nv), "repeal": (nv, ""), "replace": (nv, load_bundled("NY").text)}
    assert round_trip_failures(pairs, tmp_path) == []


# XML-hostile characters included: the DOCX must still round-trip
WORDS = ["the", "court", "shall", "may", "grant", "(a)", "1.", "offense", ",", ";", "victim", "§",
         "non-violent", "179.247", "é", "&", "<", "*", "_"]


@settings(max_examples=4, deadline=None)
@given(st.lists(edited_pair(WORDS, min_edits=1, max_lines=10, min_words=1), min_size=15, max_size=15))
def test_random_edits(tmp_path_factory, pairs):
    folder = tmp_path_factory.mktemp("random")
    assert round_trip_failures({f"r{k}": p for k, p in enumerate(pairs)}, folder) == []


def test_text_ending_in_a_deleted_heading(tmp_path):
    """Accept All joins the last kept paragraph to the deleted one; pandoc must keep its words."""
    original = "may\n§ , the\n179.247 179.247 ; *\n§ court _ 1. é 1. < ; * 179.247"
    amended = "may\n§ , the\n179.247 179.247 ; *"
    assert round_trip_failures({"tail": (original, amended)}, tmp_path) == []
