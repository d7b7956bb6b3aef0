"""Random writes through the core functions, and the checks that the dashboard summary
is exact and gives the same figures as the sessions (tests/core and tests/sync)."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select

from riskedu.core.categories import ACTIVITIES_BY_CATEGORY
from riskedu.core.dashboard import DashboardFilter, dashboard
from riskedu.core.dashboard_direct import dashboard_from_sessions
from riskedu.core.dashboard_summary import recomputed_rows, stored_rows
from riskedu.core.db.models import GazetteerUnit
from riskedu.core.forms import HazardReportLine
from riskedu.core.gazetteer import CAMBODIA_VERSION, VILLAGE
from riskedu.core.sessions import (
    delete_session,
    finalise_session,
    load_form,
    reopen_session,
    restore_from_trash,
    save_session,
)
from riskedu.core.validation import ValidationFailed

from factories import TODAY, valid_form

METHODS = ("interactive_group", "house_to_house", "theatre", "focus_group")
AUDIENCES = ("farmers", "teachers", "children_students", "community_leaders")
CATEGORIES = ("direct", "direct", "indirect", "training")
ATTENDED = ("female_6_12", "male_13_17", "female_18_49", "male_60_plus", "disabled_male",
            "first_time")


def villages(db, count: int = 6) -> list[dict]:
    """Villages of several provinces and districts of the bundled gazetteer."""
    with db.session() as session:
        codes = session.scalars(select(GazetteerUnit.code).where(
            GazetteerUnit.version == CAMBODIA_VERSION, GazetteerUnit.level == VILLAGE)
            .order_by(GazetteerUnit.code)).all()
    picked = [codes[i] for i in range(0, len(codes), len(codes) // count)][:count]
    return [{"province_code": c[:2], "district_code": c[:4], "commune_code": c[:6],
             "village_code": c} for c in picked]


def random_changes(rnd: random.Random, places: list[dict]) -> dict:
    day = date(2026, rnd.randint(1, 11), rnd.randint(1, 28))
    attendance = {name: rnd.randint(0, 9) for name in ATTENDED}
    attendance["first_time"] = min(attendance["first_time"], attendance["female_6_12"])
    category = rnd.choice(CATEGORIES)
    return {**rnd.choice(places), "session_date": day, "report_date": day,
            "method": rnd.choice(METHODS), "audience": rnd.choice(AUDIENCES),
            "category": (category, rnd.choice(ACTIVITIES_BY_CATEGORY[category])),
            "attendance": attendance,
            "hazard_reports": [HazardReportLine(place=f"Field {n}")
                               for n in range(rnd.choice((0, 0, 1, 2)))]}


class Workload:
    """Random writes through the core functions a user's clicks call."""

    def __init__(self, db, seed: int):
        self.db, self.rnd = db, random.Random(seed)
        self.places = villages(db)
        self.live: list[str] = []
        self.trash: list[str] = []

    def step(self) -> None:
        choice = self.rnd.random()
        with self.db.transaction() as session:
            try:
                if choice < 0.35 or not self.live:
                    self.new(session)
                elif choice < 0.6:
                    self.edit(session, self.rnd.choice(self.live))
                elif choice < 0.7:
                    self.status(session, self.rnd.choice(self.live))
                elif choice < 0.85:
                    victim = self.rnd.choice(self.live)
                    self.trash.append(delete_session(session, victim, by="test"))
                    self.live.remove(victim)
                elif self.trash:
                    self.live.append(restore_from_trash(session, self.trash.pop(), by="test"))
            except ValidationFailed:
                session.rollback()

    def new(self, session) -> None:
        changes = random_changes(self.rnd, self.places)
        attendance = changes.pop("attendance")
        category, activity = changes.pop("category")
        form = valid_form(self.db, attendance=attendance, category=category,
                          activity=activity, **changes)
        if self.rnd.random() < 0.1:
            form.session_date = None  # a draft without a date yet
        saved = save_session(session, form, by="test", finalise=self.rnd.random() < 0.5,
                             today=TODAY)
        self.live.append(saved.session_id)

    def edit(self, session, session_id: str) -> None:
        form = load_form(session, session_id)
        if form.status != "draft":
            reopen_session(session, session_id, by="test")
            form = load_form(session, session_id)
        changes = random_changes(self.rnd, self.places)
        for name in self.rnd.sample(sorted(changes), 3):
            if name == "attendance":
                form.attendance.update(changes[name])
            elif name == "category":  # with an activity of that category
                form.category, form.activity = changes[name]
            else:
                setattr(form, name, changes[name])
        save_session(session, form, by="test", today=TODAY)

    def status(self, session, session_id: str) -> None:
        if load_form(session, session_id).status == "draft":
            finalise_session(session, session_id, by="test", today=TODAY)
        else:
            reopen_session(session, session_id, by="test")


def assert_summary_exact(db) -> None:
    with db.session() as session:
        connection = session.connection()
        assert stored_rows(connection) == recomputed_rows(connection)


def filters(db, places: list[dict]) -> list[DashboardFilter]:
    with db.session() as session:
        team = db.installation().team_id
        organisation = db.installation().organisation_id
        del session
    return [
        DashboardFilter(),
        DashboardFilter(date_from=date(2026, 3, 1), date_to=date(2026, 6, 30)),
        DashboardFilter(date_from=date(2026, 3, 10), date_to=date(2026, 6, 12)),
        DashboardFilter(date_from=date(2026, 4, 5), date_to=date(2026, 4, 25)),
        DashboardFilter(date_from=date(2026, 4, 20), date_to=date(2026, 5, 10)),
        DashboardFilter(date_from=date(2026, 5, 7), date_to=date(2026, 5, 7)),
        DashboardFilter(date_from=date(2026, 2, 14)),
        DashboardFilter(date_to=date(2026, 8, 19)),
        DashboardFilter(date_to=date(2026, 8, 31)),
        DashboardFilter(date_from=date(2026, 9, 1), date_to=date(2026, 12, 31)),
        DashboardFilter(province_code=places[0]["province_code"]),
        DashboardFilter(district_code=places[-1]["district_code"],
                        date_from=date(2026, 1, 31)),
        DashboardFilter(organisation_id=organisation, status="final"),
        DashboardFilter(team_id=team, status="draft", date_to=date(2026, 10, 3)),
        DashboardFilter(team_id="no-such-team"),
        DashboardFilter(category="indirect"),
        DashboardFilter(category="direct", date_from=date(2026, 3, 10), status="final"),
        DashboardFilter(category="training", province_code=places[0]["province_code"]),
    ]


def assert_same_figures(db, flts: list[DashboardFilter]) -> None:
    with db.session() as session:
        for flt in flts:
            expected = dashboard_from_sessions(session, flt, CAMBODIA_VERSION)
            assert dashboard(session, flt, CAMBODIA_VERSION) == expected, flt
