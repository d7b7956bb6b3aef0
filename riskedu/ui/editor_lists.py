"""Session editor, people and hazards tabs: facilitators, roster, hazards and reports."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.categories import HAZARD, PARTICIPANT_ROLE, SEX
from riskedu.core.forms import HazardReportLine, ParticipantLine, SessionForm
from riskedu.core.validation import Problem
from riskedu.ui.errors import reporting_errors
from riskedu.ui.line_tables import LineColumn, LinesTable
from riskedu.ui.text import choice_label, combo_code, fill_combo
from riskedu.ui.widgets import FormSection
from riskedu.ui.workspace import Person, Workspace

IdRole = Qt.ItemDataRole.UserRole
PersonRole = Qt.ItemDataRole.UserRole + 1

PARTICIPANT_COLUMNS = (
    LineColumn("name", QT_TRANSLATE_NOOP("LinesTable", "Name")),
    LineColumn("name_latin", QT_TRANSLATE_NOOP("LinesTable", "Name in Latin letters")),
    LineColumn("sex", QT_TRANSLATE_NOOP("LinesTable", "Sex"), choices=SEX, width=90),
    LineColumn("age", QT_TRANSLATE_NOOP("LinesTable", "Age"), age=True, width=60),
    LineColumn("role", QT_TRANSLATE_NOOP("LinesTable", "Role"), choices=PARTICIPANT_ROLE,
               width=170),
    LineColumn("phone", QT_TRANSLATE_NOOP("LinesTable", "Phone"), width=120),
)
REPORT_COLUMNS = (
    LineColumn("place", QT_TRANSLATE_NOOP("LinesTable", "Place")),
    LineColumn("ordnance_type", QT_TRANSLATE_NOOP("LinesTable", "Ordnance"), choices=HAZARD,
               width=210),
    LineColumn("description", QT_TRANSLATE_NOOP("LinesTable", "Description")),
    LineColumn("referred_to", QT_TRANSLATE_NOOP("LinesTable", "Referred to"), width=160),
)


class AddFacilitatorDialog(QDialog):
    """Asks for a new facilitator's name and sex and adds them to the team."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self.person: Person | None = None
        self.setWindowTitle(self.tr("Add a facilitator"))
        self.name, self.sex = QLineEdit(), QComboBox()
        fill_combo(self.sex, SEX, blank=self.tr("Not given"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Sex:"), self.sex)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        with reporting_errors(self, self.tr("Could not add the facilitator")) as outcome:
            self.person = self._workspace.add_facilitator(self.name.text(),
                                                          combo_code(self.sex))
        if not outcome.failed:
            super().accept()


class PeopleSection(FormSection):
    """Who ran the session (facilitators) and who attended by name (the roster)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self.facilitators = QListWidget()
        self.facilitators.setMaximumHeight(130)
        self.add_facilitator_button = QPushButton()
        self.add_facilitator_button.clicked.connect(self.ask_new_facilitator)
        self.roster = LinesTable(PARTICIPANT_COLUMNS, ParticipantLine)
        self.facilitator_box, self.roster_box = QGroupBox(), QGroupBox()
        self.roster_hint = QLabel()
        self.roster_hint.setWordWrap(True)
        top = QHBoxLayout(self.facilitator_box)
        top.addWidget(self.facilitators, 1)
        side = QVBoxLayout()
        side.addWidget(self.add_facilitator_button)
        side.addStretch(1)
        top.addLayout(side)
        roster = QVBoxLayout(self.roster_box)
        roster.addWidget(self.roster_hint)
        roster.addWidget(self.roster)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facilitator_box)
        layout.addWidget(self.roster_box, 1)
        for person in workspace.facilitators():
            self._add_person(person, checked=False)
        self.facilitators.itemChanged.connect(self.changed)
        self.roster.changed.connect(self.changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.facilitator_box.setTitle(self.tr("Facilitators (tick everyone who ran the session)"))
        self.roster_box.setTitle(self.tr("Participants by name (optional)"))
        self.roster_hint.setText(self.tr(
            "Only needed for certificates and follow-up. Attendance counts are entered on "
            "the Attendance tab."))
        self.add_facilitator_button.setText(self.tr("&Add facilitator…"))
        self.roster.set_texts(self.tr("Add pe&rson"), self.tr("Remove p&erson"))
        for row in range(self.facilitators.count()):
            item = self.facilitators.item(row)
            item.setText(self._person_text(item.data(PersonRole)))

    @staticmethod
    def _person_text(person: Person) -> str:
        sex = f" ({choice_label(SEX, person.sex)})" if person.sex else ""
        return person.name + sex

    def _add_person(self, person: Person, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(self._person_text(person))
        item.setData(IdRole, person.id)
        item.setData(PersonRole, person)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.facilitators.addItem(item)
        return item

    def ask_new_facilitator(self) -> None:
        dialog = AddFacilitatorDialog(self._workspace, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.person is not None:
            self.add_checked_person(dialog.person)

    def add_checked_person(self, person: Person) -> None:
        item = self._item(person.id) or self._add_person(person, checked=True)
        item.setCheckState(Qt.CheckState.Checked)
        self.facilitators.setCurrentItem(item)

    def _item(self, person_id: str) -> QListWidgetItem | None:
        for row in range(self.facilitators.count()):
            if self.facilitators.item(row).data(IdRole) == person_id:
                return self.facilitators.item(row)
        return None

    def checked_ids(self) -> list[str]:
        items = (self.facilitators.item(row) for row in range(self.facilitators.count()))
        return [i.data(IdRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def load(self, form: SessionForm) -> None:
        for row in range(self.facilitators.count()):
            item = self.facilitators.item(row)
            checked = item.data(IdRole) in form.facilitator_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for person_id in form.facilitator_ids:
            if self._item(person_id) is None:
                self._add_person(Person(person_id, self.tr("Unknown facilitator"), "", False),
                                 checked=True)
        self.roster.set_lines(form.participants)

    def store(self, form: SessionForm) -> list[Problem]:
        form.facilitator_ids = self.checked_ids()
        form.participants = self.roster.lines()
        return []

    def field_widget(self, field: str) -> QWidget | None:
        return {"facilitator_ids": self.facilitators,
                "participants": self.roster.table}.get(field)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.roster.set_read_only(read_only)
        for row in range(self.facilitators.count()):  # a final record lists who ran it
            item = self.facilitators.item(row)
            item.setHidden(read_only and item.checkState() != Qt.CheckState.Checked)


class HazardsSection(FormSection):
    """Which hazards were discussed, and hazard reports participants raised."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.checks = {code: QCheckBox() for code in HAZARD.codes}
        self.reports = LinesTable(REPORT_COLUMNS, HazardReportLine)
        self.hazard_box, self.reports_box = QGroupBox(), QGroupBox()
        self.reports_hint = QLabel()
        self.reports_hint.setWordWrap(True)
        grid = QGridLayout(self.hazard_box)
        for position, check in enumerate(self.checks.values()):
            grid.addWidget(check, position // 3, position % 3)
        reports = QVBoxLayout(self.reports_box)
        reports.addWidget(self.reports_hint)
        reports.addWidget(self.reports)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hazard_box)
        layout.addWidget(self.reports_box, 1)
        for check in self.checks.values():
            check.toggled.connect(self.changed)
        self.reports.changed.connect(self.changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.hazard_box.setTitle(self.tr("Hazards discussed"))
        self.reports_box.setTitle(self.tr("Hazard reports raised by participants"))
        self.reports_hint.setText(self.tr(
            "One line for each suspected hazard or dangerous area people told you about, "
            "and to whom you passed it on."))
        for code, check in self.checks.items():
            check.setText(choice_label(HAZARD, code))
        self.reports.set_texts(self.tr("Add re&port"), self.tr("Re&move report"))

    def load(self, form: SessionForm) -> None:
        for code, check in self.checks.items():
            check.setChecked(code in form.hazards)
        self.reports.set_lines(form.hazard_reports)

    def store(self, form: SessionForm) -> list[Problem]:
        form.hazards = [code for code, check in self.checks.items() if check.isChecked()]
        form.hazard_reports = self.reports.lines()
        return []

    def field_widget(self, field: str) -> QWidget | None:
        if field == "hazards":
            return next(iter(self.checks.values()))
        return self.reports.table if field == "hazard_reports" else None

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.reports.set_read_only(read_only)
