"""Loading statutes from every supported source: bundled code, txt, docx, html, pdf, paste."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from draftkit.core.corpus import guess_jurisdiction, load_bundled
from draftkit.core.errors import SourceError
from draftkit.core.loaders import load_file, load_source, statute_from_text

SOURCES = Path(__file__).resolve().parents[1] / "data" / "sources"
NEVADA = load_bundled("NV").text
NRS_179_247 = NEVADA.split("\n\n")[0] + "\n"


def labels(statute) -> list[str]:
    return [p.label for p in statute.walk()]


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds `lines` (Helvetica, WinAnsi)."""
    parts = [b"BT /F1 11 Tf 72 720 Td 14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        parts.append(b"(" + escaped.encode("cp1252") + b") Tj T*")
    content = b"\n".join(parts + [b"ET"])
    return assemble_pdf(b"<< /Font << /F1 4 0 R >> >>", content)


def assemble_pdf(resources: bytes, content: bytes) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources " + resources
        + b" /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def test_a_bundled_code_in_any_case(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_source("NV") is load_bundled("NV")
    assert load_source("nv").provenance.origin == "bundled"


def test_a_file_named_like_a_code_in_the_current_folder_wins(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "NV").write_text("(a) My own text.\n", encoding="utf-8")
    with pytest.raises(SourceError, match="without an extension"):
        load_source("NV")


def test_text_file_round_trips_the_bundled_text(tmp_path):
    path = tmp_path / "nevada.txt"
    path.write_text(NEVADA, encoding="utf-8")
    statute = load_source(str(path))
    assert statute.text == NEVADA
    assert labels(statute) == labels(load_bundled("NV"))
    assert statute.provenance.origin == str(path)
    assert statute.provenance.complete is None
    assert statute.code == "NV" and statute.provenance.jurisdiction == "Nevada"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_text_encodings(tmp_path, encoding):
    text = "(a) The person’s record — “sealed” § 179.247.\n(b) Next.\n"
    path = tmp_path / "statute.txt"
    path.write_bytes(text.encode(encoding))
    assert load_file(path).text == text


def test_latin1_text_that_is_not_cp1252_still_loads(tmp_path):
    path = tmp_path / "statute.txt"
    path.write_bytes("(a) Section sign \xa7 and a control-range byte \x81.\n".encode("latin-1"))
    assert load_file(path).text == "(a) Section sign § and a control-range byte \x81.\n"


def test_text_copied_from_word_with_manual_line_breaks(tmp_path):
    path = tmp_path / "statute.txt"
    path.write_bytes(b"(a) One.\x0b(b) Two.\x0b(c) Three.\n")
    assert load_file(path).text == "(a) One.\n(b) Two.\n(c) Three.\n"


def test_windows_line_endings_and_wrapped_lines_in_text(tmp_path):
    path = tmp_path / "statute.txt"
    path.write_bytes(b"(a) A person may petition the court\r\nfor an order.\r\n(b) Next.\r\n")
    assert load_file(path).text == "(a) A person may petition the court for an order.\n(b) Next.\n"


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    document = docx.Document()
    for line in NRS_179_247.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "(6) A table cell."
    table.cell(0, 1).text = "Second cell."
    document.add_paragraph("7. After the table.")
    path = tmp_path / "nevada.docx"
    document.save(path)
    statute = load_file(path)
    assert statute.text == NRS_179_247 + "(6) A table cell.\nSecond cell.\n7. After the table.\n"
    assert statute.code == "NV"
    assert labels(statute)[:4] == ["§ Nev. Rev. Stat. § 179.247", "1.", "(a)", "(b)"]


def test_docx_tracked_changes_read_as_if_accepted(tmp_path):
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    document = docx.Document()
    paragraph = document.add_paragraph("(a) The court ")
    deleted, inserted = OxmlElement("w:del"), OxmlElement("w:ins")
    for change, tag, word in ((deleted, "w:delText", "may"), (inserted, "w:t", "shall")):
        change.set(qn("w:id"), "1" if change is deleted else "2")
        change.set(qn("w:author"), "Drafter")
        run, text = OxmlElement("w:r"), OxmlElement(tag)
        text.text = word
        run.append(text)
        change.append(run)
        paragraph._p.append(change)
    paragraph.add_run(" grant the motion.")
    path = tmp_path / "redline.docx"
    document.save(path)
    assert load_file(path).text == "(a) The court shall grant the motion.\n"


def test_docx_with_upper_case_extension(tmp_path):
    document = docx.Document()
    document.add_paragraph("(a) Text.")
    path = tmp_path / "STATUTE.DOCX"
    document.save(path)
    assert load_file(path).text == "(a) Text.\n"


HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="windows-1252"><title>NRS: CHAPTER 179</title>
<style>p { margin: 0 }</style><script>var tracking = "(a) not law";</script></head>
<body><nav>Home &gt; NRS &gt; Chapter 179</nav><header>Nevada Legislature</header>
<main><p class="SectBody"><span class="Section">NRS&nbsp;179.247</span>
  <span class="Leadline">Vacating judgment.</span></p>
<p>1.&nbsp;&nbsp;If a person has been convicted of any offense listed in
   subsection 2, the person may petition the court for an order:</p>
<p>(a) Vacating the judgment; and</p>
<p>(b) Sealing all documents in the person’s record.</p>
<div>2. A person may file<br>a petition.</div>
<!-- (c) a comment, not law -->
</main><footer>&copy; 2025 Legislative Counsel Bureau</footer></body></html>
"""


def test_html_keeps_blocks_as_lines_and_drops_page_furniture(tmp_path):
    path = tmp_path / "NRS-179.html"
    path.write_bytes(HTML_PAGE.encode("cp1252"))
    statute = load_file(path)
    assert statute.text == (
        "NRS 179.247 Vacating judgment.\n"
        "1. If a person has been convicted of any offense listed in subsection 2, the "
        "person may petition the court for an order:\n"
        "(a) Vacating the judgment; and\n"
        "(b) Sealing all documents in the person’s record.\n"
        "2. A person may file\na petition.\n")
    assert statute.code == "NV"
    assert labels(statute) == ["1.", "(a)", "(b)", "2."]


def test_html_with_an_unclosed_head_and_a_pre_block(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b"<html><head><title>Title</title><body><pre>(a) One\n(b)  Two</pre>")
    assert load_file(path).text == "(a) One\n(b) Two\n"


def test_html_table_cells_stay_apart(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b"<table><tr><td>(a)</td><td>First.</td></tr><tr><td>(b)</td><td>Second.</td>"
                     b"</tr></table>")
    assert load_file(path).text == "(a) First.\n(b) Second.\n"


def test_html_encoding_from_bom_and_default_utf8(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes("\ufeff<p>(a) “Victim” §</p>".encode("utf-8"))
    assert load_file(path).text == "(a) “Victim” §\n"
    path.write_bytes("<p>(a) “Victim” §</p>".encode("utf-8"))
    assert load_file(path).text == "(a) “Victim” §\n"


def test_pdf_made_by_libreoffice_reads_back_the_exact_text():
    statute = load_file(SOURCES / "nevada_179_247.pdf")
    assert statute.text == NRS_179_247
    assert labels(statute) == labels(load_bundled("NV"))[:len(labels(statute))]
    assert statute.code == "NV"


def test_multi_page_pdf_with_running_header_and_page_numbers_reads_back_exactly():
    """michigan_8_pages.pdf: the bundled MI text in a DOCX with a running header
    ("MICHIGAN COMPILED LAWS — CHAPTER 780") and a "Page N" footer, converted by
    LibreOffice; lines wrap at the page width and a heading wraps across two lines."""
    statute = load_file(SOURCES / "michigan_8_pages.pdf")
    assert statute.text == load_bundled("MI").text
    assert statute.code == "MI"


def test_pdf_text_is_normalized(tmp_path):
    path = tmp_path / "bill.pdf"
    path.write_bytes(make_pdf([
        "1   (a) A person convicted of an offense may move to vacate the",
        "2   conviction and expunge-",
        "3   ment of the records; and",
        "4   (b) The court shall grant the motion.",
        "Page 1 of 1",
    ]))
    assert load_file(path).text == (
        "(a) A person convicted of an offense may move to vacate the conviction and "
        "expungement of the records; and\n(b) The court shall grant the motion.\n")


def test_pasted_text():
    statute = statute_from_text("(a) A person may petition\nthe court.\r\n(b) Next.")
    assert statute.text == "(a) A person may petition the court.\n(b) Next.\n"
    assert statute.provenance.origin == "pasted" and statute.provenance.complete is None
    assert statute.code is None and [p.label for p in statute.provisions] == ["(a)", "(b)"]


def test_pasted_text_with_a_jurisdiction():
    statute = statute_from_text("(a) Text.", origin="clipboard", jurisdiction_code="ny")
    assert statute.code == "NY" and statute.provenance.jurisdiction == "New York"
    assert statute.provenance.origin == "clipboard"
    with pytest.raises(SourceError):
        statute_from_text("(a) Text.", jurisdiction_code="XX")


def test_a_paste_over_the_size_limit_is_refused(monkeypatch):
    from draftkit.core import loaders

    monkeypatch.setattr(loaders, "MAX_FILE_BYTES", 1000)
    with pytest.raises(SourceError, match="pasted text is over"):
        statute_from_text("(a) x\n" * 500)


@pytest.mark.parametrize("pasted", ["", "   \n\t\n"])
def test_empty_paste_is_refused(pasted):
    with pytest.raises(SourceError, match="no text"):
        statute_from_text(pasted)


@pytest.mark.parametrize("text, code", [
    ("as provided in NRS 179.245", "NV"),
    ("Section 943.0583, Florida Statutes, is amended", "FL"),
    ("pursuant to Fla. Stat. § 943.0583", "FL"),
    ("RCW 9.96.060 and RCW 9.94A.640", "WA"),
    ("under 725 ILCS 5/116-2.1", "IL"),
    ("a person may petition the court", None),
    ("NRS 1.010 and RCW 1.010", None),
])
def test_jurisdiction_guessed_from_citations(text, code):
    assert guess_jurisdiction(text) == code


NUMBERING = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
 <w:lvlText w:val="(%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>
 <w:numFmt w:val="decimal"/><w:lvlText w:val="(%2)"/></w:lvl><w:lvl w:ilvl="2">
 <w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl><w:lvl w:ilvl="3">
 <w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl></w:abstractNum>"""


def numbered_paragraph(document, text: str, level: int):
    from docx.oxml import parse_xml

    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))


def test_docx_automatic_list_numbers_become_labels(tmp_path):
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING))
    numbering.append(parse_xml(
        '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    document.add_paragraph("§ Nev. Rev. Stat. § 179.247 Vacating judgment.")
    for text, level in [("A person may petition:", 0), ("Vacating;", 1), ("Sealing:", 1),
                        ("records;", 2), ("files.", 2), ("A bullet.", 3), ("Next.", 0),
                        ("Restarted.", 1)]:
        numbered_paragraph(document, text, level)
    document.add_paragraph("First", style="List Number")
    document.add_paragraph("Second", style="List Number")
    path = tmp_path / "numbered.docx"
    document.save(path)
    statute = load_file(path)
    assert statute.text == (
        "§ Nev. Rev. Stat. § 179.247 Vacating judgment.\n(a) A person may petition:\n"
        "(1) Vacating;\n(2) Sealing:\n(i) records;\n(ii) files.\nA bullet.\n(b) Next.\n"
        "(1) Restarted.\n1. First\n2. Second\n")
    assert labels(statute) == ["§ Nev. Rev. Stat. § 179.247", "(a)", "(1)", "(2)", "(i)",
                               "(ii)", "(b)", "(1)", "1.", "2."]
