"""The report card's category table and small table helpers (shading, boxed notes)."""

from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt

HEADERS = ("Category", "Level", "Points", "The statute's words", "What the amendment changes")
WIDTHS = (1.05, 1.15, 0.85, 2.1, 1.35)
WIDTHS_NO_AMENDMENT = (1.2, 1.35, 0.6, 3.35)
TABLE_FONT = Pt(8.5)


def level_name(level_id: str) -> str:
    """A level id as words: "vacatur_and_clearing" -> "vacatur and clearing"."""
    return level_id.replace("_", " ")


def shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" '
                                                f'w:color="auto" w:fill="{fill}"/>'))


def boxed(paragraph, *, size: float = 9) -> None:
    """Draw a thin box around a paragraph (a notice the reader must not miss)."""
    borders = "".join(f'<w:{side} w:val="single" w:sz="6" w:space="4" w:color="000000"/>'
                      for side in ("top", "left", "bottom", "right"))
    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {nsdecls("w")}>{borders}</w:pBdr>'))
    for run in paragraph.runs:
        run.font.size = Pt(size)


def add_category_table(document, rows: list[tuple[str, ...]], *, amended: bool) -> None:
    """The 12-row table: category, level, points, the statute's words (and the change)."""
    headers = HEADERS if amended else HEADERS[:4]
    widths = WIDTHS if amended else WIDTHS_NO_AMENDMENT
    table = document.add_table(rows=1, cols=len(headers))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for k, text in enumerate(headers):
        _cell_text(table.rows[0].cells[k], text, bold=True)
        shade(table.rows[0].cells[k], "D9D9D9")
    _repeat_header(table.rows[0])
    for row in rows:
        table_row = table.add_row()
        table_row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
        cells = table_row.cells
        for k, text in enumerate(row):
            _cell_text(cells[k], text, bold=k == 0)
    _set_widths(table, widths)


def _cell_text(cell, text: str, *, bold: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)
    run.bold, run.font.size = bold, TABLE_FONT
    paragraph.paragraph_format.space_after = Pt(0)


def _repeat_header(row) -> None:
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def _set_widths(table, widths) -> None:
    """Cell widths plus the grid, which LibreOffice and Word read for fixed layouts."""
    for col, width in zip(table._tbl.tblGrid.iterchildren(), widths):
        col.set(qn("w:w"), str(int(width * 1440)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Inches(width)
