"""The testimony report card: grades before and after, the evidence table, a chart, what remains."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

from draftkit.core.findings import Assessment, Finding
from draftkit.core.statute import Statute
from draftkit.export import document as doc
from draftkit.core.files import write_atomic
from draftkit.export.chart import ChartRow, chart_png
from draftkit.export.page import add_page_number_footer
from draftkit.export.report_evidence import provision_cite, quotation
from draftkit.export.report_table import add_category_table, boxed, level_name, shade

SUBTITLE = "criminal record relief for survivors of human trafficking — report card"


@dataclass(frozen=True)
class ReportData:
    """Everything the report card shows, computed before any layout."""

    statute: Statute
    before: Assessment
    after: Assessment | None
    rubric: object
    date: datetime
    author: str | None


def write_report_card(statute: Statute, path: str | os.PathLike, *,
                      amended_text: str | None = None, rubric=None, overrides=(),
                      author: str | None = None, date: datetime | None = None) -> Path:
    """Write `path`: a one- or two-page testimony handout grading the statute (and the bill)."""
    data = report_card_bytes(statute, amended_text=amended_text, rubric=rubric,
                             overrides=overrides, author=author, date=date)
    return write_atomic(path, data)


def report_card_bytes(statute: Statute, *, amended_text: str | None = None, rubric=None,
                      overrides=(), author: str | None = None,
                      date: datetime | None = None) -> bytes:
    """The report card .docx as bytes."""
    report = grade_report(statute, amended_text, rubric, overrides, author, date)
    document = doc.new_document(title=_title(statute), author=author or "DraftKit",
                                date=report.date)
    doc.clear_body(document)
    _set_up(document, statute)
    _fill(document, report)
    return doc.document_bytes(document)


def grade_report(statute, amended_text, rubric, overrides, author, date) -> ReportData:
    """Grade the statute (with the user's overrides) and, if given, the amended text."""
    from draftkit.core.grading import grade_statute
    from draftkit.core.rubric import load_rubric
    from draftkit.core.structure import build_statute

    rubric = rubric or load_rubric()
    before = grade_statute(statute, rubric, overrides)
    after = None
    if amended_text is not None:
        after = grade_statute(build_statute(amended_text, statute.provenance), rubric)
    return ReportData(statute, before, after, rubric,
                      date or datetime.now(timezone.utc), author)


def _title(statute: Statute) -> str:
    name = statute.provenance.jurisdiction or "Statute"
    return f"{name}: {SUBTITLE}"


def _set_up(document, statute: Statute) -> None:
    doc.set_font(document.styles["Normal"].font, size=10.5)
    document.styles["Normal"].paragraph_format.space_after = Pt(4)
    header = document.sections[0].header.paragraphs[0]
    header.text = f"{statute.provenance.jurisdiction or 'Statute'} — testimony report card"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.set_font(document.styles["Header"].font, size=8.5)
    add_page_number_footer(document)


def _fill(document, report: ReportData) -> None:
    _heading(document, report)
    if report.statute.is_excerpt:
        _excerpt_warning(document, report.statute)
    _grade_summary(document, report)
    document.add_picture(io.BytesIO(chart_png(chart_rows(report))), width=Inches(6.5))
    _caption(document, report)
    add_category_table(document, report_rows(report), amended=report.after is not None)
    _still_missing(document, report)
    _notes(document, report)


def _heading(document, report: ReportData) -> None:
    title = document.add_paragraph()
    run = title.add_run(_title(report.statute))
    run.bold, run.font.size = True, Pt(15)
    title.paragraph_format.space_after = Pt(2)
    cites = "; ".join(report.statute.provenance.citations) or "text supplied by the user"
    who = f" by {report.author}" if report.author else ""
    line = document.add_paragraph(f"{cites} · prepared{who} on {report.date:%B %-d, %Y}")
    line.runs[0].font.size = Pt(9)
    line.runs[0].font.color.rgb = RGBColor(0x40, 0x40, 0x40)


def _excerpt_warning(document, statute: Statute) -> None:
    missing = statute.provenance.missing.split(". ")[0].rstrip(".")
    text = ("Excerpt: DraftKit's copy of this statute is incomplete"
            + (f" ({missing})" if missing else "") + ". The grade rests on the text shown; "
            "load the official full text to confirm it.")
    boxed(document.add_paragraph(text), size=9)


def _grade_summary(document, report: ReportData) -> None:
    columns = [("Current law", report.before)]
    if report.after is not None:
        columns.append(("With the amendment", report.after))
    table = document.add_table(rows=2, cols=len(columns))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for k, (label, assessment) in enumerate(columns):
        _grade_cell(table.cell(0, k), label, shade_it=True)
        _grade_value(table.cell(1, k), assessment)


def _grade_cell(cell, text: str, shade_it: bool) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(text).bold = True
    if shade_it:
        shade(cell, "D9D9D9")


def _grade_value(cell, assessment: Assessment) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    grade = paragraph.add_run(f"{assessment.grade_label}  ")
    grade.bold, grade.font.size = True, Pt(20)
    paragraph.add_run(f"{assessment.score} of {assessment.max_score} points").font.size = Pt(11)


def chart_rows(report: ReportData) -> list[ChartRow]:
    after = report.after
    return [ChartRow(report.rubric.category(f.category).name, f.max_points, f.points,
                     after.finding(f.category).points if after else None)
            for f in report.before.findings]


def _caption(document, report: ReportData) -> None:
    text = ("Points per category against the maximum (grey): current law"
            + (" (solid) and with the amendment (hatched)." if report.after else "."))
    caption = document.add_paragraph(text)
    caption.runs[0].font.size, caption.runs[0].italic = Pt(8.5), True
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER


def report_rows(report: ReportData) -> list[tuple[str, ...]]:
    """One row per category: name, level(s), points, the statute's words, the change."""
    rows = []
    for before in report.before.findings:
        after = report.after.finding(before.category) if report.after else None
        name = report.rubric.category(before.category).name
        rows.append((name, _levels(before, after), _points(before, after),
                     _evidence(report.statute, before), *([_change(before, after)] if after else [])))
    return rows


def _levels(before: Finding, after: Finding | None) -> str:
    text = level_name(before.level)
    if after is not None and after.level != before.level:
        text += f" → {level_name(after.level)}"
    return text + (" †" if before.verify or (after is not None and after.verify) else "")


def _points(before: Finding, after: Finding | None) -> str:
    if after is not None and after.points != before.points:
        return f"{before.points} → {after.points} / {before.max_points}"
    return f"{before.points} / {before.max_points}"


def _evidence(statute: Statute, finding: Finding) -> str:
    if not finding.evidence:
        return "— (silent)"
    first = finding.evidence[0]
    cite = provision_cite(statute, first.start)
    quote = quotation(statute, first.start, first.end)
    return f"“{quote}”" + (f" — {cite}" if cite else "")


def _change(before: Finding, after: Finding) -> str:
    if after.points == before.points and after.level == before.level:
        return "No change."
    return after.reason


def _still_missing(document, report: ReportData) -> None:
    final = report.after or report.before
    gaps = [(report.rubric.category(f.category).name, f.gap) for f in final.findings
            if f.points < f.max_points and f.gap]
    title = "What is still missing" + (" after the amendment" if report.after else "")
    heading = document.add_paragraph()
    heading.add_run(title).bold = True
    heading.paragraph_format.space_before, heading.paragraph_format.keep_with_next = Pt(8), True
    if not gaps:
        document.add_paragraph("Nothing: every category is at its maximum.")
    for name, gap in gaps:
        item = document.add_paragraph(style="List Bullet")
        item.add_run(f"{name}: ").bold = True
        item.add_run(gap)
        item.paragraph_format.space_after = Pt(1)


def _notes(document, report: ReportData) -> None:
    rubric = report.rubric
    lines = [f"{rubric.citation}. {rubric.weights_note}".strip(),
             "Evidence quotes the statute's own words as DraftKit read them; each finding is "
             "a reading to check, not legal advice. † DraftKit flags this reading for a "
             "reviewer to verify."]
    if report.before.overrides:
        lines.append(f"{len(report.before.overrides)} finding(s) of current law were set by "
                     "the user (overrides); the amended text is graded as read.")
    for text in lines:
        note = document.add_paragraph(text)
        note.runs[0].font.size = Pt(8)
        note.paragraph_format.space_after = Pt(2)


__all__ = ["write_report_card", "report_card_bytes"]
