"""Background jobs on a QThreadPool: a function runs off the GUI thread, results come back to it.

Results travel through a thread-safe queue that a GUI-thread QTimer drains; pool threads
never touch a QObject. (Emitting a Qt signal from a pool thread proved unsafe in PySide6
6.12: a garbage collection on that thread could delete the signal's source object.)
"""

from __future__ import annotations

import queue

from PySide6.QtCore import QObject, QThreadPool, QTimer

POLL_MS = 10


class BackgroundRunner(QObject):
    """Runs functions on a pool; callbacks run on the GUI thread, in completion order."""

    def __init__(self, pool: QThreadPool | None = None, parent=None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._results: queue.SimpleQueue = queue.SimpleQueue()
        self._pending = 0
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.deliver)

    def run(self, fn, on_done, on_error) -> None:
        """Start `fn()`; then `on_done(result)` or `on_error(exception)` on the GUI thread."""
        self._pending += 1
        results = self._results
        self.pool.start(lambda: results.put(_call(fn, on_done, on_error)))
        self._timer.start()

    def deliver(self) -> int:
        """Run the callbacks of finished jobs (the timer calls this); returns how many."""
        count = 0
        while True:
            try:
                callback, value = self._results.get_nowait()
            except queue.Empty:
                break
            self._pending -= 1
            count += 1
            callback(value)
        if self._pending <= 0:
            self._timer.stop()
        return count

    def busy(self) -> bool:
        return self._pending > 0

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until every job has finished, then deliver their results."""
        done = self.pool.waitForDone(timeout_ms)
        self.deliver()
        return done


def _call(fn, on_done, on_error):
    """The pool thread's side: run fn and pair its outcome with the callback to run."""
    try:
        return on_done, fn()
    except Exception as error:  # noqa: BLE001 - the GUI decides what to show
        return on_error, error
