"""The amendment in the state's bill format: title block, clauses, printed markup, line numbers."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from draftkit.core.errors import ExportError
from draftkit.core.redline import Redline, Segment, diff_texts
from draftkit.export import document as doc
from draftkit.core.files import write_atomic
from draftkit.export.limits import check_export_size
from draftkit.export.bill_markup import (
    DELETED_ID, MARK_ID, NEW_ID, add_markup_styles, deletion_marks, rpr)
from draftkit.export.bill_check import check_printed_bill
from draftkit.export.bill_clauses import amendatory_clause
from draftkit.export.bill_print import ELISION, PrintedLine, print_plan
from draftkit.export.bill_sections import BillSection, bill_sections
from draftkit.export.bill_styles import BillStyle, bill_style
from draftkit.export.docx_tracked import normalize_newlines
from draftkit.export.layout import BODY, HEADING
from draftkit.export.oxml_revisions import escape_text, paragraph, run
from draftkit.export.page import add_page_number_footer
from draftkit.export.selfcheck import check_redline

TITLE, CLAUSE, NOTE = "DraftKit Bill Title", "DraftKit Bill Clause", "DraftKit Bill Note"
TEXT_HEADING, TEXT_BODY = "DraftKit Bill Heading", "DraftKit Bill Body"
SECTION_HEADING, ELIDED = "DraftKit Bill Section Heading", "DraftKit Bill Elision"
LINE_PITCH = Pt(24)  # double spacing at 12 pt, so printed line numbers sit on each line


def write_bill_docx(original: str, amended: str, path: str | os.PathLike, *,
                    jurisdiction_code: str | None, citation: str | None,
                    bill_title: str | None = None, sponsor: str | None = None,
                    effective_date_text: str | None = None, redline: Redline | None = None,
                    citations: tuple[str, ...] = (), date: datetime | None = None) -> Path:
    """Write `path`: a bill amending the statute, in the jurisdiction's printed convention."""
    data = bill_docx_bytes(original, amended, jurisdiction_code=jurisdiction_code,
                           citation=citation, bill_title=bill_title, sponsor=sponsor,
                           effective_date_text=effective_date_text, redline=redline,
                           citations=citations, date=date)
    return write_atomic(path, data)


def bill_docx_bytes(original: str, amended: str, *, jurisdiction_code: str | None,
                    citation: str | None, bill_title: str | None = None,
                    sponsor: str | None = None, effective_date_text: str | None = None,
                    redline: Redline | None = None, citations: tuple[str, ...] = (),
                    date: datetime | None = None) -> bytes:
    """The bill .docx as bytes, after its new-matter/deleted-matter self-check passed."""
    original, amended = normalize_newlines(original), normalize_newlines(amended)
    check_export_size(original, "the original")
    check_export_size(amended, "the amended text")
    redline = redline or diff_texts(original, amended)
    check_redline(redline, original, amended)
    style = bill_style(jurisdiction_code)
    cites = tuple(citations) or ((citation,) if citation else ())
    sections = bill_sections(redline, citations=cites, citation=citation)
    if not sections:
        raise ExportError("the amended text is the same as the original; there is no bill "
                          "to write")
    date = date or datetime.now(timezone.utc)
    document = _bill_document(style, date)
    body = _title_block(style, sections, bill_title, sponsor, date)
    printed = [(s, print_plan(style, s)) for s in sections]
    body += _sections_xml(style, printed, effective_date_text)
    doc.append_body_xml(document, body)
    data = doc.document_bytes(document)
    check_printed_bill(data, original, amended, printed)
    return data


def _bill_document(style: BillStyle, date: datetime):
    document = doc.new_document(title=f"{style.name}: bill draft", date=date)
    doc.clear_body(document)
    _bill_styles(document)
    add_markup_styles(document, style)
    _line_numbers(document.sections[0])
    header = document.sections[0].header.paragraphs[0]
    header.text = f"{style.name} — bill draft prepared with DraftKit (not an official print)"
    header.style = document.styles["Header"]
    doc.set_font(header.style.font, size=9)
    add_page_number_footer(document)
    return document


def _bill_styles(document) -> None:
    styles = document.styles
    for name in ("Normal", *(doc.LEVEL_STYLE.format(n=n) for n in range(1, 6))):
        fmt = styles[name].paragraph_format
        fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, LINE_PITCH
        fmt.space_after = Pt(0)
    for name, kwargs in ((TITLE, {"align": WD_ALIGN_PARAGRAPH.CENTER, "bold": True}),
                         (NOTE, {"size": 10})):
        fmt = _paragraph_style(styles, name, **kwargs).paragraph_format
        fmt.line_spacing_rule, fmt.space_after = WD_LINE_SPACING.SINGLE, Pt(8)
    _paragraph_style(styles, CLAUSE, first_line=Pt(36), keep=True)
    _paragraph_style(styles, TEXT_HEADING, bold=True, keep=True)
    _paragraph_style(styles, TEXT_BODY)
    _paragraph_style(styles, SECTION_HEADING, bold=True, keep=True)
    _paragraph_style(styles, ELIDED, align=WD_ALIGN_PARAGRAPH.CENTER)


