"""Engine factory: a SQLite file (WAL, foreign keys on) or any SQLAlchemy URL."""

from __future__ import annotations

from pathlib import Path

# The SQLite dialect is what nearly every start uses: load it with the rest of
# SQLAlchemy instead of on the first create_engine, in the middle of opening the window.
import sqlalchemy.dialects.sqlite  # noqa: F401
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for a file path, or `target` itself when it already is a URL."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a save that returned survives a power cut too (NORMAL could lose the last
    # commits). Saves are interactive and few, so the extra fsync costs nothing felt.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(target: str | Path) -> Engine:
    url = make_url(database_url(target))
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def sqlite_path(engine: Engine) -> Path | None:
    """The file behind a SQLite engine, None for other databases or in-memory ones."""
    if engine.url.get_backend_name() != "sqlite" or not engine.url.database:
        return None
    if engine.url.database == ":memory:":
        return None
    return Path(engine.url.database)
