"""Whether a failed write failed for want of room: a full disk or one file grown past
what the disk (a FAT32 stick: 4 GB) or the system allows.

The operating system says so in the error number (ENOSPC, EDQUOT, EFBIG). SQLite says
"database or disk is full" (SQLITE_FULL) for ENOSPC, but only "disk I/O error" for
EFBIG; then the room left beside the file decides.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy.exc import OperationalError

try:
    import resource
except ImportError:  # Windows: no file size limits
    resource = None

FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
MARGIN = 1024 * 1024  # bytes: less room than this left, and a write that failed was a fill
FAT32_LARGEST = 4 * 1024**3 - 1


class DiskFull(OperationalError):
    """A write to the database failed because its disk is full; it was rolled back."""

    def __init__(self, error: OperationalError, folder: Path):
        super().__init__(error.statement, error.params, error.orig)
        self.folder = folder


def _file_size_cap() -> int:
    """The largest file this process may write (RLIMIT_FSIZE), or -1 for no limit."""
    if resource is None:
        return -1
    try:
        soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    except (AttributeError, ValueError, OSError):
        return -1
    return -1 if soft == resource.RLIM_INFINITY else soft


def no_room(folder: Path, need: int = MARGIN, growing: Iterable[Path] = ()) -> bool:
    """Whether `folder` lacks `need` bytes of free space, or one of the `growing` files
    there cannot grow by `need` bytes (a file size limit, or FAT32's 4 GB)."""
    try:
        if shutil.disk_usage(folder).free < need:
            return True
    except OSError:
        return False  # the folder is gone: not a question of room
    sizes = [path.stat().st_size for path in growing if path.is_file()] or [0]
    cap = _file_size_cap()
    return (cap >= 0 and cap < max(sizes) + need) or max(sizes) + need > FAT32_LARGEST


def is_full(error: BaseException, folder: Path, need: int = MARGIN,
            growing: Iterable[Path] = ()) -> bool:
    """Whether `error`, met writing into `folder`, means there was no room for it."""
    error = getattr(error, "orig", None) or error
    if isinstance(error, OSError):
        return error.errno in FULL_ERRNOS
    if not isinstance(error, sqlite3.Error):
        return False
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code == sqlite3.SQLITE_FULL or "disk is full" in str(error):
        return True
    return code == sqlite3.SQLITE_IOERR and no_room(folder, need, growing)


def database_full(error: OperationalError, database: Path | None) -> DiskFull | None:
    """`error` as `DiskFull` when it is a save into `database` that found no room."""
    if database is None or isinstance(error, DiskFull):
        return None
    files = [database, Path(f"{database}-wal"), Path(f"{database}-journal")]
    if is_full(error, database.parent, MARGIN, files):
        return DiskFull(error, database.parent)
    return None
