"""Preparing a document off the GUI thread: a progress dialog with Cancel, errors as
messages a user can act on, then the print preview.

A job is a function `generate(out, progress)` that writes a PDF at `out` and returns
something with its `path` (or None); `progress(done, total)` returns False once the user
pressed Cancel, and the printing functions then stop and raise. One job runs at a time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from riskedu.core.i18n import Message
from riskedu.ui.errors import USER_ERRORS, describe_error
from riskedu.ui.print_files import PrintFolder
from riskedu.ui.text import format_count, message_text

if TYPE_CHECKING:
    from riskedu.ui.print_preview import PrintPreview

log = logging.getLogger("riskedu.ui")
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class PrintJob:
    """A document to prepare: what it is called on screen and as a file, and how to make it."""

    title: str
    file_name: str
    generate: Callable[[Path, Progress], object]


def job_error_text(error: BaseException) -> str:
    """What went wrong while preparing a document, in the window's language."""
    message = getattr(error, "message", None)
    if isinstance(message, Message):  # the printing layer's own explanation
        return message_text(message)
    if not isinstance(error, USER_ERRORS):
        log.error("Preparing a document failed", exc_info=error)
    return describe_error(error)


class _Relay(QObject):
    """Carries a worker's progress and outcome to the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object, object)  # result, error


class PrintRunner(QObject):
    """Runs print jobs one at a time on a worker thread and opens their preview."""

    previewed = Signal(object)  # the PrintPreview shown
    failed = Signal(str)  # the message shown
    cancelled = Signal()

    def __init__(self, parent: QWidget, folder: PrintFolder | None = None):
        super().__init__(parent)
        self._parent = self._owner = parent
        self.folder = folder or PrintFolder()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel = threading.Event()
        self._job: PrintJob | None = None
        self._out: Path | None = None
        self.progress: QProgressDialog | None = None
        self.preview: PrintPreview | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, job: PrintJob, owner: QWidget | None = None) -> bool:
        """Prepare `job` in the background, its progress and preview shown over `owner`
        (default: the runner's window); False when another one is still running."""
        if self.busy:
            QMessageBox.information(
                owner or self._parent, self.tr("Still preparing a document"), self.tr(
                    "riskedu is still preparing {title}. Wait for it to finish, or cancel "
                    "it, then try again.").format(title=self._job.title))
            return False
        self._job, self._out = job, self.folder.new_file(job.file_name)
        self._owner = owner or self._parent
        self._cancel = threading.Event()
        self._show_progress(job)
        relay = _Relay()
        relay.progressed.connect(self._progressed)
        relay.finished.connect(lambda result, error: self._finished(relay, result, error))
        self._relay = relay  # kept alive until the job reports back
        out, cancel = self._out, self._cancel

        def progress(done: int, total: int) -> bool:
            relay.progressed.emit(done, total)
            return not cancel.is_set()

        def work() -> None:
            result = error = None
            try:
                result = job.generate(out, progress)
            except Exception as exc:  # handed to the GUI thread and explained there
                error = exc
            relay.finished.emit(result, error)

        self._pool.start(work)
        return True

    def cancel(self) -> None:
        """Ask the running job to stop at its next progress report."""
        self._cancel.set()

    def _show_progress(self, job: PrintJob) -> None:
        dialog = QProgressDialog(self._owner)
        dialog.setWindowTitle(self.tr("Preparing the document"))
        dialog.setLabelText(self.tr("Preparing {title}…").format(title=job.title))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setRange(0, 0)  # busy until the first report says how much there is
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self.progress = dialog

    def _progressed(self, done: int, total: int) -> None:
        dialog, job = self.progress, self._job
        if dialog is None or job is None or self._cancel.is_set():
            return
        dialog.setLabelText(self.tr("Preparing {title}: {done} of {total}…").format(
            title=job.title, done=format_count(done), total=format_count(total)))
        dialog.setRange(0, max(total, 1))
        dialog.setValue(min(done, total))  # a modal dialog handles events here: last

    def _finished(self, relay: _Relay, result: object, error: BaseException | None) -> None:
        job, out = self._job, self._out
        self._job = self._out = None
        cancelled = self._cancel.is_set()
        relay.deleteLater()
        self._close_progress()
        if job is None:
            return
        if cancelled:
            PrintFolder.discard(out)
            self.cancelled.emit()
            return
        if error is not None:
            PrintFolder.discard(out)
            self._fail(job, job_error_text(error))
            return
        self._open_preview(job, Path(getattr(result, "path", None) or out))

    def _close_progress(self) -> None:
        dialog, self.progress = self.progress, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)  # closing it would say "cancelled"
            dialog.close()
            dialog.deleteLater()

    def _open_preview(self, job: PrintJob, path: Path) -> None:
        from riskedu.ui.print_preview import PrintPreview  # QtPdf loads on first preview

        preview = PrintPreview(path, job.title, job.file_name, self._owner)
        if preview.page_count < 1:
            preview.deleteLater()
            PrintFolder.discard(path)
            self._fail(job, self.tr("The document was prepared but cannot be shown: the "
                                    "file is damaged or empty. Try again; if it happens "
                                    "again, tell your information officer."))
            return
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.destroyed.connect(lambda: setattr(self, "preview", None))
        self.preview = preview
        preview.open()
        self.previewed.emit(preview)

    def _fail(self, job: PrintJob, text: str) -> None:
        QMessageBox.warning(self._owner, self.tr("Could not prepare {title}").format(
            title=job.title), text)
        self.failed.emit(text)

    def shutdown(self) -> None:
        """Stop the running job, wait for it, and remove every generated file."""
        self.cancel()
        self._pool.waitForDone()
        self.folder.cleanup()


def runner_for(widget: QWidget) -> PrintRunner:
    """The print runner of the window `widget` belongs to (made on first use)."""
    current: QWidget | None = widget
    while current is not None:
        runner = getattr(current, "print_runner", None)
        if isinstance(runner, PrintRunner):
            return runner
        current = current.parentWidget()
    top = widget.window()
    top.print_runner = PrintRunner(top)
    return top.print_runner
