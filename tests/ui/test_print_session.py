"""Printing a session from the list and from the editor, with the real printing layer on a
real database: options remembered, documents previewed page by page, errors and Cancel."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QPushButton

from riskedu.core.filestore import FileStore, files_root
from riskedu.ui import settings
from riskedu.ui.print_options import PrintOptionsDialog, last_choice

from material_factories import add_material
from material_files import good_pdf
from print_helpers import KHMER_NAMES, answer_options, roster_session
from ui_helpers import wait_idle


def previewed(qtbot, window, action) -> object:
    with qtbot.waitSignal(window.print_runner.previewed, timeout=30_000) as signal:
        action.trigger()
    return signal.args[0]


def select_only_row(qtbot, window) -> None:
    window.apply_filter()
    wait_idle(qtbot, window)
    window.view.selectRow(0)


def test_print_actions_follow_the_selection(qtbot, db, make_window):
    roster_session(db)
    window = make_window()
    printing = window.printing.session
    window.view.setCurrentIndex(QModelIndex())  # the list may open on its first row
    assert not printing.certificates.isEnabled() and not printing.menu.isEnabled()
    window.view.selectRow(0)
    assert all(item.isEnabled() for item in printing.actions)
    assert printing.menu.menuAction() in window.actions.session_menu.actions()
    assert window.actions.toolbar.findChild(object, "print_button") is not None


def test_certificates_from_the_list_in_khmer_on_letter_landscape(qtbot, db, make_window,
                                                                 monkeypatch):
    saved = roster_session(db)
    window = make_window()
    window.view.selectRow(0)
    dialogs = answer_options(monkeypatch, language="km", page_size="Letter", landscape=True)
    preview = previewed(qtbot, window, window.printing.session.certificates)
    assert dialogs[0].kind == "certificates" and saved.report_code in dialogs[0].heading
    assert preview.page_count == len(KHMER_NAMES)
    assert preview.page_count_label.text() == f"of {len(KHMER_NAMES)}"
    box = PdfReader(preview.path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)  # Letter, wide
    assert saved.report_code in preview.windowTitle()
    assert (settings.PRINT_LANGUAGE.get(), settings.PRINT_PAGE_SIZE.get()) == ("km", "Letter")
    assert last_choice().landscape
    preview.reject()
    assert list(window.print_runner.folder.path.iterdir()) == []


def test_the_options_offer_the_last_choice(qtbot, db, monkeypatch):
    settings.PRINT_LANGUAGE.set("lo")
    settings.PRINT_PAGE_SIZE.set("Letter")
    settings.PRINT_LANDSCAPE.set(False)
    dialog = PrintOptionsDialog("certificates", "HALO-RE-001")
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "lo" and dialog.page_size.currentData() == "Letter"
    assert dialog.portrait.isChecked()
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "en", "km", "lo", "th", "my", "vi", "fil"]


def test_summary_from_the_editor_of_a_final_session(qtbot, db, make_window, monkeypatch):
    saved = roster_session(db)
    window = make_window()
    editor = window.open_session(saved.session_id)
    assert editor.print_button.isEnabled()
    answer_options(monkeypatch, language="en", page_size="A4")
    with qtbot.waitSignal(window.print_runner.previewed, timeout=30_000) as signal:
        editor.printing.summary.trigger()
    preview = signal.args[0]
    assert preview.page_count == 1
    assert preview.parent() is editor  # shown over the editor, not behind it
    preview.reject()


def test_a_new_session_cannot_be_printed_and_unsaved_changes_are_saved_first(
        qtbot, db, make_window, monkeypatch, boxes):
    window = make_window()
    editor = window.new_session()
    assert not editor.print_button.isEnabled()
    editor.reject()
    saved = roster_session(db, final=False)
    editor = window.open_session(saved.session_id)
    editor.general.notes.setPlainText("Changed but not saved")
    dialogs = answer_options(monkeypatch)
    editor.printing.certificates.trigger()
    assert dialogs == [] and not window.print_runner.busy
    assert boxes.shown[-1][:2] == ("information", "Save first")


def test_handouts_of_a_material_file(qtbot, db, make_window, monkeypatch, tmp_path):
    stored = FileStore(files_root(db.path)).add(good_pdf(tmp_path))
    material_id = add_material(db, "Leaflet: if you find a mine", file=stored)
    add_material(db, "T-shirt without a file")
    roster_session(db)
    window = make_window()
    window.view.selectRow(0)
    dialogs = answer_options(monkeypatch, material=material_id, copies=3)
    preview = previewed(qtbot, window, window.printing.session.handouts)
    assert dialogs[0].materials == ["Standard safety messages sheet", "Leaflet: if you find a mine"]
    pages_per_copy = len(PdfReader(stored_path(db, stored)).pages)
    assert preview.page_count == 3 * pages_per_copy
    assert settings.HANDOUT_MATERIAL.get() == material_id and settings.HANDOUT_COPIES.get() == 3
    preview.reject()


def stored_path(db, stored) -> Path:
    return FileStore(files_root(db.path)).path_of(stored.sha256, stored.media_type)


def test_the_standard_safety_sheet_in_khmer(qtbot, db, make_window, monkeypatch):
    roster_session(db)
    window = make_window()
    window.view.selectRow(0)
    answer_options(monkeypatch, language="km", material="", copies=2)
    preview = previewed(qtbot, window, window.printing.session.handouts)
    assert preview.page_count == 2
    preview.reject()


def test_certificates_of_a_session_without_roster_say_what_to_do(qtbot, db, make_window,
                                                                  monkeypatch, boxes):
    saved = roster_session(db, names=())
    window = make_window()
    window.view.selectRow(0)
    answer_options(monkeypatch)
    with qtbot.waitSignal(window.print_runner.failed, timeout=30_000) as signal:
        window.printing.session.certificates.trigger()
    assert signal.args[0] == (f"Session {saved.report_code} has nobody on its roster. Add "
                              "the participants' names in the session's Roster tab, then "
                              "print the certificates.")
    kind, title, _text = boxes.shown[-1]
    assert (kind, title) == ("warning", f"Could not prepare certificates of {saved.report_code}")
    assert window.print_runner.preview is None
    assert list(window.print_runner.folder.path.iterdir()) == []


def test_cancelling_certificates_leaves_nothing(qtbot, db, make_window, monkeypatch, boxes):
    roster_session(db, names=[f"Participant {n}" for n in range(200)])
    window = make_window()
    window.view.selectRow(0)
    answer_options(monkeypatch)
    runner = window.print_runner
    window.printing.session.certificates.trigger()
    qtbot.waitUntil(lambda: runner.progress is not None and runner.progress.maximum() > 0,
                    timeout=30_000)
    with qtbot.waitSignal(runner.cancelled, timeout=30_000):
        runner.progress.findChild(QPushButton).click()
    assert runner.preview is None and boxes.shown == []
    assert list(runner.folder.path.iterdir()) == []


def test_cancelled_options_print_nothing(qtbot, db, make_window, monkeypatch):
    roster_session(db)
    window = make_window()
    window.view.selectRow(0)
    answer_options(monkeypatch, cancel=True)
    assert not window.printing.session.print_document("certificates")
    assert not window.print_runner.busy
    assert QApplication.activeModalWidget() is None
