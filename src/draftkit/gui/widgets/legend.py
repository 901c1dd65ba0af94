"""The highlight legend: each category's colour and underline, grouped as in the editor."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from draftkit.gui.theme import GROUPS, style_for

WIDE_LEGEND_PX = 780  # below this the four groups go two to a row

_PEN_STYLES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine,
               "dot": Qt.PenStyle.DotLine}


def swatch(category: str, size: QSize = QSize(28, 12)) -> QPixmap:
    """A small picture of `category`'s underline (tint plus line), as in the editor."""
    style = style_for(category)
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    tint = QColor(style.colour)
    tint.setAlpha(60)
    painter.fillRect(0, 0, size.width(), size.height() - 4, tint)
    pen = QPen(QColor(style.colour), 2)
    y = size.height() - 3
    if style.line == "wave":
        painter.setPen(pen)
        path = QPainterPath(QPointF(0, y))
        for x in range(0, size.width(), 4):
            path.lineTo(QPointF(x + 2, y - 2 if (x // 4) % 2 == 0 else y + 1))
        painter.drawPath(path)
    else:
        pen.setStyle(_PEN_STYLES[style.line])
        painter.setPen(pen)
        painter.drawLine(0, y, size.width(), y)
    painter.end()
    return pixmap


class LegendWidget(QWidget):
    """Four columns (one per group): swatch and category name."""

    def __init__(self, names: dict[str, str] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("legend")
        self.setAccessibleName("Highlight legend")
        # Narrow windows clip the legend rather than forcing the window wide.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(6, 2, 6, 2)
        self._grid.setHorizontalSpacing(6)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.setFont(font)
        self._grid.setVerticalSpacing(1)
        self._per_row = len(GROUPS)
        self.set_names(names or {})

    def set_names(self, names: dict[str, str]) -> None:
        self._names = dict(names)
        self._build()

    def _build(self) -> None:
        """Groups side by side, or two per row when the window is narrow."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for index, (group, line, categories) in enumerate(GROUPS):
            row0, column = 4 * (index // self._per_row), 2 * (index % self._per_row)
            title = QLabel(f"<b>{group}</b> <span style='color:gray'>({line})</span>")
            self._grid.addWidget(title, row0, column, 1, 2)
            for row, category in enumerate(categories, start=1):
                icon = QLabel()
                icon.setPixmap(swatch(category))
                text = QLabel(self._names.get(category, category.replace("_", " ")))
                text.setToolTip(f"Evidence for {text.text()}; tinted where the law falls short")
                self._grid.addWidget(icon, row0 + row, column)
                self._grid.addWidget(text, row0 + row, column + 1)
        for column in range(len(GROUPS)):
            self._grid.setColumnStretch(2 * column + 1, 1 if column < self._per_row else 0)

    def resizeEvent(self, event) -> None:  # Qt virtual
        super().resizeEvent(event)
        per_row = len(GROUPS) if event.size().width() >= WIDE_LEGEND_PX else 2
        if per_row != self._per_row:
            self._per_row = per_row
            self._build()
