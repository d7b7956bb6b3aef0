"""The Backups dialog: folder chooser, back up now, the list, restore with confirmation,
the integrity check; and the window restoring a backup in place of its open database."""

import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from riskedu.core.backups import backup_database, list_backups
from riskedu.core.database import open_database
from riskedu.core.sessions import save_session
from riskedu.ui import settings
from riskedu.ui.auto_backup import AutoBackup
from riskedu.ui.backups_dialog import BackupsDialog
from riskedu.ui.main_window import MainWindow
from riskedu.ui.window_host import WindowHost
from riskedu.ui.workspace import Workspace

from factories import TODAY, valid_form
from ui_helpers import close_quietly, wait_idle

Button = QMessageBox.StandardButton


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "usb-stick" / "backups"
    settings.BACKUP_FOLDER.set(str(path))
    return path


def _save(db, note: str) -> str:
    with db.transaction() as session:
        return save_session(session, valid_form(db, notes=note), by="t",
                            today=TODAY).session_id


def _idle(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.task.busy, timeout=20_000)


def test_back_up_now_writes_a_checked_backup_and_lists_it(db, folder, qtbot):
    dialog = BackupsDialog(db.path)
    qtbot.addWidget(dialog)
    assert dialog.folder_edit.text() == str(folder) and dialog.table.rowCount() == 0
    dialog.backup_button.click()
    _idle(qtbot, dialog)
    [backup] = list_backups(folder)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).toolTip() == str(backup.path)
    assert "Backup written and checked" in dialog.status.text()
    assert backup.path.name in dialog.status.text()
    connection = sqlite3.connect(backup.path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_the_folder_chooser_keeps_the_choice(db, folder, tmp_path, qtbot, monkeypatch):
    other = tmp_path / "elsewhere"
    other.mkdir()
    backup_database(db.path, other)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(other)))
    dialog = BackupsDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.choose_button.click()
    assert settings.BACKUP_FOLDER.get() == str(other)
    assert dialog.folder_edit.text() == str(other) and dialog.table.rowCount() == 1
    dialog.every.setValue(40)
    assert settings.BACKUP_EVERY_CHANGES.get() == 40


def test_a_folder_that_cannot_be_written_is_a_message_and_keeps_the_backups(
        db, folder, qtbot, boxes):
    good = backup_database(db.path, folder)
    blocked = folder / "blocked"
    blocked.write_text("a file where a folder should be")
    settings.BACKUP_FOLDER.set(str(blocked / "inside"))
    dialog = BackupsDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.backup_button.click()
    _idle(qtbot, dialog)
    [(kind, _title, text)] = boxes.shown
    assert kind == "warning" and "USB stick is still connected" in text
    assert list_backups(folder) == [good]


def test_restore_asks_says_what_is_undone_and_hands_over_the_backup(db, folder, qtbot,
                                                                     boxes):
    backup = backup_database(db.path, folder)
    _save(db, "after the backup")
    chosen = []
    dialog = BackupsDialog(db.path, lambda path: chosen.append(path) or True)
    qtbot.addWidget(dialog)
    boxes.answers = [Button.No]
    dialog.restore_button.click()
    assert chosen == []
    [(kind, title, text)] = boxes.shown
    assert kind == "warning" and title == "Restore a backup"
    assert "Replace the database" in text and "Sessions 0" in text and "Sessions 1" in text
    assert "Records added or changed since this backup, which a restore would undo" in text
    assert "kept as a copy beside it" in text
    boxes.answers = [Button.Yes]
    dialog.restore_button.click()
    assert chosen == [backup.path] and dialog.result() == BackupsDialog.DialogCode.Accepted


