"""Edit > Preferences: load the shared config at start, edit and save it, apply it to the app."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from draftkit.core.config import Config, effective_author, load_config, save_config
from draftkit.core.errors import DraftkitError
from draftkit.gui import backend
from draftkit.gui.dialogs.preferences import PreferencesDialog

FALLBACK_SHORTCUT = "Ctrl+,"  # what Linux desktops use when the platform names none


class PreferencesFlow(QObject):
    """Owns the window's Config; the app reads author, rubric and clause folder through it."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.config, self.problem = _startup_config()
        self.create_action()

    def author(self) -> str:
        """The name stamped into tracked changes and report cards."""
        return effective_author(self.config)

    def create_action(self) -> QAction:
        """The Preferences… action (QKeySequence.Preferences, else Ctrl+,)."""
        action = QAction("&Preferences\u2026", self.window)
        action.setObjectName("preferences")
        action.setMenuRole(QAction.MenuRole.PreferencesRole)
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        action.setShortcut(keys[0] if keys else QKeySequence(FALLBACK_SHORTCUT))
        action.setStatusTip("Author name, your clause folder, rubric file and default state")
        action.triggered.connect(self.open)
        self.window.actions["preferences"] = action
        return action

    def dialog(self) -> PreferencesDialog:
        return PreferencesDialog(self.config, backend.jurisdiction_names(), self._check_and_save,
                                 _login_name(), self.window)

    def open(self) -> bool:
        """Show the dialog; True when the user pressed OK and the new values are in use."""
        return self.dialog().exec() == PreferencesDialog.DialogCode.Accepted

    def _check_and_save(self, config: Config) -> str | None:
        """Use `config` now and save it; the one-line problem instead if it cannot be used."""
        try:
            backend.use_preferences(config.rubric_path, config.clause_dir)
        except DraftkitError as error:
            backend.use_preferences(self.config.rubric_path, self.config.clause_dir)
            return str(error)
        try:
            save_config(config)
        except DraftkitError as error:
            return str(error)
        self.apply(config)
        return None

    def apply(self, config: Config) -> None:
        """The app shows `config`'s rubric and clauses: categories, grade, clause browser."""
        changed = (config.rubric_path, config.clause_dir) != (self.config.rubric_path,
                                                            self.config.clause_dir)
        self.config = config
        if not changed:
            return
        w = self.window
        categories = backend.rubric_categories()
        w.rubric_panel.set_categories(categories)
        w.legend.set_names({c.id: c.name for c in categories})
        had_rows, w.state_rows = bool(w.state_rows), ()
        if had_rows:
            w.grade_all_states()
        if w.controller.has_statute():
            w.controller.regrade_now()
        w.status_label.setText(f"Preferences saved; grading with {backend.rubric().name}.")


def _startup_config() -> tuple[Config, str]:
    """The saved config in use, or the defaults and the one-line reason it could not be."""
    try:
        config = load_config()
        backend.use_preferences(config.rubric_path, config.clause_dir)
        return config, ""
    except DraftkitError as error:
        backend.use_preferences()
        return Config(), f"Preferences not used: {error}"


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on this system
        return ""
