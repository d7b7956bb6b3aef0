"""Dashboard figures: sessions and beneficiaries by month, province, method and audience,
sex × age, disability by sex and hazard reports, each computed by the database.

One query gives every figure, with a single pass over the sessions on SQLite and on
PostgreSQL alike (see `_rollup_query`). Python only reshapes the hundred or so grouped
rows that come back; it never sees a session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache

from sqlalchemy import (
    Numeric,
    String,
    and_,
    cast,
    extract,
    func,
    literal,
    null,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from riskedu.core.categories import ADULT_BANDS, AGE_BANDS, CHILD_BANDS
from riskedu.core.db.models import (
    ATTENDANCE_FIELDS,
    ATTENDANCE_GRID_FIELDS,
    Attendance,
    EducationSession,
    GazetteerUnit,
    HazardReport,
)
from riskedu.core.gazetteer import PROVINCE
from riskedu.core.queries import SessionFilter, filter_conditions

S, A = EducationSession, Attendance
DIMENSIONS = ("month", "province", "method", "audience")


@dataclass(frozen=True)
class DashboardFilter:
    """What the officer narrowed the figures to: period, area, organisation, team."""

    date_from: date | None = None
    date_to: date | None = None
    province_code: str = ""
    district_code: str = ""
    organisation_id: str = ""
    team_id: str = ""
    status: str = ""

    def conditions(self) -> list:
        """WHERE conditions on sessions (tombstones always excluded)."""
        conditions = filter_conditions(SessionFilter(
            date_from=self.date_from, date_to=self.date_to, province_code=self.province_code,
            district_code=self.district_code, status=self.status))
        if self.organisation_id:
            conditions.append(S.organisation_id == self.organisation_id)
        if self.team_id:
            conditions.append(S.team_id == self.team_id)
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


def _year():
    return extract("year", S.session_date)


def _month():
    return extract("month", S.session_date)


@cache
def _measures() -> list:
    """Count, beneficiaries and each attendance column summed (built once: reused)."""
    beneficiaries = sum((getattr(A, name) for name in ATTENDANCE_GRID_FIELDS[1:]),
                        getattr(A, ATTENDANCE_GRID_FIELDS[0]))
    return [func.count().label("n"), func.coalesce(func.sum(beneficiaries), 0).label("people")] + [
        func.coalesce(func.sum(getattr(A, name)), 0).label(name) for name in ATTENDANCE_FIELDS]


def _base(columns: list, flt: DashboardFilter):
    return select(*columns).select_from(S).join(A, A.session_id == S.id).where(
        *flt.conditions())


def _rollup_query(flt: DashboardFilter):
    """Any database: the join is aggregated once to the finest groups (month × province ×
    method × audience, a few tens of thousands of rows at most) in a materialised CTE,
    and each figure sums those groups: one pass over the sessions, as GROUPING SETS."""
    keys = [_year().label("year"), _month().label("month"), S.province_code.label("province"),
            S.method.label("method"), S.audience.label("audience")]
    fine = _base(keys + _measures(), flt).group_by(*keys[:5]).cte("fine") \
        .prefix_with("MATERIALIZED")
    sums = [func.sum(fine.c[m.name]) for m in _measures()]
    parts = []
    for number, name in enumerate(DIMENSIONS + ("all",)):
        # Typed NULLs: PostgreSQL must see one type per column across the UNION.
        padding = [cast(null(), Numeric)] * 2 + [cast(null(), String)] * 3
        group = {"month": [fine.c.year, fine.c.month], "province": [fine.c.province],
                 "method": [fine.c.method], "audience": [fine.c.audience], "all": []}[name]
        before = {"month": 0, "province": 2, "method": 3, "audience": 4, "all": 5}[name]
        padded = padding[:before] + group + padding[before + len(group):]
        part = select(literal(number).label("set"), *padded, *sums).select_from(fine)
        parts.append(part.group_by(*group) if group else part)
    return union_all(*parts), dict(enumerate(DIMENSIONS + ("all",)))


def _month_key(year, month) -> str:
    return f"{int(year):04d}-{int(month):02d}"


def _collect(rows, names: dict[int, str]) -> Dashboard:
    figures = Dashboard()
    groups: dict[str, list[Bar]] = {name: [] for name in DIMENSIONS}
    for row in rows:
        set_name = names[row[0]]
        year, month, province, method, audience = row[1:6]
        sessions, people = int(row[6] or 0), int(row[7] or 0)  # no session: NULL sums
        if set_name == "all":
            sums = dict(zip(ATTENDANCE_FIELDS, (int(v or 0) for v in row[8:]), strict=True))
            figures.sessions, figures.beneficiaries = sessions, people
            figures.by_sex_age = {k: sums[k] for k in ATTENDANCE_GRID_FIELDS}
            figures.disabled_female = sums["disabled_female"]
            figures.disabled_male = sums["disabled_male"]
            figures.first_time = sums["first_time"]
        elif set_name == "month":
            if year is not None:  # a draft without a date has no month
                groups["month"].append(Bar(_month_key(year, month), sessions, people))
        else:
            key = {"province": province, "method": method, "audience": audience}[set_name]
            groups[set_name].append(Bar(key or "", sessions, people))
    figures.by_month = sorted(groups["month"], key=lambda bar: bar.key)
    for name in ("province", "method", "audience"):
        ordered = sorted(groups[name], key=lambda bar: (-bar.beneficiaries, -bar.sessions,
                                                        bar.key))
        setattr(figures, f"by_{name}", ordered)
    return figures


def hazard_report_count(session: Session, flt: DashboardFilter) -> int:
    """Hazard reports raised at the filter's sessions (live reports of live sessions)."""
    return session.scalar(
        select(func.count()).select_from(HazardReport).join(S, S.id == HazardReport.session_id)
        .where(HazardReport.deleted.is_(False), *flt.conditions()))


def province_names(session: Session, version: str) -> dict[str, tuple[str, str]]:
    """Province code -> (English name, local name) of a gazetteer version."""
    rows = session.execute(select(GazetteerUnit.code, GazetteerUnit.name_en,
                                  GazetteerUnit.name_local)
                           .where(and_(GazetteerUnit.version == version,
                                       GazetteerUnit.level == PROVINCE)))
    return {code: (en, local) for code, en, local in rows}


def _tune_postgresql(session: Session) -> None:
    """For this one large read (until the transaction ends): no JIT, whose compiling of a
    million-row plan costs more than it saves, and memory to hash the sessions and their
    attendance instead of spilling batches to disk."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL jit = off"))
        session.execute(text("SET LOCAL work_mem = '64MB'"))


def dashboard(session: Session, flt: DashboardFilter, gazetteer_version: str) -> Dashboard:
    """Every figure of the dashboard for a filter."""
    _tune_postgresql(session)
    query, names = _rollup_query(flt)
    figures = _collect(session.execute(query), names)
    figures.hazard_reports = hazard_report_count(session, flt)
    figures.province_names = province_names(session, gazetteer_version)
    return figures


AGE_CELLS = tuple(f"{sex}_{band}" for sex in ("female", "male") for band in AGE_BANDS.codes)
