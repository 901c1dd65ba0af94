"""The Word document every export starts from: Letter paper, 1-inch margins, serif styles."""

from __future__ import annotations

import io
from datetime import datetime

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor
from lxml import etree

from draftkit.export.oxml_revisions import W_NS

BODY_FONT = "Times New Roman"
INDENT_STEP = Inches(0.3)
# Not Word's "Heading 2": a paragraph joined to a heading on Accept/Reject All must keep its
# words in every reader (pandoc drops text merged into a built-in heading). Outline level 1
# still puts the § lines in Word's navigation pane and table of contents.
HEADING_STYLE = "DraftKit Section Heading"
LEVEL_STYLE = "DraftKit Level {n}"
BODY_STYLE = "Normal"


def new_document(*, title: str = "", author: str = "DraftKit",
                 date: datetime | None = None, levels: int = 5):
    """A fresh document with the page set up and DraftKit's paragraph styles defined."""
    document = docx.Document()
    _set_page(document.sections[0])
    _set_normal(document.styles)
    _add_heading_style(document.styles)
    for depth in range(1, levels + 1):
        _add_level_style(document.styles, depth)
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    if date is not None:
        props.created = props.modified = date.replace(tzinfo=None)
    return document


def _set_page(section) -> None:
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(1))
    section.header_distance = section.footer_distance = Inches(0.5)


def set_font(font, name: str = BODY_FONT, size: float = 12) -> None:
    """Set a font's name for every script (ASCII, east Asian, complex) and its size."""
    font.name, font.size = name, Pt(size)
    rfonts = font.element.rPr.get_or_add_rFonts() if font.element.rPr is not None else None
    if rfonts is not None:
        for attr in ("w:eastAsia", "w:cs", "w:hAnsi"):
            rfonts.set(qn(attr), name)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)


def _set_normal(styles) -> None:
    normal = styles["Normal"]
    set_font(normal.font)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(6), 1.0
    fmt.widow_control = True


def _add_heading_style(styles) -> None:
    style = styles.add_style(HEADING_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style, style.quick_style = styles["Normal"], True
    ppr = style.element.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="1"/>'))
    set_font(style.font)
    style.font.bold, style.font.italic = True, False
    style.font.color.rgb = RGBColor(0, 0, 0)
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after, fmt.keep_with_next = Pt(12), Pt(6), True


def _add_level_style(styles, depth: int) -> None:
    style = styles.add_style(LEVEL_STYLE.format(n=depth), WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.quick_style = True
    fmt = style.paragraph_format
    fmt.left_indent = INDENT_STEP * depth
    fmt.first_line_indent = -INDENT_STEP


def style_id(document, name: str) -> str:
    """The w:styleId Word stores for a style name ("Heading 2" -> "Heading2")."""
    return document.styles[name].style_id


def append_body_xml(document, fragment: str) -> None:
    """Parse a run of w:p elements (one string) and add them before the section properties."""
    body = document.element.body
    parsed = etree.fromstring(f'<w:body xmlns:w="{W_NS}">{fragment}</w:body>')
    sect_pr = body.find(qn("w:sectPr"))
    for child in list(parsed):
        if sect_pr is not None:
            sect_pr.addprevious(child)
        else:
            body.append(child)


def clear_body(document) -> None:
    """Remove python-docx's default empty paragraph, keeping the section properties."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def document_bytes(document) -> bytes:
    """The .docx file as bytes (nothing touches the disk)."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
