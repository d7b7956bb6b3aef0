"""An edit in progress survives a crash: the editor keeps a recovery file, and the next
start offers to restore it."""

from PySide6.QtWidgets import QApplication, QMessageBox

from riskedu.core.gazetteer import VILLAGE
from riskedu.core.recovery import read_recovery
from riskedu.ui.app import start

from ui_helpers import close_quietly, wait_idle

Button = QMessageBox.StandardButton


def interrupted_edit(window, qtbot):
    """Type into a new session and stop there, as if the power went."""
    editor = window.new_session()
    editor.general.notes.setPlainText("Typed before the power cut")
    editor.attendance.spins["female_18_49"].setValue(7)
    editor.location.set_village("01020101")
    recovery = window.workspace.recovery_file
    qtbot.waitUntil(lambda: recovery.exists(), timeout=3000)  # written within ~1 s
    editor._recovery_timer.stop()  # the process is gone: nothing more happens
    window.shutdown()
    return recovery


def test_the_editor_keeps_a_recovery_file_only_while_there_are_changes(window, qtbot):
    recovery = window.workspace.recovery_file
    editor = window.new_session()
    editor.write_recovery_now()
    assert not recovery.exists()  # nothing typed yet
    editor.attendance.spins["male_6_12"].setValue(4)
    qtbot.waitUntil(lambda: recovery.exists(), timeout=3000)
    assert read_recovery(recovery).form.attendance["male_6_12"] == 4
    assert editor.save(finalise=False)
    assert not recovery.exists()


def test_restarting_offers_the_interrupted_edit_and_restores_it(
        db, workspace, make_window, qtbot, boxes):
    recovery = interrupted_edit(make_window(), qtbot)
    boxes.answers = [Button.Yes]
    window = start(db)  # the next start of the app
    try:
        title, text = boxes.shown[-1][1:]
        assert title == "Restore unsaved edit?"
        assert "Restore the session you were editing?" in text
        editor = window.editor
        assert editor is not None and editor.isVisible()
        assert editor.general.notes.toPlainText() == "Typed before the power cut"
        assert editor.attendance.spins["female_18_49"].value() == 7
        assert editor.location.combos[VILLAGE].currentData() == "01020101"
        assert editor.is_dirty()  # restored, not yet saved
        qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)
        assert editor.save(finalise=False)
        wait_idle(qtbot, window)
        assert window.model.rowCount() == 1 and window.model.row_at(0).women == 7
        assert not recovery.exists()
    finally:
        close_quietly(window)


def test_declining_the_restore_forgets_the_edit(db, make_window, qtbot, boxes):
    recovery = interrupted_edit(make_window(), qtbot)
    boxes.answers = [Button.No]
    window = start(db)
    try:
        assert window.editor is None and not recovery.exists()
    finally:
        close_quietly(window)
