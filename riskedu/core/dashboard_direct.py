"""Dashboard figures computed directly from the sessions: the reference the summary must
match (tests compare the two), and what the figures were before the summary existed.

One query gives every figure, with a single pass over the sessions on SQLite and on
PostgreSQL alike (see `_rollup_query`). Python only reshapes the hundred or so grouped
rows that come back; it never sees a session. On a million sessions this takes seconds;
`riskedu.core.dashboard.dashboard` reads the summary instead.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Numeric, String, cast, extract, func, literal, null, select, union_all
from sqlalchemy.orm import Session

from riskedu.core.dashboard import (
    DIMENSIONS,
    Bar,
    Dashboard,
    DashboardFilter,
    province_names,
    sort_bars,
    tune_postgresql,
)
from riskedu.core.db.models import (
    ATTENDANCE_FIELDS,
    ATTENDANCE_GRID_FIELDS,
    Attendance,
    EducationSession,
    HazardReport,
)

S, A = EducationSession, Attendance


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
    method × audience × category, a few tens of thousands of rows at most) in a
    materialised CTE,
    and each figure sums those groups: one pass over the sessions, as GROUPING SETS."""
    keys = [_year().label("year"), _month().label("month"), S.province_code.label("province"),
            S.method.label("method"), S.audience.label("audience"),
            S.category.label("category")]
    fine = _base(keys + _measures(), flt).group_by(*keys).cte("fine") \
        .prefix_with("MATERIALIZED")
    sums = [func.sum(fine.c[m.name]) for m in _measures()]
    parts = []
    for number, name in enumerate(DIMENSIONS + ("all",)):
        # Typed NULLs: PostgreSQL must see one type per column across the UNION.
        padding = [cast(null(), Numeric)] * 2 + [cast(null(), String)] * 4
        group = {"month": [fine.c.year, fine.c.month], "province": [fine.c.province],
                 "method": [fine.c.method], "audience": [fine.c.audience],
                 "category": [fine.c.category], "all": []}[name]
        before = {"month": 0, "province": 2, "method": 3, "audience": 4, "category": 5,
                  "all": 6}[name]
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
        year, month, province, method, audience, category = row[1:7]
        sessions, people = int(row[7] or 0), int(row[8] or 0)  # no session: NULL sums
        if set_name == "all":
            sums = dict(zip(ATTENDANCE_FIELDS, (int(v or 0) for v in row[9:]), strict=True))
            figures.sessions, figures.beneficiaries = sessions, people
            figures.by_sex_age = {k: sums[k] for k in ATTENDANCE_GRID_FIELDS}
            figures.disabled_female = sums["disabled_female"]
            figures.disabled_male = sums["disabled_male"]
            figures.first_time = sums["first_time"]
        elif set_name == "month":
            if year is not None:  # a draft without a date has no month
                groups["month"].append(Bar(_month_key(year, month), sessions, people))
        else:
            key = {"province": province, "method": method, "audience": audience,
                   "category": category}[set_name]
            groups[set_name].append(Bar(key or "", sessions, people))
    figures.by_month = sorted(groups["month"], key=lambda bar: bar.key)
    for name in ("province", "method", "audience", "category"):
        setattr(figures, f"by_{name}", sort_bars(groups[name]))
    return figures


def hazard_report_count(session: Session, flt: DashboardFilter) -> int:
    """Hazard reports raised at the filter's sessions (live reports of live sessions)."""
    return session.scalar(
        select(func.count()).select_from(HazardReport).join(S, S.id == HazardReport.session_id)
        .where(HazardReport.deleted.is_(False), *flt.conditions()))


def dashboard_from_sessions(session: Session, flt: DashboardFilter,
                            gazetteer_version: str) -> Dashboard:
    """Every figure of the dashboard for a filter, read from the sessions alone."""
    tune_postgresql(session)
    query, names = _rollup_query(flt)
    figures = _collect(session.execute(query), names)
    figures.hazard_reports = hazard_report_count(session, flt)
    figures.province_names = province_names(session, gazetteer_version)
    return figures