def test_a_backup_from_a_newer_riskedu_is_not_offered_for_restore(db, folder, qtbot, boxes):
    backup = backup_database(db.path, folder)
    connection = sqlite3.connect(backup.path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    dialog = BackupsDialog(db.path, lambda path: pytest.fail("must not restore"))
    qtbot.addWidget(dialog)
    dialog.restore_button.click()
    assert "newer version of riskedu" in boxes.texts("warning")[0]


def test_check_now_runs_the_full_check(db, folder, qtbot, boxes):
    dialog = BackupsDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    _idle(qtbot, dialog)
    assert "the full check found no problem" in boxes.texts("information")[0]


def test_a_server_database_says_how_to_back_it_up(qtbot):
    dialog = BackupsDialog(None)
    qtbot.addWidget(dialog)
    assert "pg_dump" in dialog.status.text()
    assert not dialog.backup_button.isEnabled() and not dialog.restore_button.isEnabled()


def _start_window(db):
    window = MainWindow(Workspace(db))
    window.show()
    return window


def test_the_window_restores_a_backup_over_its_open_database(db, folder, qtbot, boxes):
    kept_id = _save(db, "in the backup")
    host = WindowHost(db, _start_window, open_database)
    try:
        assert host.start()
        qtbot.waitUntil(lambda: list_backups(folder) != [], timeout=20_000)  # at start-up
        [backup] = list_backups(folder)
        later_id = _save(host.db, "after the backup")
        old_window = host.window
        host.window.restore_requested.emit(backup.path)  # as the dialog does
        qtbot.waitUntil(lambda: host.window is not old_window and host.window is not None,
                        timeout=20_000)
        wait_idle(qtbot, host.window)
        ids = {host.window.model.row_at(i).id for i in range(host.window.model.rowCount())}
        assert ids == {kept_id}
        assert not old_window.isVisible() and host.window.isVisible()
        [text] = boxes.texts("information")
        assert "The database it replaced is kept as" in text
        qtbot.waitUntil(lambda: host.auto.timer.isActive(), timeout=20_000)  # checked again
        kept = next(db.path.parent.glob("riskedu.before-restore-*.sqlite3"))
        connection = sqlite3.connect(kept)
        assert later_id in {r[0] for r in connection.execute("SELECT id FROM sessions")}
        connection.close()
    finally:
        window = host.window
        host.close()
        if window is not None:
            close_quietly(window)


def test_automatic_backups_at_start_and_after_n_changes(db, folder, qtbot):
    settings.BACKUP_EVERY_CHANGES.set(2)
    auto = AutoBackup(db.path)
    with qtbot.waitSignal(auto.taken, timeout=20_000):
        auto.start()  # nothing backed up yet: due at start-up
    assert len(list_backups(folder)) == 1
    _save(db, "one change")
    auto.check()
    assert not auto.task.busy  # 1 change of 2: not yet
    _save(db, "two changes")
    with qtbot.waitSignal(auto.taken, timeout=20_000):
        auto.check()
    assert len(list_backups(folder)) == 2
    auto.stop()


def test_a_failing_automatic_backup_is_reported_once(db, folder, qtbot):
    folder.parent.mkdir(parents=True)
    folder.write_text("a file where the backups folder should be")
    auto = AutoBackup(db.path)
    reports = []
    auto.failed.connect(reports.append)
    auto.start()
    qtbot.waitUntil(lambda: not auto.task.busy and bool(reports), timeout=20_000)
    auto.run(auto.schedule())
    qtbot.waitUntil(lambda: not auto.task.busy, timeout=20_000)
    assert len(reports) == 1 and "still connected" in str(reports[0])
    auto.stop()


def test_cancel_stops_the_backup_and_leaves_nothing(db, folder, qtbot, monkeypatch):
    from riskedu.core.db import snapshot

    monkeypatch.setattr(snapshot, "PAGES_PER_STEP", 1)  # hundreds of steps to cancel between
    dialog = BackupsDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.backup_button.click()
    assert dialog.cancel_button.isVisibleTo(dialog)
    dialog.cancel_button.click()
    _idle(qtbot, dialog)
    assert dialog.status.text() == "Cancelled: no backup was written."
    assert list_backups(folder) == [] and list(folder.iterdir()) == []
