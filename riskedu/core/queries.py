"""Read side: filtered, sorted pages of sessions and the totals of a filter, all in SQL.

Nothing here loads a whole table: a list asks for one page at a time and totals
are computed by the database, so 100,000 sessions cost what 100 do.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Select, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from riskedu.core.categories import ADULT_BANDS, AGE_BANDS, CHILD_BANDS
from riskedu.core.db.models import (
    ATTENDANCE_GRID_FIELDS,
    Attendance,
    EducationSession,
    GazetteerUnit,
    HazardReport,
)

S, A = EducationSession, Attendance
Village = aliased(GazetteerUnit, name="village")
Province = aliased(GazetteerUnit, name="province")


@dataclass(frozen=True)
class SessionFilter:
    """What the user narrowed the list to. Empty fields do not filter."""

    date_from: date | None = None
    date_to: date | None = None
    province_code: str = ""
    district_code: str = ""
    status: str = ""
    text: str = ""


@dataclass(frozen=True)
class SessionRow:
    """One line of the sessions list."""

    id: str
    report_code: str
    session_date: date | None
    province_en: str
    province_local: str
    village_en: str
    village_local: str
    place_text: str
    status: str
    activity: str
    girls: int
    boys: int
    women: int
    men: int
    total: int
    disability: int

    def village(self, local: bool = False) -> str:
        name = self.village_local if local and self.village_local else self.village_en
        return name or self.place_text


@dataclass
class Totals:
    """Sums over the sessions of a filter."""

    sessions: int = 0
    girls: int = 0
    boys: int = 0
    women: int = 0
    men: int = 0
    female: int = 0
    male: int = 0
    total: int = 0
    disability: int = 0
    disabled_female: int = 0
    disabled_male: int = 0
    first_time: int = 0
    hazard_reports: int = 0
    by_age_band: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_json(self) -> dict:
        return dict(self.__dict__)


def _text_condition(text: str):
    needle = f"%{text.strip().lower()}%"
    # The matching villages are found once (one pass over the gazetteer), not once per
    # session as a correlated EXISTS would: a search over 100,000 sessions takes ~40% less.
    village_match = tuple_(S.gazetteer_version, S.village_code).in_(
        select(GazetteerUnit.version, GazetteerUnit.code).where(
            or_(func.lower(GazetteerUnit.name_en).like(needle),
                GazetteerUnit.name_local.like(needle))))
    return or_(func.lower(S.report_code).like(needle), func.lower(S.notes).like(needle),
               func.lower(S.place_text).like(needle), village_match)


def filter_conditions(flt: SessionFilter) -> list:
    """WHERE conditions on `EducationSession` for a filter (tombstones always excluded)."""
    conditions = [S.deleted.is_(False)]
    if flt.date_from:
        conditions.append(S.session_date >= flt.date_from)
    if flt.date_to:
        conditions.append(S.session_date <= flt.date_to)
    if flt.province_code:
        conditions.append(S.province_code == flt.province_code)
    if flt.district_code:
        conditions.append(S.district_code == flt.district_code)
    if flt.status:
        conditions.append(S.status == flt.status)
    if flt.text.strip():
        conditions.append(_text_condition(flt.text))
    return conditions


SORT_KEYS = {
    "report_code": S.report_code,
    "date": S.session_date,
    "province": Province.name_en,
    "village": func.coalesce(Village.name_en, S.place_text),
    "status": S.status,
    "activity": S.activity,
    "girls": A.girls,
    "boys": A.boys,
    "women": A.women,
    "men": A.men,
    "total": A.total,
    "disability": A.disability,
}


def _rows_query(flt: SessionFilter) -> Select:
    return (
        select(S.id, S.report_code, S.session_date,
               func.coalesce(Province.name_en, ""), func.coalesce(Province.name_local, ""),
               func.coalesce(Village.name_en, ""), func.coalesce(Village.name_local, ""),
               S.place_text, S.status, S.activity, A.girls, A.boys, A.women, A.men,
               A.total, A.disability)
        .join(A, A.session_id == S.id)
        .outerjoin(Village, and_(Village.version == S.gazetteer_version,
                                 Village.code == S.village_code))
        .outerjoin(Province, and_(Province.version == S.gazetteer_version,
                                  Province.code == S.province_code))
        .where(*filter_conditions(flt))
    )


def list_sessions(session: Session, flt: SessionFilter, *, sort: str = "date",
                  descending: bool = True, offset: int = 0, limit: int = 200,
                  where: Sequence = ()) -> list[SessionRow]:
    """One page of the filtered list, sorted by `sort` (a key of `SORT_KEYS`); `where`
    adds conditions on sessions and attendance (e.g. a dashboard figure's)."""
    key = SORT_KEYS[sort]
    order = key.desc() if descending else key.asc()
    tie = S.id.desc() if descending else S.id.asc()
    query = _rows_query(flt).where(*where).order_by(order, tie).offset(offset).limit(limit)
    return [SessionRow(*row) for row in session.execute(query)]


def iter_sessions(session: Session, flt: SessionFilter, *, sort: str = "date",
                  descending: bool = False, batch: int = 1000) -> Iterator[SessionRow]:
    """Every row of the filtered list, streamed from one query (no OFFSET paging, no
    whole-table list): for the command line and exports."""
    key = SORT_KEYS[sort]
    order = (key.desc(), S.id.desc()) if descending else (key.asc(), S.id.asc())
    query = _rows_query(flt).order_by(*order).execution_options(yield_per=batch)
    for row in session.execute(query):
        yield SessionRow(*row)


def session_row(session: Session, session_id: str) -> SessionRow | None:
    """The list line of one session (to refresh a row after a save)."""
    row = session.execute(_rows_query(SessionFilter()).where(S.id == session_id)).first()
    return SessionRow(*row) if row else None


def session_matches(session: Session, flt: SessionFilter, session_id: str) -> bool:
    """Whether a (live) session is among the rows of a filter, e.g. after an edit."""
    found = session.scalar(select(S.id).where(S.id == session_id, *filter_conditions(flt)))
    return found is not None


def count_sessions(session: Session, flt: SessionFilter) -> int:
    return session.scalar(select(func.count()).select_from(S).where(*filter_conditions(flt)))


_SUMMED = ATTENDANCE_GRID_FIELDS + ("disabled_female", "disabled_male", "first_time")


def _attendance_sums(session: Session, flt: SessionFilter) -> list[int]:
    """[count of sessions, then the sum of each `_SUMMED` column] over a filter."""
    columns = [func.count()] + [func.coalesce(func.sum(getattr(A, n)), 0) for n in _SUMMED]
    if flt != SessionFilter():
        return [int(v) for v in session.execute(
            select(*columns).select_from(S).join(A, A.session_id == S.id)
            .where(*filter_conditions(flt))).one()]
    # Every live session: summing the whole attendance table and taking away the
    # tombstones' rows avoids one index lookup per session (0.25 s -> 0.1 s on 100,000).
    everything = session.execute(select(*columns).select_from(A)).one()
    tombstones = session.execute(select(*columns).select_from(S).join(A, A.session_id == S.id)
                                 .where(S.deleted.is_(True))).one()
    return [int(a) - int(b) for a, b in zip(everything, tombstones, strict=True)]


def totals(session: Session, flt: SessionFilter) -> Totals:
    """Sessions, beneficiaries by sex and age band, disability and hazard reports."""
    row = _attendance_sums(session, flt)
    sessions, grid, (dis_f, dis_m, first) = row[0], row[1:13], row[13:]
    counts = dict(zip(ATTENDANCE_GRID_FIELDS, (int(v) for v in grid), strict=True))
    reports = session.scalar(
        select(func.count()).select_from(HazardReport).join(S, S.id == HazardReport.session_id)
        .where(HazardReport.deleted.is_(False), *filter_conditions(flt)))
    by_band = {band: {"female": counts[f"female_{band}"], "male": counts[f"male_{band}"]}
               for band in AGE_BANDS.codes}
    girls, boys = (sum(counts[f"{sex}_{b}"] for b in CHILD_BANDS) for sex in ("female", "male"))
    women, men = (sum(counts[f"{sex}_{b}"] for b in ADULT_BANDS) for sex in ("female", "male"))
    return Totals(sessions=sessions, girls=girls, boys=boys, women=women, men=men,
                  female=girls + women, male=boys + men, total=girls + boys + women + men,
                  disability=int(dis_f) + int(dis_m), disabled_female=int(dis_f),
                  disabled_male=int(dis_m), first_time=int(first), hazard_reports=reports,
                  by_age_band=by_band)
