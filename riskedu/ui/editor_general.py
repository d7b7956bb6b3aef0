"""Session editor, first tab: when, how, for whom, project and donor, notes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from riskedu.core.categories import (
    ACTIVITIES_BY_CATEGORY,
    ACTIVITY,
    AUDIENCE,
    CATEGORY,
    MEDIA_ACTIVITIES,
    METHOD,
)
from riskedu.core.forms import SessionForm
from riskedu.core.i18n import Message
from riskedu.core.validation import MAX_SESSION_COUNT, Problem
from riskedu.ui.text import combo_code, fill_combo, set_combo_code
from riskedu.ui.widgets import (
    FormSection,
    OptionalDateEdit,
    OptionalDateTimeEdit,
    TimeLineEdit,
    chain_tab_order,
)

BAD_TIME = QT_TRANSLATE_NOOP("editor", "Enter the time as HH:MM, for example 08:30.")


class GeneralSection(FormSection):
    """Dates and times, category, activity and method, audience, project, notes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session_date, self.report_date = OptionalDateEdit(), OptionalDateEdit()
        self.start_time, self.end_time = TimeLineEdit(), TimeLineEdit()
        self.category, self.activity, self.method = QComboBox(), QComboBox(), QComboBox()
        self.session_count = QSpinBox()
        self.session_count.setRange(1, MAX_SESSION_COUNT)
        self.broadcast_start, self.broadcast_end = OptionalDateTimeEdit(), OptionalDateTimeEdit()
        self.audience = QComboBox()
        self.project, self.donor = QLineEdit(), QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        self.when_box, self.how_box, self.whom_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.labels: dict[str, QLabel] = {}
        self._build()
        self.retranslate_ui()
        self.category.currentIndexChanged.connect(self._category_changed)
        self.activity.currentIndexChanged.connect(self._activity_changed)

    def _form(self, box: QGroupBox, rows: list[tuple[str, QWidget]]) -> None:
        form = QFormLayout(box)
        for name, widget in rows:
            label = QLabel()
            label.setBuddy(widget)
            self.labels[name] = label
            form.addRow(label, widget)

    def _build(self) -> None:
        self._form(self.when_box, [("session_date", self.session_date),
                                   ("start_time", self.start_time),
                                   ("end_time", self.end_time),
                                   ("report_date", self.report_date)])
        self._form(self.how_box, [("category", self.category), ("activity", self.activity),
                                  ("method", self.method), ("session_count", self.session_count),
                                  ("broadcast_start", self.broadcast_start),
                                  ("broadcast_end", self.broadcast_end)])
        self._form(self.whom_box, [("audience", self.audience), ("project", self.project),
                                   ("donor", self.donor)])
        self.notes_label = QLabel()
        self.notes_label.setBuddy(self.notes)
        grid = QGridLayout(self)
        grid.addWidget(self.when_box, 0, 0)
        grid.addWidget(self.whom_box, 1, 0)
        grid.addWidget(self.how_box, 0, 1, 2, 1)
        grid.addWidget(self.notes_label, 2, 0, 1, 2)
        grid.addWidget(self.notes, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        chain_tab_order(self.session_date, self.start_time, self.end_time, self.report_date,
                        self.audience, self.project, self.donor, self.category, self.activity,
                        self.method, self.session_count, self.broadcast_start,
                        self.broadcast_end, self.notes)

    def retranslate_ui(self) -> None:
        self.when_box.setTitle(self.tr("When"))
        self.how_box.setTitle(self.tr("How"))
        self.whom_box.setTitle(self.tr("For whom"))
        texts = {"session_date": self.tr("Session &date:"),
                 "start_time": self.tr("&Start time:"), "end_time": self.tr("&End time:"),
                 "report_date": self.tr("&Report date:"), "category": self.tr("&Category:"),
                 "activity": self.tr("&Activity:"), "method": self.tr("&Method:"),
                 "session_count": self.tr("Number of sessi&ons:"),
                 "broadcast_start": self.tr("&Broadcast from:"),
                 "broadcast_end": self.tr("Broadcast &until:"),
                 "audience": self.tr("Primary aud&ience:"), "project": self.tr("Pro&ject:"),
                 "donor": self.tr("Do&nor:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.notes_label.setText(self.tr("No&tes (follow-up, materials given out, remarks):"))
        for edit in (self.session_date, self.report_date):
            edit.setSpecialValueText(self.tr("Not set"))
        for edit in (self.broadcast_start, self.broadcast_end):
            edit.setSpecialValueText(self.tr("Not set"))
        for edit in (self.start_time, self.end_time):
            edit.setToolTip(self.tr("Type the time as HH:MM, for example 08:30 or 1430"))
        fill_combo(self.category, CATEGORY)
        self._fill_activities()
        fill_combo(self.method, METHOD, blank=self.tr("Choose…"))
        fill_combo(self.audience, AUDIENCE, blank=self.tr("Choose…"))

    def _fill_activities(self) -> None:
        codes = ACTIVITIES_BY_CATEGORY.get(combo_code(self.category), ())
        fill_combo(self.activity, ACTIVITY, codes, blank=self.tr("Choose…"))

    def _category_changed(self) -> None:
        self._fill_activities()
        self._activity_changed()

    def _activity_changed(self) -> None:
        media = combo_code(self.activity) in MEDIA_ACTIVITIES
        self.broadcast_start.setEnabled(media)
        self.broadcast_end.setEnabled(media)

    def load(self, form: SessionForm) -> None:
        self.session_date.set_value(form.session_date)
        self.report_date.set_value(form.report_date)
        self.start_time.set_value(form.start_time)
        self.end_time.set_value(form.end_time)
        set_combo_code(self.category, form.category)
        self._fill_activities()
        set_combo_code(self.activity, form.activity)
        self._activity_changed()
        set_combo_code(self.method, form.method)
        self.session_count.setValue(form.session_count)
        self.broadcast_start.set_value(form.broadcast_start)
        self.broadcast_end.set_value(form.broadcast_end)
        set_combo_code(self.audience, form.audience)
        self.project.setText(form.project)
        self.donor.setText(form.donor)
        self.notes.setPlainText(form.notes)

    def store(self, form: SessionForm) -> list[Problem]:
        problems = []
        form.session_date = self.session_date.value()
        form.report_date = self.report_date.value()
        for name, edit in (("start_time", self.start_time), ("end_time", self.end_time)):
            try:
                setattr(form, name, edit.value())
            except ValueError:
                setattr(form, name, None)
                problems.append(Problem(name, Message("editor", BAD_TIME)))
        form.category = combo_code(self.category)
        form.activity = combo_code(self.activity)
        form.method = combo_code(self.method)
        form.session_count = self.session_count.value()
        media = form.activity in MEDIA_ACTIVITIES
        form.broadcast_start = self.broadcast_start.value() if media else None
        form.broadcast_end = self.broadcast_end.value() if media else None
        form.audience = combo_code(self.audience)
        form.project = self.project.text().strip()
        form.donor = self.donor.text().strip()
        form.notes = self.notes.toPlainText()
        return problems

    def field_widget(self, field: str) -> QWidget | None:
        widget = getattr(self, field, None)
        return widget if isinstance(widget, QWidget) else None
