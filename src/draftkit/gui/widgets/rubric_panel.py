"""The rubric panel: every category's level, points, reason and gap, with overrides."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTreeView, QVBoxLayout, QWidget)

from draftkit.gui.models import CATEGORY_ROLE, FindingsModel, level_label

NO_OVERRIDE = "(analyzer's reading)"


class RubricPanelWidget(QWidget):
    """A table of findings; below it the selected category's details and override."""

    category_selected = Signal(str)
    go_to_evidence_requested = Signal(str)
    override_requested = Signal(str, object, str)  # category, level id or None, note

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("rubric_panel")
        self.model = FindingsModel(self)
        self._categories = {}
        self._overrides = {}
        self.view = self._make_view()
        self.detail = QLabel("Pick a category to see why it scored as it did.", self)
        self.detail.setObjectName("finding_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setMinimumHeight(72)
        self.evidence_button = QPushButton("&Go to evidence", self)
        self.evidence_button.setObjectName("go_to_evidence")
        self.evidence_button.setAccessibleName("Go to evidence")
        self.evidence_button.clicked.connect(self._on_evidence_clicked)
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("override_level")
        self.level_combo.setAccessibleName("Override level")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("override_note")
        self.note_edit.setAccessibleName("Override note")
        self.note_edit.setPlaceholderText("why you read the law differently")
        self.apply_button = QPushButton("&Apply override", self)
        self.apply_button.setObjectName("apply_override")
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self._build_layout()
        self._set_detail_enabled(False)

    def _make_view(self) -> QTreeView:
        view = QTreeView(self)
        view.setObjectName("findings_view")
        view.setAccessibleName("Rubric categories")
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setModel(self.model)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, FindingsModel.HEADERS.__len__()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        view.doubleClicked.connect(lambda _i: self._on_evidence_clicked())
        return view

    def _build_layout(self) -> None:
        override = QFormLayout()
        override.setContentsMargins(0, 0, 0, 0)
        override.addRow("&Level:", self.level_combo)
        override.addRow("&Note:", self.note_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.evidence_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addLayout(override)
        layout.addLayout(buttons)

    # -- data ----------------------------------------------------------------------------
    def set_categories(self, categories) -> None:
        """CategoryInfo tuple from the rubric (names and levels)."""
        self._categories = {c.id: c for c in categories}
        self.model.set_names({c.id: c.name for c in categories})

    def show_assessment(self, assessment, before=None) -> None:
        current = self.current_category()
        self._overrides = {o.category: o for o in assessment.overrides}
        self.model.set_assessment(assessment, before)
        if current:
            self.select_category(current)

    def clear(self) -> None:
        self.model.set_assessment(None)
        self._set_detail_enabled(False)

    def current_category(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(CATEGORY_ROLE) if index.isValid() else None

    def select_category(self, category: str) -> None:
        row = self.model.row_of(category)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    # -- slots ---------------------------------------------------------------------------
    def _on_view_current_row_changed(self, current, _previous) -> None:
        if not current.isValid():
            self._set_detail_enabled(False)
            return
        finding = self.model.finding(current.row())
        self._show_detail(finding)
        self.category_selected.emit(finding.category)

    def _show_detail(self, finding) -> None:
        info = self._categories.get(finding.category)
        name = info.name if info else finding.category
        parts = [f"<b>{name}</b>: {level_label(finding.level)} "
                 f"({finding.points}/{finding.max_points})", _escape(finding.reason)]
        if finding.gap:
            parts.append(f"<b>Gap:</b> {_escape(finding.gap)}")
        if finding.verify:
            parts.append("<b>\u26a0 Verify:</b> the reading is uncertain; check the text.")
        override = self._overrides.get(finding.category)
        if override:
            parts.append(f"<b>Overridden</b>: {_escape(override.note or 'no note')}")
        self.detail.setText("<br>".join(parts))
        self._fill_levels(info, override)
        self._set_detail_enabled(True)
        self.evidence_button.setEnabled(bool(finding.evidence))

    def _fill_levels(self, info, override) -> None:
        self.level_combo.clear()
        self.level_combo.addItem(NO_OVERRIDE, None)
        for level, points in (info.levels if info else ()):
            self.level_combo.addItem(f"{level_label(level)} ({points})", level)
        if override:
            self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(override.level)))
        self.note_edit.setText(override.note if override else "")

    def _on_evidence_clicked(self) -> None:
        category = self.current_category()
        if category:
            self.go_to_evidence_requested.emit(category)

    def _on_apply_clicked(self) -> None:
        category = self.current_category()
        if category:
            self.override_requested.emit(category, self.level_combo.currentData(),
                                         self.note_edit.text().strip())

    def _set_detail_enabled(self, enabled: bool) -> None:
        for widget in (self.evidence_button, self.level_combo, self.note_edit,
                       self.apply_button):
            widget.setEnabled(enabled)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
