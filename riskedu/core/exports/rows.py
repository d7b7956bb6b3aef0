"""Rows of each export, streamed from the database in the columns' order.

One query per table, read in batches (`yield_per`: a server-side cursor on PostgreSQL);
names of places, organisations, teams and materials come from small lookups loaded
once, so the big query joins nothing it can avoid.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from riskedu.core.categories import (
    ACTIVITY,
    AUDIENCE,
    CATEGORY,
    HAZARD,
    LOCATION_TYPE,
    METHOD,
    STATUS,
)
from riskedu.core.db.material_models import Material, MaterialTitle, SessionMaterial
from riskedu.core.db.models import (
    ATTENDANCE_FIELDS,
    Attendance,
    EducationSession,
    GazetteerUnit,
    HazardReport,
    Organisation,
    Team,
)
from riskedu.core.queries import SessionFilter, filter_conditions

S, A = EducationSession, Attendance
BATCH = 2_000


@dataclass(frozen=True)
class Period:
    """The sessions an export covers: session dates from `start` to `end`, both included."""

    start: date | None = None
    end: date | None = None

    def conditions(self) -> list:
        return filter_conditions(SessionFilter(date_from=self.start, date_to=self.end))


class Names:
    """English names by id or code: places of every gazetteer version, organisations,
    teams and materials (a few thousand entries, loaded once)."""

    def __init__(self, session: Session):
        self.places = {(v, c): n for v, c, n in session.execute(
            select(GazetteerUnit.version, GazetteerUnit.code, GazetteerUnit.name_en))}
        self.organisations = {i: (n, c) for i, n, c in session.execute(
            select(Organisation.id, Organisation.name, Organisation.short_code))}
        self.teams = dict(session.execute(select(Team.id, Team.name)).all())
        titles: dict[str, str] = {}
        for material_id, language, title in session.execute(
                select(MaterialTitle.material_id, MaterialTitle.language, MaterialTitle.title)
                .order_by(MaterialTitle.material_id, MaterialTitle.position)):
            if material_id not in titles or language == "en":
                titles[material_id] = title  # English when there is one, else the first
        self.materials = {i: (titles.get(i, ""), t) for i, t in session.execute(
            select(Material.id, Material.type))}

    def place(self, version: str | None, code: str) -> str:
        return self.places.get((version, code), "") if code else ""


def _stream(session: Session, statement) -> Iterator:
    return iter(session.execute(statement, execution_options={"yield_per": BATCH}))


_COUNTS = (A.girls.label("girls"), A.boys.label("boys"), A.women.label("women"),
           A.men.label("men"), A.total.label("total"), A.disability.label("disability"))


def _hazard_count():
    return (select(func.count()).where(HazardReport.session_id == S.id,
                                       HazardReport.deleted.is_(False))
            .correlate(S).scalar_subquery())


_SESSION_COLUMNS = (S.id, S.report_code, S.status, S.session_date, S.report_date,
                    S.organisation_id, S.team_id, S.gazetteer_version, S.province_code,
                    S.district_code, S.commune_code, S.village_code, S.place_text,
                    S.location_type, S.gps_safe, S.latitude, S.longitude, S.category,
                    S.activity, S.method, S.audience, S.hazards, S.session_count, S.project,
                    S.donor)


def _session_query(period: Period):
    # Columns, not ORM objects: a million objects would cost more than writing them.
    return (select(*_SESSION_COLUMNS, *_COUNTS, A.first_time,
                   _hazard_count().label("hazard_reports"))
            .outerjoin(A, A.session_id == S.id).where(*period.conditions())
            .order_by(S.session_date, S.report_code, S.id))


def _where(names: Names, s) -> tuple:
    version = s.gazetteer_version
    return (s.province_code, names.place(version, s.province_code),
            s.district_code, names.place(version, s.district_code),
            s.commune_code, names.place(version, s.commune_code),
            s.village_code, names.place(version, s.village_code))


def _who(names: Names, s) -> tuple:
    organisation, code = names.organisations.get(s.organisation_id, ("", ""))
    return organisation, code, names.teams.get(s.team_id, "")


def _reached(row) -> tuple:
    return tuple(getattr(row, k) or 0 for k in ("girls", "boys", "women", "men", "total",
                                                   "disability"))


def session_rows(session: Session, period: Period, names: Names) -> Iterator[tuple]:
    for s in _stream(session, _session_query(period)):
        safe = s.gps_safe
        yield (s.id, s.report_code, STATUS.label(s.status), s.session_date, s.report_date,
               *_who(names, s), *_where(names, s), s.place_text,
               LOCATION_TYPE.label(s.location_type),
               s.latitude if safe else None, s.longitude if safe else None,
               CATEGORY.label(s.category), ACTIVITY.label(s.activity), METHOD.label(s.method),
               AUDIENCE.label(s.audience), "; ".join(HAZARD.label(h) for h in s.hazards or []),
               s.session_count, *_reached(s), s.first_time or 0, s.hazard_reports,
               s.project, s.donor)


def five_w_rows(session: Session, period: Period, names: Names) -> Iterator[tuple]:
    statement = (select(S.organisation_id, S.team_id, S.category, S.activity, S.method,
                        S.report_code, S.gazetteer_version, S.province_code, S.district_code,
                        S.commune_code, S.village_code, S.session_date, S.audience, *_COUNTS)
                 .outerjoin(A, A.session_id == S.id).where(*period.conditions())
                 .order_by(S.session_date, S.report_code, S.id))
    for row in _stream(session, statement):
        day = row.session_date
        yield (*_who(names, row), "Mine Action", "Explosive Ordnance Risk Education",
               CATEGORY.label(row.category), ACTIVITY.label(row.activity),
               METHOD.label(row.method), row.report_code, "KHM", *_where(names, row), day,
               f"{day:%Y-%m}" if day else "", AUDIENCE.label(row.audience), *_reached(row))


def attendance_rows(session: Session, period: Period, names: Names) -> Iterator[tuple]:
    statement = (select(S.id, S.report_code, S.session_date, S.province_code,
                        *(A.__table__.c[k] for k in ATTENDANCE_FIELDS))
                 .join(A, A.session_id == S.id).where(*period.conditions())
                 .order_by(S.session_date, S.report_code, S.id))
    for row in _stream(session, statement):
        yield tuple(row)


def material_rows(session: Session, period: Period, names: Names) -> Iterator[tuple]:
    line = SessionMaterial
    statement = (select(line.id, S.report_code, S.session_date, S.province_code,
                        line.material_id, line.language, line.quantity)
                 .join(S, S.id == line.session_id)
                 .where(line.deleted.is_(False), *period.conditions())
                 .order_by(S.session_date, S.report_code, line.position, line.id))
    for row in _stream(session, statement):
        title, kind = names.materials.get(row.material_id, ("", ""))
        yield (row.id, row.report_code, row.session_date, row.province_code,
               row.material_id, title, kind, row.language, row.quantity)


def hazard_report_rows(session: Session, period: Period, names: Names) -> Iterator[tuple]:
    h = HazardReport
    statement = (select(h.id, S.report_code, S.session_date, S.gazetteer_version,
                        S.province_code, S.district_code, S.commune_code, S.village_code,
                        h.place, h.ordnance_type, h.description, h.referred_to)
                 .join(S, S.id == h.session_id)
                 .where(h.deleted.is_(False), *period.conditions())
                 .order_by(S.session_date, S.report_code, h.position, h.id))
    for row in _stream(session, statement):
        yield (row.id, row.report_code, row.session_date, row.province_code,
               row.district_code, row.commune_code, row.village_code,
               names.place(row.gazetteer_version, row.village_code), row.place,
               HAZARD.label(row.ordnance_type), row.description, row.referred_to)


PRODUCERS = {
    "sessions": session_rows,
    "attendance": attendance_rows,
    "materials": material_rows,
    "hazard_reports": hazard_report_rows,
    "5w": five_w_rows,
}
