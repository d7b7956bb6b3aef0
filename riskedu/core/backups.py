"""Backups of a riskedu database file: take one, list them, rotate them.

A backup is `<stem>-backup-<UTC time>.sqlite3` in a folder the user chooses (a USB
stick counts; by default `backups/` in the user data folder), written by
`write_verified_copy`: SQLite's online backup API, a temporary name, `PRAGMA
integrity_check`, then a rename. Any failure (full disk, read-only folder, stick pulled
out, damaged source) raises `BackupFailed` with a message a user can act on, and leaves
the folder's earlier backups as they were. Rotation runs only after a good backup and
keeps the newest of each of the last 7 days and of the last 4 weeks, plus the last 3.
"""

from __future__ import annotations

import errno
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from riskedu.core.backup_files import back_up_files
from riskedu.core.db.snapshot import CopyDamaged, Progress, write_verified_copy
from riskedu.core.disk_space import is_full
from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message
from riskedu.core.leftovers import remove_left_overs
from riskedu.paths import data_dir

CONTEXT = "backups"
KEEP_DAILY, KEEP_WEEKLY, KEEP_RECENT = 7, 4, 3
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
# The hidden names `write_verified_copy` writes a backup under before it is whole.
TEMPORARIES = (".*-backup-*.sqlite3.partial", ".*-backup-*.sqlite3.partial-*")
TEMPORARY_SIDE_FILES = ("-journal", "-wal", "-shm")
_NAME = re.compile(r"^(?P<stem>.+)-backup-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?\.sqlite3$")

DISK_FULL = QT_TRANSLATE_NOOP(
    "backups", "The backup could not be written: {folder} is full. Free some space there or "
    "choose another folder (a USB stick will do). The earlier backups are unchanged.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "backups", "The backup could not be written: riskedu may not write to {folder}. Choose "
    "another folder, or unlock the USB stick. The earlier backups are unchanged.")
FOLDER_GONE = QT_TRANSLATE_NOOP(
    "backups", "The backup could not be written to {folder} ({reason}). Check that the disk "
    "or USB stick is still connected, then try again. The earlier backups are unchanged.")
SOURCE_DAMAGED = QT_TRANSLATE_NOOP(
    "backups", "The database {path} is damaged ({detail}), so no backup was made: a backup "
    "of a damaged file would replace good ones. Restore the latest good backup instead.")
SOURCE_UNREADABLE = QT_TRANSLATE_NOOP(
    "backups", "The database {path} could not be read for a backup ({detail}). The earlier "
    "backups are unchanged.")
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "backups", "Backups are made of a database file on this computer (SQLite). This "
    "database is on a server ({url}): back it up with the server's own tools, such as "
    "pg_dump for PostgreSQL.")


class BackupFailed(Exception):
    """No backup was made; the message says why and what to do. Earlier ones are intact."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


def failed(text: str, **params) -> BackupFailed:
    return BackupFailed(Message(CONTEXT, text, {k: str(v) for k, v in params.items()}))


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was taken (UTC) and its size in bytes."""

    path: Path
    taken_at: datetime
    size: int

    @property
    def stem(self) -> str:
        return _NAME.match(self.path.name)["stem"]


def default_backup_folder() -> Path:
    return data_dir() / "backups"


def sqlite_file(target: str | Path) -> Path:
    """The file of a database given as a path or URL; `BackupFailed` for a server URL."""
    text = str(target)
    if text.startswith("sqlite:///"):
        return Path(text.removeprefix("sqlite:///"))
    if "://" in text:
        safe_url = re.sub(r"//[^@/]*@", "//", text)  # never print a password
        raise failed(NOT_A_FILE, url=safe_url)
    return Path(text).expanduser()


def backup_name(stem: str, taken_at: datetime, number: int = 0) -> str:
    suffix = f"-{number}" if number else ""
    return f"{stem}-backup-{taken_at.astimezone(UTC).strftime(STAMP_FORMAT)}{suffix}.sqlite3"


def parse_backup(path: Path) -> BackupInfo | None:
    """The backup at `path`, or None when the name is not a backup's."""
    match = _NAME.match(path.name)
    if match is None or not path.is_file():
        return None
    taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    return BackupInfo(path, taken, path.stat().st_size)


def list_backups(folder: Path, stem: str | None = None) -> list[BackupInfo]:
    """The backups in `folder` (of databases named `stem` when given), newest first."""
    try:
        entries = list(Path(folder).iterdir())
    except OSError:  # a folder that does not exist (yet) or a stick pulled out
        return []
    found = [info for info in map(parse_backup, entries) if info is not None]
    if stem is not None:
        found = [info for info in found if info.stem == stem]
    return sorted(found, key=lambda info: (info.taken_at, _number(info.path)), reverse=True)


def _number(path: Path) -> int:
    """The backup's place among those taken in the same second (0 for the first)."""
    match = _NAME.match(path.name)
    return int(match["n"] or 0) if match else 0


