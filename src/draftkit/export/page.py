"""Page furniture shared by the exports: a centred page-number footer (a PAGE field)."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml

from draftkit.export.oxml_revisions import W_NS

_PAGE_FIELD = (
    f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="begin"/></w:r>',
    f'<w:r xmlns:w="{W_NS}"><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
    f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="separate"/></w:r>',
    f'<w:r xmlns:w="{W_NS}"><w:t>1</w:t></w:r>',
    f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="end"/></w:r>',
)


def add_page_number_footer(document, prefix: str = "– ", suffix: str = " –") -> None:
    """Centre "– n –" in the footer of every page."""
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(prefix)
    for xml in _PAGE_FIELD:
        footer._p.append(parse_xml(xml))
    footer.add_run(suffix)
