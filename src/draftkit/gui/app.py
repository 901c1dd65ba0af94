"""The application entry point: QApplication, names, icon, theme, the main window (no logic)."""

from __future__ import annotations

import sys
from importlib import resources

from PySide6.QtCore import QtMsgType, QTimer, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from draftkit import __version__

APP_ID = "io.github.draftkit.DraftKit"
STATES_DELAY_MS = 1500  # grade all jurisdictions for the picker once the window is up


def create_application(argv=None) -> QApplication:
    """The QApplication (reused if one exists) with DraftKit's names, icon and theme."""
    qInstallMessageHandler(_on_qt_message)
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("DraftKit")
    app.setApplicationDisplayName("DraftKit")
    app.setOrganizationName("DraftKit")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    return app


_NOISE = ("propagateSizeHints",)  # the offscreen platform's harmless complaints


def _on_qt_message(kind, _context, message: str) -> None:
    """Qt's own messages on stderr, minus known noise of the offscreen platform."""
    if kind == QtMsgType.QtWarningMsg and any(n in message for n in _NOISE):
        return
    print(message, file=sys.stderr)


def app_icon() -> QIcon | None:
    """gui/resources/draftkit.svg when the package has it, else None (no icon)."""
    try:
        path = resources.files("draftkit.gui").joinpath("resources", "draftkit.svg")
        if path.is_file():
            return QIcon(str(path))
    except (FileNotFoundError, ModuleNotFoundError):
        pass
    return None


def build_window(source: str | None = None, settings=None):
    """The main window with `source` loaded (code, statute file or draft), not yet shown."""
    from draftkit.gui.mainwindow import MainWindow
    from draftkit.gui.settings import Settings
    from draftkit.gui.theme import apply_theme

    settings = settings or Settings()
    apply_theme(QApplication.instance(), settings.theme())
    window = MainWindow(settings)
    if source:
        window.files.open_source(source)
    return window


def report_preferences_problem(window) -> bool:
    """Tell the user, once the window is up, that their preferences file could not be used."""
    if window.preferences.problem:
        window.show_error(window.preferences.problem)
    return bool(window.preferences.problem)


def _resume(window) -> None:
    """At a start with no SOURCE: recover crashed work, else reopen the last state, else
    open the default state of the preferences."""
    if window.files.offer_recovery():
        return
    last = (window.settings.get("last_jurisdiction")
            or window.preferences.config.default_jurisdiction)
    if last and not window.controller.has_statute():
        window.files.open_source(last)


def main(argv=None, source: str | None = None) -> int:
    """Run the app until the window closes; returns the exit status.

    As the `draftkit-gui` entry point (argv None) the first argument, if any, is SOURCE.
    """
    if argv is None and source is None and len(sys.argv) > 1:
        source = sys.argv[1]
    app = create_application(argv)
    window = build_window(source)
    window.show()
    QTimer.singleShot(0, lambda: report_preferences_problem(window))
    if not source:
        QTimer.singleShot(0, lambda: _resume(window))
    QTimer.singleShot(STATES_DELAY_MS, window.grade_all_states)
    return int(app.exec() or 0)
