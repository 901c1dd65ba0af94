"""The redline engine: exact round trips, drafter-readable word changes, renumbering, moves."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edit_strategies import edited_pair, lines_of

from draftkit.core.redline import (
    Segment,
    accepted_text,
    changed_tokens,
    diff_texts,
    diff_words,
    minimal_changed_tokens,
    rejected_text,
)
from draftkit.core.tokens import tokenize

NV_4 = ("4. The court may grant a petition filed pursuant to subsection 1 if:\n"
        "(a) The petitioner was convicted of a violation of an offense described in subsection 2;\n"
        "(b) The participation of the petitioner in the offense was the result of the petitioner "
        "having been a victim of trafficking; and\n"
        "(c) The petitioner files a petition with due diligence.\n"
        "5. Before the court decides whether to grant a petition, the court shall notify.")


def kinds(redline):
    return [p.kind for p in redline.paragraphs]


def test_one_word_change_is_one_word_replacement():
    old = "4. The court may grant a petition filed pursuant to subsection 1 if:"
    new = "4. The court shall grant a petition filed pursuant to subsection 1 if:"
    assert diff_words(old, new) == (
        Segment("equal", "4. The court "), Segment("delete", "may"),
        Segment("insert", "shall"),
        Segment("equal", " grant a petition filed pursuant to subsection 1 if:"))


def test_changed_comma_is_one_token():
    segs = diff_words("drugs, weapons and fraud", "drugs; weapons and fraud")
    assert [s for s in segs if s.op != "equal"] == [Segment("delete", ","), Segment("insert", ";")]


def test_never_splits_inside_a_word():
    segs = diff_words("the petitioner", "the petitioners")
    assert segs == (Segment("equal", "the "), Segment("delete", "petitioner"),
                    Segment("insert", "petitioners"))


def test_phrase_replacement_is_one_change():
    segs = diff_words("if it finds by clear and convincing evidence that",
                      "if it finds by a preponderance of the evidence that")
    changes = [s for s in segs if s.op != "equal"]
    assert changes == [Segment("delete", "clear and convincing"),
                       Segment("insert", "a preponderance of the")]


def test_pure_insertion_stays_an_insertion():
    segs = diff_words("The court may grant the motion.",
                      "The court may, without a hearing, grant the motion.")
    assert [s.op for s in segs] == ["equal", "insert", "equal"]
    assert segs[1].text == ", without a hearing,"


def test_edited_paragraph_is_a_change_not_delete_and_insert():
    amended = NV_4.replace("The court may grant", "The court shall grant")
    redline = diff_texts(NV_4, amended)
    assert kinds(redline) == ["change", "equal", "equal", "equal", "equal"]


def test_inserted_subsection_renumbers_the_rest():
    amended = NV_4.replace("5. Before", "5. The court may rule without a hearing.\n6. Before")
    redline = diff_texts(NV_4, amended)
    assert kinds(redline) == ["equal"] * 4 + ["insert", "renumber"]
    renumber = redline.paragraphs[-1]
    assert [s for s in renumber.segments if s.op != "equal"] == [
        Segment("delete", "5"), Segment("insert", "6")]


def test_lettered_renumbering():
    old = "(a) First thing;\n(b) Second thing;\n(c) Third thing."
    new = "(a) First thing;\n(b) New thing;\n(c) Second thing;\n(d) Third thing."
    redline = diff_texts(old, new)
    assert kinds(redline) == ["equal", "insert", "renumber", "renumber"]
    assert [s for s in redline.paragraphs[-1].segments if s.op != "equal"] == [
        Segment("delete", "c"), Segment("insert", "d")]


def test_deleted_subsection():
    lines = NV_4.split("\n")
    amended = "\n".join(lines[:2] + lines[3:])
    assert kinds(diff_texts(NV_4, amended)) == ["equal", "equal", "delete", "equal", "equal"]


def test_moved_paragraph_is_marked_as_move():
    old = "§ 1 Title\nAlpha paragraph stays here.\nBeta paragraph moves down.\nGamma stays.\nDelta."
    new = "§ 1 Title\nAlpha paragraph stays here.\nGamma stays.\nDelta.\nBeta paragraph moves down."
    redline = diff_texts(old, new)
    assert "move_from" in kinds(redline) and "move_to" in kinds(redline)
    src = next(p for p in redline.paragraphs if p.kind == "move_from")
    assert src.moved and src.segments == (Segment("delete", "Beta paragraph moves down."),)
    assert accepted_text(redline) == new and rejected_text(redline) == old


@pytest.mark.parametrize("old,new", [
    ("", ""), ("", "New law."), ("Old law.", ""), ("a\n", "a"), ("\n\n", "\n"),
    ("x\r\ny", "x\ny"), ("§ 1\n1. A.\n", "§ 1\n1. A.\n2. B.\n"),
])
def test_edge_cases_round_trip(old, new):
    redline = diff_texts(old, new)
    assert accepted_text(redline) == new
    assert rejected_text(redline) == old


WORDS = ["the", "court", "shall", "may", "grant", "petition", "(a)", "1.", "offense", ",", ";",
         "victim", "of", "trafficking", "a", "§", "  ", "’s", "non-violent", "179.247", "é", "\t"]
TEXT = st.lists(lines_of(WORDS), max_size=10).map("\n".join)


@settings(max_examples=400, deadline=None)
@given(edited_pair(WORDS))
def test_round_trip_on_random_edits(pair):
    old, new = pair
    redline = diff_texts(old, new)
    assert accepted_text(redline) == new
    assert rejected_text(redline) == old


@settings(max_examples=200, deadline=None)
@given(TEXT, TEXT)
def test_round_trip_on_unrelated_texts(old, new):
    redline = diff_texts(old, new)
    assert accepted_text(redline) == new
    assert rejected_text(redline) == old


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_tokens_rebuild_the_text(text):
    assert "".join(tokenize(text)) == text


def _realistic_edit(text: str) -> str:
    """Word changes, one inserted and one deleted line, one renumbered run."""
    lines = text.split("\n")
    out = []
    for k, line in enumerate(lines):
        if k % 7 == 3:
            line = line.replace(" may ", " shall ").replace(" the ", " any ")
        if k % 11 == 5:
            continue
        if k % 13 == 2:
            out.append("(z) The court may rule on the papers without a hearing.")
        out.append(line)
    return "\n".join(out)


def test_changed_tokens_within_five_percent_of_minimal(corpus_texts):
    total = minimal = 0
    for text in corpus_texts.values():
        amended = _realistic_edit(text)
        total += changed_tokens(diff_texts(text, amended))
        minimal += minimal_changed_tokens(text, amended)
    assert minimal > 500
    assert total <= minimal * 1.05, (total, minimal)


@pytest.fixture(scope="module")
def corpus_texts() -> dict[str, str]:
    """Every bundled statute's text as DraftKit reads it."""
    from draftkit.core.corpus import jurisdiction_codes, load_bundled

    return {code: load_bundled(code).text for code in jurisdiction_codes()}


def test_mostly_rewritten_paragraph_is_one_replacement_keeping_its_label():
    segs = diff_words("(3) If the applicant is a victim of sex trafficking, the prosecutor may apply.",
                      "(3) Relief under this section consists of an order vacating the judgment.")
    assert segs == (
        Segment("equal", "(3) "),
        Segment("delete", "If the applicant is a victim of sex trafficking, the prosecutor may apply"),
        Segment("insert", "Relief under this section consists of an order vacating the judgment"),
        Segment("equal", "."))
