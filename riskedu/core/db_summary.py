"""What a riskedu database file holds, read without changing it: schema revision, records
per kind, change mark; and what would be lost by going back to a backup.

Used to check a backup before a restore, to tell a user what a restore would undo, and
to decide whether enough has changed for the next automatic backup. Reads with the
plain `sqlite3` module in read-only mode: no migration runs, no file is written.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from riskedu.core.db.snapshot import read_only_uri

# The records a user knows, counted without tombstones, in the order they are shown.
COUNTED_TABLES = ("sessions", "participants", "hazard_reports", "facilitators", "materials",
                  "stock_entries")
# Every table whose rows carry `updated_at` (the sync metadata).
STAMPED_TABLES = ("organisations", "teams", "facilitators", "sessions", "participants",
                  "hazard_reports", "status_changes", "materials", "session_materials",
                  "stock_entries")


class NotARiskeduDatabase(Exception):
    """The file is not an SQLite database made by riskedu, or cannot be read at all."""


@dataclass(frozen=True)
class DatabaseSummary:
    """One database file as a restore needs to see it."""

    revision: str | None
    installation_id: str | None
    change_mark: int
    counts: dict[str, int] = field(default_factory=dict)
    last_change: datetime | None = None  # UTC, the newest `updated_at`


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}


def _columns(connection: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}


def _count(connection: sqlite3.Connection, table: str) -> int:
    live = " WHERE deleted = 0" if "deleted" in _columns(connection, table) else ""
    return connection.execute(f'SELECT count(*) FROM "{table}"{live}').fetchone()[0]


def change_mark_of(connection: sqlite3.Connection, tables: set[str]) -> int:
    """A number that grows with every change: this installation's change counter plus
    the bundles logged (an import changes records without counting them as ours)."""
    mark = 0
    if "installation" in tables:
        mark += connection.execute("SELECT coalesce(sum(counter), 0) FROM installation")\
            .fetchone()[0]
    if "bundle_log" in tables:
        mark += connection.execute("SELECT count(*) FROM bundle_log").fetchone()[0]
    return mark


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(str(text)).replace(tzinfo=UTC)
    except ValueError:
        return None


def _last_change(connection: sqlite3.Connection, tables: set[str]) -> datetime | None:
    present = [t for t in STAMPED_TABLES if t in tables]
    if not present:
        return None
    union = " UNION ALL ".join(f'SELECT max(updated_at) AS t FROM "{t}"' for t in present)
    return _parse_time(connection.execute(f"SELECT max(t) FROM ({union})").fetchone()[0])


def open_read_only(path: Path) -> sqlite3.Connection:
    if not Path(path).is_file():
        raise NotARiskeduDatabase(f"{path}: no such file")
    return sqlite3.connect(read_only_uri(Path(path)), uri=True, timeout=5)


def summarise(path: Path) -> DatabaseSummary:
    """Read the summary of the database at `path`; `NotARiskeduDatabase` if it is none."""
    try:
        connection = open_read_only(path)
        try:
            return _summary(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise NotARiskeduDatabase(str(error)) from None


def _summary(connection: sqlite3.Connection) -> DatabaseSummary:
    tables = _tables(connection)
    if "alembic_version" not in tables or "installation" not in tables:
        raise NotARiskeduDatabase("no riskedu schema")
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    installation = connection.execute("SELECT id FROM installation LIMIT 1").fetchone()
    counts = {t: _count(connection, t) for t in COUNTED_TABLES if t in tables}
    return DatabaseSummary(revision[0] if revision else None,
                           installation[0] if installation else None,
                           change_mark_of(connection, tables), counts,
                           _last_change(connection, tables))


def change_mark(path: Path) -> int | None:
    """The change mark of the database at `path`; None when it cannot be read."""
    try:
        connection = open_read_only(path)
        try:
            return change_mark_of(connection, _tables(connection))
        finally:
            connection.close()
    except (sqlite3.Error, NotARiskeduDatabase):
        return None


@dataclass(frozen=True)
class Loss:
    """What going back to a backup would undo, as far as the current file can tell."""

    backup: DatabaseSummary
    current: DatabaseSummary | None  # None: the current file cannot be read at all
    changed_after: int | None  # records new or changed since the backup (None: unknown)

    def fewer(self) -> dict[str, int]:
        """Per kind of record, how many the current file has more than the backup."""
        if self.current is None:
            return {}
        return {table: self.current.counts.get(table, 0) - count
                for table, count in self.backup.counts.items()
                if self.current.counts.get(table, 0) > count}


def _changed_since(current: Path, backup: Path) -> int | None:
    """Records of `current` that the backup lacks or holds in another version (by id,
    `updated_at` and tombstone: exact, whatever the clocks said)."""
    try:
        connection = open_read_only(current)
        try:
            connection.execute("ATTACH DATABASE ? AS backup", (read_only_uri(backup),))
            both = _tables(connection) & {name for (name,) in connection.execute(
                "SELECT name FROM backup.sqlite_master WHERE type = 'table'")}
            return sum(connection.execute(
                f'SELECT count(*) FROM main."{t}" AS c LEFT JOIN backup."{t}" AS b '
                "ON b.id = c.id WHERE b.id IS NULL OR b.updated_at IS NOT c.updated_at "
                "OR b.deleted IS NOT c.deleted").fetchone()[0]
                for t in STAMPED_TABLES if t in both)
        finally:
            connection.close()
    except (sqlite3.Error, NotARiskeduDatabase):
        return None


def loss_if_restored(current: Path, backup: Path, taken_at: datetime | None = None) -> Loss:
    """What restoring `backup` over `current` would undo. The current file may be
    damaged: whatever cannot be read is reported as unknown. (`taken_at` is kept for
    callers that know it; the comparison is by record, not by clock.)"""
    backup_summary = summarise(backup)
    try:
        current_summary = summarise(current)
    except NotARiskeduDatabase:
        current_summary = None
    return Loss(backup_summary, current_summary, _changed_since(current, backup))
