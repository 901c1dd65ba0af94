"""Text edits behind clause insertion: labels, renumbering, cross-references, new sections."""

from __future__ import annotations

import pytest

from draftkit.core.edits import append_to, enact_section, insert_after, replace_provision
from draftkit.core.renumbering import format_label, label_value
from draftkit.core.statute import Provenance
from draftkit.core.structure import build_statute

DOT = """§ Test Code § 1-1 Relief for victims.
1. A person may file a motion under this section.
2. The motion must satisfy subsection 3.
3. The court may grant a motion filed under subsection 1 if subsections 3 and 4 are met.
(a) The movant was convicted; and
(b) The movant files with due diligence.
4. Notice under subsection 3 of NRS 1.1 is required.
5. Subsection 4 and paragraph (b) of subsection 3 apply."""

PAREN = """§ Test Code § 2-2 Vacatur.
(a) Any person may apply.
(b) The court shall consider paragraph (c) and paragraph (d).
(c) The application is confidential.
(d) Subsections (b) through (d) apply to pending cases."""


def _statute(text):
    return build_statute(text, Provenance("Testland", None, origin="pasted"))


def _child(statute, label, section=0):
    return next(c for c in statute.provisions[section].children if c.label == label)


def _labels(text):
    return [c.label for c in _statute(text).provisions[0].children]


@pytest.mark.parametrize("style, value, label", [
    ("arabic_dot", 6, "6."), ("lower_paren", 6, "(f)"), ("upper_paren", 2, "(B)"),
    ("arabic_paren", 12, "(12)"), ("roman_paren", 4, "(iv)"), ("roman_paren", 9, "(ix)"),
    ("lower_dot", 3, "c."), ("upper_dot", 1, "A."), ("lower_paren", 27, "(aa)")])
def test_labels_follow_the_scheme(style, value, label):
    assert format_label(style, value) == label
    assert label_value(label, style) == value


def test_insert_in_middle_renumbers_and_repairs_references():
    statute = _statute(DOT)
    edit = insert_after(statute, _child(statute, "2."), "A hearing is not required.")
    assert _labels(edit.text) == ["1.", "2.", "3.", "4.", "5.", "6."]
    assert "\n3. A hearing is not required.\n4. The court may grant" in edit.text
    assert "2. The motion must satisfy subsection 4." in edit.text
    assert "filed under subsection 1 if subsections 4 and 5 are met." in edit.text
    assert "Notice under subsection 3 of NRS 1.1" in edit.text  # another law's subsection
    assert "6. Subsection 5 and paragraph (b) of subsection 4 apply." in edit.text
    assert edit.text[edit.start:edit.end] == "A hearing is not required."
    assert edit.description == ("added subsection 3 after subsection 2 of § 1-1; "
                                "renumbered 3 later subsections")


def test_insert_in_letter_scheme():
    statute = _statute(PAREN)
    edit = insert_after(statute, _child(statute, "(b)"), "No fee shall be charged.")
    assert _labels(edit.text) == ["(a)", "(b)", "(c)", "(d)", "(e)"]
    assert "(c) No fee shall be charged.\n(d) The application is confidential." in edit.text
    assert "consider paragraph (d) and paragraph (e)." in edit.text
    assert "(e) Subsections (b) through (e) apply" in edit.text


def test_append_at_end_needs_no_renumbering():
    statute = _statute(DOT)
    edit = append_to(statute, statute.provisions[0], "No fee shall be charged.")
    assert _labels(edit.text) == ["1.", "2.", "3.", "4.", "5.", "6."]
    assert edit.text == DOT + "\n6. No fee shall be charged."
    assert edit.description == "added subsection 6 after subsection 5 of § 1-1"


def test_replace_keeps_label_and_drops_children():
    statute = _statute(DOT)
    edit = replace_provision(statute, _child(statute, "3."), "The court shall grant it.")
    assert "\n3. The court shall grant it.\n4. Notice" in edit.text
    assert "due diligence" not in edit.text
    assert _labels(edit.text) == ["1.", "2.", "3.", "4.", "5."]
    assert edit.description == "replaced subsection 3 of § 1-1"


def test_enact_section_from_nothing_parses_as_one_section():
    text, spans, _ = enact_section(_statute(""), ["First rule.", "Second rule."])
    statute = _statute(text)
    assert len(statute.provisions) == 1
    assert [c.label for c in statute.provisions[0].children] == ["(a)", "(b)"]
    assert [text[a:b] for a, b in spans] == ["First rule.", "Second rule."]


def test_enact_section_keeps_existing_text_first():
    text, spans, _ = enact_section(_statute("[no relief law]"), ["Only rule."])
    assert text.startswith("[no relief law]\n\n§ ")
    assert text[spans[0][0]:spans[0][1]] == "Only rule."


def test_repeal_renumbers_down_and_repairs_references():
    from draftkit.core.edits import delete_provision

    statute = _statute(DOT)
    edit = delete_provision(statute, _child(statute, "2."))
    assert _labels(edit.text) == ["1.", "2.", "3.", "4."]
    assert "2. The motion must satisfy" not in edit.text
    assert "\n2. The court may grant a motion filed under subsection 1 if subsections 2 and 3" \
        in edit.text
    assert "4. Subsection 3 and paragraph (b) of subsection 2 apply." in edit.text
    assert edit.description == "repealed subsection 2 of § 1-1; renumbered 3 later subsections"
