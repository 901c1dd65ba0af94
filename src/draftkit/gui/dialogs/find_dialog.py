"""The Find dialog: a non-modal search box over the statute editor."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (QCheckBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout)


class FindDialog(QDialog):
    """Find next/previous in an editor; says when nothing matches."""

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Find")
        self.setObjectName("find_dialog")
        self.editor = editor
        self.field = QLineEdit(self)
        self.field.setAccessibleName("Find text")
        label = QLabel("Fi&nd:", self)
        label.setBuddy(self.field)
        self.case = QCheckBox("&Match case", self)
        self.result = QLabel("", self)
        next_button = QPushButton("Find &Next", self)
        next_button.setDefault(True)
        previous = QPushButton("Find &Previous", self)
        next_button.clicked.connect(lambda: self.find(backward=False))
        previous.clicked.connect(lambda: self.find(backward=True))
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.field, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.case)
        buttons.addStretch(1)
        buttons.addWidget(previous)
        buttons.addWidget(next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.result)

    def find(self, backward: bool = False) -> bool:
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        found = self.editor.find(self.field.text(), flags)
        if not found:  # wrap around once
            cursor = self.editor.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward
                                else cursor.MoveOperation.Start)
            self.editor.setTextCursor(cursor)
            found = self.editor.find(self.field.text(), flags)
        self.result.setText("" if found else "Not found in the text.")
        return found

    @classmethod
    def show_for(cls, window, editor) -> "FindDialog":
        dialog = getattr(window, "_find_dialog", None)
        if dialog is None:
            dialog = cls(editor, window)
            window._find_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.field.setFocus()
        dialog.field.selectAll()
        return dialog
