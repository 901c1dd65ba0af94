"""The testimony report card: grades, the evidence table, the chart, what is still missing."""

from __future__ import annotations

import io
from datetime import datetime, timezone

import docx
import pytest

from draftkit.core.corpus import load_bundled
from draftkit.core.findings import Override
from draftkit.core.grading import grade_statute
from draftkit.core.insertion import fix_all
from draftkit.export.chart import ChartRow, chart_png
from draftkit.export.report_card import write_report_card

WHEN = datetime(2026, 3, 1, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def nevada():
    statute = load_bundled("NV")
    return statute, fix_all(statute).text


def open_report(tmp_path, statute, **kw):
    out = write_report_card(statute, tmp_path / "r.docx", date=WHEN, **kw)
    return docx.Document(str(out))


def all_text(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def test_title_grades_before_and_after(tmp_path, nevada):
    statute, amended = nevada
    document = open_report(tmp_path, statute, amended_text=amended, author="Policy Office")
    text = all_text(document)
    assert document.paragraphs[0].text == ("Nevada: criminal record relief for survivors of "
                                           "human trafficking — report card")
    assert "prepared by Policy Office on March 1, 2026" in text
    before = grade_statute(statute)
    grades = [c.text for c in document.tables[0].rows[1].cells]
    assert grades[0] == f"{before.grade_label}  {before.score} of 100 points"
    assert [c.text for c in document.tables[0].rows[0].cells] == ["Current law",
                                                                  "With the amendment"]


def test_category_table_has_every_category_with_the_statutes_words(tmp_path, nevada):
    statute, amended = nevada
    table = open_report(tmp_path, statute, amended_text=amended).tables[1]
    assert len(table.rows) == 13 and len(table.columns) == 5
    assert table.rows[0].cells[3].text == "The statute's words"
    discretion = next(r for r in table.rows if r.cells[0].text == "Judicial discretion")
    assert discretion.cells[1].text.startswith("discretionary → mandatory")
    assert discretion.cells[2].text == "2 → 10 / 10"
    words = discretion.cells[3].text
    quote = words[1:words.index("”")].strip("…")
    assert quote in statute.text
    assert words.endswith("— Nev. Rev. Stat. § 179.247(4)")


def test_without_amendment_there_is_no_after_column(tmp_path, nevada):
    statute, _ = nevada
    document = open_report(tmp_path, statute)
    assert len(document.tables[0].columns) == 1
    assert len(document.tables[1].columns) == 4
    assert "What is still missing" in all_text(document)


def test_still_missing_lists_the_gaps_after_the_amendment(tmp_path):
    statute = load_bundled("NV")
    partial = statute.text.replace("The court may grant", "The court shall grant")
    document = open_report(tmp_path, statute, amended_text=partial)
    text = all_text(document)
    assert "What is still missing after the amendment" in text
    after = grade_statute(load_bundled("NV"))  # untouched categories keep their gaps
    assert after.finding("burden").gap in text


def test_excerpt_warning_only_for_incomplete_texts(tmp_path):
    assert "Excerpt:" in all_text(open_report(tmp_path, load_bundled("NV")))
    assert "Excerpt:" not in all_text(open_report(tmp_path, load_bundled("FL")))


def test_rubric_source_and_weights_are_stated(tmp_path):
    text = all_text(open_report(tmp_path, load_bundled("FL")))
    assert "DraftKit rubric v1, categories after Polaris (2019); weights are DraftKit's" in text


def test_no_relief_law(tmp_path):
    document = open_report(tmp_path, load_bundled("AK"))
    assert document.tables[0].rows[1].cells[0].text.startswith("F (no relief law)")


def test_overrides_change_the_grade_and_are_said(tmp_path):
    statute = load_bundled("NV")
    document = open_report(tmp_path, statute,
                           overrides=(Override("discretion", "mandatory", "read as shall"),))
    overridden = grade_statute(statute, None, (Override("discretion", "mandatory"),))
    assert document.tables[0].rows[1].cells[0].text.endswith(f"{overridden.score} of 100 points")
    assert "set by the user (overrides)" in all_text(document)


def test_page_is_letter_with_one_inch_margins_and_a_serif_font(tmp_path):
    document = open_report(tmp_path, load_bundled("FL"))
    section = document.sections[0]
    assert (section.page_width.inches, section.page_height.inches) == (8.5, 11)
    assert section.left_margin.inches == section.top_margin.inches == 1
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert len(document.inline_shapes) == 1


def test_chart_is_a_print_size_png():
    import matplotlib.image

    rows = [ChartRow("Range of relief", 15, 11, 15), ChartRow("Cost and access", 2, 0, 2)]
    png = chart_png(rows, width_in=6.5, dpi=200)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    image = matplotlib.image.imread(io.BytesIO(png), format="png")
    assert image.shape[1] == 1300


def test_quotation_is_the_whole_sentence_around_the_evidence():
    from draftkit.export.report_evidence import quotation

    florida = load_bundled("FL")
    at = florida.text.index("does not apply to any offense")
    assert quotation(florida, at, at + 20) == ("However, this section does not apply to any "
                                               "offense listed in s. 775.084(1)(b)1.")
