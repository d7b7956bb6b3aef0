"""Errors a user can meet, as sentences they can act on; never a traceback on screen."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from riskedu.core.backups import BackupFailed
from riskedu.core.db.files import DatabaseUnusable
from riskedu.core.disk_space import DiskFull
from riskedu.core.restore import RestoreRefused
from riskedu.core.sessions import RecordNotFound
from riskedu.core.validation import ValidationFailed
from riskedu.ui.text import message_text, problem_text

log = logging.getLogger("riskedu.ui")
USER_ERRORS = (ValidationFailed, RecordNotFound, DatabaseUnusable, SQLAlchemyError, OSError,
               BackupFailed, RestoreRefused)


CTX = "errors"
DISK_FULL = QT_TRANSLATE_NOOP(
    "errors", "The disk is full, so riskedu could not save. Free some space (copy old files "
    "to a USB stick and delete them) and try again. Nothing was lost from what was saved "
    "before.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "errors", "The database file is read-only, so riskedu could not save. Copy it to a "
    "folder you may write to, or ask for write permission, and try again.")
BUSY = QT_TRANSLATE_NOOP(
    "errors", "The database is busy: another program is using it. Wait a moment and try "
    "again.")
NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "errors", "The file is not a riskedu database, or it is damaged ({detail}). Open a copy, "
    "or restore the last backup.")
DATABASE_FAILED = QT_TRANSLATE_NOOP(
    "errors", "riskedu could not read or write its database ({detail}). Check that the disk "
    "is still connected and not full, then try again.")
SESSION_GONE = QT_TRANSLATE_NOOP(
    "errors", "This session no longer exists: it may have been deleted. The list has been "
    "refreshed.")
FILE_FAILED = QT_TRANSLATE_NOOP("errors", "riskedu could not use the file {file}: {reason}.")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "errors", "riskedu met an unexpected problem ({kind}). What you saved before is safe; "
    "please tell your information officer.")
UNEXPECTED_TITLE = QT_TRANSLATE_NOOP("errors", "Unexpected problem")


def _tr(text: str) -> str:
    # The sources above are marked with QT_TRANSLATE_NOOP, which lupdate extracts; a call
    # of this helper with a literal would not be.
    return QCoreApplication.translate(CTX, text)


def _database_error(exc: SQLAlchemyError) -> str:
    detail = str(getattr(exc, "orig", exc) or exc)
    lowered = detail.lower()
    if isinstance(exc, DiskFull) or "full" in lowered:
        return _tr(DISK_FULL)
    if "readonly" in lowered or "read-only" in lowered:
        return _tr(READ_ONLY)
    if "locked" in lowered or "busy" in lowered:
        return _tr(BUSY)
    if isinstance(exc, DatabaseError) and not isinstance(exc, OperationalError):
        return _tr(NOT_A_DATABASE).format(detail=detail)
    return _tr(DATABASE_FAILED).format(detail=detail)


def describe_error(exc: BaseException) -> str:
    """What went wrong, translated, in words a field educator can act on."""
    if isinstance(exc, ValidationFailed):
        return "\n".join("• " + problem_text(p) for p in exc.problems)
    if isinstance(exc, RecordNotFound):
        return _tr(SESSION_GONE)
    if isinstance(exc, DatabaseUnusable | BackupFailed | RestoreRefused):
        return message_text(exc.message)
    if isinstance(exc, SQLAlchemyError):
        return _database_error(exc)
    if isinstance(exc, OSError):
        return _tr(FILE_FAILED).format(file=exc.filename or "",
                                       reason=exc.strerror or str(exc))
    return _tr(UNEXPECTED).format(kind=type(exc).__name__)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    log.warning("%s: %s", title, exc)
    log.debug("Details", exc_info=exc)
    QMessageBox.warning(parent, title, describe_error(exc))


@dataclass
class Outcome:
    """Whether the guarded block failed, and with what."""

    error: BaseException | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None


@contextmanager
def reporting_errors(parent: QWidget | None, title: str) -> Iterator[Outcome]:
    """Run a block; a user-facing error becomes a message box and `outcome.failed`."""
    outcome = Outcome()
    try:
        yield outcome
    except USER_ERRORS as exc:
        outcome.error = exc
        show_error(parent, title, exc)


def install_excepthook(parent: Callable[[], QWidget | None]) -> None:
    """Show an unexpected error as a friendly message; the traceback goes to the log."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        QMessageBox.critical(parent(), _tr(UNEXPECTED_TITLE), describe_error(exc))

    sys.excepthook = hook
