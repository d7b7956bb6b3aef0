"""Screenshots of the Sync page (an import preview at headquarters) and the Conflicts page.

Called by `make_screenshots.py`: a field database (the demo's) exports a bundle, a new
headquarters database previews it, then a session edited on both sides gives a conflict.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from riskedu.core.database import Database, open_database
from riskedu.core.profile import SetupForm, apply_setup
from riskedu.core.queries import SessionFilter, list_sessions
from riskedu.core.sessions import load_form, save_session
from riskedu.sync.importer import import_bundle
from riskedu.ui.main_window import MainWindow
from riskedu.ui.workspace import Workspace


def _headquarters(folder: Path) -> Database:
    hq = open_database(folder / "headquarters.sqlite3")
    with hq.transaction() as session:
        apply_setup(session, hq.installation_id, SetupForm(
            organisation_name="HALO Trust", organisation_code="HALO", team_name="Headquarters",
            team_code="HQ", educator_name="Chantha Information officer"))
    return hq


def _edit_notes(db: Database, session_id: str, notes: str, today) -> None:
    with db.transaction() as session:
        form = load_form(session, session_id)
        form.notes = notes
        save_session(session, form, by="screenshots", today=today)


def sync_shots(app: QApplication, field: Database, folder: Path, out: Path, size, today,
               settle) -> None:
    # The import's closing report box would wait for a click that never comes here.
    QMessageBox.information = staticmethod(lambda *args, **kwargs: None)
    usb = folder / "usb"
    usb.mkdir()
    first = Workspace(field).sync.export(usb, full=True).path
    hq = _headquarters(folder)
    try:
        window = MainWindow(Workspace(hq))
        window.resize(*size)
        window.show()
        settle(app, window)
        page = window.sync_page
        window.pages.setCurrentWidget(page)
        page.preview([first])
        while page.preview_dialog is None:
            app.processEvents()
        settle(app)
        dialog = page.preview_dialog
        dialog.tree.topLevelItem(0).setSelected(True)
        save_to = out / "sync-preview.png"
        dialog.grab().save(str(save_to))
        print(save_to)
        next(iter(dialog.accept_boxes.values())).setChecked(True)
        dialog.accept()
        while page.busy or not page.last_reports:
            app.processEvents()
        settle(app)
        window.sync_page.export_to(usb)  # one bundle out as well, for the history
        while page.busy:
            app.processEvents()
        settle(app, window)
        window.grab().save(str(out / "sync-page.png"))
        print(out / "sync-page.png")

        with field.session() as session:
            row = list_sessions(session, SessionFilter(status="draft"), limit=1)[0]
        _edit_notes(hq, row.id, "Village chief asked for a second session in January.", today)
        _edit_notes(field, row.id, "Two families reported a UXO near the school; hazard "
                    "report sent.", today)
        import_bundle(hq, Workspace(field).sync.export(usb).path)
        window.pages.setCurrentWidget(window.conflicts_page)
        conflicts = window.conflicts_page
        conflicts.reload()
        while conflicts.busy or not conflicts.versions:
            app.processEvents()
        settle(app, window)
        window.grab().save(str(out / "conflicts-page.png"))
        print(out / "conflicts-page.png")
        window.close()
    finally:
        hq.close()
