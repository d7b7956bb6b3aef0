"""The lock screen: asked at start-up and laid over the window after some idle minutes
(or Ctrl+L), until the passphrase is typed. While locked, every key, click and shortcut
meant for anything but the lock screen is swallowed and other windows are hidden."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskedu.ui.errors import USER_ERRORS, describe_error
from riskedu.ui.safety_access import SafetyAccess
from riskedu.ui.widgets import Retranslating

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
                QEvent.Type.Shortcut, QEvent.Type.MouseButtonPress,
                QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
                QEvent.Type.Wheel, QEvent.Type.ContextMenu}
ACTIVITY_EVENTS = INPUT_EVENTS | {QEvent.Type.MouseMove}
CHECK_EVERY_MS = 15_000


class LockScreen(Retranslating, QFrame):
    """'riskedu is locked': the passphrase field, Unlock, and what went wrong."""

    def __init__(self, safety: SafetyAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.safety = safety
        self.on_unlocked = lambda: None
        self.setAutoFillBackground(True)
        self.title, self.hint, self.message = QLabel(), QLabel(), QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.message.setWordWrap(True)
        # room for two wrapped lines in any script, so a message never pushes the field
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.setStyleSheet("color: #b00020;")
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        panel = QWidget()
        panel.setFixedWidth(440)
        box = QVBoxLayout(panel)
        for widget in (self.title, self.hint, self.passphrase, self.unlock_button,
                       self.message):
            box.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.passphrase.returnPressed.connect(self.submit)
        self.unlock_button.clicked.connect(self.submit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("riskedu is locked"))
        self.hint.setText(self.tr("Type the passphrase to continue."))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))

    def reset(self) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.passphrase.setFocus()

    def submit(self) -> bool:
        try:
            attempt = self.safety.try_unlock(self.passphrase.text())
        except USER_ERRORS as exc:
            self.message.setText(describe_error(exc))
            return False
        self.passphrase.clear()
        if attempt.unlocked:
            self.message.clear()
            self.on_unlocked()
            return True
        self.message.setText(self.tr(
            "Wrong passphrase. Too many tries: wait {seconds} seconds, then try again.")
            .format(seconds=attempt.wait_seconds) if attempt.wait_seconds else self.tr(
            "Wrong passphrase. Check Caps Lock and the keyboard language, then try again."))
        return False


class StartupUnlock(QDialog):
    """The lock screen alone, before the window shows any record; Quit ends riskedu."""

    def __init__(self, safety: SafetyAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.screen_ = LockScreen(safety, self)
        self.screen_.on_unlocked = self.accept
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.screen_)
        layout.addWidget(buttons)
        self.setWindowTitle("riskedu")
        self.resize(520, 320)


def unlock_at_start(safety: SafetyAccess) -> bool:
    """Ask the passphrase when the lock is on; False when the user closes instead."""
    if not safety.lock_state().enabled:
        return True
    return StartupUnlock(safety).exec() == QDialog.DialogCode.Accepted


class LockController(QObject):
    """Locks the main window after `idle_minutes` without input, or on demand."""

    def __init__(self, window: QMainWindow, safety: SafetyAccess):
        super().__init__(window)
        self.window, self.safety = window, safety
        self.screen = LockScreen(safety, window)
        self.screen.on_unlocked = self.unlock
        self.screen.hide()
        self.locked = False
        self.enabled, self.idle_minutes = False, 10
        self.last_activity = time.monotonic()
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_idle)
        self.reload()

    def retranslate_ui(self) -> None:
        self.screen.retranslate_ui()

    def reload(self) -> None:
        """Follow the lock's settings: watch input only while a passphrase is set."""
        try:
            state = self.safety.lock_state()
        except USER_ERRORS:
            return
        self.enabled, self.idle_minutes = state.enabled, state.idle_minutes
        app = QApplication.instance()
        if self.enabled:
            app.installEventFilter(self)
            self.timer.start()
        else:
            app.removeEventFilter(self)
            self.timer.stop()

    def shutdown(self) -> None:
        """Stop watching input (the window is closing; the application may go on)."""
        QApplication.instance().removeEventFilter(self)
        self.timer.stop()

    def check_idle(self, now: float | None = None) -> None:
        idle = (now if now is not None else time.monotonic()) - self.last_activity
        if self.enabled and not self.locked and idle >= self.idle_minutes * 60:
            self.lock_now()

    def lock_now(self) -> None:
        if not self.enabled or self.locked:
            return
        self.locked = True
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w.isVisible() and w is not self.window]
        for widget in self._hidden:
            widget.hide()
        self.screen.setGeometry(self.window.rect())
        self.screen.show()
        self.screen.raise_()
        self.window.activateWindow()
        self.screen.reset()

    def unlock(self) -> None:
        self.locked = False
        self.screen.hide()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.last_activity = time.monotonic()

    def _inside_screen(self, obj: QObject) -> bool:
        return isinstance(obj, QWidget) and (obj is self.screen or self.screen.isAncestorOf(obj))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if self.locked and self.window.isVisible():  # a closed window holds nothing back
            if obj is self.window and kind == QEvent.Type.Resize:
                self.screen.setGeometry(self.window.rect())
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # keys go to the focused field as typing, never to a shortcut
                return True
            return kind in INPUT_EVENTS and not self._inside_screen(obj)
        if kind in ACTIVITY_EVENTS:
            self.last_activity = time.monotonic()
        return False
