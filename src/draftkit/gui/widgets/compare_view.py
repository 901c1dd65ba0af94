"""The compare view: the amended statute with new matter underlined and deleted matter struck."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from draftkit.gui.theme import OKABE_ITO

INSERT_STYLE = (f"color:{OKABE_ITO['blue']}; text-decoration: underline; "
                "background: rgba(86,180,233,0.18);")
DELETE_STYLE = (f"color:{OKABE_ITO['vermillion']}; text-decoration: line-through; "
                "background: rgba(213,94,0,0.10);")


def redline_html(redline) -> str:
    """HTML of a core.redline.Redline: one <p> per paragraph, segments marked inline."""
    paragraphs = []
    for op in redline.paragraphs:
        spans = "".join(_segment_html(s) for s in op.segments)
        mark = _paragraph_mark(op.kind)
        paragraphs.append(f"<p style='margin:0 0 4px 0'>{mark}{spans or '&nbsp;'}</p>")
    return "".join(paragraphs)


def _segment_html(segment) -> str:
    text = html.escape(segment.text)
    if segment.op == "insert":
        return f"<span style='{INSERT_STYLE}'>{text}</span>"
    if segment.op == "delete":
        return f"<span style='{DELETE_STYLE}'>{text}</span>"
    return text


def _paragraph_mark(kind: str) -> str:
    marks = {"move_from": "[moved from here] ", "move_to": "[moved here] "}
    label = marks.get(kind)
    return f"<span style='color:gray'><i>{label}</i></span>" if label else ""


def summary_text(redline) -> str:
    """"3 paragraphs changed, 2 added, 0 deleted" style counts."""
    kinds = [p.kind for p in redline.paragraphs]
    added, deleted = kinds.count("insert"), kinds.count("delete")
    changed = len(kinds) - added - deleted - kinds.count("equal")
    if not redline.changed:
        return "No changes yet: the text is the current law."
    return (f"{changed} paragraph{'s' if changed != 1 else ''} changed, {added} added, "
            f"{deleted} deleted.  New matter is underlined; deleted matter is struck through.")


class CompareViewWidget(QWidget):
    """Read-only redline of original vs current text; refreshed when shown or changed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("compare_view")
        self.summary = QLabel("Load a statute to compare.", self)
        self.summary.setObjectName("compare_summary")
        self.summary.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("compare_browser")
        self.browser.setAccessibleName("Amended statute with changes marked")
        self.browser.document().setDocumentMargin(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.browser, 1)
        self._shown_key = None

    def show_redline(self, original: str, amended: str, compute) -> None:
        """Render compute(original, amended) unless this pair is already on screen."""
        key = (hash(original), hash(amended), len(amended))
        if key == self._shown_key:
            return
        redline = compute(original, amended)
        self.summary.setText(summary_text(redline))
        self.browser.setHtml(redline_html(redline))
        self._shown_key = key

    def clear(self) -> None:
        self._shown_key = None
        self.summary.setText("Load a statute to compare.")
        self.browser.clear()
