"""QSyntaxHighlighter painting each finding's evidence spans (Python offsets -> UTF-16)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QSyntaxHighlighter

from draftkit.gui.theme import evidence_format, style_for


def utf16_offsets(text: str, offsets) -> list[int]:
    """Python str offsets in `text` -> UTF-16 code-unit offsets (what QTextDocument counts).

    The only place DraftKit converts: characters outside the Basic Multilingual Plane
    take two UTF-16 units but one Python index.
    """
    wanted = sorted(set(offsets))
    result, units, previous = {}, 0, 0
    for offset in wanted:
        chunk = text[previous:offset]
        units += len(chunk) + sum(1 for ch in chunk if ord(ch) > 0xFFFF)
        result[offset] = units
        previous = offset
    return [result[o] for o in offsets]


@dataclass(frozen=True)
class Mark:
    """One evidence span in document (UTF-16) positions and how to paint it."""

    start: int
    end: int
    category: str
    shortfall: bool


def marks_for(findings, text: str) -> tuple[Mark, ...]:
    """Every evidence span of `findings` (which were computed on `text`) as a Mark."""
    spans = [(e.start, e.end, f) for f in findings for e in f.evidence]
    points = utf16_offsets(text, [p for s, e, _ in spans for p in (s, e)])
    marks = []
    for i, (_, _, finding) in enumerate(spans):
        shortfall = finding.points < finding.max_points
        marks.append(Mark(points[2 * i], points[2 * i + 1], finding.category, shortfall))
    return tuple(sorted(marks, key=lambda m: (not m.shortfall, m.start)))


def evidence_tooltip(marks, assessment, names: dict[str, str], position: int) -> str:
    """What hovering at document `position` explains: each category whose evidence is there."""
    lines = []
    for mark in marks:
        if mark.start <= position < mark.end:
            finding = assessment.finding(mark.category)
            lines.append(f"{names.get(mark.category, mark.category)}: {finding.reason}")
    return "\n".join(dict.fromkeys(lines))


class EvidenceHighlighter(QSyntaxHighlighter):
    """Paints Marks; shortfalls get a tinted background on top of the category underline."""

    def __init__(self, document, dark: bool = False):
        super().__init__(document)
        self._marks: tuple[Mark, ...] = ()
        self._dark = dark
        self._formats = {}

    def set_marks(self, marks) -> None:
        self._marks = tuple(marks)
        self.rehighlight()

    def marks(self) -> tuple[Mark, ...]:
        return self._marks

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        self._formats = {}
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # Qt virtual
        block = self.currentBlock()
        start, end = block.position(), block.position() + block.length()
        for mark in reversed(self._marks):
            if mark.end <= start or mark.start >= end:
                continue
            begin = max(mark.start, start) - start
            self.setFormat(begin, min(mark.end, end) - start - begin, self._format(mark))

    def _format(self, mark: Mark):
        key = (mark.category, mark.shortfall)
        if key not in self._formats:
            self._formats[key] = evidence_format(style_for(mark.category), mark.shortfall,
                                                 self._dark)
        return self._formats[key]
