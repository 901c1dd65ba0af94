"""All jurisdictions: a sortable table of grades beside the tile map; double-click opens one."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from draftkit.gui.models import SORT_ROLE, StatesModel
from draftkit.gui.widgets.tile_map import TileMapWidget


class StatesViewWidget(QWidget):
    """Shows StateRows; `state_activated(code)` when the user opens one."""

    state_activated = Signal(str)
    rows_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("states_view")
        self.model = StatesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._make_table()
        self.map = TileMapWidget(self)
        self.map.state_activated.connect(self.state_activated)
        self.map.state_selected.connect(self._on_map_state_selected)
        self.status = QLabel("Grades of all jurisdictions appear here.", self)
        self.status.setObjectName("states_status")
        self.status.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("states_splitter")
        split.addWidget(self.table)
        split.addWidget(self.map)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([640, 740])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self._requested = False

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("states_table")
        table.setAccessibleName("Grades of all jurisdictions")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(self._on_table_double_clicked)
        table.activated.connect(self._on_table_double_clicked)
        return table

    def showEvent(self, event) -> None:  # Qt virtual
        super().showEvent(event)
        if not self._requested:
            self._requested = True
            self.status.setText("Grading all jurisdictions\u2026")
            self.rows_requested.emit()

    def set_rows(self, rows) -> None:
        self._requested = True
        self.model.set_rows(rows)
        self.map.set_rows(rows)
        counts = {}
        for row in rows:
            counts[row.grade] = counts.get(row.grade, 0) + 1
        spread = ", ".join(f"{counts[g]} {g}" for g in "ABCDF" if g in counts)
        self.status.setText(f"{len(rows)} jurisdictions graded on their current law "
                            f"({spread}). Double-click a row or a tile to open it.")

    def show_error(self, message: str) -> None:
        self._requested = False
        self.status.setText(f"Could not grade all jurisdictions: {message}")

    def code_at_row(self, proxy_row: int) -> str:
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        return self.model.row_data(source.row()).code

    def _on_table_double_clicked(self, index) -> None:
        if index.isValid():
            self.state_activated.emit(self.code_at_row(index.row()))

    def _on_map_state_selected(self, code: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.code_at_row(row) == code:
                self.table.selectRow(row)
                return
