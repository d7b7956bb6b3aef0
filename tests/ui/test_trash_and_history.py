"""Delete → Ctrl+Z, the Trash dialog, and a session's History dialog, on real widgets."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from riskedu.core.db.models import EducationSession
from riskedu.core.forms import HazardReportLine, ParticipantLine
from riskedu.core.sessions import load_form, reopen_session, save_session

from ui_helpers import saved_session, wait_idle

Yes = QMessageBox.StandardButton.Yes


def codes(window) -> list[str]:
    return [window.model.row_at(i).report_code for i in range(window.model.rowCount())]


def delete_first(window, boxes, qtbot):
    window.view.selectRow(0)
    boxes.answers = [Yes]
    window.actions.delete.trigger()
    wait_idle(qtbot, window)


def test_ctrl_z_right_after_a_delete_brings_the_session_back(db, make_window, boxes, qtbot):
    saved = saved_session(db, final=True)
    window = make_window()
    delete_first(window, boxes, qtbot)
    assert codes(window) == [] and "Ctrl+Z" in window.statusBar().currentMessage()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert codes(window) == [saved.report_code]
    assert window.totals_bar.value_text("sessions") == "1"
    with db.session() as session:
        assert session.get(EducationSession, saved.session_id).deleted is False
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Nothing to undo."


def test_the_trash_lists_deletions_and_restores_the_chosen_one(db, make_window, boxes, qtbot,
                                                                 tmp_path):
    first = saved_session(db, notes="first")
    window = make_window()
    delete_first(window, boxes, qtbot)
    dialog = window.safety_actions.show_trash()
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in (1, 2, 4, 5)] == [
        "Session", first.report_code, "Sokha Chan", "Can be restored"]
    assert dialog.restore_button.isEnabled()
    dialog.grab().save(str(tmp_path / "trash.png"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert codes(window) == [first.report_code]
    assert dialog.table.isHidden() and not dialog.empty.isHidden()
    dialog.reject()


def test_an_exported_deletion_is_listed_but_cannot_be_restored(db, make_window, boxes, qtbot,
                                                                tmp_path):
    from riskedu.sync.export import export_bundle
    from riskedu.sync.identity import installation_key

    saved_session(db)
    window = make_window()
    delete_first(window, boxes, qtbot)
    with db.transaction() as session:
        key = installation_key(session, db.installation_id)
    export_bundle(db, tmp_path, key)
    dialog = window.safety_actions.show_trash()
    assert dialog.table.item(0, 5).text() == "Exported: cannot be restored"
    assert not dialog.restore_button.isEnabled()
    assert "can no longer be undone" in dialog.note.text()
    dialog.reject()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "exported" in boxes.texts("warning")[-1]
    assert codes(window) == []


def test_history_shows_who_changed_what_in_a_final_record(db, make_window, qtbot, tmp_path):
    saved = saved_session(db, final=True, notes="Wat Kor")
    with db.transaction() as session:
        reopen_session(session, saved.session_id, by="Vanna Keo")
        form = load_form(session, saved.session_id)
        form.notes, form.attendance["female_6_12"] = "Wat Kor pagoda", 15
        form.location_type = "religious_site"
        save_session(session, form, by="Vanna Keo", finalise=True)
    window = make_window()
    window.view.selectRow(0)
    dialog = window.safety_actions.show_history()
    tree = dialog.tree
    events = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    assert events == ["Finalised", "Reopened for correction", "Finalised"]
    assert tree.topLevelItem(1).text(0).endswith("Vanna Keo")
    last = tree.topLevelItem(2)
    rows = [tuple(last.child(i).text(c) for c in (1, 2, 3)) for i in range(last.childCount())]
    assert ("Attendance › Female 6–12", "12", "15") in rows
    assert ("Notes", "Wat Kor", "Wat Kor pagoda") in rows
    assert ("Type of location", "Community centre", "Religious site (pagoda)") in rows
    dialog.resize(1000, 420)
    dialog.grab().save(str(tmp_path / "history.png"))
    dialog.reject()


def test_the_editor_opens_the_history_of_its_record(db, make_window, qtbot):
    saved_session(db, final=True)
    window = make_window()
    window.view.selectRow(0)
    editor = window.open_session(window.model.row_at(0).id)
    assert editor.history_button.isVisible()
    dialog = editor.show_history()
    assert dialog.tree.topLevelItem(0).text(1) == "Finalised"
    dialog.reject()
    QApplication.processEvents()


def test_a_deleted_material_comes_back_with_ctrl_z(db, make_window, boxes, qtbot):
    from riskedu.ui.materials_model import COL_TITLE

    from material_factories import add_material

    poster = add_material(db, "Poster", stock=5)
    window = make_window()
    window.pages.setCurrentWidget(window.materials_page)
    page = window.materials_page
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)

    def titles():
        return [page.proxy.index(r, COL_TITLE).data() for r in range(page.proxy.rowCount())]

    page.view.setCurrentIndex(page.proxy.index(titles().index("Poster"), COL_TITLE))
    boxes.answers = [Yes]
    page.delete_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert "Poster" not in titles() and "stock history" in boxes.texts("warning")[-1]
    trash = window.safety_actions.show_trash()
    assert [trash.table.item(0, c).text() for c in (1, 2, 3)] == [
        "Material", "Poster", "Leaflet / brochure"]
    trash.reject()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.busy and "Poster" in titles(), timeout=5000)
    assert page.current_row().id == poster and page.current_row().balance == 5


def _trash_row(dialog, kind_text: str) -> int:
    return next(r for r in range(dialog.table.rowCount())
                if dialog.table.item(r, 1).text() == kind_text)


def test_restoring_a_roster_entry_or_hazard_report_refreshes_the_open_editor(
        db, make_window, qtbot):
    saved = saved_session(db, participants=[ParticipantLine(name="Sokha", sex="female", age=12),
                                            ParticipantLine(name="Dara", sex="male", age=40)],
                          hazard_reports=[HazardReportLine(place="Canal", ordnance_type="uxo"),
                                          HazardReportLine(place="Pagoda well",
                                                           ordnance_type="mine")])
    with db.transaction() as session:  # as the editor saves a removed line
        form = load_form(session, saved.session_id)
        form.participants, form.hazard_reports = form.participants[:1], form.hazard_reports[:1]
        save_session(session, form, by="Sokha Chan")
    window = make_window()
    editor = window.open_session(saved.session_id)
    assert [line.name for line in editor.people.roster.lines()] == ["Sokha"]
    dialog = window.safety_actions.show_trash()
    assert dialog.table.item(_trash_row(dialog, "Hazard report"), 2).text() == "Pagoda well"

    dialog.table.selectRow(_trash_row(dialog, "Participant"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert [line.name for line in editor.people.roster.lines()] == ["Sokha", "Dara"]
    assert not editor.is_dirty()  # shown as saved: nothing to save or lose

    editor.general.notes.setPlainText("typed, not saved yet")
    dialog.table.selectRow(_trash_row(dialog, "Hazard report"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert [line.place for line in editor.hazards.reports.lines()] == ["Canal", "Pagoda well"]
    assert editor.general.notes.toPlainText() == "typed, not saved yet"
    dialog.reject()
    assert editor.save(finalise=False)  # the restored lines are kept, not deleted again
    with db.session() as session:
        form = load_form(session, saved.session_id)
    assert [p.name for p in form.participants] == ["Sokha", "Dara"]
    assert [r.place for r in form.hazard_reports] == ["Canal", "Pagoda well"]
    assert form.notes == "typed, not saved yet"
