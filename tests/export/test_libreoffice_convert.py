"""LibreOffice opens every kind of DOCX we write and converts it to PDF without complaint."""

from __future__ import annotations

import subprocess

import pytest
from pypdf import PdfReader

from draftkit.core.corpus import load_bundled
from draftkit.core.insertion import fix_all
from draftkit.export.docx_bill import write_bill_docx
from draftkit.export.docx_tracked import write_tracked_docx
from draftkit.export.report_card import write_report_card

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nevada():
    statute = load_bundled("NV")
    return statute, fix_all(statute).text


def to_pdf(docx_path, tmp_path) -> PdfReader:
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "pdf", "--outdir", str(tmp_path), str(docx_path)],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / (docx_path.stem + ".pdf")
    assert pdf.exists(), result.stdout + result.stderr
    return PdfReader(str(pdf))


def page_text(reader: PdfReader) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_tracked_changes_convert(tmp_path, nevada):
    statute, amended = nevada
    out = write_tracked_docx(statute.text, amended, tmp_path / "tracked.docx", title="NV")
    text = page_text(to_pdf(out, tmp_path))
    assert "The court shall grant" in text or "shall grant" in text


def test_bill_converts_with_line_numbers(tmp_path, nevada):
    statute, amended = nevada
    out = write_bill_docx(statute.text, amended, tmp_path / "bill.docx", jurisdiction_code="NV",
                          citation=None, citations=statute.provenance.citations)
    reader = to_pdf(out, tmp_path)
    text = page_text(reader)
    assert "NRS 179.247 is hereby amended to read as follows:" in text
    assert " 1 " in text and " 20 " in text  # the printed line numbers


def test_report_card_converts_to_one_or_two_pages(tmp_path, nevada):
    statute, amended = nevada
    out = write_report_card(statute, tmp_path / "report.docx", amended_text=amended)
    reader = to_pdf(out, tmp_path)
    assert 1 <= len(reader.pages) <= 2
    assert "report card" in page_text(reader)
