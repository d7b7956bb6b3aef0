"""App lock settings: set, change or remove the passphrase, and the idle minutes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.app_lock import IDLE_MINUTES
from riskedu.ui.errors import USER_ERRORS, describe_error
from riskedu.ui.safety_access import SafetyAccess
from riskedu.ui.widgets import Retranslating


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class LockSettingsDialog(Retranslating, QDialog):
    """Turn the lock on, change its passphrase or minutes, or turn it off."""

    def __init__(self, safety: SafetyAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.safety = safety
        self.state = safety.lock_state()
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.current, self.new, self.repeat = (_password_field() for _ in range(3))
        self.minutes = QSpinBox()
        self.minutes.setRange(*IDLE_MINUTES)
        self.minutes.setValue(self.state.idle_minutes)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.labels, (self.current, self.new, self.repeat,
                                              self.minutes), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.setRowVisible(0, self.state.enabled)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = QPushButton()
        self.remove_button.setVisible(self.state.enabled)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()
        (self.current if self.state.enabled else self.new).setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("App lock"))
        self.explain.setText(self.tr(
            "On a shared laptop, a passphrase keeps the next user out of riskedu: it is asked "
            "at start-up and after the minutes below without use. It does not encrypt the "
            "database file: anyone who copies the file can read it."))
        for label, text in zip(self.labels, (
                self.tr("&Current passphrase:"), self.tr("&New passphrase:"),
                self.tr("&Repeat new passphrase:"), self.tr("Lock after &idle minutes:")),
                strict=True):
            label.setText(text)
        self.remove_button.setText(self.tr("&Turn the lock off"))

    def save(self) -> None:
        try:
            self.safety.set_passphrase(self.new.text(), self.repeat.text(),
                                       self.current.text() if self.state.enabled else None,
                                       self.minutes.value())
        except USER_ERRORS as exc:
            QMessageBox.warning(self, self.tr("The lock was not changed"), describe_error(exc))
            return
        self.accept()

    def remove(self) -> None:
        try:
            self.safety.remove_passphrase(self.current.text())
        except USER_ERRORS as exc:
            QMessageBox.warning(self, self.tr("The lock was not changed"), describe_error(exc))
            return
        self.accept()
