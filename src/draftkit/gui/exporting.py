"""The Export menu's work: ask where, write the DOCX in a worker with progress, offer to open it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from draftkit.gui import backend

# action name -> (menu label, export kind understood by backend.export)
EXPORTS = {
    "export_tracked": ("&Tracked Changes (Word)\u2026", "tracked"),
    "export_bill": ("&Bill Format\u2026", "bill"),
    "export_report": ("Testimony &Report Card\u2026", "report"),
}
_MODULES = {"tracked": "draftkit.export.docx_tracked", "bill": "draftkit.export.docx_bill",
            "report": "draftkit.export.report_card"}
_SUFFIX = {"tracked": "tracked-changes", "bill": "bill", "report": "report-card"}


def export_available(kind: str) -> bool:
    """True when this build has the exporter for `kind`."""
    try:
        return importlib.util.find_spec(_MODULES[kind]) is not None
    except ModuleNotFoundError:
        return False


class ExportFlow(QObject):
    """Runs one export at a time; the window stays responsive meanwhile."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._busy = False
        self._progress = None
        self._target = None
        self.last_written: Path | None = None

    def refresh(self, loaded: bool) -> None:
        """Enable each export action when a statute is loaded and its exporter exists."""
        for name, (_label, kind) in EXPORTS.items():
            action = self.window.actions[name]
            available = export_available(kind)
            action.setEnabled(loaded and available and not self._busy)
            action.setToolTip("Not available in this build" if not available else
                              action.text().replace("&", "").rstrip("\u2026"))

    def run(self, name: str, path: str | Path | None = None) -> bool:
        kind = EXPORTS[name][1]
        target = Path(path) if path else self._ask_path(kind)
        if target is None:
            return False
        c = self.window.controller
        statute, text, overrides = c.statute, c.text(), tuple(c.overrides.values())
        author = self.window.preferences.author()
        self._target = target
        self._show_progress(EXPORTS[name][0].replace("&", "").rstrip("\u2026"))
        self._busy = True
        self.window.runner.run(lambda: backend.export(kind, statute, text, target, overrides,
                                                      author),
                               self._on_worker_finished, self._on_worker_failed)
        self.refresh(True)
        return True

    def _ask_path(self, kind: str) -> Path | None:
        c = self.window.controller
        folder = self.window.settings.get("last_dir") or str(Path.home())
        name = f"{(c.statute.code or 'statute')}-{_SUFFIX[kind]}.docx"
        path, _ = QFileDialog.getSaveFileName(self.window, "Export", str(Path(folder) / name),
                                              "Word documents (*.docx)")
        if not path:
            return None
        path = Path(path)
        return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")

    def _show_progress(self, what: str) -> None:
        dialog = QProgressDialog(f"Writing {what}\u2026", None, 0, 0, self.window)
        dialog.setWindowTitle("Export")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setValue(0)
        self._progress = dialog

    def _finish(self) -> None:
        self._busy = False
        if self._progress:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self.refresh(self.window.controller.has_statute())

    @Slot(object)
    def _on_worker_finished(self, written) -> None:
        self._finish()
        self.last_written = Path(written)
        self.window.status_label.setText(f"Exported {self.last_written}")
        self._offer_to_open(self.last_written)

    @Slot(object)
    def _on_worker_failed(self, error) -> None:
        self._finish()
        self.window.show_error(f"Export failed: {error}")

    def _offer_to_open(self, path: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "Export finished",
                          f"Wrote {path.name}\nin {path.parent}", parent=self.window)
        open_file = box.addButton("&Open the file", QMessageBox.ButtonRole.AcceptRole)
        show = box.addButton("&Show in folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is show:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
