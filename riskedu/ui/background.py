"""Database reads off the GUI thread: the newest request of each kind wins."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

_SKIPPED = object()


class QueryRunner(QObject):
    """Runs read queries one at a time on a worker thread and hands results back to the
    GUI thread. A newer request of the same `key` makes older ones stale: a stale
    request that has not started is skipped, and a stale result is dropped."""

    _finished = Signal(str, int, object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # SQLite reads are quick; keep them in order
        self._generation: dict[str, int] = {}
        self._callbacks: dict[str, tuple[int, Callable, Callable | None]] = {}
        self._pending = 0
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(self, key: str, work: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None] | None = None) -> None:
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        self._callbacks[key] = (generation, on_done, on_error)
        self._pending += 1

        def task() -> None:
            result, error = _SKIPPED, None
            if self._generation.get(key) == generation:
                try:
                    result = work()
                except Exception as exc:  # handed to the GUI thread, shown there
                    error = exc
            self._finished.emit(key, generation, result, error)

        self._pool.start(task)

    def cancel(self, key: str) -> None:
        self._generation[key] = self._generation.get(key, 0) + 1
        self._callbacks.pop(key, None)

    def shutdown(self) -> None:
        """Forget what is queued and wait for the running query (before closing the db)."""
        for key in list(self._callbacks):
            self.cancel(key)
        self._pool.clear()  # queued tasks that never start never report back
        self._pool.waitForDone()
        self._pending = 0

    def _deliver(self, key: str, generation: int, result: object,
                 error: BaseException | None) -> None:
        self._pending = max(0, self._pending - 1)
        callbacks = self._callbacks.get(key)
        if callbacks is None or callbacks[0] != generation or result is _SKIPPED and not error:
            return
        del self._callbacks[key]
        _, on_done, on_error = callbacks
        if error is not None:
            if on_error is None:
                raise error
            on_error(error)
        else:
            on_done(result)
