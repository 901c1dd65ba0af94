"""The grade panel: current law's grade and the projected grade of the text being edited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from draftkit.gui.theme import grade_colour

UPDATING = "updating\u2026"


class _GradeBadge(QFrame):
    """A coloured badge with the letter, the score and a caption."""

    def __init__(self, caption: str, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption, self)
        self.letter = QLabel("\u2013", self)
        self.letter.setObjectName(f"{name}_letter")
        self.letter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.letter.setMinimumSize(56, 56)
        self.score = QLabel("", self)
        self.score.setObjectName(f"{name}_score")
        self.status = QLabel("", self)
        self.status.setObjectName(f"{name}_status")
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.letter, 0, 0, 3, 1)
        layout.addWidget(self.caption, 0, 1)
        layout.addWidget(self.score, 1, 1)
        layout.addWidget(self.status, 2, 1)
        layout.setColumnStretch(1, 1)
        self._paint_letter("")

    def show_assessment(self, assessment) -> None:
        self._paint_letter(assessment.grade)
        self.letter.setText(assessment.grade)
        self.score.setText(f"<b>{assessment.score}</b> / {assessment.max_score} points")
        notes = []
        if assessment.no_relief_law:
            notes.append("no relief law")
        if assessment.overrides:
            count = len(assessment.overrides)
            notes.append(f"{count} override{'s' if count > 1 else ''} applied")
        self.status.setText("; ".join(notes))
        self.setAccessibleDescription(f"{assessment.grade_label}, {assessment.score} points")

    def set_updating(self, updating: bool) -> None:
        if updating:
            self.status.setText(UPDATING)

    def clear(self) -> None:
        self.letter.setText("\u2013")
        self.score.setText("")
        self.status.setText("")
        self._paint_letter("")

    def _paint_letter(self, grade: str) -> None:
        colour = grade_colour(grade).name() if grade else "#bbbbbb"
        self.letter.setStyleSheet(f"background: {colour}; color: #000000; border-radius: 6px;"
                                  " font-size: 26pt; font-weight: bold;")


class GradePanelWidget(QWidget):
    """Listens to the controller: original_graded, grade_changed, grading_started."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("grade_panel")
        self.setAccessibleName("Grade")
        self.current = _GradeBadge("Current law", "grade_current", self)
        self.projected = _GradeBadge("Projected (your text)", "grade_projected", self)
        self.delta = QLabel("", self)
        self.delta.setObjectName("grade_delta")
        self.delta.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.current, 0, 0)
        layout.addWidget(self.delta, 0, 1)
        layout.addWidget(self.projected, 0, 2)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(2, 1)
        self._original = None
        self._projected = None

    def show_original(self, assessment) -> None:
        self._original = assessment
        self.current.show_assessment(assessment)
        self._update_delta()

    def show_projected(self, assessment) -> None:
        self._projected = assessment
        self.projected.show_assessment(assessment)
        self._update_delta()

    def set_updating(self) -> None:
        self.projected.set_updating(True)

    def clear(self) -> None:
        self._original = self._projected = None
        self.current.clear()
        self.projected.clear()
        self.delta.setText("")

    def projected_text(self) -> str:
        """What the projected badge says, e.g. "D 63" or "updating…"."""
        if self.projected.status.text() == UPDATING:
            return UPDATING
        return f"{self.projected.letter.text()} {self._projected.score if self._projected else ''}"

    def _update_delta(self) -> None:
        if not (self._original and self._projected):
            return
        change = self._projected.score - self._original.score
        arrow = "\u2192" if change == 0 else ("\u2191" if change > 0 else "\u2193")
        self.delta.setText(f"<span style='font-size:16pt'>{arrow}</span><br>"
                           f"{change:+d} points" if change else
                           f"<span style='font-size:16pt'>{arrow}</span><br>no change")
