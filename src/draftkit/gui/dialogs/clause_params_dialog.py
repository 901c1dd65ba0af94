"""The clause variables dialog: the drafter's values for a model clause's parameters."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout)


class ClauseParamsDialog(QDialog):
    """One field per parameter, filled with its default; list parameters take one per line."""

    def __init__(self, clause, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Insert: {clause.title}")
        self.setObjectName("clause_params_dialog")
        self.resize(620, 200 + 90 * len(clause.parameters))
        self.fields = {}
        form = QFormLayout()
        for name, parameter in clause.parameters.items():
            field = self._field(parameter.default)
            field.setObjectName(f"param_{name}")
            field.setAccessibleName(parameter.description)
            label = QLabel(parameter.description, self)
            label.setWordWrap(True)
            label.setBuddy(field)
            form.addRow(label, field)
            self.fields[name] = field
        intro = QLabel("The clause is rendered with these values. Each one is checked before "
                       "it goes into the statute.", self)
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, parent=self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Insert")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)

    def _field(self, default):
        if isinstance(default, (tuple, list)):
            field = QPlainTextEdit(self)
            field.setTabChangesFocus(True)
            field.setPlainText("\n".join(default))
            return field
        return QLineEdit(str(default), self)

    def values(self) -> dict:
        """Parameter name -> value (a tuple of lines for list parameters)."""
        result = {}
        for name, field in self.fields.items():
            if isinstance(field, QPlainTextEdit):
                lines = field.toPlainText().splitlines()
                result[name] = tuple(line.strip() for line in lines if line.strip())
            else:
                result[name] = field.text().strip()
        return result

    @classmethod
    def get_params(cls, parent, clause) -> dict | None:
        """{} for a clause without parameters; None when the drafter cancels."""
        if not clause.parameters:
            return {}
        dialog = cls(clause, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
