"""Start the window: application, translations, database, first-run set-up, recovery."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

import riskedu
from riskedu.core.database import Database, open_database
from riskedu.core.db.files import SQLITE_HEADER
from riskedu.core.restore import file_problems
from riskedu.paths import default_database_target, shown_target
from riskedu.resources import resource_path
from riskedu.ui import settings
from riskedu.ui.damaged_dialog import recover
from riskedu.ui.errors import describe_error, install_excepthook
from riskedu.ui.fonts import register_fonts
from riskedu.ui.language_switch import apply_language
from riskedu.ui.languages import system_language
from riskedu.ui.lock_screen import unlock_at_start
from riskedu.ui.main_window import MainWindow
from riskedu.ui.setup_dialog import SetupDialog
from riskedu.ui.window_host import WindowHost
from riskedu.ui.workspace import Workspace

log = logging.getLogger("riskedu.ui")



def application() -> QApplication:
    """The running QApplication, created with riskedu's names when there is none."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationVersion(riskedu.__version__)
    icon = resource_path("icons", "riskedu.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def start_language(lang: str | None) -> str:
    """The language to start in: `--lang`, else the one chosen last time, else the
    computer's when riskedu speaks it, else English."""
    return lang or settings.LANGUAGE.get() or system_language()


def open_or_explain(path: str | Path, parent: QWidget | None = None) -> Database | None:
    """Open the database; when it cannot be opened, say why in a dialog and return None.
    A damaged SQLite file gets the offer to restore its latest good backup instead."""
    try:
        return open_database(path)
    except Exception as exc:  # a damaged or foreign file must never show a traceback
        log.warning("Could not open %s: %s", shown_target(path), exc)
        log.debug("Details", exc_info=exc)
        problems = damage_of(Path(path))
        if problems:
            target = recover(Path(path), problems, parent)
            return open_or_explain(target, parent) if target is not None else None
        QMessageBox.critical(
            parent, QCoreApplication.translate("app", "Cannot open the database"),
            QCoreApplication.translate(
                "app", "riskedu could not open {path}.\n\n{reason}").format(
                path=shown_target(path), reason=describe_error(exc)))
        return None


def damage_of(path: Path) -> list[str]:
    """What `PRAGMA quick_check` finds wrong in an SQLite file (empty for other files,
    which `open_database` refuses with its own message)."""
    try:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                return []
    except OSError:
        return []
    return file_problems(path, quick=True)


def start(db: Database) -> MainWindow | None:
    """First-run set-up if needed, then the main window (shown), then the offer to restore
    an interrupted edit. None when the user cancels the set-up."""
    workspace = Workspace(db)
    if not workspace.is_set_up:
        dialog = SetupDialog(workspace)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:  # a new installation starts with the sample materials (marked as samples)
            workspace.materials.add_samples_if_empty()
        except Exception as exc:  # the samples are a convenience: never block the start
            log.warning("Could not add the sample materials: %s", exc)
    if not unlock_at_start(workspace.safety):  # the app lock: nothing shown before it
        return None
    window = MainWindow(workspace)
    window.show()
    window.offer_recovery()
    return window


def run_gui(db_path: str | None, lang: str | None = None) -> int:
    """Run the window on `db_path` (default: the user's data folder); the exit code."""
    app = application()
    settings.upgrade()
    register_fonts()
    apply_language(start_language(lang))
    install_excepthook(lambda: QApplication.activeWindow())
    db = open_or_explain(db_path or default_database_target())
    if db is None:
        return 1
    host = WindowHost(db, start, open_or_explain)  # backups, integrity check, restore
    try:
        if not host.start():
            return 0
        return app.exec()
    finally:
        host.close()  # the event loop can end without the window closing
