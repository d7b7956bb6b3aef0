"""When the next automatic backup is due: at start-up when anything changed since the
newest backup, and again after every N changes (N a setting).

Changes are counted by the database's change mark (this installation's change counter
plus the bundles logged, see `db_summary.change_mark_of`), compared with the mark inside
the newest backup: no state of its own to lose or get out of step.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from riskedu.core.backups import (
    BackupInfo,
    backup_database,
    list_backups,
    remove_left_over_copies,
    sqlite_file,
)
from riskedu.core.db.snapshot import Progress
from riskedu.core.db_summary import change_mark

DEFAULT_EVERY_CHANGES = 25


@dataclass
class BackupSchedule:
    """Automatic backups of one database file into one folder."""

    database: Path
    folder: Path
    every_changes: int = DEFAULT_EVERY_CHANGES
    _last_mark: int | None = None  # the newest backup's mark, once read

    def __post_init__(self) -> None:
        self.database = sqlite_file(self.database)
        self.folder = Path(self.folder).expanduser()

    def tidy(self) -> None:
        """Remove what backups cut short left in the folder (called at start-up)."""
        remove_left_over_copies(self.folder)

    def newest(self) -> BackupInfo | None:
        found = list_backups(self.folder, self.database.stem)
        return found[0] if found else None

    def _backup_mark(self) -> int | None:
        if self._last_mark is None:
            newest = self.newest()
            self._last_mark = change_mark(newest.path) if newest else None
        return self._last_mark

    def changes_since_backup(self) -> int | None:
        """Changes made since the newest backup; None when there is no backup yet."""
        last = self._backup_mark()
        current = change_mark(self.database)
        if last is None or current is None:
            return None
        return max(0, current - last)

    def due_at_start(self) -> bool:
        changes = self.changes_since_backup()
        return changes is None or changes > 0

    def due_after_changes(self) -> bool:
        changes = self.changes_since_backup()
        return changes is None or changes >= max(1, self.every_changes)

    def take(self, progress: Progress | None = None) -> BackupInfo:
        """Take a backup now (`BackupFailed` on failure) and remember its mark."""
        info = backup_database(self.database, self.folder, progress=progress)
        self._last_mark = change_mark(info.path)
        return info
