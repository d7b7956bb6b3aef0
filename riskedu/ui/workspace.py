"""The window's door to the core: one open database, this installation's profile, and
short transactions around each core call. Holds no rule of its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from riskedu.core import gazetteer, profile, queries, sessions
from riskedu.core.database import Database
from riskedu.core.db.models import Facilitator, LocalInstallation, Organisation, Team
from riskedu.core.forms import SessionForm
from riskedu.core.gazetteer import Place
from riskedu.core.queries import SessionFilter, SessionRow, Totals
from riskedu.core.recovery import recovery_path
from riskedu.paths import data_dir
from riskedu.ui.materials_access import MaterialsAccess
from riskedu.ui.print_access import PrintAccess
from riskedu.ui.safety_access import SafetyAccess
from riskedu.ui.sync_access import SyncAccess


@dataclass(frozen=True)
class Profile:
    """Who this installation works for, as set up on first run."""

    organisation_id: str | None
    organisation_name: str
    organisation_code: str
    team_id: str | None
    team_name: str
    educator_id: str | None
    educator_name: str
    gazetteer_version: str


@dataclass(frozen=True)
class Person:
    """A facilitator to choose in the editor."""

    id: str
    name: str
    sex: str
    in_team: bool


@dataclass(frozen=True)
class VillageMatch:
    """A village found by name, with its commune, district and province."""

    village: Place
    lineage: tuple[Place, ...]


class Workspace:
    """An open database seen by one educator: reads, writes, profile and recovery file."""

    def __init__(self, db: Database):
        self.db = db
        self.profile = self._read_profile()
        self.materials = MaterialsAccess(db, lambda: self.by)  # catalogue, stock, files
        self.sync = SyncAccess(db, lambda: self.by)  # bundles, installations, conflicts
        self.safety = SafetyAccess(db, lambda: self.by)  # trash, histories, app lock
        self.printing = PrintAccess(db)  # documents, print details, certificate checks

    def _read_profile(self) -> Profile:
        # One query, not four: this runs on every start, before the window shows.
        query = (select(LocalInstallation.organisation_id, Organisation.name,
                        Organisation.short_code, LocalInstallation.team_id, Team.name,
                        LocalInstallation.educator_id, Facilitator.name,
                        LocalInstallation.gazetteer_version)
                 .outerjoin(Organisation, Organisation.id == LocalInstallation.organisation_id)
                 .outerjoin(Team, Team.id == LocalInstallation.team_id)
                 .outerjoin(Facilitator, Facilitator.id == LocalInstallation.educator_id)
                 .where(LocalInstallation.id == self.db.installation_id))
        with self.db.session() as session:
            (org_id, org_name, org_code, team_id, team_name, educator_id, educator_name,
             version) = session.execute(query).one()
        return Profile(org_id, org_name or "", org_code or "", team_id, team_name or "",
                       educator_id, educator_name or "", version or gazetteer.CAMBODIA_VERSION)

    @property
    def is_set_up(self) -> bool:
        return self.db.installation().is_set_up

    @property
    def by(self) -> str:
        """The name recorded as who changed a record's status."""
        return self.profile.educator_name

    @property
    def recovery_file(self) -> Path:
        path = self.db.path
        return recovery_path(path if path is not None else data_dir() / "riskedu-server")

    def set_up(self, form: profile.SetupForm) -> None:
        with self.db.transaction() as session:
            profile.apply_setup(session, self.db.installation_id, form)
        self.profile = self._read_profile()

    # Records -------------------------------------------------------------------------

    def new_form(self) -> SessionForm:
        with self.db.session() as session:
            inst = session.get(LocalInstallation, self.db.installation_id)
            return sessions.new_session_form(session, inst)

    def load_form(self, session_id: str) -> SessionForm:
        with self.db.session() as session:
            return sessions.load_form(session, session_id)

    def save(self, form: SessionForm, *, finalise: bool) -> sessions.SaveResult:
        with self.db.transaction() as session:
            return sessions.save_session(session, form, by=self.by, finalise=finalise)

    def finalise(self, session_id: str) -> sessions.SaveResult:
        with self.db.transaction() as session:
            return sessions.finalise_session(session, session_id, by=self.by)

    def reopen(self, session_id: str) -> sessions.SaveResult:
        with self.db.transaction() as session:
            return sessions.reopen_session(session, session_id, by=self.by)

    def delete(self, session_id: str) -> str:
        """Delete a session (undoable until exported); the trash item's id."""
        return self.safety.delete_session(session_id)

    # The list (these may run on a worker thread: each opens its own session) -------

    def page(self, flt: SessionFilter, sort: str, descending: bool, offset: int,
             limit: int) -> list[SessionRow]:
        with self.db.session() as session:
            return queries.list_sessions(session, flt, sort=sort, descending=descending,
                                         offset=offset, limit=limit)

    def totals(self, flt: SessionFilter) -> Totals:
        with self.db.session() as session:
            return queries.totals(session, flt)

    def row_if_matching(self, flt: SessionFilter, session_id: str) -> SessionRow | None:
        """The list line of a session when it is still among the filter's rows."""
        with self.db.session() as session:
            if not queries.session_matches(session, flt, session_id):
                return None
            return queries.session_row(session, session_id)

    # People and places ---------------------------------------------------------------

    def facilitators(self) -> list[Person]:
        with self.db.session() as session:
            team = self.profile.team_id
            return [Person(f.id, f.name, f.sex, f.team_id == team)
                    for f in profile.team_facilitators(session, team)]

    def add_facilitator(self, name: str, sex: str) -> Person:
        with self.db.transaction() as session:
            person = profile.add_facilitator(session, name, sex, self.profile.team_id,
                                             self.profile.organisation_id)
            return Person(person.id, person.name, person.sex, True)

    def places(self, version: str, level: int, parent_code: str = "") -> list[Place]:
        with self.db.session() as session:
            return gazetteer.children(session, version, level, parent_code)

    def lineage(self, version: str, code: str) -> list[Place]:
        with self.db.session() as session:
            return gazetteer.lineage(session, version, code)

    def find_villages(self, version: str, text: str, limit: int = 50) -> list[VillageMatch]:
        with self.db.session() as session:
            found = gazetteer.find_villages(session, version, text, limit=limit)
            return [VillageMatch(v, tuple(gazetteer.lineage(session, version, v.code)[:-1]))
                    for v in found]
