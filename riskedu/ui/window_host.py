"""The open database and its main window, for as long as the application runs: automatic
backups, the start-up integrity check, and putting a backup in place (the database is
closed, replaced and opened again in a new window)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import DatabaseError

from riskedu.core.database import Database
from riskedu.core.db.snapshot import problems_text
from riskedu.core.restore import file_problems, restore_database
from riskedu.ui.auto_backup import AutoBackup
from riskedu.ui.damaged_dialog import recover
from riskedu.ui.errors import USER_ERRORS, describe_error
from riskedu.ui.main_window import MainWindow
from riskedu.ui.progress_task import ProgressTask

log = logging.getLogger("riskedu.ui")
Starter = Callable[[Database], MainWindow | None]  # first-run set-up, window, recovery
Opener = Callable[[Path], Database | None]  # opens a file or says why it cannot
translate = QCoreApplication.translate
CHECK_AFTER_ROWS_MS = 300  # the first rows are painted by then
CHECK_AT_LATEST_MS = 3000



class WindowHost(QObject):
    """Owns the database and main window; swaps both when a backup is restored."""

    def __init__(self, db: Database, starter: Starter, opener: Opener):
        super().__init__()
        self.db, self.starter, self.opener = db, starter, opener
        self.window: MainWindow | None = None
        self.auto = AutoBackup(db.path, self)
        self.auto.taken.connect(self._backup_taken)
        self.auto.failed.connect(self._backup_failed)
        self.integrity = ProgressTask(self)
        self.integrity.done.connect(self._checked)
        self.integrity.failed.connect(lambda error: log.warning("Quick check failed: %s", error))

    def start(self) -> bool:
        """Show the window (False when the user cancelled the set-up or chose to quit);
        then, off the GUI thread, the quick integrity check and the start-up backup."""
        path = self.db.path
        try:
            self.window = self.starter(self.db)
        except DatabaseError as error:  # the window could not read what it shows
            problems = file_problems(path) if path is not None else []
            if not problems:
                raise
            log.error("The window could not start on %s: %s", path, error)
            return self._damaged(problems)
        if self.window is None:
            return False
        self.window.restore_requested.connect(self.restore, Qt.ConnectionType.QueuedConnection)
        self._check_after_first_rows(self.window)
        return True

    def _check_after_first_rows(self, window: MainWindow) -> None:
        """Start the integrity check once the window shows its first rows (or says why it
        cannot): reading the whole file must not slow the window's start on two cores."""
        started = False

        def check_if_still_open() -> None:
            if self.window is window and window.isVisible():
                self.check_integrity()

        def check_soon(*_args) -> None:
            nonlocal started
            if not started:
                started = True
                QTimer.singleShot(CHECK_AFTER_ROWS_MS, self, check_if_still_open)

        window.model.loaded.connect(check_soon)
        window.model.failed.connect(check_soon)
        QTimer.singleShot(CHECK_AT_LATEST_MS, self, check_soon)  # rows that never come

    def check_integrity(self) -> None:
        """`PRAGMA quick_check` of the database file off the GUI thread; a damaged file
        gets the offer to restore, a sound one the start-up backup (when due)."""
        path = self.db.path
        if path is not None:
            self.integrity.start(lambda _progress: file_problems(path, quick=True))

    def _checked(self, problems: list[str]) -> None:
        if not problems:
            self.auto.start()  # never back up a damaged file over good backups
        elif not self._damaged(problems):
            QApplication.quit()

    def _damaged(self, problems: list[str]) -> bool:
        """Offer the restore of the latest good backup (or another file); whether a
        window is open afterwards."""
        path = self.db.path
        log.error("%s is damaged: %s", path, problems_text(problems))
        if not self._close_window():  # closed first: a restore needs the file free
            return True
        target = recover(path, problems, None)
        if target is None:
            return False
        self._reopen(target, restored=None)
        return self.window is not None

    def restore(self, backup: Path) -> None:
        """Put `backup` in place of the open database file and open it again."""
        path = self.db.path
        if path is None or not self._close_window():
            return
        kept = None
        try:
            kept = restore_database(path, backup).kept
        except USER_ERRORS as error:
            QMessageBox.warning(None, translate("backups", "Could not restore the backup"),
                                describe_error(error))
        self._reopen(path, restored=kept)

    def _close_window(self) -> bool:
        """Close the window and the database; False when the user kept the window open."""
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)  # a new window follows at once
        if self.window is not None and self.window.isVisible() and not self.window.close():
            app.setQuitOnLastWindowClosed(True)
            return False
        self.auto.stop()
        self.integrity.wait()
        self.db.close()
        return True

    def _reopen(self, path: Path, restored: Path | None) -> None:
        if self.window is not None and self.window.isVisible():
            self._close_window()
        self.window = None
        db = self.opener(path)
        QApplication.instance().setQuitOnLastWindowClosed(True)
        if db is None:
            QApplication.quit()
            return
        self.db = db
        self.auto.database = db.path
        if self.start() and restored is not None:
            QMessageBox.information(
                self.window, translate("backups", "Backup restored"),
                translate("backups", "The backup is in place. The database it replaced is "
                                     "kept as {file}.").format(file=restored))

    def _backup_taken(self, info) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(
                translate("backups", "Backup written and checked: {file}").format(
                    file=info.path.name), 8000)

    def _backup_failed(self, error: BaseException) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(
                translate("backups", "Automatic backup failed: {reason}").format(
                    reason=describe_error(error)))

    def close(self) -> None:
        """Stop the background work, the window's readers and close the database."""
        self.auto.stop()
        self.integrity.wait()
        if self.window is not None:
            self.window.shutdown()
        self.db.close()
