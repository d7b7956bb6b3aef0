"""Session editor, attendance tab: sex × age band counts with live derived totals."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QSpinBox, QWidget

from riskedu.core.categories import AGE_BANDS, SEX
from riskedu.core.db.models import ATTENDANCE_FIELDS, ATTENDANCE_GRID_FIELDS, Attendance
from riskedu.core.forms import SessionForm
from riskedu.core.validation import MAX_COUNT, Problem
from riskedu.ui.text import choice_label, format_count
from riskedu.ui.widgets import FormSection, chain_tab_order

DERIVED = ("girls", "boys", "women", "men", "total")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CountSpinBox(QSpinBox):
    """A count whose whole text is selected on focus, so typing replaces it."""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.selectAll()
        QTimer.singleShot(0, self.selectAll)  # again after a mouse press placed the cursor


def _spin() -> QSpinBox:
    spin = CountSpinBox()
    spin.setRange(0, MAX_COUNT)
    spin.setAlignment(RIGHT)
    spin.setMinimumWidth(72)
    spin.setAccelerated(True)
    return spin


class AttendanceSection(FormSection):
    """Counts by sex and fine age band; girls, boys, women, men and total are derived."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.spins = {name: _spin() for name in ATTENDANCE_FIELDS}
        self.band_headers = [QLabel() for _ in AGE_BANDS.codes]
        self.sex_labels = {sex: QLabel() for sex in SEX.codes}
        self.row_totals = {sex: QLabel("0") for sex in SEX.codes}
        self.column_totals = [QLabel("0") for _ in AGE_BANDS.codes]
        self.total_heading, self.all_label, self.grand_total = QLabel(), QLabel(), QLabel("0")
        self.derived = {name: QLabel("0") for name in DERIVED}
        self.derived_labels = {name: QLabel() for name in DERIVED}
        self.extra_labels = {name: QLabel() for name in ATTENDANCE_FIELDS[12:]}
        self.grid_box, self.derived_box, self.extra_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self._build()
        self.retranslate_ui()
        for spin in self.spins.values():
            spin.valueChanged.connect(self._update_totals)

    def _build(self) -> None:
        grid = QGridLayout(self.grid_box)
        grid.setHorizontalSpacing(10)
        for column, header in enumerate(self.band_headers, start=1):
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
            grid.addWidget(self.column_totals[column - 1], 3, column, RIGHT)
        self.total_heading.setAlignment(RIGHT)
        grid.addWidget(self.total_heading, 0, len(AGE_BANDS.codes) + 1)
        for row, sex in enumerate(SEX.codes, start=1):
            grid.addWidget(self.sex_labels[sex], row, 0)
            self.sex_labels[sex].setBuddy(self.spins[f"{sex}_{AGE_BANDS.codes[0]}"])
            for column, band in enumerate(AGE_BANDS.codes, start=1):
                grid.addWidget(self.spins[f"{sex}_{band}"], row, column)
            grid.addWidget(self.row_totals[sex], row, len(AGE_BANDS.codes) + 1, RIGHT)
        grid.addWidget(self.all_label, 3, 0)
        grid.addWidget(self.grand_total, 3, len(AGE_BANDS.codes) + 1, RIGHT)
        derived = QFormLayout(self.derived_box)
        for name in DERIVED:
            self.derived[name].setAlignment(RIGHT)
            derived.addRow(self.derived_labels[name], self.derived[name])
        extra = QFormLayout(self.extra_box)
        for name in ATTENDANCE_FIELDS[12:]:
            self.extra_labels[name].setBuddy(self.spins[name])
            extra.addRow(self.extra_labels[name], self.spins[name])
        layout = QGridLayout(self)
        layout.addWidget(self.grid_box, 0, 0, 1, 2)
        layout.addWidget(self.extra_box, 1, 0)
        layout.addWidget(self.derived_box, 1, 1)
        layout.addWidget(self.hint, 2, 0, 1, 2)
        layout.setRowStretch(3, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        chain_tab_order(*(self.spins[name] for name in ATTENDANCE_FIELDS))

    def retranslate_ui(self) -> None:
        self.grid_box.setTitle(self.tr("People who attended, by sex and age"))
        self.derived_box.setTitle(self.tr("Derived totals"))
        self.extra_box.setTitle(self.tr("Among them"))
        for header, band in zip(self.band_headers, AGE_BANDS.codes, strict=True):
            header.setText(f"<b>{choice_label(AGE_BANDS, band)}</b>")
        self.sex_labels["female"].setText(self.tr("&Female:"))
        self.sex_labels["male"].setText(self.tr("&Male:"))
        self.total_heading.setText(self.tr("<b>Total</b>"))
        self.all_label.setText(self.tr("Total:"))
        texts = {"girls": self.tr("Girls (under 18):"), "boys": self.tr("Boys (under 18):"),
                 "women": self.tr("Women (18 and over):"), "men": self.tr("Men (18 and over):"),
                 "total": self.tr("Everyone:")}
        for name, text in texts.items():
            self.derived_labels[name].setText(text)
        self.extra_labels["disabled_female"].setText(
            self.tr("Women and girls with &disability:"))
        self.extra_labels["disabled_male"].setText(self.tr("Men and &boys with disability:"))
        self.extra_labels["first_time"].setText(self.tr("F&irst-time beneficiaries:"))
        self.hint.setText(self.tr(
            "Count each person once, in their age band. Disability: a lot of difficulty or "
            "more in seeing, hearing, walking, remembering, self-care or communicating. Media "
            "activities (radio, TV, …) may have no attendees."))
        self._update_totals()  # the figures in the new locale's digits

    def counts(self) -> dict[str, int]:
        return {name: spin.value() for name, spin in self.spins.items()}

    def _update_totals(self) -> None:
        counts = self.counts()
        attendance = Attendance(**counts)  # the core's definitions of the derived totals
        for name in DERIVED:
            self.derived[name].setText(format_count(getattr(attendance, name)))
        self.grand_total.setText(f"<b>{format_count(attendance.total)}</b>")
        self.row_totals["female"].setText(format_count(attendance.female))
        self.row_totals["male"].setText(format_count(attendance.male))
        for label, band in zip(self.column_totals, AGE_BANDS.codes, strict=True):
            label.setText(format_count(sum(attendance.count(s, band) for s in SEX.codes)))

    def derived_value(self, name: str) -> int:
        """A derived total as shown (for tests and screen readers)."""
        text = self.derived[name].text().replace("<b>", "").replace("</b>", "")
        return int("".join(ch for ch in text if ch.isdigit()) or 0)

    def load(self, form: SessionForm) -> None:
        for name, spin in self.spins.items():
            spin.setValue(int(form.attendance.get(name, 0) or 0))
        self._update_totals()

    def store(self, form: SessionForm) -> list[Problem]:
        form.attendance = self.counts()
        return []

    def field_widget(self, field: str) -> QWidget | None:
        if field == "attendance":
            return self.spins[ATTENDANCE_GRID_FIELDS[0]]
        return self.spins.get(field)
