"""The Reports page: the period summary of every session in a date range and an area,
prepared in the background and shown in the print preview."""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskedu.ui.area_picker import AreaPicker
from riskedu.ui.print_jobs import PrintJob, runner_for
from riskedu.ui.print_options import (
    PERIOD,
    DocumentChoice,
    PageSizeCombo,
    language_combo,
    last_choice,
    remember,
)
from riskedu.ui.text import date_format, format_date
from riskedu.ui.widgets import PROBLEMS_STYLE, Retranslating
from riskedu.ui.workspace import Workspace

LAST_MONTH, THIS_MONTH, LAST_3_MONTHS, THIS_YEAR, LAST_YEAR, CUSTOM = (
    "last_month", "this_month", "last_3_months", "this_year", "last_year", "custom")


def preset_range(preset: str, today: date) -> tuple[date, date]:
    """The first and last day of a named period, as of `today`."""
    month_start = today.replace(day=1)
    if preset == THIS_MONTH:
        return month_start, today
    if preset == LAST_3_MONTHS:
        start = month_start
        for _ in range(3):
            start = (start - timedelta(days=1)).replace(day=1)
        return start, month_start - timedelta(days=1)
    if preset == THIS_YEAR:
        return today.replace(month=1, day=1), today
    if preset == LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    last_day = month_start - timedelta(days=1)  # LAST_MONTH, and where a custom one starts
    return last_day.replace(day=1), last_day


class ReportsPage(Retranslating, QWidget):
    """Choose a period, an area, a language and paper; Generate opens the preview."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.today = today or date.today()
        self.box = QGroupBox()
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.preset = QComboBox()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        self.area = AreaPicker(workspace)
        self.language, self.page_size = language_combo(), PageSizeCombo()
        self.generate_button = QPushButton()
        self.problem = QLabel()
        self.problem.setStyleSheet(PROBLEMS_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.labels = {name: QLabel() for name in ("period", "from", "to", "area", "language",
                                                   "page_size")}
        self._build()
        self.retranslate_ui()
        choice = last_choice()
        self.language.setCurrentIndex(max(0, self.language.findData(choice.language)))
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(choice.page_size)))
        self.set_preset(LAST_MONTH)

    def _build(self) -> None:
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._dates_edited)
        self.preset.activated.connect(lambda _index: self.set_preset(self.preset.currentData()))
        self.generate_button.clicked.connect(self.generate)
        self.generate_button.setDefault(True)
        dates = QHBoxLayout()
        for widget in (self.preset, self.labels["from"], self.date_from, self.labels["to"],
                       self.date_to):
            dates.addWidget(widget)
        dates.addStretch(1)
        self.labels["from"].setBuddy(self.date_from)
        self.labels["to"].setBuddy(self.date_to)
        form = QFormLayout()
        for name, field, buddy in (("period", dates, self.preset),
                                   ("area", self.area, self.area.province),
                                   ("language", self.language, self.language),
                                   ("page_size", self.page_size, self.page_size)):
            self.labels[name].setBuddy(buddy)
            form.addRow(self.labels[name], field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(self.box)
        inner.addWidget(self.help)
        inner.addLayout(form)
        inner.addWidget(self.problem)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.box.setMaximumWidth(820)

    def retranslate_ui(self) -> None:
        self.box.setTitle(self.tr("Period summary"))
        self.help.setText(self.tr(
            "Totals of every session in a period and an area: sessions and beneficiaries, "
            "tables by province and district, by method and by audience, girls, boys, women "
            "and men by age, charts, and the hazard reports received."))
        current = self.preset.currentData()
        self.preset.clear()
        for text, key in ((self.tr("Last month"), LAST_MONTH), (self.tr("This month"), THIS_MONTH),
                          (self.tr("Last three months"), LAST_3_MONTHS),
                          (self.tr("This year"), THIS_YEAR), (self.tr("Last year"), LAST_YEAR),
                          (self.tr("Other dates"), CUSTOM)):
            self.preset.addItem(text, key)
        self.preset.setCurrentIndex(max(0, self.preset.findData(current)))
        texts = {"period": self.tr("&Period:"), "from": self.tr("&from"), "to": self.tr("&to"),
                 "area": self.tr("&Area:"), "language": self.tr("Document &language:"),
                 "page_size": self.tr("Pa&per:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(date_format())
        self.page_size.retranslate_ui()
        self.generate_button.setText(self.tr("&Generate…"))
        self.generate_button.setToolTip(self.tr("Prepare the summary and show it to print "
                                                "or save as PDF"))

    # Dates -----------------------------------------------------------------------------

    def set_preset(self, preset: str) -> None:
        self.preset.setCurrentIndex(max(0, self.preset.findData(preset)))
        if preset == CUSTOM:
            self.date_from.setFocus()
            return
        start, end = preset_range(preset, self.today)
        self.set_dates(start, end)

    def set_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            blocked = edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(blocked)
        self.problem.hide()

    def _dates_edited(self) -> None:
        self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
        self.problem.hide()

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    # Generate --------------------------------------------------------------------------

    def choice(self) -> DocumentChoice:
        return DocumentChoice(language=self.language.currentData(),
                              page_size=self.page_size.currentData())

    def generate(self) -> bool:
        """Check the dates, then prepare the summary in the background."""
        start, end = self.period()
        if start > end:
            self.problem.setText(html.escape(self.tr(
                "The period starts ({start}) after it ends ({end}). Choose a start date on "
                "or before the end date.").format(start=format_date(start),
                                                  end=format_date(end))))
            self.problem.show()
            self.date_from.setFocus()
            return False
        self.problem.hide()
        choice = self.choice()
        remember(choice, PERIOD)
        area = self.area.area_text()
        job = PrintJob(
            self.tr("the period summary {start} – {end}, {area}").format(
                start=format_date(start), end=format_date(end), area=area),
            f"period summary {start.isoformat()} {end.isoformat()} {area}",
            self.workspace.printing.period_summary(start, end, self.area.province_code(),
                                                   self.area.district_code(), choice))
        return runner_for(self).start(job, self)
