"""One long piece of work off the GUI thread, with progress and a cancel button's way in."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

ProgressCallback = Callable[[int, int], None]


class Cancelled(Exception):
    """The user cancelled the work; whatever it wrote has been removed."""


class ProgressTask(QObject):
    """Runs `work(progress)` on a worker thread; `progress(done, total)` is reported on
    the GUI thread as `progressed`, and raises `Cancelled` in the worker once `cancel()`
    was called, so the work stops at its next step and cleans up after itself."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)  # the exception (Cancelled too)
    _result = Signal(int, bool, object)  # from the worker; delivered on the GUI thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel = threading.Event()
        self._running = False
        self._generation = 0  # a result of an earlier generation is dropped
        self._result.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._running

    def start(self, work: Callable[[ProgressCallback], Any]) -> bool:
        """Start `work` unless something is running already; whether it started."""
        if self._running:
            return False
        self._running = True
        self._cancel.clear()
        generation = self._generation

        def progress(done: int, total: int) -> None:
            if self._cancel.is_set():
                raise Cancelled()
            self.progressed.emit(done, total)

        def task() -> None:
            try:
                result = work(progress)
            except Exception as exc:  # handed to the GUI thread, shown there
                self._result.emit(generation, False, exc)
            else:
                self._result.emit(generation, True, result)

        self._pool.start(task)
        return True

    def _deliver(self, generation: int, ok: bool, value: object) -> None:
        if generation != self._generation:
            return  # given up by `wait()`: nobody waits for it any more
        self._running = False  # here, not in the worker: `busy` ends with the report
        (self.done if ok else self.failed).emit(value)

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        """Cancel and wait for the work to stop (before closing the database); its result,
        if any, is dropped."""
        self.cancel()
        self._pool.waitForDone()
        self._generation += 1
        self._running = False
