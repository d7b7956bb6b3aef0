"""What a database server needs that a file does not: plain messages when it cannot be
reached, and locks that make officers' concurrent writes take turns.

SQLite allows one writer at a time by itself; on PostgreSQL two officers' transactions
run side by side, so work that reads and then writes the same records (an import, a
migration) takes a transaction-level advisory lock first.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from riskedu.core.db.files import DatabaseUnusable
from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message

UNREACHABLE = QT_TRANSLATE_NOOP(
    "database", "The database server {server} cannot be reached ({reason}). Check the address "
    "and port in the database URL, the network, and that the server is running. Nothing was "
    "changed.")
REFUSED_LOGIN = QT_TRANSLATE_NOOP(
    "database", "The database server {server} refused user {user}: the password or the user "
    "name is wrong. Check them in the database URL or ask the server's administrator. "
    "Nothing was changed.")
NO_SUCH_DATABASE = QT_TRANSLATE_NOOP(
    "database", "The database server {server} has no database called {name}. Ask the server's "
    "administrator to create it (CREATE DATABASE {name}), then try again.")
BAD_URL = QT_TRANSLATE_NOOP(
    "database", "{url} is not a database URL riskedu can use ({reason}). Write it like "
    "{example}, or give the path of a file.")
URL_EXAMPLE = "postgresql+psycopg://user:password@host:5432/riskedu"
SERVER_ERROR = QT_TRANSLATE_NOOP(
    "database", "The database server {server} answered with an error: {reason}. Nothing was "
    "changed.")

# SQLSTATEs of failures that a second try of the same transaction resolves.
RETRYABLE_STATES = {"40001", "40P01"}  # serialization failure, deadlock detected


def shown_url(target: str | URL) -> str:
    """A database URL fit to show: the password hidden."""
    try:
        return make_url(target).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unreadable URL)"


def _server(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def server_location(engine: Engine) -> tuple[str, str] | None:
    """(database name, "host:port") of a database on a server; None for a file."""
    if engine.dialect.name == "sqlite":
        return None
    return engine.url.database or "", _server(engine.url)


def _first_line(error: BaseException) -> str:
    text_ = str(getattr(error, "orig", None) or error).strip()
    return text_.splitlines()[0] if text_ else type(error).__name__


def connection_problem(target: str, error: BaseException) -> DatabaseUnusable:
    """The refusal to show for a server URL that could not be opened."""
    try:
        url = make_url(target)
    except ArgumentError as bad:
        return DatabaseUnusable(Message("database", BAD_URL, {
            "url": shown_url(target), "reason": _first_line(bad), "example": URL_EXAMPLE}))
    params = {"server": _server(url), "user": url.username or "", "name": url.database or "",
              "url": shown_url(url), "reason": _first_line(error), "example": URL_EXAMPLE}
    if isinstance(error, (NoSuchModuleError, ArgumentError, ImportError)):
        return DatabaseUnusable(Message("database", BAD_URL, params))
    detail = str(getattr(error, "orig", error)).lower()
    if "password authentication failed" in detail or "no password supplied" in detail \
            or "role" in detail and "does not exist" in detail:
        message = REFUSED_LOGIN
    elif "database" in detail and "does not exist" in detail:
        message = NO_SUCH_DATABASE
    elif isinstance(error, DBAPIError) and error.connection_invalidated or _is_network(detail):
        message = UNREACHABLE
    else:
        message = SERVER_ERROR
    return DatabaseUnusable(Message("database", message, params))


def _is_network(detail: str) -> bool:
    return any(words in detail for words in (
        "connection refused", "could not translate host name", "timeout expired",
        "no route to host", "network is unreachable", "connection timed out",
        "name or service not known", "server closed the connection", "connection failed"))


def is_retryable(error: SQLAlchemyError) -> bool:
    """Whether a failed transaction failed only by meeting a concurrent one."""
    state = getattr(getattr(error, "orig", None), "sqlstate", None)
    return state in RETRYABLE_STATES


def _lock_key(name: str) -> int:
    return zlib.crc32(f"riskedu:{name}".encode())  # a stable 32-bit key per purpose


def lock_in_transaction(connection: Connection, name: str) -> None:
    """Wait for, then hold until this transaction ends, the server lock called `name`."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _lock_key(name)})


@contextmanager
def taking_turns(engine: Engine, name: str) -> Iterator[None]:
    """Hold the server lock `name` around a block (on a connection of its own, so the
    block's own transactions start after the lock is granted and see what the holder
    before committed). SQLite needs none: it lets one writer in at a time."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as holder:
        lock_in_transaction(holder, name)
        try:
            yield
        finally:
            holder.rollback()
