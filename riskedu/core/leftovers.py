"""Temporary files of a write cut short (an export or a backup killed, a power cut),
told apart from those still being written, and removed.

Every writer holds an exclusive `flock` on its temporary file while it writes it. The
lock dies with the process, so a temporary whose lock can be taken belongs to no live
writer: it is a leftover. Only names that match riskedu's own temporaries are looked
at, so nothing else in a user's folder is ever touched. Where `flock` does not exist
(Windows), a temporary counts as left over once it is a day old.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

AGE_WITHOUT_LOCKS = 24 * 3600  # seconds


@contextlib.contextmanager
def writing(path: Path) -> Iterator[None]:
    """Mark `path` (created empty when missing) as being written while the block runs.
    Without `flock` nothing is held: Windows could not rename a file held open."""
    if fcntl is None:
        yield
        return
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # also releases the lock


def is_left_over(path: Path) -> bool:
    """Whether no live writer holds the temporary at `path` (True when it is gone)."""
    if fcntl is None:
        try:
            return time.time() - path.stat().st_mtime > AGE_WITHOUT_LOCKS
        except OSError:
            return True
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(handle)
    return True


def remove_left_overs(folder: Path, patterns: Iterable[str],
                      owner_suffixes: Iterable[str] = ()) -> list[Path]:
    """Remove the files in `folder` whose names match `patterns` and that no live writer
    holds; return them. A name ending in one of `owner_suffixes` (a journal beside a
    copy) belongs to the file without that suffix, whose lock decides. A file that
    cannot be removed (read-only stick, folder gone) is left: tidying is not the job."""
    patterns, owner_suffixes = tuple(patterns), tuple(owner_suffixes)
    try:
        entries = [p for p in Path(folder).iterdir()
                   if any(fnmatch.fnmatchcase(p.name, pattern) for pattern in patterns)]
    except OSError:
        return []
    removed = []
    for path in entries:
        owner = _owner(path, owner_suffixes)
        if not path.is_file() or not is_left_over(owner):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def _owner(path: Path, suffixes: tuple[str, ...]) -> Path:
    for suffix in suffixes:
        if path.name.endswith(suffix):
            return path.with_name(path.name.removesuffix(suffix))
    return path
