"""The session editor driven like a user would: keyboard entry, saving, reopening, guards."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from riskedu.core.db.models import EducationSession, StatusChange
from riskedu.core.gazetteer import PROVINCE, VILLAGE
from riskedu.core.sessions import load_form
from riskedu.ui.editor_lists import AddFacilitatorDialog

from ui_helpers import days_ago, saved_session, wait_idle

Button = QMessageBox.StandardButton
CTRL = Qt.KeyboardModifier.ControlModifier


def type_here(qtbot, text: str) -> None:
    """Type into whichever widget has the focus, as it moves (like a person typing)."""
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)


def type_unicode(widget, text: str) -> None:
    """Type text the way a Khmer keyboard layout delivers it (QTest only knows Latin-1)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                 text if kind == QEvent.Type.KeyPress else ""))


def tab(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def session_count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(EducationSession))


def active(qtbot, editor):
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)
    return editor


def open_new(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.view, Qt.Key.Key_N, CTRL)
    return active(qtbot, window.editor)


def test_a_session_typed_with_the_keyboard_is_saved_and_listed_with_its_totals(
        window, qtbot, db):
    editor = open_new(window, qtbot)
    general, place, counts = editor.general, editor.location, editor.attendance
    general.session_date.setFocus(Qt.FocusReason.TabFocusReason)
    session_day = days_ago(3)
    type_here(qtbot, session_day.strftime("%Y%m%d"))
    tab(qtbot)
    type_here(qtbot, "0830")
    tab(qtbot)
    type_here(qtbot, "1000")
    assert QApplication.focusWidget() is general.end_time
    general.audience.setFocus()
    type_here(qtbot, "Far")
    general.notes.setFocus()
    type_here(qtbot, "Met near the pagoda")
    qtbot.keyClick(editor, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert editor.tabs.currentWidget() is place
    place.finder.setFocus()
    type_here(qtbot, "Ou Thum")
    qtbot.waitUntil(lambda: place.results.count() > 0, timeout=2000)
    qtbot.keyClick(place.finder, Qt.Key.Key_Return)
    village = place.combos[VILLAGE].currentData()
    assert village and place.combos[PROVINCE].currentData() == village[:2]
    place.location_type.setFocus()
    type_here(qtbot, "Comm")
    qtbot.keyClick(editor, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    counts.spins["female_0_5"].setFocus(Qt.FocusReason.TabFocusReason)
    typed = ["3", "10", "4", "6", "2", "1", "2", "8", "5", "4", "3", "0", "1", "2", "20"]
    for value in typed:  # 12 grid cells, disability by sex, first-time: in tab order
        type_here(qtbot, value)
        tab(qtbot)
    assert [counts.derived_value(n) for n in ("girls", "boys", "women", "men", "total")] == [
        17, 15, 9, 7, 48]
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)  # save as final
    assert not editor.isVisible(), editor.problem_lines()
    wait_idle(qtbot, window)
    row = window.model.row_at(0)
    assert (row.status, row.session_date, row.village_en != "") == ("final", session_day, True)
    assert (row.girls, row.boys, row.women, row.men, row.total, row.disability) == (
        17, 15, 9, 7, 48, 3)
    assert window.totals_bar.value_text("total") == "48"
    with db.session() as session:
        form = load_form(session, row.id)
    assert (form.start_time.isoformat(), form.end_time.isoformat()) == ("08:30:00", "10:00:00")
    assert (form.audience, form.location_type, form.notes) == (
        "farmers", "community_centre", "Met near the pagoda")
    assert form.attendance["first_time"] == 20 and form.village_code == village


def test_a_draft_reopened_from_the_list_can_be_edited(db, make_window, qtbot):
    saved = saved_session(db)
    window = make_window()
    editor = active(qtbot, window.open_session(saved.session_id))
    assert editor.attendance.spins["female_6_12"].value() == 12
    editor.attendance.spins["male_0_5"].setValue(5)
    editor.general.notes.setPlainText("Second visit planned")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert not editor.isVisible()
    wait_idle(qtbot, window)
    assert (window.model.row_at(0).boys, window.model.row_at(0).total) == (14, 37)
    assert window.totals_bar.value_text("boys") == "14"
    with db.session() as session:
        form = load_form(session, saved.session_id)
    assert form.attendance["male_0_5"] == 5 and form.notes == "Second visit planned"


def test_a_final_record_is_read_only_until_reopened_for_correction(db, make_window, qtbot):
    saved = saved_session(db, final=True)
    window = make_window()
    editor = window.open_session(saved.session_id)
    assert editor.read_only and editor.banner.isVisibleTo(editor)
    assert not editor.save_draft_button.isVisibleTo(editor)
    assert editor.attendance.spins["female_6_12"].isReadOnly()
    assert not editor.save(finalise=False)
    qtbot.mouseClick(editor.reopen_button, Qt.MouseButton.LeftButton)
    assert not editor.read_only and editor.save_draft_button.isVisibleTo(editor)
    assert not editor.attendance.spins["female_6_12"].isReadOnly()
    wait_idle(qtbot, window)
    assert window.model.row_at(0).status == "draft"
    with db.session() as session:
        change = session.scalars(select(StatusChange).where(
            StatusChange.session_id == saved.session_id, StatusChange.to_status == "draft")).one()
        assert change.changed_by == "Sokha Chan" and change.changed_at is not None


def test_closing_with_unsaved_changes_asks_save_discard_or_cancel(
        db, window, qtbot, boxes):
    editor = open_new(window, qtbot)
    editor.general.notes.setFocus()
    type_here(qtbot, "Half typed")
    boxes.answers = [Button.Cancel]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and boxes.shown[-1][1] == "Unsaved changes"
    boxes.answers = [Button.Discard]
    editor.close()
    assert not editor.isVisible() and session_count(db) == 0
    editor = open_new(window, qtbot)
    editor.attendance.spins["female_18_49"].setValue(9)
    boxes.answers = [Button.Save]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and session_count(db) == 1
    wait_idle(qtbot, window)
    assert window.model.row_at(0).women == 9 and window.model.row_at(0).status == "draft"


def test_closing_an_unchanged_editor_asks_nothing(window, qtbot, boxes):
    editor = open_new(window, qtbot)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and boxes.shown == []


def test_the_village_finder_matches_khmer_and_fills_the_cascade(window, qtbot):
    editor = open_new(window, qtbot)
    place = editor.location
    place.finder.setFocus()
    type_unicode(place.finder, "អូរធំ")
    qtbot.waitUntil(lambda: place.results.count() > 0, timeout=2000)
    assert all("អូរធំ" in place.results.item(i).text() for i in range(place.results.count()))
    qtbot.keyClick(place.finder, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is place.results
    qtbot.keyClick(place.results, Qt.Key.Key_Down)
    chosen = place.results.currentItem().text()
    qtbot.keyClick(place.results, Qt.Key.Key_Return)
    assert place.combos[VILLAGE].currentText() in chosen
    assert all(place.combos[level].currentData() for level in place.combos)


def test_roster_hazard_reports_and_a_new_facilitator_are_saved(db, window, qtbot):
    editor = open_new(window, qtbot)
    roster = editor.people.roster
    roster.add_line()
    type_unicode(QApplication.focusWidget(), "សុខា")
    tab(qtbot)
    type_here(qtbot, "Sokha")
    tab(qtbot)
    type_here(qtbot, "F")  # sex: Female
    tab(qtbot)
    type_here(qtbot, "34")
    tab(qtbot)
    editor.hazards.checks["uxo"].setChecked(True)
    reports = editor.hazards.reports
    reports.add_line()
    type_here(qtbot, "Rice field east of the school")
    dialog = AddFacilitatorDialog(window.workspace, editor)
    dialog.name.setText("Dara Kim")
    dialog.accept()
    editor.people.add_checked_person(dialog.person)
    assert editor.save(finalise=False), editor.problem_lines()
    with db.session() as session:
        form = load_form(session, session.scalars(select(EducationSession.id)).one())
    person = form.participants[0]
    assert (person.name, person.name_latin, person.sex, person.age) == (
        "សុខា", "Sokha", "female", 34)
    assert form.hazards == ["uxo"]
    assert [r.place for r in form.hazard_reports] == ["Rice field east of the school"]
    assert len(form.facilitator_ids) == 2
