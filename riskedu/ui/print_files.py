"""Where generated documents live until printed or saved, and saving a copy safely.

Documents are written into one private temporary folder per running window, removed
when the window closes; folders left behind by a crash are removed at the next start
once they are a day old. A saved copy is written next to its target, flushed to disk
and renamed over it, so a failure never leaves half a PDF under the user's name.
"""

from __future__ import annotations

import errno
import itertools
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CTX = "print_files"
SOURCE_GONE = QT_TRANSLATE_NOOP(
    "print_files", "The prepared document is gone from the temporary folder. Close this "
    "preview and prepare the document again.")
FOLDER_REFUSED = QT_TRANSLATE_NOOP(
    "print_files", "riskedu may not write in the folder {folder}: it is read-only or belongs "
    "to someone else. Choose another folder, such as your Documents, and save again.")
DISK_FULL = QT_TRANSLATE_NOOP(
    "print_files", "The disk of {folder} is full. Free some space or choose another disk (a "
    "USB stick), and save again.")
FOLDER_GONE = QT_TRANSLATE_NOOP(
    "print_files", "The folder {folder} no longer exists (a USB stick taken out?). Choose "
    "another folder and save again.")
NOT_SAVED = QT_TRANSLATE_NOOP(
    "print_files", "Could not save {file}: {reason}. Nothing was written; try another folder.")
PREFIX = "riskedu-print-"
STALE_AFTER_S = 24 * 3600
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def safe_file_name(text: str) -> str:
    """`text` usable as a file name on Windows and Linux (report codes, titles)."""
    cleaned = _UNSAFE.sub("-", text).strip(" .-")
    return cleaned[:120] or "document"


class PrintFolder:
    """A private temporary folder holding this window's generated documents."""

    def __init__(self, parent: Path | None = None):
        self.parent = Path(parent or tempfile.gettempdir())
        remove_stale_folders(self.parent)
        self.path = Path(tempfile.mkdtemp(prefix=PREFIX, dir=self.parent))
        self._numbers = itertools.count(1)

    def new_file(self, stem: str) -> Path:
        """A fresh path for a document (nothing is created yet)."""
        self.path.mkdir(parents=True, exist_ok=True)  # someone may have emptied /tmp
        return self.path / f"{next(self._numbers):03d}-{safe_file_name(stem)}.pdf"

    @staticmethod
    def discard(path: Path | None) -> None:
        """Remove one generated document (and what a failed writer left beside it)."""
        if path is None:
            return
        for leftover in (path, *path.parent.glob(f".{path.name}*")):
            try:
                leftover.unlink()
            except OSError:
                pass

    def cleanup(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def remove_stale_folders(parent: Path, now: float | None = None) -> int:
    """Remove print folders a crashed riskedu left behind; how many went."""
    now = time.time() if now is None else now
    removed = 0
    for folder in parent.glob(PREFIX + "*"):
        try:
            if folder.is_dir() and now - folder.stat().st_mtime > STALE_AFTER_S:
                shutil.rmtree(folder)
                removed += 1
        except OSError:
            pass  # another user's folder, or one in use: leave it
    return removed


def _fsync_folder(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def save_copy(source: Path, target: Path) -> None:
    """Copy `source` to `target` atomically: the target is the whole file or unchanged."""
    handle, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                       dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as data:
            shutil.copyfileobj(data, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def save_error_text(error: OSError, source: Path, target: Path) -> str:
    """Why `source` could not be saved at `target`, and what to do about it."""
    folder = str(target.parent)
    if error.filename and Path(error.filename) == source:
        return _tr(SOURCE_GONE)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _tr(FOLDER_REFUSED).format(folder=folder)
    if error.errno == errno.ENOSPC:
        return _tr(DISK_FULL).format(folder=folder)
    if error.errno == errno.ENOENT:
        return _tr(FOLDER_GONE).format(folder=folder)
    return _tr(NOT_SAVED).format(file=str(target), reason=error.strerror or str(error))
