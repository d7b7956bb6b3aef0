"""Keep the dashboard summary (`DashboardSummary`) exact: one place recomputes the groups a
change touched, from the sessions themselves, in the writer's transaction.

A change is described by its scopes: (province, district, month) of the sessions it
touched, before and after. Recomputing is always the same statements, whatever the
change: the scopes go into a temporary table, their groups are deleted, and inserted
again from the sessions of those scopes (found through the district and date index), so
there is no +/- arithmetic to get wrong, and a bundle touching two hundred districts costs
a handful of statements, not a thousand. ORM writes (save, delete, restore from the
trash, conflict resolution) are caught by a flush hook; bulk writers (sync import,
demo) pass the scopes of the rows they wrote to `refresh`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import (
    Column,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    cast,
    delete,
    extract,
    func,
    insert,
    literal,
    select,
    text,
    tuple_,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateTable

from riskedu.core.db.models import (
    ATTENDANCE_FIELDS,
    Attendance,
    EducationSession,
    HazardReport,
)
from riskedu.core.db.server import lock_in_transaction
from riskedu.core.db.summary_models import (
    AUDIENCE,
    BASE,
    BREAKDOWNS,
    KEY_COLUMNS,
    METHOD,
    DashboardSummary,
)

S, A, H = EducationSession, Attendance, HazardReport
T = DashboardSummary.__table__
Scope = tuple[str, str, int]  # province code, district code, month (yyyymm; 0: no date)
CHUNK = 500
_PENDING = "dashboard_summary_pending"


def month_of(day: date | None) -> int:
    return day.year * 100 + day.month if day else 0


def month_expression():
    """yyyymm of a session's date in SQL, 0 when it has none (a draft without a date)."""
    year, month = extract("year", S.session_date), extract("month", S.session_date)
    return func.coalesce(cast(year * 100 + month, Integer), 0)


def _text(column):
    return func.coalesce(column, "")


def hazard_count():
    """Live hazard reports of the session of the current row (a correlated count)."""
    return select(func.count()).where(H.session_id == S.id, H.deleted.is_(False)) \
        .scalar_subquery()


def measures() -> list:
    """What a group adds up: sessions with attendance, each attendance column, reports."""
    return [func.count(A.session_id).label("sessions")] + [
        func.coalesce(func.sum(getattr(A, name)), 0).label(name) for name in ATTENDANCE_FIELDS
    ] + [func.coalesce(func.sum(hazard_count()), 0).label("hazard_reports")]


def session_groups(keys: list, conditions: list, sessions=S):
    """Live sessions matching `conditions` grouped by the labelled `keys`, with
    `measures()`: the one definition of a group's figures (the summary's and the
    dashboard's partial months alike). `sessions`: what to read them from (the sessions
    joined to the scopes of a refresh)."""
    return select(*keys, *measures()).select_from(sessions) \
        .outerjoin(A, A.session_id == S.id).where(S.deleted.is_(False), *conditions) \
        .group_by(*keys)


def _summary_keys(breakdown: str) -> list:
    value = {BASE: literal(""), METHOD: _text(S.method), AUDIENCE: _text(S.audience)}
    return [literal(breakdown).label("breakdown"), month_expression().label("month"),
            _text(S.province_code).label("province_code"),
            _text(S.district_code).label("district_code"),
            _text(S.organisation_id).label("organisation_id"),
            _text(S.team_id).label("team_id"), _text(S.status).label("status"),
            _text(S.category).label("category"), value[breakdown].label("breakdown_value")]


def _fill(connection: Connection, conditions: list, sessions=S) -> None:
    for breakdown in BREAKDOWNS:
        query = session_groups(_summary_keys(breakdown), conditions, sessions)
        connection.execute(insert(T).from_select(list(_COLUMNS), query))


_COLUMNS = (*KEY_COLUMNS, "sessions", *ATTENDANCE_FIELDS, "hazard_reports")


def stored_rows(connection: Connection) -> set[tuple]:
    """Every row the summary holds (for checks: compare with `recomputed_rows`)."""
    return {tuple(row) for row in connection.execute(select(*(T.c[c] for c in _COLUMNS)))}


def recomputed_rows(connection: Connection) -> set[tuple]:
    """Every row the summary should hold, computed from the sessions now."""
    return {tuple(row) for breakdown in BREAKDOWNS
            for row in connection.execute(session_groups(_summary_keys(breakdown), []))}


def rebuild(connection: Connection) -> None:
    """Recompute the whole summary (the migration, a repair)."""
    connection.execute(delete(T))
    _fill(connection, [])


# The scopes of one refresh: a temporary table, each connection's own (on PostgreSQL
# emptied at each commit).
SCOPES = Table("dashboard_scopes", MetaData(),
               Column("province_code", String(20), nullable=False),
               Column("district_code", String(20), nullable=False),
               Column("month", Integer, nullable=False),  # yyyymm; 0: no date
               Column("first_day", Date), Column("after_day", Date),  # the month's days
               prefixes=["TEMPORARY"], postgresql_on_commit="DELETE ROWS")


