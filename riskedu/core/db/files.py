"""Refuse, before touching it, a file that cannot be a riskedu database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message

SQLITE_HEADER = b"SQLite format 3\x00"

IS_A_FOLDER = QT_TRANSLATE_NOOP("database", "{path} is a folder, not a database file.")
NOT_SQLITE = QT_TRANSLATE_NOOP(
    "database", "{path} is not a riskedu database (it is not an SQLite file). It has not "
    "been changed.")
UNREADABLE = QT_TRANSLATE_NOOP(
    "database", "{path} cannot be read as a database ({reason}). It has not been changed.")
FOREIGN = QT_TRANSLATE_NOOP(
    "database", "{path} is a database of another program, not riskedu's. It has not been "
    "changed.")


class DatabaseUnusable(Exception):
    """The file cannot be opened as a riskedu database; it was left unchanged."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


def _refuse(text: str, path: Path, **params) -> DatabaseUnusable:
    return DatabaseUnusable(Message("database", text, {"path": str(path), **params}))


def check_database_file(path: Path) -> None:
    """Raise `DatabaseUnusable` unless `path` is missing, empty or an SQLite file that is
    empty or riskedu's own (it has Alembic's version table)."""
    if path.is_dir():
        raise _refuse(IS_A_FOLDER, path)
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise _refuse(NOT_SQLITE, path)
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {name for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise _refuse(UNREADABLE, path, reason=str(error)) from None
    if tables and "alembic_version" not in tables:
        raise _refuse(FOREIGN, path)
