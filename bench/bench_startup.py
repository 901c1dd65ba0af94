"""Cold start to a painted main window with Nevada loaded and graded, against an empty QMainWindow.

Each run is a fresh process. The clock runs from just before the process is spawned until
the child reports the first paint of its window that happens after the first grade is on
screen (for the baseline: the first paint of an empty PySide6 QMainWindow started the same
way). Prints the medians and their ratio; the target is under 1.5 s.

    python bench/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

TARGET_SECONDS = 1.5

DRAFTKIT = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from draftkit.gui.app import build_window, create_application

app = create_application()
window = build_window("NV")

class FirstPaintAfterGrade(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and window.controller.assessment is not None:
            print("painted", window.controller.assessment.grade, flush=True)
            QTimer.singleShot(0, app.quit)
        return False

watcher = FirstPaintAfterGrade()
window.grade_panel.projected.letter.installEventFilter(watcher)
window.controller.grade_changed.connect(lambda _a: window.grade_panel.update())
window.show()
app.exec()
window.controller.undo_stack.setClean()
"""

BASELINE = r"""
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.resize(1400, 900)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def time_to_paint(code: str, env: dict) -> float:
    """Seconds from spawning `python -c code` until it prints its "painted" line."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    for line in child.stdout:
        if line.startswith("painted"):
            elapsed = time.perf_counter() - start
            break
    else:
        child.wait()
        raise RuntimeError("the child never painted")
    child.wait(timeout=60)
    return elapsed


def bench_env() -> dict:
    """Offscreen when there is no display; settings and data in a throwaway folder."""
    import tempfile

    env = dict(os.environ)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    home = tempfile.mkdtemp(prefix="draftkit-bench-")
    env["DRAFTKIT_CONFIG_DIR"] = os.path.join(home, "config")
    env["DRAFTKIT_DATA_DIR"] = os.path.join(home, "data")
    return env


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    env = bench_env()
    time_to_paint(DRAFTKIT, env)  # warm the OS file cache and .pyc files once
    draftkit = [time_to_paint(DRAFTKIT, env) for _ in range(args.runs)]
    baseline = [time_to_paint(BASELINE, env) for _ in range(args.runs)]
    ours, base = statistics.median(draftkit), statistics.median(baseline)
    print(f"draftkit (NV loaded, graded, painted): median {ours:.3f} s over {args.runs} runs "
          f"(min {min(draftkit):.3f}, max {max(draftkit):.3f})")
    print(f"empty PySide6 QMainWindow:            median {base:.3f} s "
          f"(min {min(baseline):.3f}, max {max(baseline):.3f})")
    print(f"ratio {ours / base:.2f}x the empty window; target under {TARGET_SECONDS} s: "
          f"{'met' if ours < TARGET_SECONDS else 'NOT met'}")
    return 0 if ours < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
