"""Qt item models over core results: FindingsModel (rubric panel) and StatesModel (all jurisdictions)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from draftkit.gui.theme import grade_colour, style_for

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2


def level_label(level: str) -> str:
    """"vacatur_and_clearing" -> "vacatur and clearing"."""
    return level.replace("_", " ")


class FindingsModel(QAbstractTableModel):
    """One row per rubric category of the projected (current text) assessment."""

    HEADERS = ("Category", "Level", "Points", "Was", "Check")
    HEADER_TIPS = ("Rubric category", "The level your text reaches (or your override)",
                   "Points of your text / the category's maximum",
                   "Points under the current law", "\"verify\": a reviewer should check this")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._findings = ()
        self._before = {}
        self._names = {}
        self._overridden = set()

    def set_names(self, names: dict[str, str]) -> None:
        self._names = dict(names)

    def set_assessment(self, assessment, before=None) -> None:
        """Show `assessment`'s findings; `before` (the original law's) fills the Was column."""
        self.beginResetModel()
        self._findings = tuple(assessment.findings) if assessment else ()
        self._overridden = {o.category for o in assessment.overrides} if assessment else set()
        self._before = {f.category: f for f in before.findings} if before else {}
        self.endResetModel()

    def finding(self, row: int):
        return self._findings[row]

    def row_of(self, category: str) -> int:
        for row, finding in enumerate(self._findings):
            if finding.category == category:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:  # Qt virtual
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent=QModelIndex()) -> int:  # Qt virtual
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # Qt virtual
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.HEADER_TIPS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # Qt virtual
        if not index.isValid():
            return None
        finding = self._findings[index.row()]
        if role == CATEGORY_ROLE:
            return finding.category
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(finding, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(finding)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            from PySide6.QtGui import QColor

            return QColor(style_for(finding.category).colour)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, finding, column: int) -> str:
        if column == 0:
            return self._names.get(finding.category, finding.category)
        if column == 1:
            mark = " (override)" if finding.category in self._overridden else ""
            return level_label(finding.level) + mark
        if column == 2:
            return f"{finding.points}/{finding.max_points}"
        if column == 3:
            before = self._before.get(finding.category)
            return "" if before is None else str(before.points)
        return "verify" if finding.verify else ""

    def _tooltip(self, finding) -> str:
        lines = [finding.reason]
        if finding.gap:
            lines.append(f"Missing: {finding.gap}")
        if finding.verify:
            lines.append("A reviewer should check this reading.")
        return "\n".join(lines)


class StatesModel(QAbstractTableModel):
    """All jurisdictions with score, grade and weakest categories (rows are StateRow)."""

    HEADERS = ("Code", "Jurisdiction", "Score", "Grade", "Weakest categories")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = ()

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self):
        return self._rows

    def row_data(self, row: int):
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # Qt virtual
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # Qt virtual
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # Qt virtual
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # Qt virtual
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        values = (row.code, row.name, row.score, row.grade_label, ", ".join(row.weakest))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(values[index.column()])
        if role == SORT_ROLE:
            return row.score if index.column() in (2, 3) else str(values[index.column()])
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 3:
            return grade_colour(row.grade)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            from PySide6.QtGui import QColor

            return QColor("#000000")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
