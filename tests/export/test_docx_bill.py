"""Bill-format DOCX: each state's printed markup, clauses, line numbers and its self-check."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from draftkit.core.corpus import jurisdiction_codes, load_bundled
from draftkit.core.errors import DataFileError, ExportError
from draftkit.core.redline import diff_texts
from draftkit.export import bill_styles
from draftkit.export.bill_styles import bill_style, load_bill_styles
from draftkit.export.docx_bill import bill_docx_bytes, write_bill_docx
from draftkit.export.bill_check import printed_items
from draftkit.export.selfcheck import document_xml

NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
W = "{%s}" % NS["w"]
NV_CITES = ("Nev. Rev. Stat. § 179.247", "Nev. Rev. Stat. § 62E.275")
SECTION = ("§ Nev. Rev. Stat. § 179.247 Vacating judgment.\n"
           "1. A person may petition the court.\n"
           "2. The court may grant a petition filed pursuant to subsection 1.\n"
           "3. A petition must satisfy NRS 179.245.")


def bill_body(original, amended, code="NV", **kw):
    data = bill_docx_bytes(original, amended, jurisdiction_code=code,
                           citation=kw.pop("citation", None),
                           citations=kw.pop("citations", NV_CITES),
                           date=datetime(2026, 3, 1, tzinfo=timezone.utc), **kw)
    return document_xml(data).find("w:body", NS)


def paragraph_texts(body) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in body.findall("w:p", NS)]


def runs_with_style(body, style_id: str) -> list[str]:
    return ["".join(t.text or "" for t in r.iter(W + "t")) for r in body.iter(W + "r")
            if r.find(f"w:rPr/w:rStyle[@w:val='{style_id}']", NS) is not None]


def test_every_bundled_jurisdiction_has_a_bill_style():
    styles = load_bill_styles()
    assert sorted(styles) == jurisdiction_codes()
    assert styles["NV"].explanation_line == ("EXPLANATION – Matter in bolded italics is new; "
                                             "matter between brackets [omitted material] is "
                                             "material to be omitted.")
    assert styles["TX"].enacting_clause == "BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF TEXAS:"
    assert styles["CA"].enacting_clause == "The people of the State of California do enact as follows:"


def test_unknown_convention_says_it_is_draftkits_default():
    alabama = bill_style("AL")
    assert (alabama.new_matter, alabama.deleted_matter) == ("underline", "strike")
    assert "DraftKit's default" in alabama.explanation_line
    assert "DraftKit's default" not in bill_style("NY").explanation_line


def test_nevada_bill_reads_like_a_nevada_bill():
    amended = SECTION.replace("court may grant", "court shall grant")
    body = bill_body(SECTION, amended)
    texts = paragraph_texts(body)
    assert texts[:3] == ["NEVADA", "BILL DRAFT",
                         "AN ACT relating to criminal record relief for survivors of human "
                         "trafficking; amending NRS 179.247."]
    assert bill_style("NV").explanation_line in texts
    assert bill_style("NV").enacting_clause in texts
    assert "Section 1. NRS 179.247 is hereby amended to read as follows:" in texts
    assert texts[-1] == "Sec. 2. This act becomes effective upon passage and approval."
    assert runs_with_style(body, "DraftKitNewMatter") == ["shall"]
    assert runs_with_style(body, "DraftKitDeletedMatter") == ["may"]
    assert runs_with_style(body, "DraftKitDeletionMark") == ["[", "]"]


@pytest.mark.parametrize("code,new_font,deleted_font", [
    ("NV", ("b", "i"), ("strike",)), ("NY", ("i", "u"), ()), ("FL", ("u",), ("strike",)),
    ("MI", ("b", "caps"), ("strike",)), ("CO", ("smallCaps",), ("strike",)),
    ("CA", ("i",), ("strike",)),
])
def test_markup_styles_follow_the_convention(tmp_path, code, new_font, deleted_font):
    import docx

    out = write_bill_docx(SECTION, SECTION.replace("may", "shall"), tmp_path / "b.docx",
                          jurisdiction_code=code, citation="Test § 1")
    styles = docx.Document(str(out)).styles
    new = styles["DraftKit New Matter"].element.rPr
    deleted = styles["DraftKit Deleted Matter"].element.rPr
    assert {c.tag.removeprefix(W) for c in new} >= set(new_font)
    assert {c.tag.removeprefix(W) for c in deleted} >= set(deleted_font) if deleted_font else True
    if not deleted_font:
        assert deleted is None or deleted.find(W + "strike") is None


@pytest.mark.parametrize("amended,clause", [
    (SECTION + "\n4. The court may rule without a hearing.",
     "NRS 179.247 is hereby amended by adding subsection 4 to read as follows:"),
    (SECTION.replace("may petition", "may at any time petition"),
     "NRS 179.247 is hereby amended to read as follows:"),
    ("", "NRS 179.247 is hereby repealed."),
])
def test_amendatory_clause_follows_what_the_amendment_does(amended, clause):
    texts = paragraph_texts(bill_body(SECTION, amended))
    assert f"Section 1. {clause}" in texts


def test_new_text_is_enacted():
    texts = paragraph_texts(bill_body("", SECTION))
    assert "Section 1. NRS 179.247 is hereby enacted to read as follows:" in texts


def test_two_amended_sections_make_two_bill_sections():
    nv = load_bundled("NV").text
    amended = nv.replace("The court may grant", "The court shall grant").replace(
        "The juvenile court may grant", "The juvenile court shall grant")
    texts = paragraph_texts(bill_body(nv, amended))
    assert "Section 1. NRS 179.247 is hereby amended to read as follows:" in texts
    assert "Sec. 2. NRS 62E.275 is hereby amended to read as follows:" in texts
    assert texts[-1].startswith("Sec. 3. This act becomes effective")


def test_unchanged_section_is_left_out():
    nv = load_bundled("NV").text
    amended = nv.replace("The court may grant", "The court shall grant")
    texts = paragraph_texts(bill_body(nv, amended))
    assert not any("62E.275" in t for t in texts[3:])


def test_line_numbers_restart_each_page_and_title_block_is_not_numbered():
    body = bill_body(SECTION, SECTION.replace("may", "shall"))
    numbering = body.find("w:sectPr/w:lnNumType", NS)
    assert numbering.get(W + "restart") == "newPage" and numbering.get(W + "countBy") == "1"
    first = body.findall("w:p", NS)[0]
    assert first.find("w:pPr/w:suppressLineNumbers", NS) is not None


def test_texas_renumbering_and_brackets():
    original = "(a) First.\n(b) Second."
    amended = "(a) First.\n(b) Inserted.\n(c) Second."
    body = bill_body(original, amended, code="TX", citations=(), citation="Section 1.01")
    assert runs_with_style(body, "DraftKitDeletedMatter") == ["b"]
    assert runs_with_style(body, "DraftKitNewMatter") == ["(b) Inserted.", "c"]
    texts = paragraph_texts(body)
    assert "(b) Inserted." in texts and "([b]c) Second." in texts
    assert "SECTION 1. Section 1.01 is amended to read as follows:" in texts


def test_bill_text_without_marked_matter_gives_both_versions_for_every_statute():
    from draftkit.core.insertion import fix_all

    for code in jurisdiction_codes():
        statute = load_bundled(code)
        amended = fix_all(statute).text
        data = bill_docx_bytes(statute.text, amended, jurisdiction_code=code, citation=None,
                               citations=statute.provenance.citations)
        sections = printed_items(data)
        assert sections, code
        new_text = " ".join(new for items in sections for kind, new, _ in items
                            if kind == "text").split()
        assert set(new_text) <= set(amended.split()), code


def test_self_check_failure_writes_nothing(tmp_path):
    wrong = diff_texts(SECTION, SECTION.replace("may", "must"))
    with pytest.raises(ExportError, match="self-check failed"):
        write_bill_docx(SECTION, SECTION.replace("may", "shall"), tmp_path / "b.docx",
                        jurisdiction_code="NV", citation=None, redline=wrong)
    assert list(tmp_path.iterdir()) == []


def test_no_change_is_a_clear_error():
    with pytest.raises(ExportError, match="same as the original"):
        bill_body(SECTION, SECTION)


def test_unknown_jurisdiction_is_a_clear_error():
    with pytest.raises(ExportError, match="no bill style"):
        bill_body(SECTION, SECTION + "!", code="ZZ")


def test_malformed_style_file_names_file_and_field(monkeypatch):
    monkeypatch.setattr(bill_styles, "_read", lambda: {
        "defaults": {**_defaults(), "new_matter": "sparkly"}, "NV": {"name": "Nevada"}})
    bill_styles.load_bill_styles.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"bill_styles.toml: \[NV\] field new_matter"):
            load_bill_styles()
    finally:
        bill_styles.load_bill_styles.cache_clear()


def _defaults() -> dict:
    import tomllib

    from draftkit.core.resources import data_dir

    text = data_dir("templates").joinpath("bill_styles.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["defaults"]


@pytest.mark.parametrize("code,citation,clause", [
    ("FL", "Fla. Stat. § 943.0583", "Section 943.0583, Florida Statutes, is amended to read:"),
    ("TX", "Tex. Gov't Code § 411.0728",
     "Section 411.0728, Government Code, is amended to read as follows:"),
    ("CA", "Cal. Penal Code § 236.14", "Section 236.14 of the Penal Code is amended to read:"),
    ("WA", "Rev. Code Wash. § 9.96.080", "RCW 9.96.080 is amended to read as follows:"),
])
def test_citations_in_the_states_bill_form(code, citation, clause):
    original = f"§ {citation} Catchline.\n(a) The court may grant."
    body = bill_body(original, original.replace("may", "shall"), code=code, citations=(citation,))
    texts = paragraph_texts(body)
    assert any(t.endswith(clause) for t in texts), texts[:8]
    assert not texts[2].endswith(",.")
