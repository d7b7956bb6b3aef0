"""The Sync page's identity box: this installation's fingerprint, whether bundles are
encrypted to headquarters, and the enrolment files that set that up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskedu.ui.sync_access import Identity, SyncAccess
from riskedu.ui.sync_text import explain
from riskedu.ui.widgets import Retranslating


class IdentityPanel(Retranslating, QGroupBox):
    """This installation's fingerprint and enrolment with headquarters."""

    enrolled = Signal()

    def __init__(self, access: SyncAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.label = QLabel()
        self.save_button, self.load_button = QPushButton(), QPushButton()
        self.identity: Identity | None = None
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button.clicked.connect(self.save_enrolment)
        self.load_button.clicked.connect(self.load_enrolment)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addWidget(self.load_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("This installation"))
        self.load_button.setText(self.tr("&Load headquarters' enrolment…"))
        self.load_button.setToolTip(self.tr(
            "Field laptops: encrypt bundles to headquarters from now on"))
        self.save_button.setText(self.tr("Save en&rolment file…"))
        self.save_button.setToolTip(self.tr(
            "Headquarters: the file field laptops load to encrypt their bundles to you"))
        self.show_identity(self.identity)

    def show_identity(self, identity: Identity | None) -> None:
        self.identity = identity
        if identity is None:
            return
        text = self.tr("Fingerprint of {name}: <b>{fingerprint}</b>").format(
            name=identity.name or self.tr("this installation"),
            fingerprint=identity.fingerprint)
        text += "<br>" + (self.tr("Enrolled with headquarters ({fingerprint}): bundles are "
                                  "encrypted.").format(
            fingerprint=identity.headquarters_fingerprint)
            if identity.headquarters_fingerprint else self.tr(
            "Not enrolled with headquarters: bundles are <b>not encrypted</b>."))
        self.label.setText(text)

    def save_enrolment(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the enrolment file"), "riskedu-enrolment.json",
            self.tr("Enrolment files (*.json)"))
        if not name:
            return
        try:
            self.access.save_enrolment(Path(name))
        except OSError as error:
            QMessageBox.warning(self, self.tr("Could not save the enrolment file"),
                                explain(error))
            return
        QMessageBox.information(self, self.tr("Enrolment file saved"), self.tr(
            "Saved {file}. Give it to each field laptop (Sync page, “Load headquarters' "
            "enrolment”); their bundles are then encrypted to this installation.").format(
                file=name))

    def load_enrolment(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load headquarters' enrolment file"), "",
            self.tr("Enrolment files (*.json);;All files (*)"))
        if not name:
            return
        try:
            fingerprint = self.access.load_enrolment(Path(name))
        except (OSError, ValueError) as error:  # EnrolmentRefused is a ValueError
            QMessageBox.warning(self, self.tr("Could not use the enrolment file"),
                                explain(error))
            return
        QMessageBox.information(self, self.tr("Enrolled with headquarters"), self.tr(
            "Bundles are now encrypted to headquarters (fingerprint {fingerprint}).")
            .format(fingerprint=fingerprint))
        self.enrolled.emit()
