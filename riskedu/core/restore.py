"""Put a backup in place of a database file, keeping a copy of what it replaces.

The backup is checked first (an SQLite file made by riskedu, whole by `PRAGMA
integrity_check`, of a schema this riskedu knows; a newer one is refused), copied beside
the database under a temporary name and checked again. The current database is copied
to `<stem>.before-restore-<time>.sqlite3` beside it (its raw files when it is too
damaged to copy). Then its -wal and -shm files are removed (SQLite would otherwise
replay the old journal onto the restored file) and the staged copy is renamed over it:
at every moment the path holds either the old database or the whole restored one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from riskedu.core.backup_files import pool_of, restore_files
from riskedu.core.backups import CONTEXT, BackupInfo, list_backups, parse_backup, sqlite_file
from riskedu.core.db.migrate import known_revisions
from riskedu.core.db.snapshot import (
    CopyDamaged,
    fsync_folder,
    integrity_problems,
    problems_text,
    write_verified_copy,
)
from riskedu.core.db_summary import DatabaseSummary, NotARiskeduDatabase, summarise
from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message

SIDE_FILES = ("-wal", "-shm", "-journal")

NOT_RISKEDU = QT_TRANSLATE_NOOP(
    "backups", "{path} is not a riskedu backup (it is not a riskedu database). Nothing was "
    "changed.")
BACKUP_DAMAGED = QT_TRANSLATE_NOOP(
    "backups", "The backup {path} is damaged ({detail}). Nothing was changed: choose an "
    "older backup.")
BACKUP_TOO_NEW = QT_TRANSLATE_NOOP(
    "backups", "The backup {path} was made by a newer version of riskedu (schema "
    "{revision}). Update riskedu to restore it. Nothing was changed.")
IN_USE = QT_TRANSLATE_NOOP(
    "backups", "{path} is open in riskedu or another program. Close it there first, then "
    "restore again. Nothing was changed.")
NO_ROOM = QT_TRANSLATE_NOOP(
    "backups", "The backup could not be put in place ({reason}). Nothing was changed: free "
    "some space beside {path} or check that you may write there, then try again.")


class RestoreRefused(Exception):
    """Nothing was restored and nothing changed; the message says why."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


def refused(text: str, **params) -> RestoreRefused:
    return RestoreRefused(Message(CONTEXT, text, {k: str(v) for k, v in params.items()}))


@dataclass(frozen=True)
class Restored:
    """A restore that took place: from which backup, and where the replaced file went."""

    database: Path
    backup: Path
    kept: Path | None  # None when there was no database to replace
    summary: DatabaseSummary
    files: int = 0  # material files copied back into the file store


def check_backup(path: Path) -> DatabaseSummary:
    """The summary of a backup fit to restore; `RestoreRefused` when it is not one."""
    path = Path(path)
    try:
        summary = summarise(path)
    except NotARiskeduDatabase:
        raise refused(NOT_RISKEDU, path=path) from None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = integrity_problems(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        problems = [str(error)]
    if problems:
        raise refused(BACKUP_DAMAGED, path=path, detail=problems_text(problems))
    if summary.revision not in known_revisions():
        raise refused(BACKUP_TOO_NEW, path=path, revision=summary.revision)
    return summary


def database_in_use(path: Path) -> bool:
    """Whether another connection (this app's window, another riskedu) has `path` open.

    An idle connection to a database in WAL mode keeps a shared lock, so an exclusive
    lock cannot be had while anyone has the file open."""
    if not Path(path).is_file():
        return False
    connection = sqlite3.connect(path, timeout=0)
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.rollback()
    except sqlite3.OperationalError as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(error)
    except sqlite3.Error:  # damaged: not a sign of anyone else
        return False
    finally:
        connection.close()
    return False


def kept_copy_path(database: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%S")
    target = database.with_name(f"{database.stem}.before-restore-{stamp}{database.suffix}")
    number = 1
    while target.exists():
        number += 1
        target = database.with_name(
            f"{database.stem}.before-restore-{stamp}-{number}{database.suffix}")
    return target


def _keep_current(database: Path) -> Path | None:
    """Copy the database about to be replaced; its raw files when it is too damaged."""
    if not database.exists():
        return None
    kept = kept_copy_path(database)
    try:
        return write_verified_copy(database, kept)
    except (sqlite3.DatabaseError, CopyDamaged):
        pass  # damaged: keep its bytes as they are, for whoever can recover more
    try:
        for suffix in ("", "-wal"):
            source = Path(f"{database}{suffix}")
            if source.exists():
                shutil.copyfile(source, f"{kept}{suffix}")
    except OSError:
        for suffix in ("", "-wal"):
            Path(f"{kept}{suffix}").unlink(missing_ok=True)
        raise
    return kept


def _stage(backup: Path, database: Path) -> Path:
    staged = database.with_name(f".{database.name}.restoring")
    staged.unlink(missing_ok=True)
    return write_verified_copy(backup, staged)


def _restore_files(backup: Path, database: Path) -> int:
    """The files the backup's pool holds and the store lacks, copied back first: the
    restored records never point at a missing file."""
    info = parse_backup(backup)
    if info is None:  # renamed by hand: no pool known
        return 0
    return restore_files(pool_of(backup.parent, info.stem), database)


def _swap(staged: Path, database: Path) -> None:
    for suffix in SIDE_FILES:
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(staged, database)
    fsync_folder(database.parent)


def restore_database(database: str | Path, backup: str | Path) -> Restored:
    """Replace the database file with `backup`; the replaced file is kept beside it.
    Raises `RestoreRefused` (nothing changed) or `BackupFailed` for a server database."""
    database, backup = sqlite_file(database), Path(backup).expanduser()
    summary = check_backup(backup)
    if database_in_use(database):
        raise refused(IN_USE, path=database)
    staged = None
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        staged = _stage(backup, database)
        files = _restore_files(backup, database)
        kept = _keep_current(database)
        _swap(staged, database)
    except (OSError, sqlite3.Error, CopyDamaged) as error:
        if staged is not None:
            with contextlib.suppress(OSError):
                staged.unlink(missing_ok=True)
        reason = getattr(error, "strerror", None) or str(error)
        raise refused(NO_ROOM, path=database.parent, reason=reason) from None
    return Restored(database, backup, kept, summary, files)


def file_problems(path: Path, *, quick: bool = True) -> list[str]:
    """What `PRAGMA quick_check` (or the full `integrity_check`) finds in the database
    file at `path`; empty when it is sound. A file SQLite cannot read at all is a problem
    too."""
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                                     timeout=5)
        try:
            return integrity_problems(connection, quick=quick)
        finally:
            connection.close()
    except sqlite3.Error as error:
        return [str(error)]


def latest_good_backup(folder: Path, stem: str) -> tuple[BackupInfo, DatabaseSummary] | None:
    """The newest backup of `stem` in `folder` that passes every check of a restore."""
    for info in list_backups(folder, stem):
        try:
            return info, check_backup(info.path)
        except RestoreRefused:
            continue
    return None