def _month_days(month: int) -> tuple[date | None, date | None]:
    """The first day of a month (yyyymm) and the first day after it; none for 0."""
    if not month:
        return None, None
    year, number = divmod(month, 100)
    return date(year, number, 1), date(year + number // 12, number % 12 + 1, 1)


def _load_scopes(connection: Connection, scopes: set[Scope]) -> None:
    connection.execute(CreateTable(SCOPES, if_not_exists=True))
    connection.execute(delete(SCOPES))  # a refresh before, on this connection
    connection.execute(insert(SCOPES), [
        dict(zip(("province_code", "district_code", "month", "first_day", "after_day"),
                 (province, district, month, *_month_days(month)), strict=True))
        for province, district, month in sorted(scopes)])
    if connection.dialect.name == "postgresql":
        # Its size, so the planner reads a save's few scopes through the sessions'
        # district and date index rather than scanning a million sessions.
        connection.execute(text("ANALYZE dashboard_scopes"))


def _scoped_sessions(dated: bool):
    """The sessions of the scopes, driven from the scopes (district and date index)."""
    same_area = and_(S.province_code == SCOPES.c.province_code,
                     S.district_code == SCOPES.c.district_code)
    if dated:
        return SCOPES.join(S, and_(same_area, SCOPES.c.month > 0,
                                   S.session_date >= SCOPES.c.first_day,
                                   S.session_date < SCOPES.c.after_day))
    return SCOPES.join(S, and_(same_area, SCOPES.c.month == 0, S.session_date.is_(None)))


def refresh(connection: Connection, scopes: Iterable[Scope]) -> None:
    """Recompute every group of the scopes (area and month) from the sessions."""
    scopes = {(province or "", district or "", month) for province, district, month in scopes}
    if not scopes:
        return
    for province, district in sorted({(p, d) for p, d, _ in scopes}):
        # On a server, writers of the same district take turns from here to their commit,
        # so each recomputation reads what the one before committed (local edits already
        # take turns on the change counter; an import and a save do not). Sorted order:
        # two writers never wait for each other crosswise.
        lock_in_transaction(connection, f"dashboard_summary:{province}:{district}")
    _load_scopes(connection, scopes)
    connection.execute(delete(T).where(
        tuple_(T.c.province_code, T.c.district_code, T.c.month).in_(
            select(SCOPES.c.province_code, SCOPES.c.district_code, SCOPES.c.month))))
    _fill(connection, [], _scoped_sessions(dated=True))
    if any(month == 0 for _, _, month in scopes):
        _fill(connection, [], _scoped_sessions(dated=False))


def scope_of_row(row: dict) -> Scope:
    """The scope of a sessions row given as a dict (bulk writers)."""
    return (row.get("province_code") or "", row.get("district_code") or "",
            month_of(_as_date(row.get("session_date"))))


@dataclass
class Touched:
    """What a bulk writer changed: sessions rows (before and after) and sessions whose
    hazard reports changed; `apply` recomputes their groups once, at the end."""

    scopes: set[Scope] = field(default_factory=set)
    session_ids: set[str] = field(default_factory=set)
    written_ids: set[str] = field(default_factory=set)  # of the sessions rows

    def session_rows(self, *rows: dict | None) -> None:
        rows = [row for row in rows if row]
        self.scopes.update(map(scope_of_row, rows))
        self.written_ids.update(row["id"] for row in rows)

    def sessions(self, *session_ids: str | None) -> None:
        self.session_ids.update(i for i in session_ids if i)

    def apply(self, connection: Connection) -> None:
        if rebuild_is_cheaper(connection, len(self.written_ids | self.session_ids)):
            rebuild(connection)
        else:
            refresh(connection, self.scopes | scopes_of_sessions(connection, self.session_ids))


def rebuild_is_cheaper(connection: Connection, sessions_touched: int) -> bool:
    """Whether one rebuild beats refreshing the touched groups: when the sessions just
    written are at least half of all there are (a first import, a demo), a rebuild reads
    each session once, set-wise, where a refresh pays four statements per district.
    SQLite only: it lets one writer in at a time, so a rebuild inside the writer's
    transaction sees everything; on a server, writers of other districts go on meanwhile
    and a rebuild would undo their groups."""
    if connection.dialect.name != "sqlite" or not sessions_touched:
        return False
    return 2 * sessions_touched >= connection.scalar(select(func.count()).select_from(S))


def scopes_of_sessions(connection: Connection, session_ids: Iterable[str]) -> set[Scope]:
    """The scopes of sessions as the database holds them now (any not there: none)."""
    ids, scopes = list(dict.fromkeys(session_ids)), set()
    for start in range(0, len(ids), CHUNK):
        rows = connection.execute(select(S.province_code, S.district_code, S.session_date)
                                  .where(S.id.in_(ids[start:start + CHUNK])))
        scopes.update((p or "", d or "", month_of(_as_date(day))) for p, d, day in rows)
    return scopes


def _as_date(value) -> date | None:
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value


# The flush hook: every ORM write of a session, its attendance or its hazard reports.

def _touched_session_ids(session: Session) -> set[str]:
    ids = set()
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if obj in session.dirty and not session.is_modified(obj):
            continue
        if isinstance(obj, EducationSession):
            ids.add(obj.id)
        elif isinstance(obj, (Attendance, HazardReport)):
            ids.add(obj.session_id or (obj.session.id if obj.session else None))
    ids.discard(None)
    return ids


def _before_flush(session: Session, flush_context, instances) -> None:
    ids = _touched_session_ids(session)
    if ids:  # their groups as they were: a moved session leaves its old group
        session.info[_PENDING] = (ids, scopes_of_sessions(session.connection(), ids))


def _after_flush(session: Session, flush_context) -> None:
    ids, before = session.info.pop(_PENDING, (set(), set()))
    if ids:
        connection = session.connection()
        refresh(connection, before | scopes_of_sessions(connection, ids))


def install_summary_hook() -> None:
    """Register the flush hook once for every ORM session of the process."""
    from sqlalchemy import event

    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "after_flush_postexec", _after_flush)
