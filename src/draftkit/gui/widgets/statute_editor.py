"""The statute editor: a QPlainTextEdit that marks where the source text was cut off."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from draftkit.gui.highlighter import utf16_offsets
from draftkit.gui.theme import OKABE_ITO

CUT_LABEL = "\u2702  source text cut off here: load the official full text"


class StatuteEditorWidget(QPlainTextEdit):
    """Edits the amended text; truncation markers follow the text as it is edited."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("statute_editor")
        self.setAccessibleName("Statute text")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self._cuts: list[QTextCursor] = []
        self._tooltip_source = None  # callable(position) -> str

    def set_truncations(self, text: str, offsets) -> None:
        """Mark `offsets` (Python offsets into `text`, the document's text)."""
        self._cuts = []
        for position in utf16_offsets(text, list(offsets)):
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(position, self.document().characterCount() - 1))
            self._cuts.append(cursor)
        self.viewport().update()

    def truncation_positions(self) -> list[int]:
        return [c.position() for c in self._cuts]

    def set_tooltip_source(self, fn) -> None:
        self._tooltip_source = fn

    def select_range(self, start: int, end: int) -> None:
        """Select document positions [start, end) and scroll them into view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def paintEvent(self, event) -> None:  # Qt virtual
        super().paintEvent(event)
        if not self._cuts:
            return
        painter = QPainter(self.viewport())
        for cursor in self._cuts:
            self._paint_cut(painter, cursor.block())
        painter.end()

    def _paint_cut(self, painter: QPainter, block) -> None:
        if not block.isValid() or not block.isVisible():
            return
        geometry = self.blockBoundingGeometry(block).translated(self.contentOffset())
        y = int(geometry.bottom()) + 1
        if y < 0 or y > self.viewport().height() + 20:
            return
        colour = QColor(OKABE_ITO["vermillion"])
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(8, y, self.viewport().width() - 8, y)
        font = QFont(self.font())
        font.setItalic(True)
        font.setPointSizeF(self.font().pointSizeF() * 0.9)
        painter.setFont(font)
        rect = QRect(12, y + 1, self.viewport().width() - 24, painter.fontMetrics().height())
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight, CUT_LABEL)

    def viewportEvent(self, event) -> bool:  # Qt virtual
        if event.type() == event.Type.ToolTip and self._tooltip_source:
            cursor = self.cursorForPosition(event.pos())
            tip = self._tooltip_source(cursor.position())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
