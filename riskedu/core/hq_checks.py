"""Checks headquarters runs before reporting upward: sessions missing required fields and
probable duplicates (same village, date and team, created on different installations: an
edit made at headquarters does not make a field record look like a second one).

Both narrow the sessions in SQL first. Incomplete sessions are then judged by the very
rules a final record must pass (`validation.missing_fields`), so a session listed here
is one its editor would refuse to finalise, with the same messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from riskedu.core.categories import (
    ACTIVITIES_BY_CATEGORY,
    ACTIVITY,
    AUDIENCE,
    CATEGORY,
    LOCATION_TYPE,
    METHOD,
)
from riskedu.core.dashboard import DashboardFilter
from riskedu.core.db.models import (
    Attendance,
    EducationSession,
    GazetteerUnit,
    LocalInstallation,
    Team,
    session_facilitators,
)
from riskedu.core.db.sync_models import KnownInstallation
from riskedu.core.sessions import load_form
from riskedu.core.validation import Problem, missing_fields

S, A = EducationSession, Attendance
LIMIT = 500  # sessions (or duplicate groups) listed per check; a count says how many in all


@dataclass(frozen=True)
class IncompleteSession:
    """A session that lacks required fields, and what each missing field asks for."""

    id: str
    report_code: str
    session_date: date | None
    status: str
    team: str
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class DuplicateMember:
    """One session of a probable-duplicate group, with the installation that created it."""

    id: str
    report_code: str
    status: str
    installation_id: str
    installation: str
    people: int


@dataclass(frozen=True)
class DuplicateGroup:
    """Sessions on the same day in the same village by the same team, from several
    installations."""

    session_date: date
    village_code: str
    village: str
    team: str
    members: tuple[DuplicateMember, ...]


def _lacks_required_fields():
    """SQL mirror of `validation._completeness_problems` (it picks the candidates)."""
    wrong_activity = [and_(S.category == category, S.activity.not_in(activities))
                      for category, activities in ACTIVITIES_BY_CATEGORY.items()]
    no_facilitator = ~exists().where(session_facilitators.c.session_id == S.id)
    return or_(
        S.session_date.is_(None), and_(S.village_code == "", func.trim(S.place_text) == ""),
        no_facilitator, S.category.not_in(CATEGORY.codes), S.activity.not_in(ACTIVITY.codes),
        S.method.not_in(METHOD.codes), S.audience.not_in(AUDIENCE.codes),
        S.location_type.not_in(LOCATION_TYPE.codes), *wrong_activity,
        and_(S.category != "indirect", A.total == 0))


def _incomplete_query(flt: DashboardFilter, columns: list):
    return (select(*columns).select_from(S).join(A, A.session_id == S.id)
            .outerjoin(Team, Team.id == S.team_id)
            .where(*flt.conditions(), _lacks_required_fields()))


def count_incomplete(session: Session, flt: DashboardFilter) -> int:
    return session.scalar(_incomplete_query(flt, [func.count()]))


def incomplete_sessions(session: Session, flt: DashboardFilter, *, offset: int = 0,
                        limit: int = LIMIT) -> list[IncompleteSession]:
    """Sessions (oldest first) a final record's rules would refuse, with their problems."""
    rows = session.execute(
        _incomplete_query(flt, [S.id, S.report_code, S.session_date, S.status,
                                func.coalesce(Team.name, "")])
        .order_by(S.session_date.asc(), S.report_code, S.id).offset(offset).limit(limit))
    found = []
    for session_id, code, day, status, team in rows.all():
        problems = tuple(missing_fields(load_form(session, session_id)))
        if problems:
            found.append(IncompleteSession(session_id, code, day, status, team, problems))
    return found


def _duplicate_keys(flt: DashboardFilter):
    return (select(S.village_code, S.session_date, S.team_id)
            .where(*flt.conditions(), S.village_code != "", S.session_date.is_not(None))
            .group_by(S.village_code, S.session_date, S.team_id)
            .having(func.count(_origin().distinct()) > 1))


def _origin():
    """The installation that created a session (the last to change it, for a row written
    before origins were kept and not filled since)."""
    return func.coalesce(S.origin_installation_id, S.installation_id)


def count_duplicate_groups(session: Session, flt: DashboardFilter) -> int:
    return session.scalar(select(func.count()).select_from(_duplicate_keys(flt).subquery()))


def _installation_names(session: Session) -> dict[str, str]:
    names = dict(session.execute(select(KnownInstallation.id, KnownInstallation.name)).all())
    names.update(session.execute(select(LocalInstallation.id, LocalInstallation.name)).all())
    return names


def probable_duplicates(session: Session, flt: DashboardFilter, *, offset: int = 0,
                        limit: int = LIMIT) -> list[DuplicateGroup]:
    """Groups of probable duplicates, oldest first, each session with its installation."""
    keys = _duplicate_keys(flt).order_by(S.session_date, S.village_code, S.team_id) \
        .offset(offset).limit(limit).subquery()
    village = GazetteerUnit
    rows = session.execute(
        select(S.session_date, S.village_code, func.coalesce(village.name_en, ""),
               func.coalesce(Team.name, ""), S.id, S.report_code, S.status, _origin(), A.total)
        .join(keys, and_(keys.c.village_code == S.village_code,
                         keys.c.session_date == S.session_date, keys.c.team_id == S.team_id))
        .join(A, A.session_id == S.id).outerjoin(Team, Team.id == S.team_id)
        .outerjoin(village, and_(village.version == S.gazetteer_version,
                                 village.code == S.village_code))
        .where(*flt.conditions())
        .order_by(S.session_date, S.village_code, S.team_id, S.report_code, S.id)).all()
    names = _installation_names(session)
    groups: dict[tuple, list] = {}
    for day, code, place, team, *member in rows:
        groups.setdefault((day, code, place, team), []).append(member)
    return [DuplicateGroup(day, code, place, team, tuple(
        DuplicateMember(sid, report, status, inst, names.get(inst, ""), int(people))
        for sid, report, status, inst, people in members))
        for (day, code, place, team), members in groups.items()]
