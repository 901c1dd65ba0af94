"""Background jobs on a QThreadPool: a function runs off the GUI thread, results come back by signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Qt, Signal


class _WorkerSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class Worker(QRunnable):
    """Runs `fn()` in the pool. It never touches widgets; results travel by queued signal."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn
        self.signals = _WorkerSignals()

    def run(self) -> None:  # Qt virtual
        try:
            result = self.fn()
        except Exception as error:  # noqa: BLE001 - the GUI decides what to show
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


def run_in_background(pool: QThreadPool, fn, on_done, on_error) -> Worker:
    """Start `fn` in `pool`; `on_done(result)` or `on_error(exception)` run on the GUI thread.

    The caller must keep the returned Worker alive until one of the callbacks has run.
    """
    worker = Worker(fn)
    worker.setAutoDelete(False)
    worker.signals.finished.connect(on_done, Qt.ConnectionType.QueuedConnection)
    worker.signals.failed.connect(on_error, Qt.ConnectionType.QueuedConnection)
    pool.start(worker)
    return worker
