"""Create and upgrade the schema with Alembic, copying the database first."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine

from riskedu.core.db.engine import sqlite_path
from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class DatabaseTooNew(Exception):
    """The database was written by a newer riskedu whose schema this one does not know."""

    def __init__(self, revision: str):
        super().__init__(revision)
        self.message = Message("database", QT_TRANSLATE_NOOP(
            "database",
            "This database was made by a newer version of riskedu (schema {revision}). "
            "Update riskedu to open it; the file has not been changed."),
            {"revision": revision})

    def __str__(self) -> str:
        return str(self.message)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(source: Path, label: str) -> Path:
    """Copy a live SQLite database with the online backup API; return the copy's path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = source.with_name(f"{source.stem}.before-{label}-{stamp}{source.suffix}")
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def _known_revision(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_to_head(engine: Engine) -> Path | None:
    """Bring the schema to head. Returns the pre-migration copy, if one was taken."""
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    head = script.get_current_head()
    if current == head:
        return None
    if current is not None and not _known_revision(script, current):
        raise DatabaseTooNew(current)
    copy = None
    path = sqlite_path(engine)
    if current is not None and path is not None and path.exists():
        copy = backup_sqlite(path, f"migration-{current}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return copy
