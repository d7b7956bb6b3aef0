"""Integrity and consistency check of a riskedu database: a list of faults, empty when clean.

Read-only: it never migrates or repairs, so it can be run on a file just received
from the field (or on the headquarters PostgreSQL database) before anything else.
Each check that cannot finish reports that as a fault instead of raising.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from riskedu.core.db.base import Base
from riskedu.core.db.migrate import alembic_config
from riskedu.core.db.models import SYNC_MODELS, Attendance, EducationSession, LocalInstallation

S = EducationSession
LIMIT = 1000  # faults listed per check; beyond that one line says how many more


@dataclass(frozen=True)
class Fault:
    """One thing wrong: which check found it, where, and what."""

    check: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.check}: {self.where}: {self.message}"


def session_label(report_code: str | None, session_id: str) -> str:
    return f"session {report_code or '(no code)'} [{session_id}]"


def sqlite_faults(connection: Connection) -> Iterator[Fault]:
    """SQLite's own page-level check and the foreign keys it does not enforce on old rows."""
    if connection.dialect.name != "sqlite":
        return
    for (line,) in connection.exec_driver_sql("PRAGMA integrity_check"):
        if line != "ok":
            yield Fault("integrity", "file", line)
    for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        yield Fault("foreign-key", f"{table} row {rowid}", f"refers to a missing {parent} row")


def schema_faults(connection: Connection) -> Iterator[Fault]:
    """The schema revision is this riskedu's head and the tables match the models."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    current = MigrationContext.configure(connection).get_current_revision()
    if current is None:
        yield Fault("schema", "database", "no riskedu schema (not a riskedu database?)")
        return
    if current != head:
        known = {rev.revision for rev in script.walk_revisions()}
        advice = ("made by a newer riskedu; update riskedu" if current not in known
                  else "older; open the database with riskedu to upgrade it")
        yield Fault("schema", "database", f"schema {current} is not the current {head}: "
                                          f"{advice}")
        return
    for difference in compare_metadata(MigrationContext.configure(connection), Base.metadata):
        yield Fault("schema", "database", f"differs from the models: {difference}")


def attendance_faults(connection: Connection) -> Iterator[Fault]:
    """Every session has its attendance row."""
    rows = connection.execute(
        select(S.id, S.report_code).outerjoin(Attendance, Attendance.session_id == S.id)
        .where(Attendance.session_id.is_(None)).order_by(S.report_code))
    for session_id, code in rows:
        yield Fault("attendance", session_label(code, session_id), "has no attendance row")


def sync_faults(connection: Connection) -> Iterator[Fault]:
    """Sync metadata is filled, versions are unique and none is ahead of its installation."""
    local = dict(connection.execute(select(LocalInstallation.id, LocalInstallation.counter)).all())
    if not local:
        yield Fault("sync", "installation", "the database has no installation record")
    for model in SYNC_MODELS:
        table = model.__tablename__
        missing = connection.execute(select(model.id).where(
            (func.coalesce(model.installation_id, "") == "")
            | (func.coalesce(model.change_counter, 0) <= 0) | model.updated_at.is_(None)
            | model.deleted.is_(None)))
        for (record_id,) in missing:
            yield Fault("sync", f"{table} {record_id}", "sync metadata missing (installation, "
                                                        "change counter, time or tombstone)")
        twins = connection.execute(
            select(model.installation_id, model.change_counter, func.count())
            .group_by(model.installation_id, model.change_counter).having(func.count() > 1))
        for installation_id, counter, count in twins:
            yield Fault("sync", table, f"{count} records share version {counter} of "
                                       f"installation {installation_id}")
        for installation_id, counter in local.items():
            ahead = connection.scalar(select(func.count()).select_from(model).where(
                model.installation_id == installation_id, model.change_counter > counter))
            if ahead:
                yield Fault("sync", table, f"{ahead} records carry a change counter above "
                                           f"this installation's ({counter})")


def report_code_faults(connection: Connection) -> Iterator[Fault]:
    """Live sessions have a report code, and no two share one."""
    live = S.deleted.is_(False)
    for (session_id,) in connection.execute(select(S.id).where(
            live, func.coalesce(S.report_code, "") == "")):
        yield Fault("report-code", session_label("", session_id), "has no report code")
    twins = connection.execute(select(S.report_code, func.count()).where(
        live, func.coalesce(S.report_code, "") != "").group_by(S.report_code)
        .having(func.count() > 1).order_by(S.report_code))
    for code, count in twins:
        yield Fault("report-code", f"report code {code}", f"used by {count} live sessions")


def _limited(faults: Iterable[Fault], limit: int) -> Iterator[Fault]:
    count, last = 0, None
    for fault in faults:
        count += 1
        last = fault
        if count <= limit:
            yield fault
    if count > limit and last is not None:
        yield Fault(last.check, "database", f"... and {count - limit} more faults of this kind")


def _guarded(name: str, check: Callable[[Connection], Iterable[Fault]],
             connection: Connection, limit: int) -> list[Fault]:
    try:
        return list(_limited(check(connection), limit))
    except (SQLAlchemyError, OSError, ValueError, TypeError, KeyError) as error:
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        return [Fault(name, "database", f"could not finish the check: {first_line}")]


def check_database(engine: Engine, *, today: date | None = None,
                   limit: int = LIMIT) -> list[Fault]:
    """Every fault found in the database behind `engine`; an empty list means clean."""
    from riskedu.core.check_records import gazetteer_faults, validation_faults
    from riskedu.core.check_stock import balance_faults, file_faults, session_line_faults

    with engine.connect() as connection:
        faults = _guarded("integrity", sqlite_faults, connection, limit)
        schema = _guarded("schema", schema_faults, connection, limit)
        faults += schema
        if schema:  # the other checks read tables this schema may not have
            return faults
        checks: list[tuple[str, Callable[[Connection], Iterable[Fault]]]] = [
            ("attendance", attendance_faults), ("sync", sync_faults),
            ("report-code", report_code_faults), ("gazetteer", gazetteer_faults),
            ("validation", lambda c: validation_faults(c, today or date.today())),
            ("stock", balance_faults), ("stock", session_line_faults), ("files", file_faults),
        ]
        for name, check in checks:
            faults += _guarded(name, check, connection, limit)
    return faults
