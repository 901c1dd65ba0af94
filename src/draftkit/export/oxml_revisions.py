"""WordprocessingML for text runs and revisions: w:r, w:ins, w:del, w:delText, paragraph marks.

Built as strings (then parsed once with lxml) because a 1 MB statute has ~15,000
paragraphs and building them through the python-docx object API is too slow.
"""

from __future__ import annotations

import itertools
import re
from datetime import datetime, timezone

from draftkit.core.errors import ExportError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_NS = "http://www.w3.org/XML/1998/namespace"

_INVALID_XML = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_WORD_BLANKS = re.compile("[\x0b\x0c\r]")


def escape_text(text: str) -> str:
    """Text made safe for a w:t element; ExportError on characters XML cannot hold."""
    bad = _INVALID_XML.search(text)
    if bad:
        raise ExportError(f"the text contains a control character (U+{ord(bad.group()):04X}) "
                          "that a Word file cannot hold; remove it and export again")
    text = _WORD_BLANKS.sub(" ", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(value: str) -> str:
    return escape_text(value).replace('"', "&quot;")


def word_date(date: datetime | None) -> str:
    """A w:date value: UTC, to the second, "2026-11-23T20:00:00Z"."""
    date = date or datetime.now(timezone.utc)
    if date.tzinfo is not None:
        date = date.astimezone(timezone.utc)
    return date.strftime("%Y-%m-%dT%H:%M:%SZ")


class RevisionMarks:
    """Hands out w:ins / w:del attribute strings with a document-unique w:id."""

    def __init__(self, author: str, date: datetime | None, first_id: int = 1):
        self._ids = itertools.count(first_id)
        self._who = f'w:author="{escape_attr(author)}" w:date="{word_date(date)}"'

    def attrs(self) -> str:
        return f'w:id="{next(self._ids)}" {self._who}'

    def ins(self, inner: str) -> str:
        return f"<w:ins {self.attrs()}>{inner}</w:ins>"

    def delete(self, inner: str) -> str:
        return f"<w:del {self.attrs()}>{inner}</w:del>"

    def mark(self, kind: str) -> str:
        """The rPr of a paragraph mark that was inserted, deleted, or both."""
        parts = {"ins": ("ins",), "del": ("del",), "both": ("ins", "del")}[kind]
        return "<w:rPr>" + "".join(f"<w:{p} {self.attrs()}/>" for p in parts) + "</w:rPr>"


def run(text: str, rpr: str = "", *, deleted: bool = False) -> str:
    """One w:r holding `text`; tabs become w:tab; deleted text goes in w:delText."""
    tag = "w:delText" if deleted else "w:t"
    pieces = []
    for k, piece in enumerate(text.split("\t")):
        if k:
            pieces.append("<w:tab/>")
        if piece:
            pieces.append(f'<{tag} xml:space="preserve">{escape_text(piece)}</{tag}>')
    return f"<w:r>{rpr}{''.join(pieces)}</w:r>"


def paragraph(runs: str, *, style: str | None = None, ppr_extra: str = "",
              mark_rpr: str = "") -> str:
    """A w:p with an optional paragraph style, extra pPr children and a mark rPr."""
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    ppr = style_xml + ppr_extra + mark_rpr
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{runs}</w:p>"
