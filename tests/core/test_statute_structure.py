"""The provision parser: every numbering scheme in the corpus, exact spans, sane trees."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from draftkit.core.corpus import jurisdiction_codes, load_bundled
from draftkit.core.statute import Provenance
from draftkit.core.structure import (
    build_statute, parse_provisions, path_label, provision_at, roman_value,
)


def outline(provisions) -> list[tuple[int, str, str]]:
    """(depth, label, style) of every provision in document order."""
    rows = []
    for top in provisions:
        rows.extend((p.depth, p.label, p.style) for p in top.walk())
    return rows


def check_tree(text: str, provisions) -> None:
    """Spans exact, children inside parents, siblings ordered and disjoint."""
    def check_level(siblings, lo, hi):
        previous_end = lo
        for p in siblings:
            assert lo <= p.start <= p.body_start <= p.end <= hi
            assert p.start >= previous_end, "siblings overlap"
            assert text[p.start:].lstrip("[").startswith(p.label)
            assert text[p.start:p.end] == text[p.start:p.end].rstrip()
            check_level(p.children, p.start, p.end)
            previous_end = p.end
    check_level(provisions, 0, len(text))


NEVADA_STYLE = """§ Nev. Rev. Stat. § 179.247 Vacating judgment.
1. If a person has been convicted, the person may petition for an order:
(a) Vacating the judgment; and
(b) Sealing all documents.
2. The court may grant a petition if:
(a) The petitioner was convicted; and
(b) The participation was the result of having been a victim of:
(1) Trafficking in persons; or
(2) Involuntary servitude.
"""


def test_nevada_scheme_nests_numbers_letters_and_parenthesized_numbers():
    provisions = parse_provisions(NEVADA_STYLE)
    assert outline(provisions) == [
        (0, "§ Nev. Rev. Stat. § 179.247", "section"),
        (1, "1.", "arabic_dot"), (2, "(a)", "lower_paren"), (2, "(b)", "lower_paren"),
        (1, "2.", "arabic_dot"), (2, "(a)", "lower_paren"), (2, "(b)", "lower_paren"),
        (3, "(1)", "arabic_paren"), (3, "(2)", "arabic_paren"),
    ]
    section = provisions[0]
    assert section.kind == "section" and section.children[0].kind == "subsection"
    assert section.children[1].children[1].children[0].kind == "subparagraph"
    check_tree(NEVADA_STYLE, provisions)


def test_spans_are_exact_offsets():
    provisions = parse_provisions(NEVADA_STYLE)
    second = provisions[0].children[1]
    assert NEVADA_STYLE[second.start:second.end] == (
        "2. The court may grant a petition if:\n(a) The petitioner was convicted; and\n"
        "(b) The participation was the result of having been a victim of:\n"
        "(1) Trafficking in persons; or\n(2) Involuntary servitude.")
    assert NEVADA_STYLE[second.body_start:].startswith("The court may grant")
    assert provisions[0].end == len(NEVADA_STYLE.rstrip())


def test_levels_follow_the_statutes_own_order_of_styles():
    text = "(1) Definitions:\n(a) One.\n(b) Two.\n(2) Second.\n(a) Three.\n1. Deep.\n"
    assert outline(parse_provisions(text)) == [
        (1, "(1)", "arabic_paren"), (2, "(a)", "lower_paren"), (2, "(b)", "lower_paren"),
        (1, "(2)", "arabic_paren"), (2, "(a)", "lower_paren"), (3, "1.", "arabic_dot"),
    ]


def test_section_and_sec_headings_are_sections_when_there_is_no_section_sign():
    text = ("Section 1. NRS 179.247 is hereby amended to read as follows:\n1. Text.\n"
            "Sec. 2. This act becomes effective upon passage.\n")
    provisions = parse_provisions(text)
    assert [(p.label, p.kind, p.depth) for p in provisions] == [
        ("Section 1.", "section", 0), ("Sec. 2.", "section", 0)]
    assert provisions[0].children[0].label == "1."
    check_tree(text, provisions)


def test_sec_heading_under_a_section_sign_header_keeps_its_run_in_subsection():
    text = ("§ Tex. Gov't Code § 411.0728 PROCEDURE\n"
            "Sec. 411.0728. PROCEDURE FOR VICTIMS. (a) This section applies to a person:\n"
            "(1) who is convicted; and\n(b) Notwithstanding any other provision.\n")
    provisions = parse_provisions(text)
    assert outline(provisions) == [
        (0, "§ Tex. Gov't Code § 411.0728", "section"), (1, "Sec. 411.0728.", "section_word"),
        (2, "(a)", "lower_paren"), (3, "(1)", "arabic_paren"), (2, "(b)", "lower_paren"),
    ]
    check_tree(text, provisions)


def test_two_labels_on_one_line_nest():
    text = "§ X § 1 Heading\n(a)(1) First.\n(2) Second.\n(b) (1) Spaced.\n(6)a. Dotted.\nb. Next.\n"
    provisions = parse_provisions(text)
    assert outline(provisions) == [
        (0, "§ X § 1", "section"), (1, "(a)", "lower_paren"), (2, "(1)", "arabic_paren"),
        (2, "(2)", "arabic_paren"), (1, "(b)", "lower_paren"), (2, "(1)", "arabic_paren"),
        (2, "(6)", "arabic_paren"), (3, "a.", "lower_dot"), (3, "b.", "lower_dot"),
    ]
    first = provisions[0].children[0]
    assert text[first.children[0].start:].startswith("(1) First.")
    check_tree(text, provisions)


def test_a_hostile_run_of_labels_on_one_line_stays_shallow():
    text = "(a)" * 10_000 + " text\n(b) Next.\n"
    provisions = parse_provisions(text)
    assert max(p.depth for top in provisions for p in top.walk()) == 4
    assert [p.label for p in provisions] == ["(a)", "(b)"]
    check_tree(text, provisions)


def test_upper_letters_romans_and_dotted_letters():
    text = ("A. On petition:\n(1) the petitioner is a victim; and\n(A) one;\n(i) first;\n"
            "(ii) second;\n(B) two.\nB. Notice.\na. small.\n")
    assert outline(parse_provisions(text)) == [
        (1, "A.", "upper_dot"), (2, "(1)", "arabic_paren"), (3, "(A)", "upper_paren"),
        (4, "(i)", "roman_paren"), (4, "(ii)", "roman_paren"), (3, "(B)", "upper_paren"),
        (1, "B.", "upper_dot"), (2, "a.", "lower_dot"),
    ]


def test_an_i_after_h_is_a_letter():
    text = "(g) Seven.\n(h) The court shall not order redaction.\n(i) The effect of relief.\n"
    assert [row[2] for row in outline(parse_provisions(text))] == ["lower_paren"] * 3


def test_an_i_after_h_that_opens_a_list_is_a_roman_child():
    text = ("(h) \"Operating while intoxicated\" means any of the following:\n"
            "(i) Section 625.\n(ii) A local ordinance.\n(iii) A tribal law.\n(iv) Another state.\n"
            "(v) A law of the United States.\n"
            "(i) \"Serious misdemeanor\" means that term.\n(j) \"Victim\".\n")
    assert outline(parse_provisions(text)) == [
        (1, "(h)", "lower_paren"), (2, "(i)", "roman_paren"), (2, "(ii)", "roman_paren"),
        (2, "(iii)", "roman_paren"), (2, "(iv)", "roman_paren"), (2, "(v)", "roman_paren"), (1, "(i)", "lower_paren"), (1, "(j)", "lower_paren"),
    ]


def test_upper_i_and_v_after_h_and_u_are_letters():
    letters = [f"({chr(c)}) Offense {chr(c)};" for c in range(ord("A"), ord("W"))]
    text = "(5B) \"Ineligible offense\" means:\n" + "\n".join(letters) + "\n"
    rows = outline(parse_provisions(text))
    assert [row[2] for row in rows[1:]] == ["upper_paren"] * len(letters)
    assert all(row[0] == 2 for row in rows[1:])


def test_labels_inside_sentences_are_not_provisions():
    text = "1. A person convicted under subsection (a) of section 2. may apply.\n"
    assert outline(parse_provisions(text)) == [(1, "1.", "arabic_dot")]


def test_deleted_matter_brackets_before_a_label_still_mark_a_provision():
    text = "(D) Section 43.02, Penal Code; [or\n[(E) Section 43.03(a)(2), Penal Code;] and\n"
    provisions = parse_provisions(text)
    assert [p.label for p in provisions] == ["(D)", "(E)"]
    assert text[provisions[1].start] == "["
    check_tree(text, provisions)


def test_unlabeled_lines_continue_the_provision_above():
    text = ("(b) The court may vacate if:\n(3) at the time, the child was:\n(A) coerced by; or\n"
            "(B) under the control of;\nanother person.\n(c) Next.\n")
    provisions = parse_provisions(text)
    assert [p.label for p in provisions] == ["(b)", "(c)"]
    b = provisions[0].children[0].children[1]
    assert text[b.start:b.end] == "(B) under the control of;\nanother person."


def test_a_list_whose_start_is_missing_stays_at_the_outer_level():
    text = "§ X § 1 Heading\n(j) Application:\n(2) A person.\nb. Be sent.\n(k) Next.\n"
    assert outline(parse_provisions(text))[1:] == [
        (1, "(j)", "lower_paren"), (2, "(2)", "arabic_paren"), (3, "b.", "lower_dot"),
        (1, "(k)", "lower_paren")]


def test_extended_numbers_keep_their_level():
    text = "(1) One.\n(1.5) One and a half.\n(4A) Inserted.\n(2m) Special.\n(e-1) Texas style.\n"
    rows = outline(parse_provisions(text))
    assert [row[1] for row in rows] == ["(1)", "(1.5)", "(4A)", "(2m)", "(e-1)"]
    assert [row[0] for row in rows] == [1, 1, 1, 1, 2]


def test_roman_values():
    assert [roman_value(n) for n in ("i", "iv", "ix", "xiv", "XIX", "VI")] == [1, 4, 9, 14, 19, 6]
    assert roman_value("h") is None and roman_value("iiii") is None


def test_empty_and_unstructured_text():
    assert parse_provisions("") == ()
    assert parse_provisions("Just a sentence with no numbering.\n") == ()


def test_provision_at_and_path_label():
    provisions = parse_provisions(NEVADA_STYLE)
    offset = NEVADA_STYLE.index("Involuntary servitude")
    assert provision_at(provisions, offset).label == "(2)"
    assert path_label(provisions, offset) == "§ 179.247(2)(b)(2)"
    assert path_label(provisions, NEVADA_STYLE.index("Sealing all")) == "§ 179.247(1)(b)"
    assert provision_at(provisions, len(NEVADA_STYLE) + 5) is None
    assert path_label((), 0) == ""


def test_section_labels_are_the_header_citation():
    text = ("§ 179.247. Vacating judgment.\n1. Text.\n\n§ 11 Del. C. § 787 Trafficking.\n"
            "§ 725 ILCS 5/116-2.1 Motion to vacate.\n§ Mass. Gen. Laws ch. 265, § 59 [Vacatur]\n"
            "§ N.H. Rev. Stat. Ann. § 633:7, VI Trafficking in Persons\n§ Heading only\n")
    assert [p.label for p in parse_provisions(text)] == [
        "§ 179.247", "§ 11 Del. C. § 787", "§ 725 ILCS 5/116-2.1",
        "§ Mass. Gen. Laws ch. 265, § 59", "§ N.H. Rev. Stat. Ann. § 633:7, VI", "§ Heading only"]
    provisions = parse_provisions(text)
    assert path_label(provisions, text.index("Text.")) == "§ 179.247(1)"
    assert text[provisions[0].body_start:].startswith("Vacating judgment.")


def test_path_label_on_bundled_nevada_and_new_york():
    nevada = load_bundled("NV")
    offset = nevada.text.index("The participation of the petitioner")
    assert path_label(nevada.provisions, offset) == "§ 179.247(4)(b)"
    new_york = load_bundled("NY")
    assert path_label(new_york.provisions, new_york.text.index("The judgment")) == "§ 440.10(1)(i)"


def test_build_statute_parses_and_keeps_provenance():
    provenance = Provenance(jurisdiction="", code=None, origin="pasted")
    statute = build_statute(NEVADA_STYLE, provenance, truncations=(10,))
    assert statute.text == NEVADA_STYLE and statute.provenance is provenance
    assert statute.provisions == parse_provisions(NEVADA_STYLE)
    assert statute.truncations == (10,)


@pytest.mark.parametrize("code", jurisdiction_codes())
def test_bundled_trees_are_consistent(code):
    statute = load_bundled(code)
    check_tree(statute.text, statute.provisions)
    for provision in statute.walk():
        for child in provision.children:
            assert child.depth > provision.depth
        same_style = {}
        for child in provision.children:
            same_style.setdefault(child.style, []).append(child.label)
        for style, labels in same_style.items():
            if style != "section_word":
                assert len(labels) == len(set(labels)), f"{code}: repeated {labels}"


def test_bundled_sections_start_exactly_at_each_header_line():
    for code in jurisdiction_codes():
        statute = load_bundled(code)
        offsets, at = [], 0
        for line in statute.text.split("\n"):
            if line.startswith("§"):
                offsets.append(at)
            at += len(line) + 1
        assert [p.start for p in statute.provisions] == offsets, code


LINE_STARTS = ["", "(a) ", "(b) ", "(h) ", "(i) ", "(ii) ", "(v) ", "(1) ", "(2) ", "(A) ",
               "(I) ", "1. ", "2. ", "A. ", "a. ", "VI. ", "(a)(1) ", "(6)a. ", "[(E) ",
               "§ X. Code § 1.2 ", "Sec. 3. ", "Section 4. (a) ", "   ", "\t(c) "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(LINE_STARTS),
                          st.text(alphabet="ab .;:()-§\u00a0\r", max_size=12)), max_size=30))
def test_any_mix_of_labels_gives_a_consistent_tree(lines):
    text = "\n".join(start + rest for start, rest in lines)
    provisions = parse_provisions(text)
    check_tree(text, provisions)
    for provision in (p for top in provisions for p in top.walk()):
        assert all(child.depth > provision.depth for child in provision.children)
