"""The About box: version, rubric citation and sources, DraftKit's weighting, corpus date."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from draftkit.gui import backend


def about_html() -> str:
    """The About text, composed from core.about and the active rubric."""
    from draftkit.core.about import about_info

    info = about_info()
    rubric = backend.rubric()
    sources = "".join(f"<li>{html.escape(s)}</li>" for s in rubric.sources)
    weights = html.escape(rubric.weights_note or "")
    rows = [
        f"<h2>{html.escape(info['name'])} {html.escape(str(info['version']))}</h2>",
        "<p>A drafting assistant for criminal record relief laws for survivors of human "
        "trafficking.</p>",
        f"<p><b>Rubric:</b> {html.escape(rubric.citation)} "
        f"({html.escape(rubric.id)}, version {html.escape(rubric.version)}).</p>",
    ]
    if weights:
        rows.append(f"<p><b>Weighting:</b> {weights}</p>")
    if sources:
        rows.append(f"<p><b>Sources:</b></p><ul>{sources}</ul>")
    if info.get("corpus_date"):
        rows.append(f"<p><b>Bundled statutes</b> collected as of "
                    f"{html.escape(str(info['corpus_date']))}. Grades are a drafting aid, "
                    "not legal advice; check each finding against the official text.</p>")
    rows.append(f"<p style='color:gray'>License {html.escape(info['license'])} \u00b7 Python "
                f"{html.escape(info['python'])} \u00b7 {html.escape(info['platform'])}</p>")
    return "".join(rows)


class AboutDialog(QDialog):
    """Read-only; Close is the only button."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("About DraftKit")
        self.setObjectName("about_dialog")
        self.resize(620, 520)
        self.text = QTextBrowser(self)
        self.text.setObjectName("about_text")
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