def _free_target(folder: Path, stem: str, taken_at: datetime) -> Path:
    """Numbered after every backup taken in the same second: reusing a number that
    rotation freed would make the new backup look older than the others, and rotation
    would remove it at once."""
    stamp = taken_at.astimezone(UTC).strftime(STAMP_FORMAT)
    numbers = [int(match["n"] or 0) for match in (_NAME.match(p.name) for p in folder.iterdir())
               if match and match["stem"] == stem and match["stamp"] == stamp]
    return folder / backup_name(stem, taken_at, 1 + max(numbers) if numbers else 0)


def _folder_error(error: OSError | sqlite3.Error, folder: Path, need: int) -> BackupFailed:
    """Why the copy of `need` bytes into `folder` failed, for the user."""
    if is_full(error, folder, need):
        return failed(DISK_FULL, folder=folder)
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(error, sqlite3.Error):
        if code is not None and code & 0xFF in (sqlite3.SQLITE_READONLY,
                                                sqlite3.SQLITE_CANTOPEN):
            return failed(READ_ONLY, folder=folder)
        return failed(FOLDER_GONE, folder=folder, reason=error)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return failed(READ_ONLY, folder=folder)
    return failed(FOLDER_GONE, folder=folder, reason=error.strerror or error)


def remove_left_over_copies(folder: Path) -> list[Path]:
    """Remove the unfinished copies of backups cut short (killed, power lost) from
    `folder`; copies still being written and every other file are left alone."""
    return remove_left_overs(Path(folder).expanduser(), TEMPORARIES, TEMPORARY_SIDE_FILES)


def _check_source(source: Path) -> None:
    try:
        with source.open("rb") as handle:
            handle.read(16)
    except OSError as error:
        raise failed(SOURCE_UNREADABLE, path=source, detail=error.strerror or error) from None


def backup_database(source: str | Path, folder: str | Path, *, progress: Progress | None = None,
                    now: datetime | None = None, rotate: bool = True) -> BackupInfo:
    """Take a verified backup of the database file `source` into `folder` (created if
    missing), then rotate the folder's backups of that database. Raises `BackupFailed`."""
    source, folder = sqlite_file(source), Path(folder).expanduser()
    _check_source(source)
    taken_at = now or datetime.now(UTC)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_left_over_copies(folder)
        target = _free_target(folder, source.stem, taken_at)
        write_verified_copy(source, target, progress,
                            before_rename=lambda: back_up_files(source, folder))
    except CopyDamaged as error:
        raise failed(SOURCE_DAMAGED, path=source, detail=error) from None
    except sqlite3.DatabaseError as error:
        if _source_is_bad(source):
            raise failed(SOURCE_DAMAGED, path=source, detail=error) from None
        raise _folder_error(error, folder, _size(source)) from None
    except OSError as error:
        raise _folder_error(error, folder, _size(source)) from None
    info = parse_backup(target)
    if rotate:
        rotate_backups(folder, source.stem)
    return info


def _size(source: Path) -> int:
    try:
        return source.stat().st_size
    except OSError:
        return 0


def _source_is_bad(source: Path) -> bool:
    """Whether `source` itself is damaged (so the error was not the target's). Only
    SQLite's verdict counts: on a full disk even opening it can fail (its -shm file
    cannot grow), and calling a good database damaged would send the user to restore."""
    try:
        connection = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        code = getattr(error, "sqlite_errorcode", None)
        return code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT,
                                                     sqlite3.SQLITE_NOTADB)
    return False


def backups_to_keep(backups: Iterable[BackupInfo], *, daily: int = KEEP_DAILY,
                    weekly: int = KEEP_WEEKLY, recent: int = KEEP_RECENT,
                    tz: tzinfo | None = None) -> set[Path]:
    """The backups rotation keeps: the newest `recent`, the newest of each of the last
    `daily` days and of the last `weekly` ISO weeks (days in the computer's time zone)."""
    newest_first = sorted(backups, key=lambda info: info.taken_at, reverse=True)
    keep = {info.path for info in newest_first[:recent]}
    days: dict[object, Path] = {}
    weeks: dict[object, Path] = {}
    for info in newest_first:
        local = info.taken_at.astimezone(tz)
        if len(days) < daily or local.date() in days:
            days.setdefault(local.date(), info.path)
        week = local.isocalendar()[:2]
        if len(weeks) < weekly or week in weeks:
            weeks.setdefault(week, info.path)
    return keep | set(days.values()) | set(weeks.values())


def rotate_backups(folder: Path, stem: str, **rules) -> list[Path]:
    """Delete the backups of `stem` in `folder` that rotation does not keep; return them.
    A file that cannot be deleted (read-only stick) is left: rotation is tidiness."""
    backups = list_backups(folder, stem)
    keep = backups_to_keep(backups, **rules)
    removed = []
    for info in backups:
        if info.path not in keep:
            try:
                info.path.unlink()
            except OSError:
                continue
            removed.append(info.path)
    return removed
