"""What a bill prints: only added provisions, the state's section heading, "* * *" elisions."""

from __future__ import annotations

from datetime import datetime, timezone

import docx
import pytest

from draftkit.core.errors import ExportError
from draftkit.export import docx_bill
from draftkit.export.bill_print import PrintedLine
from draftkit.export.docx_bill import bill_docx_bytes, write_bill_docx

NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
NV_SECTION = ("§ Nev. Rev. Stat. § 179.247 Vacating judgment.\n"
              "1. A person may petition the court for an order:\n"
              "(a) Vacating the judgment; and\n"
              "(b) Sealing the records.\n"
              "2. The court may grant a petition filed pursuant to subsection 1.\n"
              "3. A petition must satisfy NRS 179.245.")
TX_SECTION = ("§ Tex. Gov't Code § 411.0728 PROCEDURE FOR CERTAIN VICTIMS\n"
              "Sec. 411.0728. PROCEDURE FOR CERTAIN VICTIMS. (a) This section applies.\n"
              "(b) A person may petition.\n"
              "(c) The court may grant.")
PA_SECTION = ("§ 18 Pa.C.S. § 3019 Victim protection during prosecution.\n"
              "(a) Protection.--The court may order protection.\n"
              "(b) Testimony.--A victim may testify.\n"
              "(c) Grant of motion.--The court shall grant the motion if it finds that:\n"
              "(1) the person was convicted; and\n"
              "(2) the conviction was obtained as a result of trafficking.\n"
              "(d) Conviction vacated.--The court shall vacate the conviction.")


def bill(original, amended, code, citation, tmp_path):
    path = write_bill_docx(original, amended, tmp_path / f"{code}.docx", jurisdiction_code=code,
                           citation=None, citations=(citation,),
                           date=datetime(2026, 3, 1, tzinfo=timezone.utc))
    return docx.Document(str(path))


def body_paragraphs(document):
    """The paragraphs after the enacting clause: (style name, text)."""
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    start = next(i for i, (style, _) in enumerate(paragraphs) if style == "DraftKit Bill Clause")
    return paragraphs[start + 1:]


def runs(document, style_name):
    return [r.text for p in document.paragraphs for r in p.runs
            if r.style is not None and r.style.name == style_name]


def test_only_additions_print_only_the_added_subsection(tmp_path):
    amended = NV_SECTION + "\n4. The court may rule without a hearing."
    document = bill(NV_SECTION, amended, "NV", "Nev. Rev. Stat. § 179.247", tmp_path)
    assert body_paragraphs(document)[:2] == [
        ("DraftKit Bill Clause",
         "Section 1. NRS 179.247 is hereby amended by adding subsection 4 to read as follows:"),
        ("DraftKit Level 1", "4. The court may rule without a hearing.")]
    assert runs(document, "DraftKit New Matter") == ["4. The court may rule without a hearing."]
    texts = [t for _, t in body_paragraphs(document)]
    assert not any("petition" in t or "Vacating" in t for t in texts)
    new_font = document.styles["DraftKit New Matter"].font
    assert new_font.bold and new_font.italic


def test_texas_adding_two_subsections_names_both_in_its_words(tmp_path):
    amended = TX_SECTION.replace("(c) The court may grant.",
                                 "(b-1) The petition is confidential.\n(c) The court may grant."
                                 "\n(d) No fee is charged.")
    document = bill(TX_SECTION, amended, "TX", "Tex. Gov't Code § 411.0728", tmp_path)
    assert [t for _, t in body_paragraphs(document)][:3] == [
        "SECTION 1. Section 411.0728, Government Code, is amended by adding Subsections (b-1) "
        "and (d) to read as follows:",
        "(b-1) The petition is confidential.", "(d) No fee is charged."]
    assert document.styles["DraftKit New Matter"].font.underline


def test_an_added_paragraph_is_named_with_its_subsection(tmp_path):
    amended = NV_SECTION.replace("(b) Sealing the records.",
                                 "(b) Sealing the records.\n(c) Expunging the arrest.")
    document = bill(NV_SECTION, amended, "NV", "Nev. Rev. Stat. § 179.247", tmp_path)
    assert body_paragraphs(document)[0][1] == ("Section 1. NRS 179.247 is hereby amended by "
                                               "adding paragraph (c) of subsection 1 to read as "
                                               "follows:")
    assert body_paragraphs(document)[1] == ("DraftKit Level 2", "(c) Expunging the arrest.")


def test_colorado_adds_by_label(tmp_path):
    original = "§ Colo. Rev. Stat. § 18-1-410.7 Vacating convictions\n(1) A motion may be filed."
    amended = original + "\n(2) No fee is charged.\n(3) A hearing is not required."
    document = bill(original, amended, "CO", "Colo. Rev. Stat. § 18-1-410.7", tmp_path)
    assert body_paragraphs(document)[0][1] == ("SECTION 1. In Colorado Revised Statutes, "
                                               "18-1-410.7, add (2) and (3) as follows:")
    assert document.styles["DraftKit New Matter"].font.small_caps


