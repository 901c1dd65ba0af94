"""Tracked-changes DOCX: the w:ins / w:del XML we emit, reopened and self-checked."""

from __future__ import annotations

import zipfile
from datetime import datetime, timezone

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from draftkit.core.errors import ExportError
from draftkit.core.redline import diff_texts
from draftkit.export.docx_tracked import tracked_docx_bytes, write_tracked_docx
from draftkit.export.selfcheck import document_xml, revision_views

NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)
W_ID = "{%s}id" % NS["w"]


def body(original: str, amended: str, **kw) -> etree._Element:
    data = tracked_docx_bytes(original, amended, date=WHEN, **kw)
    return document_xml(data).find("w:body", NS)


def texts(elements) -> list[str]:
    return ["".join(e.itertext()) for e in elements]


@pytest.mark.parametrize("original,amended,deleted,inserted", [
    ("The court may grant the motion.", "The court shall grant the motion.", ["may"], ["shall"]),
    ("drugs, weapons", "drugs; weapons", [","], [";"]),
    ("by clear and convincing evidence", "by a preponderance of the evidence",
     ["clear and convincing"], ["a preponderance of the"]),
    ("The court may grant.", "The court may, without a hearing, grant.", [],
     [", without a hearing,"]),
    ("Fees apply.\nNo fee.", "No fee.", ["Fees apply."], []),
    ("1. A.\n2. B.", "1. A.\n2. New.\n3. B.", ["2"], ["2. New.", "3"]),
])
def test_revision_runs(original, amended, deleted, inserted):
    b = body(original, amended)
    assert texts(b.findall(".//w:p/w:del", NS)) == deleted
    assert texts(b.findall(".//w:p/w:ins", NS)) == inserted
    assert all(d.find("w:r/w:t", NS) is None for d in b.findall(".//w:del", NS))


def test_deleted_text_is_in_del_text_with_space_preserved():
    b = body("grant the motion", "grant motion")
    del_text = b.find(".//w:del/w:r/w:delText", NS)
    assert del_text.text == "the "
    assert del_text.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"


def test_every_revision_has_unique_id_author_and_date():
    b = body("1. The court may grant.\n2. Old.\n3. Keep.", "1. The court shall grant.\n3. Keep.\n"
             "4. New.", author="Legislative Counsel")
    revisions = b.findall(".//w:ins", NS) + b.findall(".//w:del", NS)
    assert len(revisions) >= 4
    ids = [r.get(W_ID) for r in revisions]
    assert len(set(ids)) == len(ids)
    for r in revisions:
        assert r.get("{%s}author" % NS["w"]) == "Legislative Counsel"
        assert r.get("{%s}date" % NS["w"]) == "2026-03-01T09:30:00Z"


def test_wholly_deleted_paragraph_has_its_mark_deleted():
    b = body("§ 1 Title\n(a) Keep this.\n(b) Drop this.\n(c) Keep too.",
             "§ 1 Title\n(a) Keep this.\n(b) Keep too.")
    dropped = [p for p in b.findall("w:p", NS) if "Drop this." in "".join(p.itertext())][0]
    assert dropped.find("w:pPr/w:rPr/w:del", NS) is not None
    assert dropped.find("w:r", NS) is None


def test_inserted_paragraph_has_its_mark_inserted():
    b = body("1. One.\n2. Two.", "1. One.\n1A. Inserted.\n2. Two.")
    new = [p for p in b.findall("w:p", NS) if "Inserted" in "".join(p.itertext())][0]
    assert new.find("w:pPr/w:rPr/w:ins", NS) is not None


@pytest.mark.parametrize("original,amended", [
    ("A.\nB.\nC.", "A."), ("A.", "A.\nB.\nC."), ("A.\nB.", "A.\nC."), ("", "New."),
    ("Old.", ""), ("A.\nB.\nC.", "A.\nX.\nY."), ("A.\nB.", "C.\nD.\nE."),
])
def test_accept_and_reject_views_are_exact_at_the_end_of_the_document(original, amended):
    accepted, rejected = revision_views(document_xml(tracked_docx_bytes(original, amended)))
    assert accepted == amended.split("\n")
    assert rejected == original.split("\n")


