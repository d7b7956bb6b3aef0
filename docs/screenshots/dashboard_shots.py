"""Render the Dashboard and Checks pages from a temporary demo database.

    python docs/screenshots/dashboard_shots.py [OUTPUT_DIR]

Offscreen, at a 1366×768 laptop's size (the dashboard scrolls; `dashboard-full*.png`
shows the whole page at a taller size): English and Khmer dashboards, one drill-down
list and the Checks page. Nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from riskedu.core.dashboard_summary import rebuild  # noqa: E402
from riskedu.core.database import open_database  # noqa: E402
from riskedu.core.db.models import (  # noqa: E402
    Attendance,
    EducationSession,
    KnownInstallation,
    session_facilitators,
)
from riskedu.core.demo import generate_demo  # noqa: E402
from riskedu.ui import catalogs  # noqa: E402
from riskedu.ui.app import application  # noqa: E402
from riskedu.ui.language_switch import apply_language  # noqa: E402
from riskedu.ui.main_window import MainWindow  # noqa: E402
from riskedu.ui.workspace import Workspace  # noqa: E402

SCREEN = (1366, 728)
TODAY = date(2026, 11, 27)


def settle(app: QApplication, *busy_things) -> None:
    for _ in range(3):
        while any(thing.busy for thing in busy_things):
            app.processEvents()
        for _ in range(5):
            app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def dashboard_shots(app: QApplication, window: MainWindow, out: Path, suffix: str) -> None:
    page = window.pages.page("dashboard")
    window.pages.setCurrentWidget(page)
    settle(app, page)
    save(window, out / f"dashboard{suffix}.png")
    window.resize(SCREEN[0], 1900)
    settle(app, page)
    save(window, out / f"dashboard-full{suffix}.png")
    window.resize(*SCREEN)
    if suffix:
        return
    chart = page.charts["province"]
    chart.bar_clicked.emit("province", chart.keys[-1])  # the top bar: the largest
    settle(app, page.drill)
    save(page.drill, out / "dashboard-drill.png")
    page.drill.close()
    checks = window.pages.page("checks")
    window.pages.setCurrentWidget(checks)
    settle(app, checks)
    save(window, out / "checks-page.png")


def add_duplicates(db, count: int = 3) -> None:
    """Copies of a few final sessions as if a second laptop of the team had sent them too."""
    sessions, attendance = EducationSession.__table__, Attendance.__table__
    links = session_facilitators
    with db.transaction() as session:
        laptop = KnownInstallation(id=str(uuid.uuid4()), name="DEMO Team 1 (second laptop)",
                                   organisation_code="DEMO", public_key="0" * 64)
        session.add(laptop)
        session.flush()
        originals = session.execute(select(sessions).where(
            sessions.c.status == "final", sessions.c.village_code != "",
            sessions.c.category == "direct").limit(count)).mappings().all()
        for original in originals:
            copy_id = str(uuid.uuid4())
            session.execute(insert(sessions), dict(original) | {
                "id": copy_id, "report_code": original["report_code"] + "B",
                "installation_id": laptop.id, "origin_installation_id": laptop.id})
            counts = session.execute(select(attendance).where(
                attendance.c.session_id == original["id"])).mappings().one()
            session.execute(insert(attendance), dict(counts) | {"session_id": copy_id})
            for person in session.scalars(select(links.c.facilitator_id).where(
                    links.c.session_id == original["id"])).all():
                session.execute(insert(links), {"session_id": copy_id, "facilitator_id": person})
        rebuild(session.connection())  # plain inserts: the dashboard summary is told here


def main(out: Path) -> None:
    app = application()
    with tempfile.TemporaryDirectory() as temp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, temp)
        catalogs.CACHE_DIR = Path(temp) / "translations"
        db = open_database(Path(temp) / "dashboard.sqlite3")
        try:
            generate_demo(db, 3000, seed=3, today=TODAY)
            add_duplicates(db)
            for lang, suffix in (("en", ""), ("km", "-km")):
                apply_language(lang)
                window = MainWindow(Workspace(db))
                window.resize(*SCREEN)
                window.show()
                settle(app, window)
                dashboard_shots(app, window, out, suffix)
                window.close()
        finally:
            db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