def test_amended_section_has_the_states_heading_not_the_corpus_line(tmp_path):
    amended = NV_SECTION.replace("court may grant", "court shall grant")
    document = bill(NV_SECTION, amended, "NV", "Nev. Rev. Stat. § 179.247", tmp_path)
    paragraphs = body_paragraphs(document)
    assert paragraphs[:3] == [
        ("DraftKit Bill Clause", "Section 1. NRS 179.247 is hereby amended to read as follows:"),
        ("DraftKit Bill Section Heading", "NRS 179.247  Vacating judgment."),
        ("DraftKit Level 1", "1. A person may petition the court for an order:")]
    assert not any("Nev. Rev. Stat." in t or "§" in t for _, t in paragraphs)
    assert document.styles["DraftKit Bill Section Heading"].font.bold
    assert [t for _, t in paragraphs[1:7]] == NV_SECTION.replace(
        "§ Nev. Rev. Stat. § 179.247 Vacating judgment.", "NRS 179.247  Vacating judgment.").replace(
        "may grant", "[may]shall grant").split("\n")
    assert runs(document, "DraftKit Deleted Matter") == ["may"]
    assert runs(document, "DraftKit Deletion Mark") == ["[", "]"]
    assert runs(document, "DraftKit New Matter") == ["shall"]
    assert document.styles["DraftKit Deleted Matter"].font.strike


@pytest.mark.parametrize("code,citation,heading_line,heading", [
    ("CO", "Colo. Rev. Stat. § 18-1-410.7", "Vacating convictions",
     "18-1-410.7. Vacating convictions"),
    ("FL", "Fla. Stat. § 943.0583", "Human trafficking victim expunction.",
     "943.0583 Human trafficking victim expunction."),
    ("NY", "N.Y. Crim. Proc. Law § 440.10(1)(i)",
     "Motion to vacate judgment [paragraph (i), as amended by L. 2021, ch. 629]",
     "§ 440.10(1)(i) Motion to vacate judgment"),
    ("WA", "Rev. Code Wash. § 9.96.060(1), (3), (7)-(9)", "Vacating records.",
     "RCW 9.96.060(1), (3), (7)-(9)  Vacating records."),
])
def test_heading_in_each_states_form(tmp_path, code, citation, heading_line, heading):
    original = f"§ {citation} {heading_line}\n(a) The court may grant."
    document = bill(original, original.replace("may", "shall"), code, citation, tmp_path)
    assert body_paragraphs(document)[1] == ("DraftKit Bill Section Heading", heading)


def test_texas_text_that_carries_its_own_heading_is_not_given_another(tmp_path):
    amended = TX_SECTION.replace("may grant", "shall grant")
    document = bill(TX_SECTION, amended, "TX", "Tex. Gov't Code § 411.0728", tmp_path)
    paragraphs = body_paragraphs(document)
    assert paragraphs[1] == ("DraftKit Level 1", "Sec. 411.0728. PROCEDURE FOR CERTAIN VICTIMS. "
                                                 "(a) This section applies.")
    assert paragraphs[2:4] == [("DraftKit Level 1", "(b) A person may petition."),
                               ("DraftKit Level 1", "(c) The court [may]shall grant.")]


@pytest.mark.parametrize("code,citation,clause", [
    ("NV", "Nev. Rev. Stat. § 179.247", "Section 1. NRS 179.247 is hereby amended to read as "
                                        "follows:"),
    ("FL", "Fla. Stat. § 943.0583", "Section 1. Section 943.0583, Florida Statutes, is amended "
                                    "to read:"),
    ("CO", "Colo. Rev. Stat. § 18-1-410.7", "SECTION 1. In Colorado Revised Statutes, amend "
                                            "18-1-410.7 as follows:"),
    ("TX", "Tex. Code Crim. Proc. art. 2.12", "SECTION 1. Article 2.12, Code of Criminal "
                                              "Procedure, is amended to read as follows:"),
    ("PA", "18 Pa.C.S. § 3019", "Section 1. Section 3019 of Title 18 of the Pennsylvania "
                                "Consolidated Statutes is amended to read:"),
    ("NY", "N.Y. Crim. Proc. Law § 440.10(1)(i)",
     "Section 1. Paragraph (i) of subdivision 1 of section 440.10 of the criminal procedure law"
     " is amended to read as follows:"),
])
def test_amendatory_clause_in_the_states_citation_form(tmp_path, code, citation, clause):
    original = f"§ {citation} Catchline.\n(a) The court may grant.\n(b) The court may seal."
    document = bill(original, original.replace("may grant", "shall grant"), code, citation,
                    tmp_path)
    assert body_paragraphs(document)[0] == ("DraftKit Bill Clause", clause)


