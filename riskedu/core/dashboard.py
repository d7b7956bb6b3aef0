"""Dashboard figures: sessions and beneficiaries by month, province, method, audience and
category, sex × age, disability by sex and hazard reports, each computed by the database.

The figures are read from the summary table (`DashboardSummary`, kept exact by
`dashboard_summary`): whole months of the period come from its groups, and only the
days of a month the period cuts (a period starting on the 10th) from the sessions, with
the very same grouping. Python adds up a few thousand grouped rows at most.
`dashboard_direct` computes the same figures from the sessions alone (the reference).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlalchemy import and_, func, literal, select, text
from sqlalchemy.orm import Session

from riskedu.core.categories import ADULT_BANDS, AGE_BANDS, CHILD_BANDS
from riskedu.core.dashboard_summary import month_expression, session_groups
from riskedu.core.db.models import (
    ATTENDANCE_FIELDS,
    ATTENDANCE_GRID_FIELDS,
    Attendance,
    EducationSession,
    GazetteerUnit,
)
from riskedu.core.db.summary_models import BASE, DashboardSummary
from riskedu.core.gazetteer import PROVINCE
from riskedu.core.queries import SessionFilter, filter_conditions

S, A = EducationSession, Attendance
T = DashboardSummary.__table__
DIMENSIONS = ("month", "province", "method", "audience", "category")


@dataclass(frozen=True)
class DashboardFilter:
    """What the officer narrowed the figures to: period, area, organisation, team and
    category (direct, indirect: people reached by media, training), which beneficiary
    reports keep apart."""

    date_from: date | None = None
    date_to: date | None = None
    province_code: str = ""
    district_code: str = ""
    organisation_id: str = ""
    team_id: str = ""
    status: str = ""
    category: str = ""

    def conditions(self) -> list:
        """WHERE conditions on sessions (tombstones always excluded)."""
        conditions = filter_conditions(SessionFilter(
            date_from=self.date_from, date_to=self.date_to, province_code=self.province_code,
            district_code=self.district_code, status=self.status))
        if self.organisation_id:
            conditions.append(S.organisation_id == self.organisation_id)
        if self.team_id:
            conditions.append(S.team_id == self.team_id)
        if self.category:
            conditions.append(S.category == self.category)
        return conditions


@dataclass(frozen=True)
class Bar:
    """One bar or point: the group's key, how many sessions and beneficiaries."""

    key: str
    sessions: int
    beneficiaries: int


@dataclass
class Dashboard:
    """Every figure of the dashboard page for one filter."""

    sessions: int = 0
    beneficiaries: int = 0
    first_time: int = 0
    by_month: list[Bar] = field(default_factory=list)  # "yyyy-mm", oldest first
    by_province: list[Bar] = field(default_factory=list)  # most beneficiaries first
    by_method: list[Bar] = field(default_factory=list)
    by_audience: list[Bar] = field(default_factory=list)
    by_category: list[Bar] = field(default_factory=list)  # direct, indirect, training
    by_sex_age: dict[str, int] = field(default_factory=dict)  # "female_0_5" -> people
    disabled_female: int = 0
    disabled_male: int = 0
    hazard_reports: int = 0
    province_names: dict[str, tuple[str, str]] = field(default_factory=dict)  # en, local

    def band_total(self, sex: str, bands: tuple[str, ...]) -> int:
        return sum(self.by_sex_age.get(f"{sex}_{band}", 0) for band in bands)

    @property
    def girls(self) -> int:
        return self.band_total("female", CHILD_BANDS)

    @property
    def boys(self) -> int:
        return self.band_total("male", CHILD_BANDS)

    @property
    def women(self) -> int:
        return self.band_total("female", ADULT_BANDS)

    @property
    def men(self) -> int:
        return self.band_total("male", ADULT_BANDS)

    @property
    def disability(self) -> int:
        return self.disabled_female + self.disabled_male


def province_names(session: Session, version: str) -> dict[str, tuple[str, str]]:
    """Province code -> (English name, local name) of a gazetteer version."""
    rows = session.execute(select(GazetteerUnit.code, GazetteerUnit.name_en,
                                  GazetteerUnit.name_local)
                           .where(and_(GazetteerUnit.version == version,
                                       GazetteerUnit.level == PROVINCE)))
    return {code: (en, local) for code, en, local in rows}


