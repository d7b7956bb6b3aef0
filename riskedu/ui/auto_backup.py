"""Automatic backups while the window is open: one at start-up when anything changed
since the newest backup, then one after every N changes (checked once a minute)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from riskedu.core.backup_schedule import BackupSchedule
from riskedu.core.backups import default_backup_folder
from riskedu.ui import settings
from riskedu.ui.progress_task import ProgressTask

log = logging.getLogger("riskedu.ui")
CHECK_EVERY_MS = 60_000


def backup_folder() -> Path:
    """The folder chosen for backups, or the default one in the user data folder."""
    chosen = settings.BACKUP_FOLDER.get()
    return Path(chosen) if chosen else default_backup_folder()


class AutoBackup(QObject):
    """Takes the automatic backups of one database file off the GUI thread."""

    taken = Signal(object)  # BackupInfo
    failed = Signal(object)  # the exception (BackupFailed: its message says what to do)

    def __init__(self, database: Path | None, parent: QObject | None = None):
        super().__init__(parent)
        self.database = database  # None: a server database, which is not backed up here
        self.task = ProgressTask(self)
        self.task.done.connect(self._taken)
        self.task.failed.connect(self._failed)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self._schedule: BackupSchedule | None = None
        self._failing = False  # one report per failure, not one a minute

    def schedule(self) -> BackupSchedule | None:
        if self.database is None:
            return None
        folder, every = backup_folder(), settings.BACKUP_EVERY_CHANGES.get()
        current = self._schedule
        if current is None or current.folder != folder:
            current = self._schedule = BackupSchedule(self.database, folder, every)
        current.every_changes = every
        return current

    def start(self) -> None:
        """The start-up backup (when due), then the checks after changes."""
        schedule = self.schedule()
        if schedule is None:
            return
        self.timer.start()
        schedule.tidy()
        if schedule.due_at_start():
            self.run(schedule)

    def check(self) -> None:
        schedule = self.schedule()
        if schedule is not None and not self.task.busy and schedule.due_after_changes():
            self.run(schedule)

    def run(self, schedule: BackupSchedule) -> None:
        self.task.start(lambda progress: schedule.take(progress))

    def _taken(self, info) -> None:
        self._failing = False
        log.info("Backup taken: %s", info.path)
        self.taken.emit(info)

    def _failed(self, error: BaseException) -> None:
        log.warning("Automatic backup failed: %s", error)
        if not self._failing:
            self._failing = True
            self.failed.emit(error)

    def stop(self) -> None:
        self.timer.stop()
        self.task.wait()
