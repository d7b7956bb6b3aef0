"""Writing a PDF safely: to a temporary file beside the target, renamed when complete,
so a cancelled or failed job leaves nothing behind and never half a document."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message
from riskedu.printing.options import PrintCancelled, PrintError, Progress

CTX = "print"
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "print", "The document cannot be written to {path} ({reason}). Choose another folder "
    "or free some space.")
NO_FOLDER = QT_TRANSLATE_NOOP(
    "print", "The folder {folder} does not exist. Choose an existing folder.")


def _fsync_folder(folder: Path) -> None:
    if os.name == "posix":
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


@contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """A temporary path to write the document to; renamed to `out` when the block ends
    without an error, deleted otherwise."""
    out = Path(out)
    if not out.parent.is_dir():
        raise PrintError(Message(CTX, NO_FOLDER, {"folder": str(out.parent)}))
    try:
        handle, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.stem}-", suffix=".part")
        os.close(handle)
    except OSError as error:
        raise PrintError(Message(CTX, CANNOT_WRITE, {
            "path": str(out), "reason": error.strerror or type(error).__name__})) from None
    temp = Path(name)
    try:
        yield temp
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, out)
        _fsync_folder(out.parent)
    except OSError as error:
        raise PrintError(Message(CTX, CANNOT_WRITE, {
            "path": str(out), "reason": error.strerror or type(error).__name__})) from None
    finally:
        temp.unlink(missing_ok=True)


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell `progress` how far the job is; raise `PrintCancelled` if it asks to stop."""
    if progress is not None and progress(done, total) is False:
        raise PrintCancelled()
