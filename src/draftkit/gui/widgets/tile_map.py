"""A square-tile map of the states, each tile coloured by grade with its letter on it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from draftkit.gui.theme import GRADE_COLOURS, grade_colour

# (column, row) of the usual US tile-grid layout (Alaska top left, Hawaii bottom left).
TILES = {
    "AK": (0, 0), "ME": (10, 0), "VT": (9, 1), "NH": (10, 1),
    "WA": (0, 2), "ID": (1, 2), "MT": (2, 2), "ND": (3, 2), "MN": (4, 2), "IL": (5, 2),
    "WI": (6, 2), "MI": (7, 2), "NY": (8, 2), "RI": (9, 2), "MA": (10, 2),
    "OR": (0, 3), "NV": (1, 3), "WY": (2, 3), "SD": (3, 3), "IA": (4, 3), "IN": (5, 3),
    "OH": (6, 3), "PA": (7, 3), "NJ": (8, 3), "CT": (9, 3),
    "CA": (0, 4), "UT": (1, 4), "CO": (2, 4), "NE": (3, 4), "MO": (4, 4), "KY": (5, 4),
    "WV": (6, 4), "VA": (7, 4), "MD": (8, 4), "DE": (9, 4),
    "AZ": (1, 5), "NM": (2, 5), "KS": (3, 5), "AR": (4, 5), "TN": (5, 5), "NC": (6, 5),
    "SC": (7, 5), "DC": (8, 5),
    "OK": (3, 6), "LA": (4, 6), "MS": (5, 6), "AL": (6, 6), "GA": (7, 6),
    "HI": (0, 7), "TX": (3, 7), "FL": (8, 7),
}
COLUMNS, ROWS = 11, 8
LEGEND_HEIGHT = 34


class TileMapWidget(QWidget):
    """Click selects a tile, double-click or Enter emits state_activated(code)."""

    state_activated = Signal(str)
    state_selected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tile_map")
        self.setAccessibleName("Map of grades by state")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._rows = {}
        self.selected: str | None = None

    def set_rows(self, rows) -> None:
        self._rows = {row.code: row for row in rows}
        self.update()

    def sizeHint(self) -> QSize:  # Qt virtual
        return QSize(COLUMNS * 56, ROWS * 56 + LEGEND_HEIGHT)

    def minimumSizeHint(self) -> QSize:  # Qt virtual
        return QSize(COLUMNS * 30, ROWS * 30 + LEGEND_HEIGHT)

    def tile_rect(self, code: str) -> QRectF:
        size = self._tile_size()
        col, row = TILES[code]
        left = (self.width() - COLUMNS * size) / 2
        return QRectF(left + col * size + 2, row * size + 2, size - 4, size - 4)

    def _tile_size(self) -> float:
        return max(10.0, min(self.width() / COLUMNS, (self.height() - LEGEND_HEIGHT) / ROWS))

    def code_at(self, point) -> str | None:
        for code in TILES:
            if self.tile_rect(code).contains(point):
                return code
        return None

    def paintEvent(self, _event) -> None:  # Qt virtual
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for code in TILES:
            self._paint_tile(painter, code)
        self._paint_legend(painter)
        painter.end()

    def _paint_tile(self, painter: QPainter, code: str) -> None:
        rect, row = self.tile_rect(code), self._rows.get(code)
        fill = grade_colour(row.grade) if row else QColor("#d9d9d9")
        painter.setBrush(fill)
        selected = code == self.selected
        painter.setPen(QPen(QColor("#000000"), 3 if selected else 1))
        painter.drawRoundedRect(rect, 4, 4)
        if row and row.grade_label != row.grade:  # "F (no relief law)": hatched
            painter.setBrush(QBrush(QColor(0, 0, 0, 90), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#000000"))
        font = QFont(self.font())
        font.setPixelSize(max(8, int(rect.height() * 0.2)))
        painter.setFont(font)
        top = QRectF(rect.left(), rect.top() + 2, rect.width(), rect.height() * 0.32)
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, code)
        font.setPixelSize(max(10, int(rect.height() * 0.42)))
        font.setBold(True)
        painter.setFont(font)
        bottom = QRectF(rect.left(), rect.top() + rect.height() * 0.3, rect.width(),
                        rect.height() * 0.66)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, row.grade if row else "\u2026")

    def _paint_legend(self, painter: QPainter) -> None:
        size = self._tile_size()
        left = (self.width() - COLUMNS * size) / 2
        y = ROWS * size + 8
        font = QFont(self.font())
        font.setPixelSize(13)
        painter.setFont(font)
        x = left + 4
        step = max(100.0, COLUMNS * size / 6)
        bands = {"A": "A 90\u2013100", "B": "B 80\u201389", "C": "C 70\u201379",
                 "D": "D 60\u201369", "F": "F below 60"}
        for grade in GRADE_COLOURS:
            painter.setBrush(grade_colour(grade))
            painter.setPen(QColor("#000000"))
            painter.drawRect(QRectF(x, y, 16, 16))
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(QRectF(x + 22, y - 2, step - 24, 20), Qt.AlignmentFlag.AlignVCenter,
                             bands[grade])
            x += step
        painter.setBrush(QBrush(QColor(0, 0, 0, 90), Qt.BrushStyle.BDiagPattern))
        painter.setPen(QColor("#000000"))
        painter.drawRect(QRectF(x, y, 16, 16))
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(QRectF(x + 22, y - 2, step, 20), Qt.AlignmentFlag.AlignVCenter,
                         "no relief law")

    def mousePressEvent(self, event) -> None:  # Qt virtual
        code = self.code_at(event.position())
        if code:
            self._select(code)

    def mouseDoubleClickEvent(self, event) -> None:  # Qt virtual
        code = self.code_at(event.position())
        if code:
            self._select(code)
            self.state_activated.emit(code)

    def mouseMoveEvent(self, event) -> None:  # Qt virtual
        code = self.code_at(event.position())
        row = self._rows.get(code) if code else None
        if row:
            QToolTip.showText(event.globalPosition().toPoint(),
                              f"{row.name}: {row.grade_label} ({row.score})", self)
        else:
            QToolTip.hideText()

    def keyPressEvent(self, event) -> None:  # Qt virtual
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.state_activated.emit(self.selected)
            return
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                 Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in steps:
            self._select(_neighbour(self.selected or "NV", *steps[key]))
            return
        super().keyPressEvent(event)

    def _select(self, code: str) -> None:
        self.selected = code
        self.state_selected.emit(code)
        self.update()


def _neighbour(code: str, dx: int, dy: int) -> str:
    """The nearest tile in direction (dx, dy) from `code`, or `code` itself."""
    col, row = TILES[code]
    candidates = [(abs(c - col) + abs(r - row), k) for k, (c, r) in TILES.items()
                  if (dx and (c - col) * dx > 0 and abs(r - row) <= abs(c - col))
                  or (dy and (r - row) * dy > 0 and abs(c - col) <= abs(r - row))]
    return min(candidates)[1] if candidates else code
