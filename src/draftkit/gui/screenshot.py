"""`draftkit screenshot`: render the main window with a statute loaded and graded to a PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from draftkit.core.errors import ExportError

TABS = {"statute": 0, "compare": 1, "states": 2}
WAIT_MS = 20_000


def take_screenshot(source: str, out: str | Path, *, size=(1400, 900),
                    tab: str = "statute", category: str | None = None) -> Path:
    """Load `source`, wait for its first grade, grab the window at `size` into `out`."""
    from draftkit.gui.app import build_window, create_application
    from draftkit.gui.settings import Settings

    create_application()
    window = build_window(settings=Settings())
    window.resize(*size)
    window.show()
    window.files.load(source)
    _wait_for(lambda: window.controller.assessment)
    if category:
        window.rubric_panel.select_category(category)
    _wait_for(window.clauses_ready)
    if tab == "states":
        window.tabs.setCurrentIndex(TABS[tab])
        window.grade_all_states()
        _wait_for(lambda: window.state_rows)
    window.tabs.setCurrentIndex(TABS[tab])
    _settle()
    out = Path(out)
    if not window.grab().save(str(out), "PNG"):
        raise ExportError(f"could not write {out}")
    window.controller.undo_stack.setClean()
    window.close()
    return out.resolve()


def _wait_for(done) -> None:
    """Spin the event loop until done() is truthy (or WAIT_MS passes)."""
    loop = QEventLoop()
    timer = QTimer(singleShot=True, interval=50)
    deadline = QTimer(singleShot=True, interval=WAIT_MS)
    deadline.timeout.connect(loop.quit)
    deadline.start()
    while not done() and deadline.isActive():
        timer.start()
        timer.timeout.connect(loop.quit)
        loop.exec()
        timer.timeout.disconnect(loop.quit)
    if not done():
        raise ExportError("the statute was not graded in time; nothing was written")


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()
