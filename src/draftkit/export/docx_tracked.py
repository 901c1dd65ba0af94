"""The amendment as a Word document with real tracked changes (w:ins / w:del)."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from draftkit.core.redline import Redline, Segment, diff_texts
from draftkit.export import document as doc
from draftkit.core.files import write_atomic
from draftkit.export.limits import check_export_size
from draftkit.export.layout import BODY, HEADING, line_levels
from draftkit.export.oxml_revisions import RevisionMarks, paragraph, run
from draftkit.export.selfcheck import check_tracked


@dataclass(frozen=True)
class PhysicalParagraph:
    """A w:p to write: its segments, layout level and paragraph-mark revision."""

    segments: tuple[Segment, ...]
    level: str | int
    mark: str | None  # None, "ins", "del" or "both"


def normalize_newlines(text: str) -> str:
    """Windows and old Mac line ends read as one paragraph break each."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def write_tracked_docx(original: str, amended: str, path: str | os.PathLike, *,
                       author: str = "DraftKit", date: datetime | None = None,
                       title: str | None = None, redline: Redline | None = None) -> Path:
    """Write `path`: the amended text as tracked changes against the original; self-checked."""
    data = tracked_docx_bytes(original, amended, author=author, date=date, title=title,
                              redline=redline)
    return write_atomic(path, data)


def tracked_docx_bytes(original: str, amended: str, *, author: str = "DraftKit",
                       date: datetime | None = None, title: str | None = None,
                       redline: Redline | None = None) -> bytes:
    """The tracked-changes .docx as bytes, after its accept/reject self-check passed."""
    original, amended = normalize_newlines(original), normalize_newlines(amended)
    check_export_size(original, "the original")
    check_export_size(amended, "the amended text")
    redline = redline or diff_texts(original, amended)
    date = (date or datetime.now(timezone.utc)).replace(microsecond=0)
    document = doc.new_document(title=title or "Amendment (tracked changes)", author=author,
                                date=date)
    doc.clear_body(document)
    _set_header(document, title)
    marks = RevisionMarks(author, date)
    paragraphs = physical_paragraphs(redline, original, amended)
    doc.append_body_xml(document, "".join(_paragraph_xml(document, p, marks)
                                          for p in paragraphs))
    data = doc.document_bytes(document)
    check_tracked(data, original, amended)
    return data


def _set_header(document, title: str | None) -> None:
    header = document.sections[0].header.paragraphs[0]
    header.text = title or ""
    header.style = document.styles["Header"]
    doc.set_font(header.style.font, size=9)


def physical_paragraphs(redline: Redline, original: str, amended: str) -> list[PhysicalParagraph]:
    """One w:p per paragraph op, with paragraph marks that make accept/reject exact."""
    old_levels = line_levels(original.split("\n"))
    new_levels = line_levels(amended.split("\n"))
    out = []
    for op in redline.paragraphs:
        level = new_levels[op.new_index] if op.in_amended else old_levels[op.old_index]
        mark = None if op.in_amended and op.in_original else ("ins" if op.in_amended else "del")
        out.append(PhysicalParagraph(op.segments, level, mark))
    return _fix_tail(out)


def _fix_tail(paragraphs: list[PhysicalParagraph]) -> list[PhysicalParagraph]:
    """The last paragraph mark of a document cannot be inserted or deleted, so move it.

    Trailing deleted (or inserted) paragraphs leave their last mark plain and mark the
    paragraph before them instead; a tail with both merges its last deletion and last
    insertion into one changed paragraph. After Accept All, the surviving text sits in the
    last paragraph, so a trailing deleted paragraph takes the style of the one it joins.
    """
    k = len(paragraphs)
    while k and paragraphs[k - 1].mark is not None:
        k -= 1
    tail = paragraphs[k:]
    if not tail:
        return paragraphs
    marks = {p.mark for p in tail}
    if marks == {"ins", "del"}:
        return paragraphs[:k] + _merge_last_pair(tail)
    head = paragraphs[:k]
    last = replace(tail[-1], mark=None)
    if head:
        head[-1] = replace(head[-1], mark=_add_mark(head[-1].mark, tail[0].mark))
        if tail[0].mark == "del":  # on accept the merged paragraph keeps the last one's style
            last = replace(last, level=head[-1].level)
    return head + tail[:-1] + [last]


def _merge_last_pair(tail: list[PhysicalParagraph]) -> list[PhysicalParagraph]:
    last_del = max(i for i, p in enumerate(tail) if p.mark == "del")
    last_ins = max(i for i, p in enumerate(tail) if p.mark == "ins")
    merged = PhysicalParagraph(tail[last_del].segments + tail[last_ins].segments,
                               tail[last_ins].level, None)
    rest = [p for i, p in enumerate(tail) if i not in (last_del, last_ins)]
    return rest + [merged]


def _add_mark(mark: str | None, extra: str) -> str:
    return extra if mark in (None, extra) else "both"


def _paragraph_xml(document, p: PhysicalParagraph, marks: RevisionMarks) -> str:
    runs = "".join(_segment_xml(s, marks) for s in p.segments)
    mark_rpr = marks.mark(p.mark) if p.mark else ""
    return paragraph(runs, style=_style_for(document, p.level), mark_rpr=mark_rpr)


def _segment_xml(segment: Segment, marks: RevisionMarks) -> str:
    if segment.op == "insert":
        return marks.ins(run(segment.text))
    if segment.op == "delete":
        return marks.delete(run(segment.text, deleted=True))
    return run(segment.text)


_STYLE_IDS = {HEADING: "DraftKitSectionHeading", BODY: None}


def _style_for(document, level: str | int) -> str | None:
    if level in _STYLE_IDS:
        return _STYLE_IDS[level]
    return f"DraftKitLevel{level}"
