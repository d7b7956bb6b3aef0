"""Starting the app: first-run set-up, translations, and databases that cannot be opened."""

import sqlite3
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication

from riskedu.core.database import open_database
from riskedu.core.db.models import Facilitator, Organisation, Team
from riskedu.core.materials import MaterialFilter
from riskedu.ui import catalogs, languages, settings
from riskedu.ui.app import open_or_explain, run_gui, start, start_language
from riskedu.ui.language_switch import apply_language
from riskedu.ui.setup_dialog import SetupDialog
from riskedu.ui.workspace import Workspace

from ui_helpers import close_quietly


def fresh_database(tmp_path):
    return open_database(tmp_path / "fresh.sqlite3")


def test_the_set_up_dialog_names_missing_fields_then_sets_up_the_installation(
        tmp_path, qtbot):
    db = fresh_database(tmp_path)
    try:
        workspace = Workspace(db)
        dialog = SetupDialog(workspace)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.accept()
        shown = {name: label.text() for name, label in dialog.errors.items()
                 if label.isVisibleTo(dialog)}
        assert shown == {
            "organisation_name": "Enter the organisation's name.",
            "organisation_code": "Enter a short organisation code of letters and digits "
                                 "(at most 12).",
            "team_name": "Enter the team's name.", "educator_name": "Enter your name."}
        assert dialog.edits["organisation_name"].property("invalid") is True
        assert not workspace.is_set_up and dialog.result() == 0
        for name, text in (("organisation_name", "Mines Advisory Group"),
                           ("organisation_code", "mag"), ("team_name", "Team 7"),
                           ("team_code", "t7"), ("educator_name", "Chan Dara")):
            qtbot.keyClicks(dialog.edits[name], text)
        dialog.sex.setCurrentIndex(dialog.sex.findData("male"))
        dialog.accept()
        assert dialog.result() == 1 and workspace.is_set_up
        assert workspace.profile.educator_name == "Chan Dara"
        with db.session() as session:
            assert session.query(Organisation).one().short_code == "MAG"
            assert session.query(Team).one().code == "T7"
            assert session.query(Facilitator).one().sex == "male"
    finally:
        db.close()


def test_first_start_runs_the_set_up_then_shows_the_window(tmp_path, qtbot):
    db = fresh_database(tmp_path)

    def fill_in():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetupDialog)
        for name, text in (("organisation_name", "HALO Trust"), ("organisation_code", "HALO"),
                           ("team_name", "Team 3"), ("educator_name", "Sokha Chan")):
            dialog.edits[name].setText(text)
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    window = start(db)
    try:
        assert window is not None and window.isVisible()
        assert window.windowTitle() == "riskedu – HALO Trust · Team 3 · Sokha Chan"
        samples = window.workspace.materials.list(MaterialFilter())
        assert len(samples) >= 6 and all(m.sample for m in samples)  # something to show
    finally:
        if window is not None:
            close_quietly(window)
        db.close()


def test_cancelling_the_first_run_set_up_starts_nothing(tmp_path):
    db = fresh_database(tmp_path)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    try:
        assert start(db) is None
        assert not Workspace(db).is_set_up
    finally:
        db.close()


def test_a_file_that_is_no_database_is_explained_not_thrown(tmp_path, boxes, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    junk = tmp_path / "photo.jpg"
    photo = b"\xff\xd8\xff\xe0 not a database" * 200
    junk.write_bytes(photo)
    assert run_gui(str(junk)) == 1
    kind, title, text = boxes.shown[-1]
    assert (kind, title) == ("critical", "Cannot open the database")
    assert "is not a riskedu database (it is not an SQLite file)" in text
    assert "Traceback" not in text
    assert junk.read_bytes() == photo


def test_a_database_from_a_newer_riskedu_is_explained(tmp_path, boxes):
    path = tmp_path / "newer.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
    assert open_or_explain(path) is None
    assert "made by a newer version of riskedu (schema f00d_from_the_future)" in (
        boxes.texts("critical")[-1])


def test_a_translation_file_for_the_language_is_loaded(tmp_path, monkeypatch, qapp, make_qm):
    make_qm("km", {"SessionsModel": {"Report code": "លេខរបាយការណ៍"}})
    monkeypatch.setattr(catalogs, "_CHECKOUT", tmp_path)
    loaded = apply_language("km")
    assert str(tmp_path / "riskedu_km.qm") in loaded
    assert QCoreApplication.translate("SessionsModel", "Report code") == "លេខរបាយការណ៍"
    assert QLocale().language() == QLocale.Language.Khmer
    assert languages.current() == "km"
    apply_language("xx")
    assert languages.current() == "en"
    assert QCoreApplication.translate("SessionsModel", "Report code") == "Report code"


def test_the_start_language_is_the_command_line_then_the_last_choice_then_english(
        monkeypatch):
    monkeypatch.setattr(languages.QLocale, "system", lambda: QLocale("de_DE"))
    assert start_language(None) == "en"
    settings.LANGUAGE.set("lo")
    assert start_language(None) == "lo"
    assert start_language("km") == "km"
    settings.LANGUAGE.reset()
    monkeypatch.setattr(languages.QLocale, "system", lambda: QLocale("th_TH"))
    assert start_language(None) == "th"
