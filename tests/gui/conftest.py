"""GUI fixtures: a main window with isolated settings, and helpers that wait for grades."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from draftkit.gui.mainwindow import MainWindow
from draftkit.gui.settings import Settings


@pytest.fixture
def warnings_shown(monkeypatch):
    """Every QMessageBox.warning the app shows, instead of a blocking box."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a, **k: shown.append(text)))
    return shown


class Prompts:
    """Stands in for QMessageBox.question: records each question, gives `answer`."""

    def __init__(self):
        self.asked: list[str] = []
        self.answer = QMessageBox.StandardButton.Discard

    def __call__(self, _parent, title, text, *args, **kwargs):
        self.asked.append(f"{title}: {text}")
        return self.answer


@pytest.fixture
def prompts(monkeypatch):
    """Questions the app asks (Save/Discard/Cancel, recovery); answered without blocking."""
    recorder = Prompts()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(recorder))
    return recorder


@pytest.fixture
def window(qtbot, warnings_shown, prompts):
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    yield win
    win.controller.undo_stack.setClean()  # nothing to ask about when the test ends
    win.runner.wait()


def wait_for_grade(qtbot, win, timeout: int = 10_000):
    """Wait until the controller has graded the text now in the editor."""
    qtbot.waitUntil(lambda: not win.controller.is_grading()
                    and win.controller.graded_text == win.controller.text(), timeout=timeout)
    return win.controller.assessment


@pytest.fixture
def nevada(qtbot, window):
    """The window with Nevada's current law loaded and graded."""
    assert window.files.open_source("NV")
    wait_for_grade(qtbot, window)
    return window


def select_category(qtbot, win, category: str) -> None:
    """Select `category` in the rubric panel and wait for its model clauses."""
    win.rubric_panel.select_category(category)
    qtbot.waitUntil(win.clauses_ready, timeout=10_000)
