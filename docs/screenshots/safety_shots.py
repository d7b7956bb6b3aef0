"""Screenshots of the Trash, a session's History, the lock screen and the App lock dialog.

    python docs/screenshots/safety_shots.py [OUTPUT_DIR]

A demo database (offscreen, nothing of the user's touched): a final session corrected
by a second educator, two sessions and a material deleted, one of them exported.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_screenshots import SCREEN, TASKBAR, TODAY, save, settle  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from riskedu.core.app_lock import set_passphrase  # noqa: E402
from riskedu.core.database import Database, open_database  # noqa: E402
from riskedu.core.demo import generate_demo  # noqa: E402
from riskedu.core.queries import SessionFilter, list_sessions  # noqa: E402
from riskedu.core.sessions import load_form, reopen_session, save_session  # noqa: E402
from riskedu.ui import catalogs  # noqa: E402
from riskedu.ui.app import application  # noqa: E402
from riskedu.ui.main_window import MainWindow  # noqa: E402
from riskedu.ui.workspace import Workspace  # noqa: E402


def _correct(db: Database, session_id: str) -> None:
    """A final session reopened and corrected: notes, a count, a roster line, a place."""
    with db.transaction() as session:
        reopen_session(session, session_id, by="Vanna Keo")
        form = load_form(session, session_id)
        form.notes = (form.notes + " Village chief attended.").strip()
        form.attendance["female_6_12"] += 3
        form.location_type = "religious_site"
        save_session(session, form, by="Vanna Keo", finalise=True, today=TODAY)


def main(out: Path) -> None:
    app = application()
    QMessageBox.warning = staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    with tempfile.TemporaryDirectory() as temp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, temp)
        catalogs.CACHE_DIR = Path(temp) / "translations"
        db = open_database(Path(temp) / "screenshots.sqlite3")
        try:
            generate_demo(db, 60, seed=3, today=TODAY)
            with db.session() as session:
                rows = list_sessions(session, SessionFilter(status="final"), limit=4)
            _correct(db, rows[0].id)
            workspace = Workspace(db)
            workspace.delete(rows[1].id)
            workspace.sync.export(Path(temp), full=True)  # this deletion has travelled
            workspace.delete(rows[2].id)
            workspace.delete(rows[3].id)
            window = MainWindow(workspace)
            window.resize(SCREEN[0], SCREEN[1] - TASKBAR)
            window.show()
            settle(app, window)
            window.select_session(rows[0].id)
            history = window.safety_actions.show_history()
            history.resize(980, 460)
            settle(app)
            save(history, out / "history-dialog.png")
            history.reject()
            trash = window.safety_actions.show_trash()
            trash.resize(1000, 360)
            settle(app)
            save(trash, out / "trash-dialog.png")
            trash.reject()
            with db.transaction() as session:
                set_passphrase(session, "mango rice river", "mango rice river", idle_minutes=10)
            window.safety_actions.lock.reload()
            settings = window.safety_actions.show_lock_settings()
            settle(app)
            save(settings, out / "app-lock-dialog.png")
            settings.reject()
            window.safety_actions.lock.lock_now()
            window.safety_actions.lock.screen.passphrase.setText("mango")
            window.safety_actions.lock.screen.submit()
            settle(app)
            save(window, out / "lock-screen.png")
            window.close()
            window.shutdown()
        finally:
            db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