def test_headings_and_hanging_indents_by_depth():
    b = body("§ Nev. Rev. Stat. § 179.247 Vacating judgment.\n1. Top.\n(a) Second.\n(1) Third.",
             "§ Nev. Rev. Stat. § 179.247 Vacating judgment.\n1. Top.\n(a) Second.\n(1) Third!")
    styles = [p.find("w:pPr/w:pStyle", NS).get("{%s}val" % NS["w"]) for p in b.findall("w:p", NS)]
    assert styles == ["DraftKitSectionHeading", "DraftKitLevel1", "DraftKitLevel2", "DraftKitLevel3"]
    assert b.find(".//w:numPr", NS) is None  # the statute's own numbering, as text


def test_reopens_with_python_docx_and_keeps_the_page_setup(tmp_path):
    out = write_tracked_docx("The court may grant.", "The court shall grant.",
                             tmp_path / "a.docx", title="Nevada: amendment")
    document = docx.Document(str(out))
    section = document.sections[0]
    assert (section.page_width.inches, section.page_height.inches) == (8.5, 11)
    assert section.left_margin.inches == section.right_margin.inches == 1
    assert document.sections[0].header.paragraphs[0].text == "Nevada: amendment"
    assert document.core_properties.title == "Nevada: amendment"
    assert document.paragraphs[0].text == "The court  grant."  # python-docx skips ins/del


def test_tabs_become_word_tabs():
    b = body("a\tb", "a\tc")
    assert b.find(".//w:r/w:tab", NS) is not None


def test_failed_self_check_writes_nothing(tmp_path):
    wrong = diff_texts("The court may grant.", "The court shall deny.")
    out = tmp_path / "a.docx"
    with pytest.raises(ExportError, match="self-check failed"):
        write_tracked_docx("The court may grant.", "The court shall grant.", out, redline=wrong)
    assert list(tmp_path.iterdir()) == []


def test_control_character_is_a_clear_error(tmp_path):
    with pytest.raises(ExportError, match="U\\+0001"):
        write_tracked_docx("a", "a\x01b", tmp_path / "a.docx")
    assert list(tmp_path.iterdir()) == []


def test_xml_is_well_formed_and_special_characters_survive(tmp_path):
    out = write_tracked_docx("A & B < C", "A & B > C \"quoted\" ’s", tmp_path / "a.docx")
    with zipfile.ZipFile(out) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    accepted, _ = revision_views(root)
    assert accepted == ["A & B > C \"quoted\" ’s"]


def test_existing_file_is_replaced_atomically(tmp_path):
    out = tmp_path / "a.docx"
    out.write_bytes(b"old")
    write_tracked_docx("a", "b", out)
    assert zipfile.is_zipfile(out)
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_moved_paragraph_is_deletion_plus_insertion_without_move_markup():
    old = "§ 1 T\nAlpha stays.\nBeta moves to the end.\nGamma stays.\nDelta stays."
    new = "§ 1 T\nAlpha stays.\nGamma stays.\nDelta stays.\nBeta moves to the end."
    b = body(old, new)
    assert b.find(".//w:moveFrom", NS) is None and b.find(".//w:moveTo", NS) is None
    assert texts(b.findall(".//w:p/w:del", NS)) == ["Beta moves to the end."]
    assert texts(b.findall(".//w:p/w:ins", NS)) == ["Beta moves to the end."]


LINES = st.lists(st.sampled_from(["§ 1 Title", "1. The court may grant.", "(a) A victim;",
                                  "(b) Any offense.", "", "2. No fee.", "New text & more"]),
                 max_size=8).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(LINES, LINES)
def test_accept_and_reject_views_are_exact_for_random_texts(original, amended):
    accepted, rejected = revision_views(document_xml(tracked_docx_bytes(original, amended)))
    assert accepted == amended.split("\n")
    assert rejected == original.split("\n")
