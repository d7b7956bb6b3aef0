"""The dashboard's summary of the sessions: local, derived, never travels.

One row per group of live sessions sharing a month, area, organisation, team, status
and category (direct, indirect, training), and (for the method and audience bars) a
method or an audience. It holds
what the dashboard figures add up, so a refresh reads tens of thousands of groups
instead of a million sessions. `riskedu.core.dashboard_summary` keeps it exact.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from riskedu.core.db.base import Base
from riskedu.core.db.models import ATTENDANCE_FIELDS

BASE, METHOD, AUDIENCE = "", "method", "audience"
BREAKDOWNS = (BASE, METHOD, AUDIENCE)


class DashboardSummary(Base):
    """Sums of one group of live sessions (see the module docstring)."""

    __tablename__ = "dashboard_summary"
    __table_args__ = (
        # What a refresh deletes: one district's groups over a span of months.
        Index("ix_dashboard_summary_area", "province_code", "district_code", "month"),
    )

    # "" for the group as a whole, "method" or "audience" for its split by that field.
    breakdown: Mapped[str] = mapped_column(String(10), primary_key=True)
    month: Mapped[int] = mapped_column(Integer, primary_key=True)  # yyyymm; 0: no date
    province_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    district_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    team_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    status: Mapped[str] = mapped_column(String(12), primary_key=True)
    category: Mapped[str] = mapped_column(String(20), primary_key=True)
    breakdown_value: Mapped[str] = mapped_column(String(30), primary_key=True)
    sessions: Mapped[int] = mapped_column(Integer)  # sessions with their attendance
    hazard_reports: Mapped[int] = mapped_column(Integer)  # live reports of these sessions


for _name in ATTENDANCE_FIELDS:  # one sum per attendance column, same name
    setattr(DashboardSummary, _name, mapped_column(_name, Integer, nullable=False))

KEY_COLUMNS = ("breakdown", "month", "province_code", "district_code", "organisation_id",
               "team_id", "status", "category", "breakdown_value")
