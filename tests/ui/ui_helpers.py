"""Helpers for window tests: sessions (a few through `save_session`, many through a bulk
insert) and waiting for or closing a main window."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from sqlalchemy import insert, select

from riskedu.core.dashboard_summary import Touched
from riskedu.core.database import Database
from riskedu.core.db.models import (
    ATTENDANCE_GRID_FIELDS,
    Attendance,
    EducationSession,
    GazetteerUnit,
)
from riskedu.core.gazetteer import CAMBODIA_VERSION, VILLAGE
from riskedu.core.sessions import SaveResult, finalise_session, save_session
from riskedu.ui.main_window import MainWindow

from factories import valid_form

TODAY = date.today()  # the window validates against the real date


def days_ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def saved_session(db: Database, *, final: bool = False, **changes) -> SaveResult:
    """One valid session saved through the core (a week ago unless told otherwise)."""
    changes.setdefault("session_date", days_ago(7))
    changes.setdefault("report_date", changes["session_date"])
    with db.transaction() as session:
        result = save_session(session, valid_form(db, **changes), by="Sokha Chan")
        if final:
            result = finalise_session(session, result.session_id, by="Sokha Chan")
    return result


def bulk_sessions(db: Database, count: int, seed: int = 7) -> None:
    """`count` plausible draft sessions in real villages, written in two statements."""
    rnd = random.Random(seed)
    with db.session() as session:
        villages = session.execute(select(GazetteerUnit.code, GazetteerUnit.parent_code).where(
            GazetteerUnit.version == CAMBODIA_VERSION, GazetteerUnit.level == VILLAGE)
            .limit(500)).all()
    sessions, counts = [], []
    for number in range(count):
        session_id = str(uuid.UUID(int=rnd.getrandbits(128)))
        village, commune = rnd.choice(villages)
        day = days_ago(rnd.randrange(30, 2000))
        sessions.append(dict(
            id=session_id, report_code=f"BULK-RE-{day:%Y%m%d}-{number:04d}", status="draft",
            session_date=day, report_date=day, gazetteer_version=CAMBODIA_VERSION,
            province_code=commune[:2], district_code=commune[:4], commune_code=commune,
            village_code=village, category="direct", activity="direct_re",
            method="interactive_group", audience="farmers", location_type="farm",
            notes="", hazards=[], installation_id=db.installation_id,
            change_counter=number))
        grid = {name: rnd.randrange(0, 6) for name in ATTENDANCE_GRID_FIELDS}
        counts.append(dict(grid, session_id=session_id, disabled_female=0, disabled_male=0,
                           first_time=0))
    with db.transaction() as session:
        session.execute(insert(EducationSession), sessions)
        session.execute(insert(Attendance), counts)
        changes = Touched()  # a bulk writer keeps the dashboard summary exact itself
        changes.session_rows(*sessions)
        changes.apply(session.connection())


def wait_idle(qtbot, window: MainWindow) -> None:
    """Wait until the list and totals have been read."""
    qtbot.waitUntil(lambda: not window.busy, timeout=5000)


def close_quietly(window: MainWindow) -> None:
    editor = window.editor
    if editor is not None:
        editor._baseline = editor.collect()[0].to_json()  # no "unsaved changes" question
        editor.reject()
    window.close()
    window.shutdown()
