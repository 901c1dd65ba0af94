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
        self._extra_menu_actions = []

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
        """A dashed rule under the block where the source stopped, labelled at its right."""
        if not block.isValid() or not block.isVisible():
            return
        geometry = self.blockBoundingGeometry(block).translated(self.contentOffset())
        if geometry.bottom() < 0 or geometry.top() > self.viewport().height():
            return
        colour = QColor(OKABE_ITO["vermillion"])
        y = int(geometry.bottom()) - 1
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(8, y, self.viewport().width() - 8, y)
        font = QFont(self.font())
        font.setItalic(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(CUT_LABEL) + 12
        line_height = metrics.height() + 2
        rect = QRect(self.viewport().width() - width - 10, y - line_height - 1, width, line_height)
        painter.fillRect(rect, self.palette().color(self.palette().ColorRole.Base))
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, CUT_LABEL)

    def event(self, event) -> bool:  # Qt virtual
        """Leave Undo/Redo to the window's actions, which also undo overrides in order."""
        if event.type() == event.Type.ShortcutOverride and _is_undo_redo(event):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # Qt virtual
        if _is_undo_redo(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # Qt virtual
        menu = self.createStandardContextMenu(event.pos())
        for action in menu.actions():
            if action.objectName() in ("edit-undo", "edit-redo"):
                menu.removeAction(action)
        for action in reversed(self._extra_menu_actions):
            menu.insertAction(menu.actions()[0] if menu.actions() else None, action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def set_context_actions(self, actions) -> None:
        """Actions shown first in the right-click menu (the window's Undo and Redo)."""
        self._extra_menu_actions = list(actions)

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


def _is_undo_redo(event) -> bool:
    from PySide6.QtGui import QKeySequence

    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
        QKeySequence.StandardKey.Redo)
