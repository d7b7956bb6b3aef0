"""The figures of a period summary, each computed by the database (GROUP BY), so a year
of 100,000 sessions costs a handful of queries, never a loop over records."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import desc, func, select
from sqlalchemy.orm import Session

from riskedu.core.db.models import Attendance, EducationSession, HazardReport
from riskedu.core.queries import SessionFilter, Totals, filter_conditions, totals
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


def grouped(session: Session, flt: SessionFilter, column) -> list[Group]:
    """Sessions and beneficiaries per value of `column`, largest total first."""
    total = func.sum(A.total)
    query = (select(column, func.count(), func.sum(A.girls), func.sum(A.boys),
                    func.sum(A.women), func.sum(A.men))
             .select_from(S).join(A, A.session_id == S.id)
             .where(*filter_conditions(flt)).group_by(column).order_by(desc(total)))
    return [Group(key or "", int(n), int(g or 0), int(b or 0), int(w or 0), int(m or 0))
            for key, n, g, b, w, m in session.execute(query)]


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
    by_area = grouped(session, flt, column)
    indirect = session.scalar(
        select(func.coalesce(func.sum(A.total), 0)).select_from(S).join(A, A.session_id == S.id)
        .where(*filter_conditions(flt), S.category == "indirect"))
    by_ordnance = [(kind or "", int(n)) for kind, n in session.execute(
        select(HazardReport.ordnance_type, func.count()).select_from(HazardReport)
        .join(S, S.id == HazardReport.session_id)
        .where(HazardReport.deleted.is_(False), *filter_conditions(flt))
        .group_by(HazardReport.ordnance_type).order_by(desc(func.count())))]
    reports = _reports(session, flt, report_limit)
    versions = {line.gazetteer_version for line in reports} | {
        v for (v,) in session.execute(select(S.gazetteer_version).where(
            *filter_conditions(flt)).distinct().limit(5))}
    area_names, village_names = {}, {}
    for version in filter(None, versions):
        area_names.update(unit_names(session, version, [g.key for g in by_area], language))
        village_names.update(unit_names(session, version,
                                        [r.village_code for r in reports], language))
    return PeriodFigures(totals(session, flt), int(indirect or 0), by_area, level, area_names,
                         grouped(session, flt, S.method), grouped(session, flt, S.audience),
                         by_ordnance, reports, village_names)
