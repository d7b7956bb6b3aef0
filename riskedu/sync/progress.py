"""Progress of long sync work, and a person's way to stop it between two steps.

The work calls `progress(done, total)` now and then; a False answer cancels it. It
then stops by raising `Cancelled` where nothing is half-written: an export before its
file is renamed into place (the temporary file is removed), an import inside its
transaction (rolled back).
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], bool]  # (steps done, steps in all) -> go on?


class Cancelled(Exception):
    """The work was cancelled: no file was written and the database was not changed."""


class Steps:
    """Counts the steps of one piece of work and asks whether to go on."""

    def __init__(self, progress: Progress | None, total: int = 0):
        self.progress, self.total, self.done = progress, total, 0

    def advance(self, count: int = 0) -> None:
        """`count` more steps done; raises `Cancelled` when the answer is to stop."""
        self.done += count
        if self.progress is not None and self.progress(
                min(self.done, self.total), self.total) is False:
            raise Cancelled


NO_PROGRESS = Steps(None)
