"""File work of the main window: open, paste, drafts, recent files, drops, autosave, recovery."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from draftkit.core.errors import DraftkitError
from draftkit.gui import backend

AUTOSAVE_MS = 60_000
STATUTE_FILTER = "Statutes (*.txt *.md *.docx *.html *.htm *.pdf);;All files (*)"
DRAFT_FILTER = "DraftKit drafts (*.draftkit)"


class FileFlow(QObject):
    """Opens and saves on behalf of the window; prompts before discarding unsaved work."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.autosave_timer = QTimer(self, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)

    @property
    def controller(self):
        return self.window.controller

    # -- opening -------------------------------------------------------------------------
    def new_from_state(self) -> bool:
        names = backend.jurisdiction_names()
        items = [f"{code}  {name}" for code, name in names.items()]
        item, ok = QInputDialog.getItem(self.window, "New from State",
                                        "Start a draft from the current law of:", items, 0, False)
        return bool(ok and item) and self.open_source(item.split()[0])

    def open_statute(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self.window, "Open Statute File",
                                              self._last_dir(), STATUTE_FILTER)
        return bool(path) and self.open_path(path)

    def open_draft(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self.window, "Open Draft", self._last_dir(),
                                              DRAFT_FILTER)
        return bool(path) and self.open_path(path)

    def paste_statute(self) -> bool:
        from draftkit.gui.dialogs.paste_dialog import PasteDialog

        text = PasteDialog.get_text(self.window)
        if not text or not self.maybe_save():
            return False
        return self._guarded(lambda: self.controller.load_statute(backend.pasted_statute(text)))

    def load(self, source: str) -> None:
        """Load a code, statute file or draft with no questions asked; DraftkitError if bad."""
        if Path(source).suffix.lower() == backend.DRAFT_SUFFIX:
            self._load_draft(Path(source), saved_path=Path(source))
        else:
            self.controller.load_statute(backend.load_source(source))

    def open_source(self, source: str) -> bool:
        """A jurisdiction code, statute file or draft file; asks before replacing work."""
        if Path(source).suffix.lower() == backend.DRAFT_SUFFIX:
            return self.open_path(source)
        if not self.maybe_save():
            return False
        ok = self._guarded(lambda: self.controller.load_statute(backend.load_source(source)))
        if ok and Path(source).is_file():
            self._remember(source)
        return ok

    def open_path(self, path) -> bool:
        """Open a statute file or a .draftkit draft."""
        path = str(path)
        if Path(path).suffix.lower() != backend.DRAFT_SUFFIX:
            return self.open_source(path)
        if not self.maybe_save():
            return False
        ok = self._guarded(lambda: self._load_draft(Path(path), saved_path=Path(path)))
        if ok:
            self._remember(path)
        return ok

    def _load_draft(self, path: Path, saved_path) -> None:
        draft = backend.load_draft(path)
        self.controller.load_statute(draft.statute, text=draft.text, overrides=draft.overrides,
                                     path=saved_path, applied=draft.applied)

    def _guarded(self, fn) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            fn()
        except DraftkitError as error:
            self.window.show_error(str(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.autosave_timer.start()
        return True

    # -- saving --------------------------------------------------------------------------
    def save_draft(self) -> bool:
        if self.controller.draft_path is None:
            return self.save_draft_as()
        return self._write(self.controller.draft_path)

    def save_draft_as(self) -> bool:
        suggested = str(Path(self._last_dir()) / self._suggested_name())
        path, _ = QFileDialog.getSaveFileName(self.window, "Save Draft As", suggested,
                                              DRAFT_FILTER)
        if not path:
            return False
        path = Path(path)
        if path.suffix.lower() != backend.DRAFT_SUFFIX:
            path = path.with_name(path.name + backend.DRAFT_SUFFIX)
        return self._write(path)

    def _write(self, path: Path) -> bool:
        c = self.controller
        try:
            backend.save_draft(path, c.statute, c.text(), tuple(c.overrides.values()),
                               tuple(c.applied_clauses))
        except DraftkitError as error:
            self.window.show_error(str(error))
            return False
        c.mark_saved(path)
        self._remember(path)
        self.window.status_label.setText(f"Saved {path}")
        return True

    def _suggested_name(self) -> str:
        code = self.controller.statute.code if self.controller.statute else None
        return f"{code or 'statute'}-amendment{backend.DRAFT_SUFFIX}"

    def maybe_save(self) -> bool:
        """True when it is safe to replace or close the current draft (asks if unsaved)."""
        if not self.controller.is_modified():
            return True
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.question(self.window, "Unsaved changes",
                                      "This draft has changes that are not saved. Save them?",
                                      buttons, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_draft()
        return answer == QMessageBox.StandardButton.Discard

    # -- recent files and drops ----------------------------------------------------------
    def _remember(self, path) -> None:
        self.window.settings.add_recent_file(path)
        self.window.settings.set("last_dir", str(Path(path).resolve().parent))
        self.rebuild_recent_menu()

    def _last_dir(self) -> str:
        return self.window.settings.get("last_dir") or str(Path.home())

    def rebuild_recent_menu(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        files = self.window.settings.recent_files()
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number % 10}  {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if files:
            menu.addSeparator()
            menu.addAction("&Clear Recent Files", self._clear_recent)
        menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self.window.settings.clear_recent_files()
        self.rebuild_recent_menu()

    @staticmethod
    def droppable_path(mime) -> str | None:
        """The first dropped local file DraftKit can open, or None."""
        if not mime.hasUrls():
            return None
        suffixes = backend.STATUTE_SUFFIXES + (backend.DRAFT_SUFFIX,)
        for url in mime.urls():
            path = url.toLocalFile()
            if path and Path(path).suffix.lower() in suffixes:
                return path
        return None

    # -- autosave and recovery -----------------------------------------------------------
    def autosave(self) -> Path | None:
        """Write unsaved work to its recovery file (never to the user's own files)."""
        c = self.controller
        if not c.is_modified():
            return None
        try:
            return backend.write_autosave(c.draft_path, c.statute, c.text(),
                                          tuple(c.overrides.values()), tuple(c.applied_clauses))
        except DraftkitError:
            return None

    def stop_autosave(self, clean: bool) -> None:
        """Stop autosaving; on a clean close, delete this session's recovery file."""
        from draftkit.core.drafting import autosave_path, discard_recovery

        self.autosave_timer.stop()
        if clean:
            try:
                discard_recovery(autosave_path(self.controller.draft_path))
            except DraftkitError:
                pass

    def offer_recovery(self) -> bool:
        """At start: if a crash left a recovery file, offer to restore the newest one."""
        from draftkit.core.drafting import discard_recovery, find_recovery

        found = find_recovery()
        if not found:
            return False
        answer = QMessageBox.question(
            self.window, "Recover unsaved work",
            f"DraftKit did not close normally last time. Recover the unsaved draft "
            f"\u201c{found[0].stem}\u201d?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            for path in found:
                discard_recovery(path)
            return False
        ok = self._guarded(lambda: self._load_draft(found[0], saved_path=None))
        if ok:  # recovered work is unsaved until the user saves it somewhere
            discard_recovery(found[0])
            self.controller.undo_stack.resetClean()
            self.window.refresh_actions()
        return ok
