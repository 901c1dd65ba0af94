"""Window state in QSettings: geometry, splitters, recent files, theme (DEFAULTS validated)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10

DEFAULTS = {
    "geometry": QByteArray(),
    "state": QByteArray(),
    "splitter_main": QByteArray(),
    "splitter_side": QByteArray(),
    "recent_files": [],
    "theme": "system",
    "last_jurisdiction": "",
    "last_dir": "",
}

THEMES = ("system", "light", "dark")


def open_settings() -> QSettings:
    """QSettings in an INI file under DRAFTKIT_CONFIG_DIR when set (tests), else native."""
    folder = os.environ.get("DRAFTKIT_CONFIG_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / "gui.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     "DraftKit", "DraftKit")


class Settings:
    """Typed access to the GUI's QSettings; unknown keys are a programming error."""

    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings or open_settings()

    def get(self, key: str):
        default = DEFAULTS[key]
        value = self._q.value(key, default)
        return _coerce(value, default)

    def set(self, key: str, value) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()

    def theme(self) -> str:
        value = self.get("theme")
        return value if value in THEMES else "system"

    def recent_files(self) -> list[str]:
        """Recent files that still exist, newest first (missing ones are pruned)."""
        files = [f for f in self.get("recent_files") if Path(f).is_file()]
        if files != self.get("recent_files"):
            self.set("recent_files", files)
        return files[:MAX_RECENT]

    def add_recent_file(self, path: str | Path) -> list[str]:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        self.set("recent_files", files[:MAX_RECENT])
        return files[:MAX_RECENT]

    def clear_recent_files(self) -> None:
        self.set("recent_files", [])


def restore_window(window, settings: Settings) -> None:
    """Geometry, toolbar state and splitter positions as the user left them (or defaults)."""
    if not window.restoreGeometry(settings.get("geometry")):
        window.resize(1400, 900)
    window.restoreState(settings.get("state"))
    if not window.main_splitter.restoreState(settings.get("splitter_main")):
        window.main_splitter.setSizes([820, 580])
    if not window.side_splitter.restoreState(settings.get("splitter_side")):
        window.side_splitter.setSizes([430, 330])


def save_window(window, settings: Settings) -> None:
    settings.set("geometry", window.saveGeometry())
    settings.set("state", window.saveState())
    settings.set("splitter_main", window.main_splitter.saveState())
    settings.set("splitter_side", window.side_splitter.saveState())
    settings.sync()


def _coerce(value, default):
    """QSettings' INI backend returns strings and None; restore the default's type."""
    if isinstance(default, list):
        if value in (None, ""):
            return []
        return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
    if isinstance(default, QByteArray):
        return value if isinstance(value, QByteArray) else QByteArray()
    return default if value is None else type(default)(value)
