"""The Paste Statute dialog: returns the text the user pasted, nothing else."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout)


class PasteDialog(QDialog):
    """A large plain-text box; OK is enabled once there is text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Paste Statute Text")
        self.setObjectName("paste_dialog")
        self.resize(720, 520)
        label = QLabel("Paste the statute's text exactly as enacted (sections and "
                       "subsections on their own lines). DraftKit never changes it.", self)
        label.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("paste_text")
        self.edit.setAccessibleName("Statute text to grade")
        label.setBuddy(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("&Grade this text")
        self.ok_button.setEnabled(False)
        paste = buttons.addButton("&Paste from clipboard", QDialogButtonBox.ButtonRole.ActionRole)
        paste.clicked.connect(self.edit.paste)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.edit.toPlainText().strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.edit.toPlainText()

    @classmethod
    def get_text(cls, parent=None) -> str | None:
        dialog = cls(parent)
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
