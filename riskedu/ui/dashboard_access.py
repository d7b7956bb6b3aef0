"""The dashboard's and checks' door to the core: short read sessions around each call.

Every method may run on a worker thread (each opens its own database session).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from riskedu.core import dashboard, dashboard_drill, hq_checks
from riskedu.core.dashboard import Dashboard, DashboardFilter
from riskedu.core.dashboard_drill import Figure
from riskedu.core.database import Database
from riskedu.core.db.models import Organisation, Team
from riskedu.core.queries import SessionRow


@dataclass(frozen=True)
class CheckResults:
    """What the headquarters checks found for one filter (first pages and full counts)."""

    incomplete: list[hq_checks.IncompleteSession]
    incomplete_count: int
    duplicates: list[hq_checks.DuplicateGroup]
    duplicate_count: int


class DashboardAccess:
    """Figures, drill-downs, checks and the organisations and teams to filter by."""

    def __init__(self, db: Database, gazetteer_version: str):
        self.db, self.gazetteer_version = db, gazetteer_version

    def figures(self, flt: DashboardFilter) -> Dashboard:
        with self.db.session() as session:
            return dashboard.dashboard(session, flt, self.gazetteer_version)

    def drill_page(self, flt: DashboardFilter, figure: Figure, sort: str, descending: bool,
                   offset: int, limit: int) -> list[SessionRow]:
        with self.db.session() as session:
            return dashboard_drill.drill_sessions(session, flt, figure, sort=sort,
                                                  descending=descending, offset=offset,
                                                  limit=limit)

    def drill_count(self, flt: DashboardFilter, figure: Figure) -> int:
        with self.db.session() as session:
            return dashboard_drill.drill_count(session, flt, figure)

    def checks(self, flt: DashboardFilter) -> CheckResults:
        with self.db.session() as session:
            return CheckResults(
                hq_checks.incomplete_sessions(session, flt),
                hq_checks.count_incomplete(session, flt),
                hq_checks.probable_duplicates(session, flt),
                hq_checks.count_duplicate_groups(session, flt))

    def organisations(self) -> list[tuple[str, str]]:
        """(id, name) of every live organisation, by name."""
        with self.db.session() as session:
            return [tuple(row) for row in session.execute(
                select(Organisation.id, Organisation.name)
                .where(Organisation.deleted.is_(False)).order_by(Organisation.name))]

    def teams(self, organisation_id: str = "") -> list[tuple[str, str]]:
        """(id, name) of the live teams (of one organisation when given), by name."""
        query = select(Team.id, Team.name).where(Team.deleted.is_(False)).order_by(Team.name)
        if organisation_id:
            query = query.where(Team.organisation_id == organisation_id)
        with self.db.session() as session:
            return [tuple(row) for row in session.execute(query)]
