"""Engine factory: a SQLite file (WAL, foreign keys on) or any SQLAlchemy URL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# The SQLite dialect is what nearly every start uses: load it with the rest of
# SQLAlchemy instead of on the first create_engine, in the middle of opening the window.
import sqlalchemy.dialects.sqlite  # noqa: F401
from sqlalchemy import Connection, Engine, create_engine, event
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


BULK_CACHE_KIB = 64 * 1024


@contextmanager
def bulk_page_cache(connection: Connection) -> Iterator[None]:
    """A bigger SQLite page cache (64 MiB instead of 2) for one bulk write, such as the
    import of a whole bundle: the indexes being filled stay in memory instead of being
    read back page by page (a sixth off the inserts of 100,000 sessions). The
    connection's own size is back afterwards. Servers manage their own memory."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before)}")
