"""Screenshots of printing in the window: the options dialog, the print preview of real
certificates, the Reports page, the organisation details and the Verify dialog, in
English and Khmer.

    python docs/screenshots/print_shots.py [OUTPUT_DIR]

Also called by `make_screenshots.py`. Runs offscreen on a temporary demo database;
nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from riskedu.core.database import Database, open_database  # noqa: E402
from riskedu.core.forms import ParticipantLine  # noqa: E402
from riskedu.core.materials import MaterialFilter  # noqa: E402
from riskedu.core.print_details import PrintDetails, save_print_details  # noqa: E402
from riskedu.core.queries import SessionFilter, list_sessions  # noqa: E402
from riskedu.core.sessions import load_form, save_session  # noqa: E402
from riskedu.ui.language_switch import apply_language  # noqa: E402
from riskedu.ui.main_window import MainWindow  # noqa: E402
from riskedu.ui.organisation_dialog import OrganisationDialog  # noqa: E402
from riskedu.ui.print_jobs import PrintJob  # noqa: E402
from riskedu.ui.print_options import DocumentChoice, PrintOptionsDialog  # noqa: E402
from riskedu.ui.verify_dialog import VerifyDialog  # noqa: E402
from riskedu.ui.workspace import Workspace  # noqa: E402

NAMES = ("សុខ ចាន់ធា", "ស្រី បណ្តុះបណ្តាល", "កែវ ស្រីពៅ", "Dara Keo")


def _with_roster(db: Database, today: date) -> str:
    """A demo session given a roster with Khmer names; its report code."""
    with db.session() as session:
        row = list_sessions(session, SessionFilter(status="draft"), limit=1)[0]
    with db.transaction() as session:
        form = load_form(session, row.id)
        form.participants = [ParticipantLine(name=name, sex="female" if i % 2 else "male",
                                             age=24 + i) for i, name in enumerate(NAMES)]
        return save_session(session, form, by="screenshots", today=today).report_code


def _details(db: Database) -> None:
    save_print_details(db, PrintDetails(
        organisation_names={"en": "The HALO Trust Cambodia", "km": "អង្គការ ហាឡូ ត្រាស់ កម្ពុជា"},
        signatory_name="Sokha Chan", signatory_title="Programme manager"))


def _save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def print_shots(app: QApplication, db: Database, out: Path, size: tuple[int, int],
                today: date, settle: Callable, languages: tuple[str, ...] = ("en", "km")
                ) -> None:
    QMessageBox.information = staticmethod(lambda *args, **kwargs: None)
    code = _with_roster(db, today)
    _details(db)
    for lang in languages:
        apply_language(lang)
        suffix = "" if lang == "en" else f"-{lang}"
        window = MainWindow(Workspace(db))
        window.resize(*size)
        window.show()
        settle(app, window)
        _dialog_shots(app, window, code, out, suffix, settle)
        _preview_shot(app, window, code, out, suffix, settle)
        page = window.pages.page("reports")
        window.pages.setCurrentWidget(page)
        page.area.set_area("02")
        settle(app, window)
        _save(window, out / f"reports-page{suffix}.png")
        window.close()
        window.shutdown()
    apply_language("en")


def _dialog_shots(app, window: MainWindow, code: str, out: Path, suffix: str,
                  settle) -> None:
    options = PrintOptionsDialog("certificates", code, window)
    options.adjustSize()
    settle(app)
    _save(options, out / f"print-options{suffix}.png")
    materials = window.workspace.materials.list(MaterialFilter())
    handouts = PrintOptionsDialog("handouts", code, window, materials)
    handouts.adjustSize()
    settle(app)
    _save(handouts, out / f"print-options-handouts{suffix}.png")
    details = OrganisationDialog(window.workspace, window.workspace.printing.load_details(),
                                 window)
    details.adjustSize()
    settle(app)
    _save(details, out / f"organisation-details{suffix}.png")
    verify = VerifyDialog(window.workspace, window)
    verify.code.setPlainText(f"{code}-001")
    verify.check()
    verify.adjustSize()
    settle(app)
    _save(verify, out / f"verify-certificate{suffix}.png")
    for dialog in (options, handouts, details, verify):
        dialog.deleteLater()


def _preview_shot(app, window: MainWindow, code: str, out: Path, suffix: str,
                  settle) -> None:
    runner = window.print_runner
    choice = DocumentChoice(language="km" if suffix else "en", page_size="A4", landscape=True)
    with window.workspace.db.session() as session:
        row = list_sessions(session, SessionFilter(text=code), limit=1)[0]
    job = PrintJob(f"certificates of {code}", code,
                   window.workspace.printing.certificates(row.id, choice))
    runner.start(job)
    while runner.busy:
        app.processEvents()
    settle(app)
    preview = runner.preview
    preview.resize(980, 700)
    deadline = time.monotonic() + 2  # QPdfView draws its pages on a thread of its own
    while time.monotonic() < deadline:
        app.processEvents()
    _save(preview, out / f"print-preview{suffix}.png")
    preview.reject()


def main(out: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from make_screenshots import SCREEN, TASKBAR, TODAY, settle  # noqa: PLC0415

    from riskedu.core.demo import generate_demo
    from riskedu.ui import catalogs
    from riskedu.ui.app import application

    app = application()
    with tempfile.TemporaryDirectory() as temp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, temp)
        catalogs.CACHE_DIR = Path(temp) / "translations"
        db = open_database(Path(temp) / "print-shots.sqlite3")
        try:
            generate_demo(db, 120, seed=3, today=TODAY)
            print_shots(app, db, out, (SCREEN[0], SCREEN[1] - TASKBAR), TODAY, settle)
        finally:
            db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
