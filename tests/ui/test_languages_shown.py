"""Each language on screen: the main window, every tab of the session editor and the
first-run set-up dialog are built in it and drawn offscreen, then checked for Qt warnings,
texts drawn as boxes (or a script drawn by a font that cannot shape it), texts cut by
too small widgets and windows larger than a laptop's screen. The pseudo-locale en-XA
(stretched, accented English) is the strictest run for cut texts. Everything is built once
per language; the tests read what was found."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from riskedu.core.database import open_database
from riskedu.core.forms import HazardReportLine, ParticipantLine
from riskedu.ui.language_switch import apply_language
from riskedu.ui.languages import PSEUDO
from riskedu.ui.main_window import MainWindow
from riskedu.ui.setup_dialog import SetupDialog
from riskedu.ui.workspace import Workspace

from screen_checks import QtMessages, cut_texts, tofu, too_big
from ui_helpers import close_quietly, saved_session

LANGUAGES = ["en", "km", "lo", "th", "my", "vi", "fil", PSEUDO]


@dataclass
class Shown:
    """What one language's windows showed, and what was wrong with them."""

    lang: str
    warnings: list[str] = field(default_factory=list)
    tofu: list[str] = field(default_factory=list)
    cuts: list[str] = field(default_factory=list)
    too_big: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)


def settle(window: MainWindow | None = None) -> None:
    app = QApplication.instance()
    for _ in range(200):
        app.processEvents()
        if window is None or not window.busy:
            break
    for _ in range(3):
        app.processEvents()


def look_at(widget: QWidget, shown: Shown) -> None:
    """Draw it as a screen would, and note what is cut or too big."""
    settle()
    widget.grab()
    shown.cuts += [f"{type(widget).__name__}: {cut}" for cut in cut_texts(widget)]


def fill_database(db) -> str:
    saved_session(db, final=True)
    saved_session(db, village_code="", place_text="ភូមិអូរថ្មី (ក្បែរវត្ត)")
    return saved_session(db, participants=[
        ParticipantLine(name="សុខ ចាន់ថា", name_latin="Sok Chantha", sex="female", age=34,
                        role="community_focal_point", phone="012 345 678")],
        hazard_reports=[HazardReportLine(place="វាលស្រែខាងកើតភូមិ", ordnance_type="uxo",
                                         description="គ្រាប់បែកមួយ", referred_to="CMAC")],
        hazards=["uxo", "cluster_munition"]).session_id


@pytest.fixture(scope="module", params=LANGUAGES)
def shown(request, qapp, tmp_path_factory, set_up_database_file) -> Shown:
    lang = request.param
    folder = tmp_path_factory.mktemp(f"shown-{lang}")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(folder / "settings"))
    shutil.copyfile(set_up_database_file, folder / "riskedu.sqlite3")
    db = open_database(folder / "riskedu.sqlite3")
    session_id = fill_database(db)
    result = Shown(lang)
    window = setup = None
    try:
        with QtMessages() as messages:
            apply_language(lang)
            window = MainWindow(Workspace(db))
            window.resize(1280, 720)
            window.show()
            settle(window)
            look_at(window, result)
            editor = window.open_session(session_id)
            editor.location.finder.setText("Ou Thum")
            editor.location.search_now()
            for index in range(editor.tabs.count()):
                editor.tabs.setCurrentIndex(index)
                look_at(editor, result)
            setup = SetupDialog(Workspace(db))
            setup.show()
            setup.accept()  # nothing filled in: every field's problem is shown
            look_at(setup, result)
            for widget in (window, editor, setup):
                result.tofu += tofu(widget)
                result.too_big += [reason for reason in [too_big(widget)] if reason]
            rows = [window.model.row_at(i) for i in range(window.model.rowCount())]
            result.texts = {
                "action": window.actions.new.text(),
                "village": window.model.village_text(next(r for r in rows if r.village_en)),
                "sessions": window.totals_bar.value_text("sessions"),
                "problem": setup.errors["educator_name"].text(),
                "ok": setup.buttons.buttons()[0].text(),
            }
        result.warnings = messages.warnings
        yield result
    finally:
        if setup is not None:
            setup.close()
        if window is not None:
            close_quietly(window)
        apply_language("en")
        db.close()


def test_windows_are_built_without_qt_warnings(shown):
    assert shown.warnings == []


def test_no_text_shows_as_boxes_or_in_a_font_that_cannot_shape_it(shown):
    assert shown.tofu == []


def test_no_text_is_cut(shown):
    assert shown.cuts == []


def test_the_windows_fit_a_laptop_screen(shown):
    assert shown.too_big == []


def test_the_windows_speak_the_language(shown):
    english = {"action": "&New session", "problem": "Enter your name.", "ok": "OK"}
    if shown.lang == "en":
        assert {k: shown.texts[k] for k in english} == english
        return
    assert shown.texts["action"] != english["action"]
    assert shown.texts["problem"] != english["problem"]
    if shown.lang in ("km", "lo", "th", "my"):
        assert shown.texts["ok"] != "OK"  # Qt's own buttons too
    village_is_khmer = any("\u1780" <= char <= "\u17ff" for char in shown.texts["village"])
    assert village_is_khmer == (shown.lang == "km")
    assert shown.texts["sessions"] == ("၃" if shown.lang == "my" else "3")
