"""The jurisdiction picker: every bundled jurisdiction, with its current grade once known."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

PROMPT = "Choose a state\u2026"


class JurisdictionPickerWidget(QComboBox):
    """Items read "NV  Nevada  — D (63)"; each item's data is the postal code."""

    def __init__(self, names: dict[str, str], parent=None):
        super().__init__(parent)
        self.setObjectName("jurisdiction_picker")
        self.setAccessibleName("Jurisdiction")
        self.setMinimumContentsLength(26)
        self.setMaxVisibleItems(20)
        self.setToolTip("Pick a state to load its current relief law")
        self.set_names(names)

    def set_names(self, names: dict[str, str]) -> None:
        """Codes and names only (before grades are known)."""
        self._fill([(code, f"{code}  {name}") for code, name in names.items()])

    def set_rows(self, rows) -> None:
        """StateRows: codes, names and grades."""
        self._fill([(r.code, f"{r.code}  {r.name}  \u2014 {r.grade_label} ({r.score})")
                    for r in rows])

    def select_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))

    def _fill(self, items) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(PROMPT, None)
        for code, text in items:
            self.addItem(text, code)
        self.blockSignals(False)
        self.select_code(current)
