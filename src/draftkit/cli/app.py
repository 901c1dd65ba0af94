"""`draftkit` with no command, `draftkit gui` and `draftkit screenshot`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from draftkit.core.errors import ExportError


def register(sub) -> None:
    p = sub.add_parser("gui", help="open the desktop app")
    p.add_argument("source", metavar="SOURCE", nargs="?")
    p.set_defaults(func=run_gui)

    p = sub.add_parser("screenshot", help="render the main window offscreen to a PNG")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("-o", "--output", metavar="OUT.png", required=True)
    p.add_argument("--force", action="store_true", help="overwrite an existing OUT.png")
    p.set_defaults(func=run_screenshot)


def has_display() -> bool:
    """True when a window can be shown: X11 or Wayland, or Windows/macOS."""
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def default_command(args) -> int:
    """No command: the app if there is a display, else the headless main job."""
    if has_display():
        return run_gui(args)
    from draftkit.cli.headless import run_headless

    return run_headless(args)


def run_gui(args) -> int:
    """Open the desktop app, optionally with SOURCE (a code, statute file or draft)."""
    from draftkit.gui.app import main

    return main(argv=sys.argv[:1], source=getattr(args, "source", None))


def run_screenshot(args) -> int:
    """Render the main window with SOURCE loaded and graded, save it as a PNG, print the path."""
    out = Path(args.output)
    if out.suffix.lower() != ".png":
        raise ExportError(f"{out} does not end in .png; name the screenshot OUT.png")
    if out.exists() and not args.force:
        raise ExportError(f"{out} already exists; pass --force to overwrite it")
    if not out.parent.exists():
        raise ExportError(f"folder {out.parent} does not exist; create it first")
    if not has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from draftkit.gui.screenshot import take_screenshot

    path = take_screenshot(args.source, out)
    print(path)
    return 0
