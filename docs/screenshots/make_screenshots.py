"""Render the main window and the session editor from a temporary demo database.

    python docs/screenshots/make_screenshots.py [OUTPUT_DIR] [--lang CODE ...]

Runs offscreen (no display needed) at a 1366×768 laptop's size and writes PNGs next to
this script unless told otherwise: the English set, then the main window and the session
editor in each language of `--lang` (default: Khmer, Lao and Burmese), named
`main-window-km.png`, `session-editor-km.png`, ... Nothing of the user's (database,
settings, translation cache) is touched.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from backup_shots import backup_shots  # noqa: E402
from print_shots import print_shots  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sync_shots import sync_shots  # noqa: E402

from riskedu.core.database import open_database  # noqa: E402
from riskedu.core.demo import generate_demo  # noqa: E402
from riskedu.ui import catalogs  # noqa: E402
from riskedu.ui.app import application  # noqa: E402
from riskedu.ui.language_switch import apply_language  # noqa: E402
from riskedu.ui.main_window import MainWindow  # noqa: E402
from riskedu.ui.workspace import Workspace  # noqa: E402

SCREEN = (1366, 768)
TASKBAR = 40  # what a laptop's taskbar and title bar leave of the height
TODAY = date(2026, 11, 27)


def settle(app: QApplication, window: MainWindow | None = None) -> None:
    while window is not None and window.busy:
        app.processEvents()
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def main(out: Path, languages: list[str]) -> None:
    app = application()
    with tempfile.TemporaryDirectory() as temp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, temp)
        catalogs.CACHE_DIR = Path(temp) / "translations"
        db = open_database(Path(temp) / "screenshots.sqlite3")
        try:
            generate_demo(db, 400, seed=3, today=TODAY)
            for lang in ["en", *languages]:
                apply_language(lang)
                window = MainWindow(Workspace(db))
                window.resize(SCREEN[0], SCREEN[1] - TASKBAR)
                window.show()
                settle(app, window)
                window.view.selectRow(2)
                settle(app, window)
                if lang == "en":
                    save(window, out / "main-window.png")
                    shots(app, window, out)
                else:
                    save(window, out / f"main-window-{lang}.png")
                    language_shots(app, window, out, lang)
                window.close()
            apply_language("en")
            sync_shots(app, db, Path(temp), out, (SCREEN[0], SCREEN[1] - TASKBAR), TODAY,
                       settle)
            print_shots(app, db, out, (SCREEN[0], SCREEN[1] - TASKBAR), TODAY, settle)
            backup_shots(app, db, Path(temp), out, TODAY)  # last: it damages the database
        finally:
            db.close()


def language_shots(app: QApplication, window: MainWindow, out: Path, lang: str) -> None:
    """The editor's first tab and its place tab (gazetteer names) in one language."""
    rows = (window.model.row_at(i) for i in range(window.model.rowCount()))
    draft = next(r for r in rows if r.status == "draft" and r.village_en)
    editor = window.open_session(draft.id)
    editor.resize(1040, 680)
    settle(app)
    save(editor, out / f"session-editor-{lang}.png")
    editor.tabs.setCurrentWidget(editor.location)
    editor.location.finder.setText("Ou Thum")
    editor.location.search_now()
    settle(app)
    save(editor, out / f"session-editor-place-{lang}.png")
    editor.tabs.setCurrentWidget(editor.attendance)
    settle(app)
    save(editor, out / f"session-editor-attendance-{lang}.png")
    editor._baseline = editor.collect()[0].to_json()
    editor.reject()


def shots(app: QApplication, window: MainWindow, out: Path) -> None:
    rows = (window.model.row_at(i) for i in range(window.model.rowCount()))
    draft = next(r for r in rows if r.status == "draft" and r.village_en)
    editor = window.open_session(draft.id)
    editor.resize(1040, 680)
    settle(app)
    save(editor, out / "session-editor.png")
    editor.tabs.setCurrentWidget(editor.location)
    editor.location.finder.setText("Ou Thum")
    editor.location.search_now()
    settle(app)
    save(editor, out / "session-editor-place.png")
    editor.tabs.setCurrentWidget(editor.attendance)
    settle(app)
    save(editor, out / "session-editor-attendance.png")
    editor.attendance.spins["first_time"].setValue(10_000)
    editor.save(finalise=True)
    settle(app)
    save(editor, out / "session-editor-problems.png")
    editor._baseline = editor.collect()[0].to_json()
    editor.reject()
    materials_shots(app, window, out)


def materials_shots(app: QApplication, window: MainWindow, out: Path) -> None:
    """The Materials page, one material's detail, its dialog and the editor's materials tab."""
    page = window.materials_page

    def wait() -> None:
        for _ in range(3):  # the list, then its thumbnails, then the detail's preview
            while page.busy:
                app.processEvents()
            settle(app)

    window.pages.setCurrentWidget(page)
    wait()
    leaflet = next(r for r in range(page.proxy.rowCount())
                   if "leaflet" in page.proxy.index(r, 0).data().lower())
    page.view.selectRow(leaflet)
    wait()
    save(window, out / "materials-page.png")
    poster = next(r for r in range(page.proxy.rowCount())
                  if "poster" in page.proxy.index(r, 0).data().lower())
    page.view.selectRow(poster)
    wait()
    page.detail.resize(760, 640)
    save(page.detail, out / "materials-detail.png")
    dialog = page.edit_material()
    dialog.resize(720, 660)
    settle(app)
    save(dialog, out / "material-dialog.png")
    dialog.reject()
    window.pages.setCurrentIndex(0)
    settle(app, window)
    handed = next(i for i in range(window.model.rowCount())
                  if window.model.row_at(i).status == "draft"
                  and window.workspace.load_form(window.model.row_at(i).id).materials)
    editor = window.open_session(window.model.row_at(handed).id)
    editor.resize(1040, 680)
    editor.tabs.setCurrentWidget(editor.materials)
    settle(app)
    save(editor, out / "session-editor-materials.png")
    editor._baseline = editor.collect()[0].to_json()
    editor.reject()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--lang", nargs="*", default=["km", "lo", "my"])
    arguments = parser.parse_args()
    main(arguments.out, arguments.lang)
