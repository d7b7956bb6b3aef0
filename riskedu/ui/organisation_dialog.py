"""Organisation details printed on documents: the name in each language, the logo, and
who signs certificates. Set once; every document uses them."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.file_content import FileRefused
from riskedu.core.print_details import MAX_TEXT, PrintDetails, PrintDetailsRefused
from riskedu.ui.errors import USER_ERRORS, show_error
from riskedu.ui.languages import LANGUAGES
from riskedu.ui.text import message_text
from riskedu.ui.widgets import Retranslating
from riskedu.ui.workspace import Workspace

LOGO_BOX = (220, 90)


class OrganisationDialog(Retranslating, QDialog):
    """Edits the print details; Save keeps them in one transaction."""

    def __init__(self, workspace: Workspace, details: PrintDetails,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.access = workspace.printing
        self.details = details
        self.names = {lang.code: QLineEdit() for lang in LANGUAGES}
        self.name_labels = {lang.code: QLabel(lang.menu_text) for lang in LANGUAGES}
        self.names_box, self.logo_box, self.signatory_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.names_help = QLabel()
        self.names_help.setWordWrap(True)
        self.logo = QLabel()
        self.logo.setFixedSize(*LOGO_BOX)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border: 1px solid #b8b8b8; background: white;")
        self.choose_logo_button, self.remove_logo_button = QPushButton(), QPushButton()
        self.signatory_name, self.signatory_title = QLineEdit(), QLineEdit()
        self.signatory_labels = (QLabel(), QLabel())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._build()
        self._load(details)
        self.retranslate_ui()

    def _build(self) -> None:
        box = QVBoxLayout(self.names_box)
        box.addWidget(self.names_help)
        names = QFormLayout()
        box.addLayout(names)
        for code, edit in self.names.items():
            edit.setMaxLength(MAX_TEXT)
            self.name_labels[code].setBuddy(edit)
            # Burmese stands taller than the Latin font the row is measured with.
            self.name_labels[code].setMinimumHeight(self.name_labels[code].sizeHint().height())
            names.addRow(self.name_labels[code], edit)
        logo = QHBoxLayout(self.logo_box)
        logo.addWidget(self.logo)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        logo.addLayout(buttons)
        logo.addStretch(1)
        signatory = QFormLayout(self.signatory_box)
        for label, edit in zip(self.signatory_labels, (self.signatory_name,
                                                       self.signatory_title), strict=True):
            edit.setMaxLength(MAX_TEXT)
            label.setBuddy(edit)
            signatory.addRow(label, edit)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.names_box)
        layout.addWidget(self.logo_box)
        layout.addWidget(self.signatory_box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Organisation details for printing"))
        self.names_box.setTitle(self.tr("Organisation name"))
        self.names_help.setText(self.tr(
            "As it should read on certificates and summaries in each language. A document "
            "in a language left empty uses the English name."))
        for edit in self.names.values():
            edit.setPlaceholderText(self.details.fallback_name)
        self.logo_box.setTitle(self.tr("Logo"))
        self.choose_logo_button.setText(self.tr("&Choose picture…"))
        self.choose_logo_button.setToolTip(self.tr("A PNG or JPEG file, e.g. the logo on "
                                                   "your letters"))
        self.remove_logo_button.setText(self.tr("&Remove"))
        self.signatory_box.setTitle(self.tr("Who signs the certificates"))
        self.signatory_labels[0].setText(self.tr("&Name:"))
        self.signatory_labels[1].setText(self.tr("&Title:"))
        self.signatory_title.setPlaceholderText(self.tr("e.g. Programme manager"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_logo()

    def _load(self, details: PrintDetails) -> None:
        for code, edit in self.names.items():
            edit.setText(details.organisation_names.get(code, ""))
        self.signatory_name.setText(details.signatory_name)
        self.signatory_title.setText(details.signatory_title)

    # Logo ------------------------------------------------------------------------------

    def _show_logo(self) -> None:
        path = self.access.logo_path(self.details) if self.details.logo_sha256 else None
        picture = QPixmap(str(path)) if path is not None else QPixmap()
        if picture.isNull():
            self.logo.setPixmap(QPixmap())
            self.logo.setText(html.escape(self.tr("No logo")))
        else:
            self.logo.setPixmap(picture.scaled(
                LOGO_BOX[0] - 8, LOGO_BOX[1] - 8, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_logo_button.setEnabled(bool(self.details.logo_sha256))

    def choose_logo(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if not name:
            return False
        try:
            self.details = self.access.with_logo(self.details, Path(name))
        except FileRefused as exc:
            QMessageBox.warning(self, self.tr("This picture cannot be the logo"),
                                message_text(exc.message))
            return False
        except USER_ERRORS as exc:
            show_error(self, self.tr("This picture cannot be the logo"), exc)
            return False
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self.details = replace(self.details, logo_sha256="", logo_type="")
        self._show_logo()

    # Saving ----------------------------------------------------------------------------

    def collected(self) -> PrintDetails:
        return replace(self.details,
                       organisation_names={code: edit.text() for code, edit in
                                           self.names.items() if edit.text().strip()},
                       signatory_name=self.signatory_name.text(),
                       signatory_title=self.signatory_title.text())

    def accept(self) -> None:
        details = self.collected()
        try:
            self.access.save_details(details)
        except PrintDetailsRefused as exc:
            QMessageBox.warning(self, self.tr("The details were not saved"),
                                message_text(exc.message))
            return
        except USER_ERRORS as exc:
            show_error(self, self.tr("The details were not saved"), exc)
            return
        self.details = details
        super().accept()


def edit_organisation_details(workspace: Workspace, parent: QWidget | None) -> bool:
    """Open the dialog on the saved details; whether new details were saved."""
    try:
        details = workspace.printing.load_details()
    except USER_ERRORS as exc:
        show_error(parent, QCoreApplication.translate(
            "OrganisationDialog", "Could not read the organisation details"), exc)
        return False
    dialog = OrganisationDialog(workspace, details, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
