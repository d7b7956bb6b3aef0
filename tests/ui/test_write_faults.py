"""A database that refuses writes (read-only file, full disk) gives a message a user can act
on; the editor stays open with everything typed."""

from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import event

from riskedu.ui.errors import describe_error

from ui_helpers import saved_session, wait_idle


def refuse_writes(db, pragma: str) -> None:
    """From now on every connection of this database refuses to write, for real."""
    db.engine.dispose()
    event.listen(db.engine, "connect",
                 lambda connection, _record: connection.execute(pragma))


def test_a_read_only_database_is_explained_and_the_edit_is_kept(db, window, qtbot, boxes):
    editor = window.new_session()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)
    editor.general.notes.setPlainText("Keep me")
    refuse_writes(db, "PRAGMA query_only = ON")
    assert not editor.save(finalise=False)
    kind, title, text = boxes.shown[-1]
    assert (kind, title) == ("warning", "The session was not saved")
    assert text.startswith("The database file is read-only, so riskedu could not save.")
    assert editor.isVisible() and editor.general.notes.toPlainText() == "Keep me"


def test_a_full_disk_while_saving_is_explained(db, window, qtbot, boxes):
    editor = window.new_session()
    editor.attendance.spins["female_18_49"].setValue(3)
    editor.general.notes.setPlainText("Long notes. " * 20_000)  # needs new pages
    with db.session() as session:
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()
    refuse_writes(db, f"PRAGMA max_page_count = {pages}")
    assert not editor.save(finalise=False)
    kind, title, text = boxes.shown[-1]
    assert (kind, title) == ("warning", "The session was not saved")
    assert text.startswith("The disk is full, so riskedu could not save.")
    assert editor.isVisible() and editor.attendance.spins["female_18_49"].value() == 3


def test_deleting_from_a_read_only_database_is_explained(db, make_window, qtbot, boxes):
    saved = saved_session(db)
    window = make_window()
    refuse_writes(db, "PRAGMA query_only = ON")
    window.view.selectRow(0)
    boxes.answers = [QMessageBox.StandardButton.Yes]
    window.actions.delete.trigger()
    kind, title, text = boxes.shown[-1]
    assert (kind, title) == ("warning", "Could not delete the session")
    assert text.startswith("The database file is read-only")
    wait_idle(qtbot, window)
    assert window.model.rowCount() == 1 and window.model.row_at(0).id == saved.session_id


def test_unexpected_errors_never_show_a_traceback():
    text = describe_error(ZeroDivisionError("division by zero"))
    assert "ZeroDivisionError" in text and "Traceback" not in text
