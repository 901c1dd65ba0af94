"""The clause browser: model clauses for the selected category, rendered, with their impact."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from draftkit.gui.models import level_label


def impact_text(impact: int | None) -> str:
    """"+6 points", "no change", or "" when unknown."""
    if impact is None:
        return ""
    if impact == 0:
        return "no change"
    return f"{impact:+d} point{'s' if abs(impact) != 1 else ''}"


class ClauseBrowserWidget(QWidget):
    """Lists ClauseOptions; Insert emits insert_requested(clause id)."""

    insert_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("clause_browser")
        self.title = QLabel("Model clauses", self)
        self.title.setObjectName("clause_title")
        self.list = QListWidget(self)
        self.list.setObjectName("clause_list")
        self.list.setAccessibleName("Model clauses")
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("clause_preview")
        self.preview.setAccessibleName("Clause text and rationale")
        self.preview.setOpenExternalLinks(False)
        self.insert_button = QPushButton("&Insert clause", self)
        self.insert_button.setObjectName("insert_clause_button")
        self.insert_button.setAccessibleName("Insert clause")
        self.insert_button.setEnabled(False)
        self.insert_button.clicked.connect(self._on_insert_clicked)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.itemActivated.connect(lambda _i: self._on_insert_clicked())
        self._options = ()
        self.shown_for = None  # the (category, text) request whose clauses are listed
        self._build_layout()

    def _build_layout(self) -> None:
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.insert_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def show_pending(self) -> None:
        """Say that clauses are being rendered; Insert waits for them."""
        self.insert_button.setEnabled(False)
        self.list.setEnabled(False)
        if not self._options:
            self.preview.setHtml("<p style='color:gray'>Finding model clauses\u2026</p>")

    def show_options(self, category_name: str, options, note: str = "",
                     request=None) -> None:
        """Replace the list with `options` (ClauseOption) for `category_name`."""
        self.list.setEnabled(True)
        self.shown_for = request
        self._options = tuple(options)
        self.title.setText(f"<b>Model clauses</b> for {html.escape(category_name)}"
                           + (f" <span style='color:gray'>{html.escape(note)}</span>" if note else ""))
        self.list.clear()
        for option in self._options:
            impact = impact_text(option.impact)
            item = QListWidgetItem(f"{option.title}   {impact}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, option.id)
            item.setToolTip(f"Reaches level: {level_label(option.level)}")
            self.list.addItem(item)
        if self._options:
            self.list.setCurrentRow(0)
        else:
            self.preview.setHtml("<p>No model clause for this category.</p>")
            self.insert_button.setEnabled(False)

    def show_message(self, message: str) -> None:
        self.list.setEnabled(True)
        self._options = ()
        self.list.clear()
        self.preview.setHtml(f"<p>{html.escape(message)}</p>")
        self.insert_button.setEnabled(False)

    def current_clause_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def set_insert_enabled(self, enabled: bool) -> None:
        self.insert_button.setEnabled(enabled and self.current_clause_id() is not None)

    def _on_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._options):
            self.preview.setHtml(clause_html(self._options[row]))
            self.insert_button.setEnabled(True)

    def _on_insert_clicked(self) -> None:
        clause_id = self.current_clause_id()
        if clause_id:
            self.insert_requested.emit(clause_id)


def clause_html(option) -> str:
    """The preview: impact, level, the rendered clause, rationale and basis."""
    impact = impact_text(option.impact)
    head = f"<b>{html.escape(option.title)}</b>"
    if impact:
        head += f" &nbsp;<span style='color:#007a57'><b>{impact}</b></span>"
    body = html.escape(option.text).replace("\n", "<br>")
    parts = [f"<p>{head}<br><span style='color:gray'>reaches level: "
             f"{html.escape(level_label(option.level))}</span></p>",
             f"<blockquote style='margin-left:8px'>{body}</blockquote>"]
    if option.rationale:
        parts.append(f"<p><b>Why:</b> {html.escape(option.rationale)}</p>")
    if option.basis:
        parts.append(f"<p><b>Basis:</b> {html.escape(option.basis)}</p>")
    return "".join(parts)
