"""The sessions behind one dashboard figure, a page at a time.

A figure is named by a `Figure` (which chart, which bar); its condition added to the
dashboard filter selects exactly the sessions that figure counted.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from riskedu.core.dashboard import AGE_CELLS, DashboardFilter
from riskedu.core.db.models import Attendance, EducationSession, HazardReport
from riskedu.core.queries import SessionFilter, SessionRow, list_sessions

S, A = EducationSession, Attendance
KINDS = ("all", "month", "province", "method", "audience", "sex_age", "disability",
         "hazard_reports")


@dataclass(frozen=True)
class Figure:
    """One clickable figure: `kind` (a chart) and `key` (its bar: a month "yyyy-mm", a
    province code, a method, an audience, a cell "female_0_5", a sex)."""

    kind: str
    key: str = ""


class UnknownFigure(ValueError):
    """The figure names no chart or bar this dashboard draws."""


def _month_range(key: str) -> tuple[date, date]:
    try:
        year, month = (int(part) for part in key.split("-"))
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1), date(year, month, last)
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise UnknownFigure(key) from exc


def figure_condition(figure: Figure):
    """The WHERE condition (on sessions joined to attendance) of one figure."""
    kind, key = figure.kind, figure.key
    if kind == "all":
        return None
    if kind == "month":
        first, last = _month_range(key)
        return S.session_date.between(first, last)  # a range keeps the date index usable
    if kind in ("province", "method", "audience"):
        return {"province": S.province_code, "method": S.method,
                "audience": S.audience}[kind] == key
    if kind == "sex_age" and key in AGE_CELLS:
        return getattr(A, key) > 0
    if kind == "disability" and key in ("female", "male"):
        return getattr(A, f"disabled_{key}") > 0
    if kind == "hazard_reports":
        return S.id.in_(select(HazardReport.session_id).where(HazardReport.deleted.is_(False)))
    raise UnknownFigure(f"{kind}:{key}")


def _where(flt: DashboardFilter, figure: Figure) -> list:
    condition = figure_condition(figure)
    return flt.conditions() + ([condition] if condition is not None else [])


def drill_sessions(session: Session, flt: DashboardFilter, figure: Figure, *,
                   sort: str = "date", descending: bool = True, offset: int = 0,
                   limit: int = 200) -> list[SessionRow]:
    """One page (newest first unless told) of the sessions behind a figure."""
    return list_sessions(session, SessionFilter(), where=_where(flt, figure), sort=sort,
                         descending=descending, offset=offset, limit=limit)


def drill_count(session: Session, flt: DashboardFilter, figure: Figure) -> int:
    """How many sessions are behind a figure (the length of the whole drill-down list)."""
    return session.scalar(select(func.count()).select_from(S).join(A, A.session_id == S.id)
                          .where(*_where(flt, figure)))
