"""LibreOffice converts the fix-all bills of NV, NY, TX, CO, WA and PA, and prints what they say."""

from __future__ import annotations

import subprocess

import pytest
from pypdf import PdfReader

from draftkit.core.corpus import load_bundled
from draftkit.core.insertion import fix_all
from draftkit.export.docx_bill import write_bill_docx

pytestmark = pytest.mark.slow
CODES = ("NV", "NY", "TX", "CO", "WA", "PA")
EXPECTED = {
    "NV": ("Section 1. NRS 179.247 is hereby amended to read as follows:",
           "NRS 179.247 Vacating judgment"),
    "NY": ("Paragraph (i) of subdivision 1 of section 440.10 of the criminal procedure law",
           "§ 440.10(1)(i) Motion to vacate judgment"),
    "TX": ("SECTION 1. Section 411.0728, Government Code, is amended to read as follows:",
           "Sec. 411.0728. PROCEDURE FOR CERTAIN VICTIMS"),
    "CO": ("SECTION 1. In Colorado Revised Statutes, amend 18-1-410.7 as follows:",
           "18-1-410.7. Vacating certain criminal convictions"),
    "WA": ("RCW 9.94A.640 is amended by adding subsections (5), (6), (7) and (8)",
           "RCW 9.94A.648 Victims of certain crimes"),
    "PA": ("Section 3019 of Title 18 of the Pennsylvania Consolidated Statutes is amended to "
           "read:", "§ 3019. Victim protection during prosecution. * * *"),
}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bills")
    paths = []
    for code in CODES:
        statute = load_bundled(code)
        paths.append(str(write_bill_docx(
            statute.text, fix_all(statute).text, folder / f"{code}.docx", jurisdiction_code=code,
            citation=None, citations=statute.provenance.citations)))
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{folder / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), *paths],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return {code: folder / f"{code}.pdf" for code in CODES}


@pytest.mark.parametrize("code", CODES)
def test_bill_converts_and_reads_as_a_bill(pdfs, code):
    assert pdfs[code].exists()
    reader = PdfReader(str(pdfs[code]))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    clause, heading = EXPECTED[code]
    assert clause in text and heading in text
    assert "Nev. Rev. Stat." not in text and "§ Tex. Gov't Code" not in text
