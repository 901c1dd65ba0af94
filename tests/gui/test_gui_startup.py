"""The app starts in a fresh process, `draftkit screenshot` writes a PNG, no command picks the app."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage

START = """
import sys
from PySide6.QtWidgets import QApplication
shown = []
def fake_exec(*_args):
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "main_window")
    shown.append(window.isVisible())
    shown.append(window.windowTitle())
    return 0
QApplication.exec = staticmethod(fake_exec)
from draftkit.gui.app import main
status = main()  # as the draftkit-gui entry point: SOURCE is argv[1]
print("status", status, "shown", shown[0], "title", shown[1])
print("desktop", QApplication.desktopFileName(), "name", QApplication.applicationName())
"""


def _env():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return env


def test_app_starts_and_shows_its_main_window():
    result = subprocess.run([sys.executable, "-c", START], capture_output=True, text=True,
                            env=_env(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert "status 0 shown True title DraftKit" in result.stdout
    assert "desktop io.github.draftkit.DraftKit name DraftKit" in result.stdout


def test_app_starts_with_a_state_given_on_the_command_line():
    result = subprocess.run([sys.executable, "-c", START, "NV"], capture_output=True,
                            text=True, env=_env(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Nev. Rev. Stat." in result.stdout


def test_app_reopens_the_last_state_at_the_next_start():
    from draftkit.gui.settings import Settings

    settings = Settings()
    settings.set("last_jurisdiction", "GA")
    settings.sync()
    code = START.replace("    shown.append(window.windowTitle())",
                         "    from PySide6.QtTest import QTest\n"
                         "    QTest.qWait(300)\n"
                         "    shown.append(window.controller.statute.code)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=_env(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert "title GA" in result.stdout


def test_screenshot_command_writes_the_window_as_png(tmp_path):
    out = tmp_path / "nv.png"
    result = subprocess.run([sys.executable, "-m", "draftkit", "screenshot", "NV", "-o", str(out)],
                            capture_output=True, text=True, env=_env(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out.resolve())
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    again = subprocess.run([sys.executable, "-m", "draftkit", "screenshot", "NV", "-o", str(out)],
                           capture_output=True, text=True, env=_env(), timeout=120)
    assert again.returncode == 2 and "--force" in again.stderr
    assert "Traceback" not in again.stderr


def test_screenshot_of_an_unknown_source_is_one_line_and_exit_2(tmp_path):
    out = tmp_path / "x.png"
    result = subprocess.run([sys.executable, "-m", "draftkit", "screenshot", "nowhere.txt",
                             "-o", str(out)], capture_output=True, text=True, env=_env(),
                            timeout=120)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and not out.exists()


def test_no_command_opens_the_app_only_when_there_is_a_display(monkeypatch):
    from draftkit.cli import app

    calls = []
    monkeypatch.setattr(app, "run_gui", lambda args: calls.append("gui") or 0)
    monkeypatch.setattr("draftkit.cli.headless.run_headless",
                        lambda args: calls.append("headless") or 0)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    app.default_command(None)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    app.default_command(None)
    assert calls == ["headless", "gui"]
