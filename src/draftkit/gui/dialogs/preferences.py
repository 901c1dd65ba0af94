"""The Preferences dialog: author, user clause folder, rubric file and default state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from draftkit.core.config import Config

# check(config) -> None when the values can be used (and were saved), else a one-line error
Checker = Callable[[Config], "str | None"]


class PreferencesDialog(QDialog):
    """Edits a Config; OK runs `check` and stays open with its message when it refuses."""

    def __init__(self, config: Config, names: dict[str, str], check: Checker,
                 login_name: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setObjectName("preferences_dialog")
        self._check = check
        self._build_fields(names, login_name)
        self._build_layout()
        self.set_config(config)

    def _build_fields(self, names: dict[str, str], login_name: str) -> None:
        self.author_edit = self._line_edit("author_edit", "Author name",
                                           f"Your login name ({login_name})" if login_name else "")
        self.clause_dir_edit = self._line_edit("clause_dir_edit", "Your clause folder",
                                               "Only DraftKit's built-in clauses")
        self.rubric_edit = self._line_edit("rubric_edit", "Rubric file",
                                           "DraftKit's bundled rubric")
        self.clause_dir_button = self._button("clause_dir_browse", "Bro&wse\u2026",
                                              "Choose your clause folder", self._browse_clauses)
        self.rubric_button = self._button("rubric_browse", "Brow&se\u2026",
                                          "Choose a rubric file", self._browse_rubric)
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("default_state_combo")
        self.state_combo.setAccessibleName("Default state")
        for code, name in sorted(names.items()):
            self.state_combo.addItem(f"{code} \u2014 {name}", code)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("preferences_error")
        self.error_label.setAccessibleName("Problem with these preferences")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

    def _line_edit(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def _button(self, name: str, text: str, accessible: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self._label("&Author name:", self.author_edit), self.author_edit)
        form.addRow(self._label("Your &clause folder:", self.clause_dir_edit),
                    self._row(self.clause_dir_edit, self.clause_dir_button))
        form.addRow(self._label("&Rubric file:", self.rubric_edit),
                    self._row(self.rubric_edit, self.rubric_button))
        form.addRow(self._label("Default s&tate:", self.state_combo), self.state_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        chain = [self.author_edit, self.clause_dir_edit, self.clause_dir_button,
                 self.rubric_edit, self.rubric_button, self.state_combo, self.buttons]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)

    def _label(self, text: str, buddy) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _row(self, edit: QLineEdit, button: QPushButton) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit, 1)
        box.addWidget(button)
        return row

    def set_config(self, config: Config) -> None:
        self.author_edit.setText(config.author)
        self.clause_dir_edit.setText(config.clause_dir)
        self.rubric_edit.setText(config.rubric_path)
        index = self.state_combo.findData(config.default_jurisdiction)
        self.state_combo.setCurrentIndex(max(index, 0))

    def config(self) -> Config:
        """The values as the dialog shows them now."""
        return Config(author=self.author_edit.text().strip(),
                      clause_dir=self.clause_dir_edit.text().strip(),
                      rubric_path=self.rubric_edit.text().strip(),
                      default_jurisdiction=self.state_combo.currentData() or "NV")

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def accept(self) -> None:  # Qt virtual
        problem = self._check(self.config())
        if problem:
            self.show_error(problem)
            return
        super().accept()

    def _browse_clauses(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Your clause folder",
                                                  self.clause_dir_edit.text())
        if folder:
            self.clause_dir_edit.setText(folder)

    def _browse_rubric(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Rubric file", self.rubric_edit.text(),
                                              "Rubric files (*.toml)")
        if path:
            self.rubric_edit.setText(path)