def tune_postgresql(session: Session) -> None:
    """For this one large read (until the transaction ends): no JIT, whose compiling of a
    million-row plan costs more than it saves, and memory to hash the sessions and their
    attendance instead of spilling batches to disk."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL jit = off"))
        session.execute(text("SET LOCAL work_mem = '64MB'"))


def sort_bars(bars: list[Bar]) -> list[Bar]:
    """Most beneficiaries first, then most sessions, then by key."""
    return sorted(bars, key=lambda bar: (-bar.beneficiaries, -bar.sessions, bar.key))


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def split_period(flt: DashboardFilter) -> tuple[tuple[date | None, date | None] | None,
                                                list[tuple[date | None, date | None]]]:
    """The period as whole months (first day, last day; None: open) read from the
    summary, or None when it holds no whole month, and the cut months' days (ranges)
    read from the sessions."""
    start, end = flt.date_from, flt.date_to
    whole_start = start if start is None or start.day == 1 else _next_month(start)
    whole_end = end if end is None or _next_month(end) - timedelta(days=1) == end \
        else end.replace(day=1) - timedelta(days=1)
    if whole_start is not None and whole_end is not None and whole_start > whole_end:
        return None, [(start, end)] if start <= end else []
    edges = []
    if start is not None and whole_start != start:
        edges.append((start, whole_start - timedelta(days=1)))
    if end is not None and whole_end != end:
        edges.append((whole_end + timedelta(days=1), end))
    return (whole_start, whole_end), edges


def _summary_where(flt: DashboardFilter, months: tuple[date | None, date | None]) -> list:
    first, last = months
    conditions = [T.c.month >= first.year * 100 + first.month] if first else []
    if last:  # an end date leaves out the sessions without a date, as on the sessions
        conditions += [T.c.month <= last.year * 100 + last.month, T.c.month > 0]
    for name in ("province_code", "district_code", "organisation_id", "team_id", "status",
                 "category"):
        if getattr(flt, name):
            conditions.append(T.c[name] == getattr(flt, name))
    return conditions


_SUMS = ("sessions", *ATTENDANCE_FIELDS, "hazard_reports")


def _summary_queries(flt: DashboardFilter, months) -> tuple:
    where = _summary_where(flt, months)
    sums = [func.sum(T.c[name]) for name in _SUMS]
    keys = (T.c.month, T.c.province_code, T.c.category)
    groups = select(*keys, *sums).where(T.c.breakdown == BASE, *where).group_by(*keys)
    bars = select(T.c.breakdown, T.c.breakdown_value, *sums).where(
        T.c.breakdown != BASE, *where).group_by(T.c.breakdown, T.c.breakdown_value)
    return groups, bars


def _session_queries(flt: DashboardFilter) -> tuple:
    conditions = flt.conditions()
    groups = session_groups([month_expression().label("month"),
                             func.coalesce(S.province_code, "").label("province"),
                             func.coalesce(S.category, "").label("category")], conditions)
    bars = [session_groups([literal(name).label("breakdown"),
                            func.coalesce(column, "").label("value")], conditions)
            for name, column in (("method", S.method), ("audience", S.audience))]
    return groups, bars


def _add(into: dict, key, values) -> None:
    sums = into.setdefault(key, [0] * len(_SUMS))
    for index, value in enumerate(values):
        sums[index] += int(value or 0)


def _grouped_rows(session: Session, flt: DashboardFilter) -> tuple[dict, dict]:
    """(month, province, category) -> sums and (breakdown, value) -> sums over the whole
    period."""
    groups: dict = {}
    bars: dict = {}
    months, edges = split_period(flt)
    if months is not None:
        group_query, bar_query = _summary_queries(flt, months)
        for month, province, category, *values in session.execute(group_query):
            _add(groups, (month, province, category), values)
        for breakdown, value, *values in session.execute(bar_query):
            _add(bars, (breakdown, value), values)
    for first, last in edges:
        group_query, bar_queries = _session_queries(replace(flt, date_from=first,
                                                            date_to=last))
        for month, province, category, *values in session.execute(group_query):
            _add(groups, (month, province, category), values)
        for query in bar_queries:
            for breakdown, value, *values in session.execute(query):
                _add(bars, (breakdown, value), values)
    return groups, bars


def _bar(key: str, sums: list[int]) -> Bar:
    people = sum(sums[1:1 + len(ATTENDANCE_GRID_FIELDS)])
    return Bar(key, sums[0], people)


def _bars(sums_by_key: dict[str, list[int]]) -> list[Bar]:
    """One bar per key that counts a session (a group of sessions without their
    attendance counts none, as the sessions' own figures do)."""
    return [_bar(key, sums) for key, sums in sums_by_key.items() if sums[0]]


def _figures(groups: dict, bars: dict) -> Dashboard:
    total: dict = {}
    by_month: dict = {}
    by_province: dict = {}
    by_category: dict = {}
    for (month, province, category), sums in groups.items():
        _add(total, "all", sums)
        if month:
            _add(by_month, f"{month // 100:04d}-{month % 100:02d}", sums)
        _add(by_province, province or "", sums)
        _add(by_category, category or "", sums)
    sums = dict(zip(_SUMS, total.get("all", [0] * len(_SUMS)), strict=True))
    figures = Dashboard(sessions=sums["sessions"], first_time=sums["first_time"],
                        disabled_female=sums["disabled_female"],
                        disabled_male=sums["disabled_male"],
                        hazard_reports=sums["hazard_reports"],
                        by_sex_age={k: sums[k] for k in ATTENDANCE_GRID_FIELDS})
    figures.beneficiaries = sum(figures.by_sex_age.values())
    figures.by_month = sorted(_bars(by_month), key=lambda bar: bar.key)
    figures.by_province = sort_bars(_bars(by_province))
    figures.by_category = sort_bars(_bars(by_category))
    for name in ("method", "audience"):
        chosen = {value or "": values for (kind, value), values in bars.items()
                  if kind == name}
        setattr(figures, f"by_{name}", sort_bars(_bars(chosen)))
    return figures


def dashboard(session: Session, flt: DashboardFilter, gazetteer_version: str) -> Dashboard:
    """Every figure of the dashboard for a filter (from the summary, see the module)."""
    tune_postgresql(session)
    figures = _figures(*_grouped_rows(session, flt))
    figures.province_names = province_names(session, gazetteer_version)
    return figures


AGE_CELLS = tuple(f"{sex}_{band}" for sex in ("female", "male") for band in AGE_BANDS.codes)
