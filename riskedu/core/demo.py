"""`riskedu demo`: fill a database with realistic sessions for trials and benchmarks.

Content comes from `demo_draw` (seeded, database-independent); this module gives
it fresh ids, report numbers that continue after the codes already in the file,
and sync metadata from `reserve_counters`, and writes it with bulk Core inserts in
one transaction: 100,000 sessions take seconds, and a failure leaves nothing behind.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import count as numbers_from

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, aliased

from riskedu.core import demo_data as data
from riskedu.core.categories import CHILD_BANDS
from riskedu.core.dashboard_summary import Touched
from riskedu.core.database import Database
from riskedu.core.db.base import utc_now
from riskedu.core.db.models import (
    ATTENDANCE_GRID_FIELDS,
    Attendance,
    EducationSession,
    Facilitator,
    GazetteerUnit,
    HazardReport,
    LocalInstallation,
    Organisation,
    Participant,
    StatusChange,
    Team,
    session_facilitators,
)
from riskedu.core.db.stamping import bulk_stamp, reserve_counters
from riskedu.core.demo_draw import Plan, SessionDraw, Village
from riskedu.core.demo_stock import HandOutSession, add_demo_stock
from riskedu.core.filestore import FileStore, files_root
from riskedu.core.gazetteer import CAMBODIA_VERSION, VILLAGE
from riskedu.core.profile import find_or_add

# Bump when the same seed starts giving different content (benchmark caches key on it).
DEMO_FORMAT = 2  # 2: materials, hand-outs and stock
BATCH = 5_000

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoResult:
    """What one demo run added."""

    sessions: int
    participants: int
    hazard_reports: int
    materials: int = 0
    material_lines: int = 0
    stock_entries: int = 0


@dataclass(frozen=True)
class DemoStaff:
    """The demo organisation's id, its teams' (id, code) and each team's (id, name) people."""

    organisation_id: str
    organisation_code: str
    teams: list[tuple[str, str]]
    people: list[list[tuple[str, str]]]


def ensure_demo_staff(session: Session, installation_id: str) -> DemoStaff:
    """The demo organisation, teams and facilitators (reused when already there).

    An installation not yet set up gets the first demo educator as its profile, so
    the window opens straight onto the list.
    """
    name, code = data.DEMO_ORGANISATION
    organisation = find_or_add(session, Organisation, name=name, short_code=code)
    teams, people = [], []
    for team_name, team_code, _, facilitators in data.DEMO_TEAMS:
        team = find_or_add(session, Team, organisation_id=organisation.id, name=team_name,
                            code=team_code)
        teams.append((team.id, team_code))
        people.append([(find_or_add(session, Facilitator, organisation_id=organisation.id,
                                     team_id=team.id, name=person, sex=sex).id, person)
                       for person, sex in facilitators])
    installation = session.get(LocalInstallation, installation_id)
    if not installation.is_set_up:
        installation.organisation_id = organisation.id
        installation.team_id = teams[0][0]
        installation.educator_id = people[0][0][0]
        installation.gazetteer_version = CAMBODIA_VERSION
        installation.name = f"{code} {data.DEMO_TEAMS[0][0]}"
    return DemoStaff(organisation.id, code, teams, people)


def village_pool(session: Session, version: str = CAMBODIA_VERSION) -> dict[str, list[Village]]:
    """Every village of a gazetteer version with its lineage, by province, in code order."""
    commune, district = aliased(GazetteerUnit), aliased(GazetteerUnit)
    v = GazetteerUnit
    rows = session.execute(
        select(v.code, commune.code, district.code, district.parent_code)
        .join(commune, (commune.version == v.version) & (commune.code == v.parent_code))
        .join(district, (district.version == v.version) & (district.code == commune.parent_code))
        .where(v.version == version, v.level == VILLAGE).order_by(v.code))
    pool: dict[str, list[Village]] = {}
    for village, commune_code, district_code, province in rows:
        pool.setdefault(province, []).append(
            Village(village, commune_code, district_code, province))
    return pool


class ReportNumbers:
    """Report codes `{ORG}-{TEAM}-RE-{yyyymmdd}-{nnn}` continuing after those in the file."""

    def __init__(self, session: Session, organisation_code: str):
        self.last: dict[str, int] = {}
        codes = session.scalars(select(EducationSession.report_code).where(
            EducationSession.report_code.like(f"{organisation_code}-%")))
        for code in codes:
            stem, _, number = code.rpartition("-")
            if number.isdigit():
                self.last[stem] = max(self.last.get(stem, 0), int(number))

    def next(self, prefix: str, day: date) -> str:
        stem = f"{prefix}-RE-{day:%Y%m%d}"
        number = self.last.get(stem, 0) + 1
        self.last[stem] = number
        return f"{stem}-{number:03d}"