def _paragraph_style(styles, name, *, align=None, bold=False, size=None, first_line=None,
                     keep=False):
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.font.bold = bold or None
    if size:
        style.font.size = Pt(size)
    fmt = style.paragraph_format
    fmt.alignment, fmt.first_line_indent, fmt.keep_with_next = align, first_line, keep or None
    return style


def _line_numbers(section) -> None:
    """Number every line, restarting on each page (w:lnNumType in the section properties)."""
    sect_pr = section._sectPr
    numbering = etree.SubElement(sect_pr, qn("w:lnNumType"))
    numbering.set(qn("w:countBy"), "1")
    numbering.set(qn("w:restart"), "newPage")
    numbering.set(qn("w:distance"), "360")
    page_margins = sect_pr.find(qn("w:pgMar"))
    page_margins.addnext(numbering)


_NO_NUMBERS = "<w:suppressLineNumbers/>"


def _plain(text: str, style: str, *, numbered: bool = False, bold_lead: str = "") -> str:
    lead = run(bold_lead + " ", "<w:rPr><w:b/></w:rPr>") if bold_lead else ""
    return paragraph(lead + run(text), style=style.replace(" ", ""),
                     ppr_extra="" if numbered else _NO_NUMBERS)


def _title_block(style: BillStyle, sections, bill_title, sponsor, date) -> str:
    cites = _join(list(dict.fromkeys(style.bill_citation(s.citation).rstrip(",")
                                     for s in sections)))
    title = bill_title or (f"AN ACT relating to criminal record relief for survivors of "
                           f"human trafficking; amending {cites}.")
    parts = [_plain(style.name.upper(), TITLE), _plain("BILL DRAFT", TITLE),
             _plain(title, TITLE)]
    if sponsor:
        parts.append(_plain(f"Sponsored by: {sponsor}", TITLE))
    parts.append(_plain(f"Prepared with DraftKit on {date:%B %-d, %Y}.", NOTE))
    parts.append(_box(_plain(style.explanation_line, NOTE)))
    if style.enacting_clause:
        parts.append(_plain(style.enacting_clause, CLAUSE, numbered=True))
    return "".join(parts)


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _box(paragraph_xml: str) -> str:
    border = ('<w:pBdr>' + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="4" '
                                   f'w:color="000000"/>' for side in ("top", "left", "bottom",
                                                                      "right"))
              + "</w:pBdr>")
    return paragraph_xml.replace("<w:suppressLineNumbers/>", "<w:suppressLineNumbers/>" + border)


def _sections_xml(style: BillStyle, printed: list[tuple[BillSection, tuple]],
                  effective_date_text: str | None) -> str:
    parts = []
    for n, (section, plan) in enumerate(printed, start=1):
        parts.append(_plain(amendatory_clause(style, section), CLAUSE, numbered=True,
                            bold_lead=style.section_label(n)))
        parts.extend(_printed_xml(style, line) for line in plan)
    when = effective_date_text or style.effective_when
    parts.append(_plain(style.effective.format(when=when), CLAUSE, numbered=True,
                        bold_lead=style.section_label(len(printed) + 1)))
    return "".join(parts)


def _printed_xml(style: BillStyle, line: PrintedLine) -> str:
    if line.kind == "elision":
        return paragraph(run(ELISION), style=_id(ELIDED))
    if line.kind == "heading":
        props = rpr(NEW_ID) if not line.op.in_original else ""
        return paragraph(run(line.text, props), style=_id(SECTION_HEADING))
    return paragraph("".join(_segment_xml(style, s) for s in line.op.segments),
                     style=_text_style(line.level))


def _id(style_name: str) -> str:
    return style_name.replace(" ", "")


def _text_style(level) -> str:
    if level == HEADING:
        return TEXT_HEADING.replace(" ", "")
    if level == BODY:
        return TEXT_BODY.replace(" ", "")
    return f"DraftKitLevel{level}"


def _segment_xml(style: BillStyle, segment: Segment) -> str:
    if segment.op == "insert":
        return run(segment.text, rpr(NEW_ID))
    if segment.op == "equal":
        return run(segment.text)
    opening, closing = deletion_marks(style)
    mark = (lambda text: run(text, rpr(MARK_ID))) if opening else (lambda text: "")
    return mark(opening) + run(segment.text, rpr(DELETED_ID)) + mark(closing)


__all__ = ["write_bill_docx", "bill_docx_bytes", "escape_text"]