def test_pennsylvania_elides_unchanged_provisions_not_needed_for_context(tmp_path):
    amended = PA_SECTION.replace("as a result of", "in connection with")
    document = bill(PA_SECTION, amended, "PA", "18 Pa.C.S. § 3019", tmp_path)
    assert body_paragraphs(document)[:-1] == [
        ("DraftKit Bill Clause", "Section 1. Section 3019 of Title 18 of the Pennsylvania "
                                 "Consolidated Statutes is amended to read:"),
        ("DraftKit Bill Section Heading", "§ 3019.  Victim protection during prosecution."),
        ("DraftKit Bill Elision", "* * *"),
        ("DraftKit Level 1", "(c) Grant of motion.--The court shall grant the motion if it finds "
                             "that:"),
        ("DraftKit Bill Elision", "* * *"),
        ("DraftKit Level 2", "(2) the conviction was obtained [as a result of]in connection "
                             "with trafficking."),
        ("DraftKit Bill Elision", "* * *")]
    assert runs(document, "DraftKit New Matter") == ["in connection with"]
    assert runs(document, "DraftKit Deleted Matter") == ["as a result of"]
    assert document.styles["DraftKit New Matter"].font.underline


def test_nevada_prints_the_whole_amended_section(tmp_path):
    amended = NV_SECTION.replace("court may grant", "court shall grant")
    texts = [t for _, t in body_paragraphs(bill(NV_SECTION, amended, "NV",
                                                "Nev. Rev. Stat. § 179.247", tmp_path))]
    assert "* * *" not in texts and "(b) Sealing the records." in texts


def test_enacted_section_heading_is_new_matter(tmp_path):
    document = bill("", NV_SECTION, "NV", "Nev. Rev. Stat. § 179.247", tmp_path)
    assert body_paragraphs(document)[:2] == [
        ("DraftKit Bill Clause", "Section 1. NRS 179.247 is hereby enacted to read as follows:"),
        ("DraftKit Bill Section Heading", "NRS 179.247  Vacating judgment.")]
    assert runs(document, "DraftKit New Matter")[0] == "NRS 179.247  Vacating judgment."


def _bytes(original, amended, code="PA", citation="18 Pa.C.S. § 3019"):
    return bill_docx_bytes(original, amended, jurisdiction_code=code, citation=None,
                           citations=(citation,))


def test_self_check_refuses_a_plan_that_leaves_out_a_change(monkeypatch):
    real = docx_bill.print_plan
    monkeypatch.setattr(docx_bill, "print_plan",
                        lambda style, section: real(style, section)[:-2])
    amended = PA_SECTION.replace("shall vacate", "must vacate")
    with pytest.raises(ExportError, match="leaves out a changed provision"):
        _bytes(PA_SECTION, amended)


def test_self_check_refuses_an_unmarked_omission(monkeypatch):
    real = docx_bill.print_plan
    monkeypatch.setattr(docx_bill, "print_plan", lambda style, section: tuple(
        line for line in real(style, section) if line.kind != "elision"))
    amended = PA_SECTION.replace("as a result of", "in connection with")
    with pytest.raises(ExportError, match=r"without a \"\* \* \*\" line"):
        _bytes(PA_SECTION, amended)


def test_self_check_reads_the_printed_words_back(monkeypatch):
    real = docx_bill._printed_xml

    def wrong(style, line: PrintedLine):
        return real(style, line).replace("testify", "testify freely")
    monkeypatch.setattr(docx_bill, "_printed_xml", wrong)
    amended = PA_SECTION.replace("may testify", "shall testify")
    with pytest.raises(ExportError, match="paragraph 3 is not the text"):
        _bytes(PA_SECTION, amended)


def test_adding_to_an_excerpt_names_the_whole_section(tmp_path):
    citation = "Rev. Code Wash. § 9.94A.640(3)-(4)"
    original = f"§ {citation} Vacation of record.\n(3) A record may be vacated.\n(4) Effect."
    amended = original + "\n(5) No fee is charged."
    document = bill(original, amended, "WA", citation, tmp_path)
    assert body_paragraphs(document)[:2] == [
        ("DraftKit Bill Clause",
         "Section 1. RCW 9.94A.640 is amended by adding subsection (5) to read as follows:"),
        ("DraftKit Level 1", "(5) No fee is charged.")]
    amended = original.replace("may be", "shall be")
    (tmp_path / "b").mkdir()
    clause = body_paragraphs(bill(original, amended, "WA", citation, tmp_path / "b"))[0][1]
    assert clause == "Section 1. RCW 9.94A.640(3)-(4) is amended to read as follows:"


def test_pennsylvania_addition_keeps_heading_and_elides_the_rest(tmp_path):
    amended = PA_SECTION + "\n(e) Fees.--No fee shall be charged."
    document = bill(PA_SECTION, amended, "PA", "18 Pa.C.S. § 3019", tmp_path)
    assert body_paragraphs(document)[:-1] == [
        ("DraftKit Bill Clause", "Section 1. Section 3019 of Title 18 of the Pennsylvania "
                                 "Consolidated Statutes is amended by adding subsection (e) to "
                                 "read:"),
        ("DraftKit Bill Section Heading", "§ 3019.  Victim protection during prosecution."),
        ("DraftKit Bill Elision", "* * *"),
        ("DraftKit Level 1", "(e) Fees.--No fee shall be charged.")]
    assert runs(document, "DraftKit New Matter") == ["(e) Fees.--No fee shall be charged."]
