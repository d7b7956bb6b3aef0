"""The app lock on real widgets: set it, lock after idle minutes, nothing reachable while
locked, wrong passphrases refused with a wait, and the passphrase asked at start-up."""

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from riskedu.core.app_lock import set_passphrase
from riskedu.ui import app
from riskedu.ui.lock_screen import StartupUnlock

from ui_helpers import saved_session

PHRASE = "mango rice river"


def lock_on(db, minutes=5):
    with db.transaction() as session:
        set_passphrase(session, PHRASE, PHRASE, idle_minutes=minutes)


def type_passphrase(qtbot, screen, text):
    screen.passphrase.setText(text)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)


def test_the_lock_is_set_in_its_dialog_and_locks_after_idle_minutes(window, qtbot, tmp_path):
    actions = window.safety_actions
    assert not actions.lock.enabled and not actions.lock_now.isEnabled()
    dialog = actions.show_lock_settings()
    assert "does not encrypt" in dialog.explain.text()
    dialog.new.setText(PHRASE)
    dialog.repeat.setText(PHRASE)
    dialog.minutes.setValue(3)
    dialog.grab().save(str(tmp_path / "lock-settings.png"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: actions.lock_now.isEnabled(), timeout=2000)
    lock = actions.lock
    assert (lock.enabled, lock.idle_minutes) == (True, 3)

    lock.check_idle(now=time.monotonic() + 2 * 60)
    assert not lock.locked  # two minutes idle: not yet
    lock.check_idle(now=time.monotonic() + 3 * 60 + 1)
    assert lock.locked and lock.screen.isVisible()
    assert lock.screen.geometry() == window.rect()


def test_while_locked_no_shortcut_or_editor_is_reachable(db, make_window, boxes, qtbot,
                                                         tmp_path):
    saved_session(db)
    lock_on(db)
    window = make_window()
    editor = window.open_session(window.model.row_at(0).id)
    qtbot.waitUntil(editor.isVisible, timeout=2000)
    lock = window.safety_actions.lock
    lock.lock_now()
    assert not editor.isVisible()
    window.grab().save(str(tmp_path / "lock-screen.png"))
    for key in (Qt.Key.Key_N, Qt.Key.Key_H, Qt.Key.Key_Z):
        qtbot.keyClick(window.view, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.editor is editor and boxes.shown == [] and window.model.rowCount() == 1

    type_passphrase(qtbot, lock.screen, "mango rice")
    assert lock.locked and "Wrong passphrase" in lock.screen.message.text()
    assert lock.screen.passphrase.text() == ""
    type_passphrase(qtbot, lock.screen, PHRASE)
    assert not lock.locked and not lock.screen.isVisible() and editor.isVisible()


def test_wrong_tries_make_the_next_one_wait(db, make_window, qtbot):
    lock_on(db)
    window = make_window()
    lock = window.safety_actions.lock
    lock.lock_now()
    for _ in range(3):
        type_passphrase(qtbot, lock.screen, "guess")
    assert "wait 5 seconds" in lock.screen.message.text()
    type_passphrase(qtbot, lock.screen, PHRASE)  # refused unchecked while waiting
    assert lock.locked and "wait" in lock.screen.message.text()


def test_the_passphrase_is_asked_before_the_window_opens(db, workspace, qtbot, monkeypatch):
    lock_on(db)
    dialog = StartupUnlock(workspace.safety)
    qtbot.addWidget(dialog)
    type_passphrase(qtbot, dialog.screen_, "guess")
    assert dialog.result() != QDialog.DialogCode.Accepted
    type_passphrase(qtbot, dialog.screen_, PHRASE)
    assert dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(StartupUnlock, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert app.start(db) is None  # closed instead of unlocking: no window at all
