"""Create and upgrade the schema with Alembic, copying the database first.

Alembic is imported only when a database is not at the head revision already:
importing it costs a tenth of a second or more on every start of the window and
of each command, while nearly every start finds the schema current.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

from riskedu.core.db.engine import sqlite_path
from riskedu.core.db.files import DatabaseUnusable
from riskedu.core.db.server import lock_in_transaction
from riskedu.core.db.snapshot import write_verified_copy
from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
log = logging.getLogger(__name__)


class DatabaseTooNew(DatabaseUnusable):
    """The database was written by a newer riskedu whose schema this one does not know."""

    def __init__(self, revision: str):
        super().__init__(Message("database", QT_TRANSLATE_NOOP(
            "database",
            "This database was made by a newer version of riskedu (schema {revision}). "
            "Update riskedu to open it; the file has not been changed."),
            {"revision": revision}))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*=\s*['\"]([^'\"]+)['\"]", re.M)


def declared_head() -> str | None:
    """The head revision read straight from the migration files (no Alembic import);
    None when the history is not one straight line (Alembic then decides)."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            parents.update([found["down_revision"]] if "down_revision" in found else [])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def known_revisions() -> set[str]:
    """Every schema revision this riskedu knows, read from the migration files."""
    return {dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8"))).get("revision")
            for script in (MIGRATIONS_DIR / "versions").glob("*.py")} - {None}


def _stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(source: Path, label: str) -> Path:
    """A verified copy of a live SQLite database beside it (online backup API, checked,
    then renamed: see `snapshot`), named for why it was taken; return its path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = source.with_name(f"{source.stem}.before-{label}-{stamp}{source.suffix}")
    number = 1
    while target.exists():
        number += 1
        target = target.with_name(f"{source.stem}.before-{label}-{stamp}-{number}{source.suffix}")
    return write_verified_copy(source, target)


def _known_revision(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_to_head(engine: Engine) -> Path | None:
    """Bring the schema to head. Returns the pre-migration copy, if one was taken."""
    head = declared_head()
    if head is not None and _stored_revision(engine) == head:
        return None  # the usual case, settled without importing Alembic
    from alembic import command
    from alembic.script import ScriptDirectory

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
    elif current is not None:
        # A server's database cannot be copied from here: its administrator backs it up
        # (pg_dump) before installing a new riskedu. The upgrade itself is one transaction
        # (PostgreSQL's schema changes are transactional): a failure leaves it as it was.
        log.warning("Upgrading the schema of %s from %s to %s without a copy: back up a "
                    "server database with pg_dump before upgrading riskedu",
                    engine.url.render_as_string(hide_password=True), current, head)
    config = alembic_config()
    try:
        with engine.begin() as connection:
            # Officers starting a new riskedu on one server at the same moment: one
            # migrates; Alembic then finds the others' schema already at head.
            lock_in_transaction(connection, "schema")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if engine.dialect.name == "sqlite":
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise RuntimeError(f"migration left broken references: {broken[:3]}")
    finally:
        engine.dispose()  # no pooled connection keeps the migration's foreign_keys=OFF
    return copy