_SESSION_CONSTANTS = {"place_text": "", "gps_safe": False, "latitude": None,
                      "longitude": None, "gps_accuracy_m": None,
                      "gazetteer_version": CAMBODIA_VERSION}


class _BatchWriter:
    """Turns plans into rows of every table and inserts them in bulk."""

    def __init__(self, session: Session, staff: DemoStaff, numbers: ReportNumbers):
        self.session, self.staff, self.numbers = session, staff, numbers
        self.hand_outs: list[HandOutSession] = []  # what the stock demo hands out at
        self.touched = Touched()  # the dashboard summary's groups to recompute

    def write(self, plans: list[Plan]) -> tuple[int, int]:
        synced = sum(1 + len(p.participants) + len(p.hazard_reports) + p.final for p in plans)
        installation_id, first = reserve_counters(self.session, synced)
        counter, now = numbers_from(first), utc_now()

        def meta() -> dict:
            return {"id": str(uuid.uuid4()), "deleted": False,
                    **bulk_stamp(installation_id, next(counter), now)}

        tables: dict[str, list[dict]] = {t: [] for t in
                                         ("sessions", "attendance", "links", "participants",
                                          "hazard_reports", "status_changes")}
        for plan in plans:
            self._rows(plan, meta, tables)
        self.touched.session_rows(*tables["sessions"])
        for model, key in ((EducationSession, "sessions"), (Attendance, "attendance"),
                           (Participant, "participants"), (HazardReport, "hazard_reports"),
                           (StatusChange, "status_changes")):
            if tables[key]:
                self.session.execute(insert(model.__table__), tables[key])
        if tables["links"]:
            self.session.execute(insert(session_facilitators), tables["links"])
        return len(tables["participants"]), len(tables["hazard_reports"])

    def _rows(self, plan: Plan, meta: Callable[[], dict], tables: dict[str, list]) -> None:
        team_id, team_code = self.staff.teams[plan.team]
        people = self.staff.people[plan.team]
        day = plan.fields["session_date"]
        row = meta() | _SESSION_CONSTANTS | plan.fields | {
            "organisation_id": self.staff.organisation_id, "team_id": team_id,
            "status": "final" if plan.final else "draft",
            "report_code": self.numbers.next(f"{self.staff.organisation_code}-{team_code}", day)}
        session_id = row["id"]
        tables["sessions"].append(row)
        children = sum(plan.attendance[f"{sex}_{band}"] for sex in ("female", "male")
                       for band in CHILD_BANDS)
        self.hand_outs.append(HandOutSession(
            session_id, day, row["category"], row.get("audience", ""),
            sum(plan.attendance[k] for k in ATTENDANCE_GRID_FIELDS), children,
            people[plan.facilitators[0]][1] if plan.facilitators else ""))
        tables["attendance"].append({"session_id": session_id} | plan.attendance)
        tables["links"] += [{"session_id": session_id, "facilitator_id": people[i][0]}
                            for i in plan.facilitators]
        for position, person in enumerate(plan.participants):
            tables["participants"].append(
                meta() | person | {"session_id": session_id, "position": position})
        for position, report in enumerate(plan.hazard_reports):
            tables["hazard_reports"].append(
                meta() | report | {"session_id": session_id, "position": position})
        if plan.final:
            by = people[plan.facilitators[0]][1] if plan.facilitators else ""
            tables["status_changes"].append(meta() | {
                "session_id": session_id, "from_status": "draft", "to_status": "final",
                "changed_by": by,
                "changed_at": datetime.combine(plan.fields["report_date"], time(17, 0))})


def generate_demo(db: Database, sessions: int, *, seed: int = 1, today: date | None = None,
                  progress: Progress | None = None) -> DemoResult:
    """Add `sessions` realistic sessions dated up to `today` (default: the real today).

    The same seed and `today` give the same content on any database.
    """
    today = today or date.today()
    added_people = added_reports = 0
    with db.transaction() as session:
        staff = ensure_demo_staff(session, db.installation_id)
        draw = SessionDraw(village_pool(session), seed, today)
        writer = _BatchWriter(session, staff, ReportNumbers(session, staff.organisation_code))
        done = 0
        while done < sessions:
            plans = [draw.next() for _ in range(min(BATCH, sessions - done))]
            people, reports = writer.write(plans)
            added_people += people
            added_reports += reports
            done += len(plans)
            if progress is not None:
                progress(done, sessions)
        stock = add_demo_stock(session, FileStore(files_root(db.path)), writer.hand_outs, seed)
        writer.touched.apply(session.connection())
    return DemoResult(sessions, added_people, added_reports, stock.materials, stock.lines,
                      stock.entries)
