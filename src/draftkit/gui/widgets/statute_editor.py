"""The statute editor: a QPlainTextEdit that marks where the source text was cut off."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from draftkit.gui.highlighter import utf16_offsets
from draftkit.gui.theme import OKABE_ITO

CUT_TIP = ("The source text was cut off after this line; DraftKit has not seen the rest. "
           "Load the official full text.")
GUTTER_WIDTH = 22


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
        self._gutter = _CutGutter(self)
        self.setViewportMargins(GUTTER_WIDTH, 0, 0, 0)
        self.updateRequest.connect(lambda *_args: self._gutter.update())
        self._extra_menu_actions = []

    def set_truncations(self, text: str, offsets) -> None:
        """Mark `offsets` (Python offsets into `text`, the document's text)."""
        self._cuts = []
        # A cut at the start of a line belongs to the line where the text stopped.
        offsets = [o - 1 if 0 < o <= len(text) and text[o - 1] == "\n" else o for o in offsets]
        for position in utf16_offsets(text, offsets):
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
        painter.setPen(QPen(QColor(OKABE_ITO["vermillion"]), 1.5, Qt.PenStyle.DashLine))
        for top, bottom in self._cut_rows():
            painter.drawLine(0, bottom, self.viewport().width() - 8, bottom)
        painter.end()

    def _cut_rows(self):
        """(top, bottom) in viewport pixels of each visible block where the source stopped."""
        rows = []
        for cursor in self._cuts:
            block = cursor.block()
            if not (block.isValid() and block.isVisible()):
                continue
            geometry = self.blockBoundingGeometry(block).translated(self.contentOffset())
            if geometry.bottom() >= 0 and geometry.top() <= self.viewport().height():
                rows.append((int(geometry.top()), int(geometry.bottom()) - 1))
        return rows

    def resizeEvent(self, event) -> None:  # Qt virtual
        super().resizeEvent(event)
        rect = self.contentsRect()
        self._gutter.setGeometry(rect.left(), rect.top(), GUTTER_WIDTH, rect.height())

    def cut_at(self, position: int) -> bool:
        """True when document `position` is in a block where the source text stopped."""
        block = self.document().findBlock(position)
        return any(c.block() == block for c in self._cuts)

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
            position = self.cursorForPosition(event.pos()).position()
            tip = self._tooltip_source(position)
            if self.cut_at(position):
                tip = "\n".join(t for t in (CUT_TIP, tip) if t)
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


class _CutGutter(QWidget):
    """The editor's left margin: a scissors mark beside each line where the source stopped."""

    def __init__(self, editor: StatuteEditorWidget):
        super().__init__(editor)
        self.editor = editor
        self.setToolTip(CUT_TIP)

    def paintEvent(self, _event) -> None:  # Qt virtual
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(self.backgroundRole()))
        font = QFont(self.editor.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(OKABE_ITO["vermillion"]))
        line = painter.fontMetrics().height()
        for _top, bottom in self.editor._cut_rows():
            painter.drawText(QRect(0, bottom - line, GUTTER_WIDTH, line),
                             Qt.AlignmentFlag.AlignCenter, "\u2702")
        painter.end()
