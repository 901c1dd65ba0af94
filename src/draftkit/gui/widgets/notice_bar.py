"""A notice bar above the editor: the bundled text is incomplete, or another warning."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy


class NoticeBarWidget(QFrame):
    """Says what is missing from the text and offers to load the official full text."""

    load_full_text_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.setAccessibleName("Notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#notice_bar { background: #fdf1d8; border: 1px solid #E69F00;"
                           " border-radius: 4px; } #notice_bar QLabel { color: #3a2a00; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QPushButton("Load &official full text\u2026", self)
        self.button.setAccessibleName("Load the official full text")
        self.button.clicked.connect(self.load_full_text_requested)
        self.close_button = QPushButton("Dismiss", self)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_for(self, statute) -> None:
        """Show the notice when `statute` is a known excerpt, else hide."""
        if statute is None or not statute.is_excerpt:
            self.hide()
            return
        self.label.setText(notice_text(statute))
        self.label.setToolTip(statute.provenance.missing)
        self.show()


def notice_text(statute) -> str:
    """What the notice bar says about an incomplete bundled text."""
    missing = statute.provenance.missing.strip()
    first = missing.split(". ")[0].rstrip(".") if missing else "parts of the law"
    if len(first) > 220:
        first = first[:217].rstrip(" ,;.") + "\u2026"
    cuts = len(statute.truncations)
    where = f" The source was cut off in {cuts} place{'s' if cuts != 1 else ''} (marked in the text)." if cuts else ""
    end = "" if first.endswith("\u2026") else "."
    return (f"This bundled text is incomplete: {first}{end}{where} The grade may miss what the "
            "missing parts say; load the official full text to grade the whole law.")
