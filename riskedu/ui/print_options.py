"""The small dialog asked before printing: document language, paper, orientation, and for
handouts which material and how many copies. It offers what was chosen last time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.materials import MaterialRow
from riskedu.ui import languages, settings
from riskedu.ui.widgets import Retranslating

CERTIFICATES, SUMMARY, HANDOUTS, PERIOD = "certificates", "summary", "handouts", "period"
PAGE_SIZES = ("A4", "Letter")
SAFETY_SHEET = ""  # the handout "material" that is the standard safety-messages sheet
MAX_COPIES = 1000


@dataclass(frozen=True)
class DocumentChoice:
    """What the user chose for one document."""

    language: str
    page_size: str
    landscape: bool = False
    material_id: str = SAFETY_SHEET
    copies: int = 1


def default_page_size() -> str:
    """Letter where the computer's locale measures in inches, else A4."""
    if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "Letter"
    return "A4"


def last_choice() -> DocumentChoice:
    """The choices of the last printed document (the window's language at first)."""
    language = settings.PRINT_LANGUAGE.get()
    known = {lang.code for lang in languages.LANGUAGES}
    page_size = settings.PRINT_PAGE_SIZE.get()
    return DocumentChoice(
        language=language if language in known else languages.language(
            languages.current()).code,
        page_size=page_size if page_size in PAGE_SIZES else default_page_size(),
        landscape=settings.PRINT_LANDSCAPE.get(),
        material_id=settings.HANDOUT_MATERIAL.get(),
        copies=min(max(settings.HANDOUT_COPIES.get(), 1), MAX_COPIES))


def remember(choice: DocumentChoice, kind: str) -> None:
    settings.PRINT_LANGUAGE.set(choice.language)
    settings.PRINT_PAGE_SIZE.set(choice.page_size)
    if kind == CERTIFICATES:
        settings.PRINT_LANDSCAPE.set(choice.landscape)
    if kind == HANDOUTS:
        settings.HANDOUT_MATERIAL.set(choice.material_id)
        settings.HANDOUT_COPIES.set(choice.copies)


def language_combo() -> QComboBox:
    """The languages a document can be printed in, each named in its own script."""
    combo = QComboBox()
    for lang in languages.LANGUAGES:
        combo.addItem(lang.menu_text, lang.code)
    return combo


class PageSizeCombo(QComboBox):
    """A4 or Letter, with their sizes in the window's language."""

    def retranslate_ui(self) -> None:
        current = self.currentData()
        self.clear()
        locale = QLocale()  # sizes in the window's digits; paper names as printed on packs
        self.addItem(self.tr("{name} ({width} × {height} mm)").format(
            name="A4", width=locale.toString(210), height=locale.toString(297)), "A4")
        self.addItem(self.tr("{name} ({width} × {height} in)").format(
            name="Letter", width=locale.toString(8.5, "f", 1), height=locale.toString(11)),
            "Letter")
        self.setCurrentIndex(max(0, self.findData(current)))


class PrintOptionsDialog(Retranslating, QDialog):
    """Options for certificates, a session summary or handouts, then Preview."""

    def __init__(self, kind: str, subject: str, parent: QWidget | None = None,
                 materials: Sequence[MaterialRow] = ()):
        super().__init__(parent)
        self.kind, self.subject = kind, subject
        self.materials = [row for row in materials if row.file is not None]
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.language = language_combo()
        self.page_size = PageSizeCombo()
        self.portrait, self.landscape = QRadioButton(), QRadioButton()
        self.orientation = QButtonGroup(self)
        self.material, self.copies = QComboBox(), QSpinBox()
        self.labels = {name: QLabel() for name in ("language", "page_size", "orientation",
                                                   "material", "copies")}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._build()
        self.retranslate_ui()
        self._load(last_choice())

    def _build(self) -> None:
        self.orientation.addButton(self.portrait)
        self.orientation.addButton(self.landscape)
        orientation = self.orientation_row = QWidget(self)  # hidden unless certificates
        orientation.hide()
        row = QHBoxLayout(orientation)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.portrait)
        row.addWidget(self.landscape)
        row.addStretch(1)
        self.copies.setRange(1, MAX_COPIES)
        self.material.setMinimumContentsLength(28)
        self.material.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        form = QFormLayout()
        fields = [("language", self.language), ("page_size", self.page_size)]
        if self.kind == CERTIFICATES:
            fields.append(("orientation", orientation))
            orientation.show()
        if self.kind == HANDOUTS:
            fields += [("material", self.material), ("copies", self.copies)]
        for name, widget in fields:
            self.labels[name].setBuddy(widget if widget is not orientation else self.portrait)
            form.addRow(self.labels[name], widget)
        self.language.currentIndexChanged.connect(self._fill_materials)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def retranslate_ui(self) -> None:
        titles = {CERTIFICATES: self.tr("Print certificates"),
                  SUMMARY: self.tr("Print the session summary"),
                  HANDOUTS: self.tr("Print handouts")}
        self.setWindowTitle(titles.get(self.kind, self.tr("Print")))
        headings = {CERTIFICATES: self.tr("Certificates for the participants of {subject}: "
                                          "one page each."),
                    SUMMARY: self.tr("A one-page summary of {subject}, e.g. for the village "
                                     "chief."),
                    HANDOUTS: self.tr("Handouts for {subject}: a material from the "
                                      "catalogue, or the standard safety messages.")}
        self.heading.setText(headings.get(self.kind, "{subject}").format(subject=self.subject))
        texts = {"language": self.tr("Document &language:"),
                 "page_size": self.tr("&Paper:"), "orientation": self.tr("Orientation:"),
                 "material": self.tr("&Material:"), "copies": self.tr("&Copies:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.language.setToolTip(self.tr("The language the document is printed in, whatever "
                                         "language the window speaks"))
        self.portrait.setText(self.tr("P&ortrait"))
        self.landscape.setText(self.tr("La&ndscape"))
        self.page_size.retranslate_ui()
        self._fill_materials()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pre&view…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _fill_materials(self) -> None:
        """Materials titled in the document's language where they have such a title."""
        current = self.material.currentData()
        language = self.language.currentData()
        self.material.clear()
        self.material.addItem(self.tr("Standard safety messages sheet"), SAFETY_SHEET)
        for row in sorted(self.materials, key=lambda r: r.title(language).casefold()):
            self.material.addItem(row.title(language), row.id)
        self.material.setCurrentIndex(max(0, self.material.findData(current)))

    def _load(self, choice: DocumentChoice) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(choice.language)))
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(choice.page_size)))
        (self.landscape if choice.landscape else self.portrait).setChecked(True)
        self.material.setCurrentIndex(max(0, self.material.findData(choice.material_id)))
        self.copies.setValue(choice.copies)

    def choice(self) -> DocumentChoice:
        return DocumentChoice(
            language=self.language.currentData(), page_size=self.page_size.currentData(),
            landscape=self.kind == CERTIFICATES and self.landscape.isChecked(),
            material_id=self.material.currentData() if self.kind == HANDOUTS else SAFETY_SHEET,
            copies=self.copies.value() if self.kind == HANDOUTS else 1)

    def accept(self) -> None:
        remember(self.choice(), self.kind)
        super().accept()


def ask_choice(kind: str, subject: str, parent: QWidget | None,
               materials: Sequence[MaterialRow] = ()) -> DocumentChoice | None:
    """Show the options dialog; the choice, or None when cancelled."""
    dialog = PrintOptionsDialog(kind, subject, parent, materials)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
    finally:
        dialog.deleteLater()
