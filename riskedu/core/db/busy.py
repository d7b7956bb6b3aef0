"""SQLite lets one writer in at a time. A long write (the import of a bundle) takes the
write lock when it starts, so it never reads a state another writer is about to change,
and waits its turn while another program writes; `is_locked` tells that a write gave up
waiting."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

LOCKED_MESSAGES = ("database is locked", "database table is locked", "database is busy")


def take_write_turn(session: Session) -> None:
    """Start the session's transaction holding SQLite's write lock (BEGIN IMMEDIATE),
    waiting up to the connection's busy timeout for another writer to finish; raises
    OperationalError ("database is locked") when it does not. Servers: nothing to do."""
    connection = session.connection()
    if connection.dialect.name == "sqlite" \
            and not connection.connection.dbapi_connection.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def is_locked(error: BaseException) -> bool:
    """Whether a write failed only because another program was writing to SQLite."""
    return isinstance(error, OperationalError) and any(
        text in str(error.orig).lower() for text in LOCKED_MESSAGES)
