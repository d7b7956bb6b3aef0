"""A verified copy of a live SQLite database: online backup API, temp name, check, rename.

A plain file copy of a database in WAL mode can miss committed pages (they may still be
in the -wal file) or catch a page half-written; SQLite's backup API reads one consistent
snapshot. The copy is written under a temporary name, switched to a rollback journal
(one self-contained file, no -wal beside it), checked with `PRAGMA integrity_check`,
flushed to the disk and only then renamed: a crash or a full disk never leaves a file
under the final name that is not a whole, good database.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from riskedu.core.leftovers import writing

PAGES_PER_STEP = 1024  # about 4 MB a step: progress moves, other writers are not held up

# progress(done_pages, total_pages); raising from it (e.g. to cancel) aborts the copy.
Progress = Callable[[int, int], None]


def problems_text(problems: list[str], lines: int = 2) -> str:
    """The first findings of an integrity check in one short line (SQLite can list
    hundreds, several to a row)."""
    found = [line.strip() for problem in problems for line in problem.splitlines()
             if line.strip() and not line.startswith("***")]
    text = "; ".join(found[:lines])
    return text + " …" if len(found) > lines else text


class CopyDamaged(Exception):
    """The copy failed `PRAGMA integrity_check` (the source is probably damaged)."""

    def __init__(self, problems: list[str]):
        super().__init__(problems_text(problems))
        self.problems = problems


def read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def integrity_problems(connection: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """What `PRAGMA integrity_check` (or `quick_check`) finds; empty when all is well."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
    return [] if rows == ["ok"] else rows


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (a no-op where folders cannot be
    opened, as on Windows)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def partial_name(target: Path) -> Path:
    """Where a copy is written before it is checked and renamed to `target`."""
    return target.with_name(f".{target.name}.partial")


def _remove_partial(partial: Path) -> None:
    """The temporary copy and its rollback journal (left when a write failed part-way,
    e.g. on a full disk)."""
    for path in (partial, partial.with_name(partial.name + "-journal")):
        path.unlink(missing_ok=True)


def _copy_pages(source: sqlite3.Connection, target: sqlite3.Connection,
                progress: Progress | None) -> None:
    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    source.backup(target, pages=PAGES_PER_STEP, progress=step)


def write_verified_copy(source: Path, target: Path, progress: Progress | None = None,
                        before_rename: Callable[[], object] | None = None) -> Path:
    """Copy the database at `source` to `target` (which must not exist) and return it.

    Raises `sqlite3.Error` or `OSError` (full disk, read-only folder, ...) or
    `CopyDamaged`; in every case nothing is left under `target` or the temporary name.
    """
    partial = partial_name(target)
    _remove_partial(partial)  # a leftover of a copy cut short
    try:
        with writing(partial):  # held until renamed: the copy is no one's leftover
            _write_and_check(source, partial, progress)
            if before_rename is not None:  # what must be there once the copy is
                before_rename()
            if target.exists():
                raise FileExistsError(target)
            os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            _remove_partial(partial)
        raise
    fsync_folder(target.parent)
    return target


def _write_and_check(source: Path, partial: Path, progress: Progress | None) -> None:
    src = sqlite3.connect(read_only_uri(source), uri=True, timeout=5)
    try:
        dst = sqlite3.connect(partial)
        try:
            _copy_pages(src, dst, progress)
            # The copy inherits WAL mode from the header: one self-contained file instead.
            dst.execute("PRAGMA journal_mode=DELETE")
            problems = integrity_problems(dst)
        finally:
            dst.close()
    finally:
        src.close()
    if problems:
        raise CopyDamaged(problems)
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
