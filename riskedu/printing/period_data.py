"""The figures of a period summary, each computed by the database (GROUP BY), so a year
of 100,000 sessions costs a handful of queries, never a loop over records."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import desc, func, select
from sqlalchemy.orm import Session

from riskedu.core.categories import ADULT_BANDS, AGE_BANDS, CHILD_BANDS
from riskedu.core.db.models import (
    ATTENDANCE_GRID_FIELDS,
    Attendance,
    EducationSession,
    GazetteerVersion,
    HazardReport,
)
from riskedu.core.queries import SessionFilter, Totals, filter_conditions
from riskedu.printing.options import PeriodFilter
from riskedu.printing.records import unit_names

S, A = EducationSession, Attendance


@dataclass(frozen=True)
class Group:
    """Sessions and beneficiaries of one province, district, method or audience."""

    key: str
    sessions: int
    girls: int
    boys: int
    women: int
    men: int

    @property
    def total(self) -> int:
        return self.girls + self.boys + self.women + self.men


@dataclass(frozen=True)
class HazardLine:
    """A hazard report received in the period."""

    date: str
    village_code: str
    gazetteer_version: str
    place: str
    ordnance_type: str
    referred_to: str


@dataclass
class PeriodFigures:
    """Everything a period summary prints."""

    totals: Totals
    indirect: int
    by_area: list[Group]
    area_level: int  # 1 provinces, 2 districts, 3 communes
    area_names: dict[str, str]
    by_method: list[Group]
    by_audience: list[Group]
    by_ordnance: list[tuple[str, int]]
    reports: list[HazardLine]
    village_names: dict[str, str]


def session_filter(period: PeriodFilter) -> SessionFilter:
    return SessionFilter(date_from=period.date_from, date_to=period.date_to,
                         province_code=period.province_code or "",
                         district_code=period.district_code or "")


_SUMMED = ATTENDANCE_GRID_FIELDS + ("disabled_female", "disabled_male", "first_time")


def _cube(session: Session, flt: SessionFilter, area) -> list[tuple]:
    """One pass over the sessions: (area, method, audience, category, sessions, sums of every
    attendance column) per combination; every table of the summary is rolled up from these
    few thousand rows instead of scanning 100,000 sessions once per table."""
    keys = (area, S.method, S.audience, S.category)
    sums = [func.coalesce(func.sum(getattr(A, name)), 0) for name in _SUMMED]
    query = (select(*keys, func.count(), *sums).select_from(S).join(A, A.session_id == S.id)
             .where(*filter_conditions(flt)).group_by(*keys))
    return [tuple(row) for row in session.execute(query)]


# Positions (in a cube row's sums) of the bands of girls, boys, women and men.
_PEOPLE = tuple(tuple(_SUMMED.index(f"{sex}_{band}") for band in bands)
                for sex, bands in (("female", CHILD_BANDS), ("male", CHILD_BANDS),
                                   ("female", ADULT_BANDS), ("male", ADULT_BANDS)))


def _roll_up(cube: list[tuple], position: int) -> list[Group]:
    """Sessions and beneficiaries per value of one key of the cube, largest total first."""
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for row in cube:
        sums, counts = groups[row[position] or ""], row[5:]
        sums[0] += int(row[4])
        for index, bands in enumerate(_PEOPLE, start=1):
            sums[index] += sum(int(counts[band]) for band in bands)
    result = [Group(key, *values) for key, values in groups.items()]
    return sorted(result, key=lambda group: (-group.total, group.key))


def _totals(session: Session, flt: SessionFilter, cube: list[tuple]) -> Totals:
    sums = dict.fromkeys(_SUMMED, 0)
    for row in cube:
        for name, value in zip(_SUMMED, row[5:], strict=True):
            sums[name] += int(value)
    sessions = sum(int(row[4]) for row in cube)
    reports = session.scalar(
        select(func.count()).select_from(HazardReport).join(S, S.id == HazardReport.session_id)
        .where(HazardReport.deleted.is_(False), *filter_conditions(flt)))
    girls, boys = (sum(sums[f"{sex}_{b}"] for b in CHILD_BANDS) for sex in ("female", "male"))
    women, men = (sum(sums[f"{sex}_{b}"] for b in ADULT_BANDS) for sex in ("female", "male"))
    return Totals(sessions=sessions, girls=girls, boys=boys, women=women, men=men,
                  female=girls + women, male=boys + men, total=girls + boys + women + men,
                  disability=sums["disabled_female"] + sums["disabled_male"],
                  disabled_female=sums["disabled_female"], disabled_male=sums["disabled_male"],
                  first_time=sums["first_time"], hazard_reports=int(reports or 0),
                  by_age_band={band: {"female": sums[f"female_{band}"],
                                      "male": sums[f"male_{band}"]} for band in AGE_BANDS.codes})


def _area_column(period: PeriodFilter):
    if period.district_code:
        return S.commune_code, 3
    if period.province_code:
        return S.district_code, 2
    return S.province_code, 1


def _reports(session: Session, flt: SessionFilter, limit: int) -> list[HazardLine]:
    query = (select(S.session_date, S.village_code, S.gazetteer_version, HazardReport.place,
                    HazardReport.ordnance_type, HazardReport.referred_to)
             .select_from(HazardReport).join(S, S.id == HazardReport.session_id)
             .where(HazardReport.deleted.is_(False), *filter_conditions(flt))
             .order_by(S.session_date.desc(), HazardReport.id).limit(limit))
    return [HazardLine(day.isoformat() if day else "", code or "", version or "", place,
                       kind, referred) for day, code, version, place, kind, referred
            in session.execute(query)]


def period_figures(session: Session, period: PeriodFilter, language: str,
                   report_limit: int = 40) -> PeriodFigures:
    flt = session_filter(period)
    column, level = _area_column(period)
    cube = _cube(session, flt, column)
    by_area = _roll_up(cube, 0)
    indirect = sum(g.total for g in _roll_up(cube, 3) if g.key == "indirect")
    by_ordnance = [(kind or "", int(n)) for kind, n in session.execute(
        select(HazardReport.ordnance_type, func.count()).select_from(HazardReport)
        .join(S, S.id == HazardReport.session_id)
        .where(HazardReport.deleted.is_(False), *filter_conditions(flt))
        .group_by(HazardReport.ordnance_type).order_by(desc(func.count())))]
    reports = _reports(session, flt, report_limit)
    versions = {line.gazetteer_version for line in reports} | set(session.scalars(
        select(GazetteerVersion.id)))
    area_names, village_names = {}, {}
    for version in filter(None, versions):
        area_names.update(unit_names(session, version, [g.key for g in by_area], language))
        village_names.update(unit_names(session, version,
                                        [r.village_code for r in reports], language))
    return PeriodFigures(_totals(session, flt, cube), indirect, by_area, level, area_names,
                         _roll_up(cube, 1), _roll_up(cube, 2), by_ordnance, reports,
                         village_names)
