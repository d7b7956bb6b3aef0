"""Small input widgets the forms share: optional dates and times, numbers, error marks."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QTime, Signal
from PySide6.QtGui import QColor, QDoubleValidator, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from riskedu.core.forms import SessionForm
from riskedu.core.validation import Problem
from riskedu.ui.text import date_format

UNSET_DATE = QDate(1900, 1, 1)
_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.h ]?(\d{2}))?\s*$")


class Retranslating:
    """Mixin: calls `retranslate_ui()` when the application language changes."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate_ui(self) -> None:
        raise NotImplementedError


def chain_tab_order(*widgets: QWidget) -> None:
    """Tab goes through `widgets` in this order."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Tint an input light red while it holds a problem (a palette change keeps the
    style's own frame and buttons, unlike a style sheet border)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    if invalid:
        palette = widget.palette()
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Button,
                     QPalette.ColorRole.AlternateBase):
            palette.setColor(role, INVALID_TINT)
        widget.setPalette(palette)
    else:
        widget.setPalette(QPalette())
    widget.setAutoFillBackground(invalid and not isinstance(widget, QAbstractSpinBox))


INVALID_TINT = QColor("#f9d6d2")
PROBLEMS_STYLE = ("background: #fdecea; color: #7b1f17; border: 1px solid #e6a19a; "
                  "border-radius: 4px; padding: 6px;")
BANNER_STYLE = ("background: #eef4fb; color: #1d3d5e; border: 1px solid #a9c4e0; "
                "border-radius: 4px; padding: 6px;")


def parse_time(text: str) -> time | None:
    """'8:30', '0830', '08.30' or '8' as a time; None for blank; ValueError otherwise."""
    if not text.strip():
        return None
    match = _TIME.match(text)
    if not match:
        raise ValueError(text)
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    return time(hours, minutes)


class TimeLineEdit(QLineEdit):
    """A time typed as HH:MM (or 0830); blank means not recorded."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxLength(5)
        self.setPlaceholderText("HH:MM")
        self.editingFinished.connect(self._normalise)

    def value(self) -> time | None:
        """The time entered; raises ValueError when the text is not a time."""
        return parse_time(self.text())

    def set_value(self, value: time | None) -> None:
        self.setText(value.strftime("%H:%M") if value else "")

    def _normalise(self) -> None:
        try:
            value = self.value()
        except ValueError:
            return
        if value is not None:
            self.set_value(value)


class NumberLineEdit(QLineEdit):
    """A decimal number in [bottom, top]; blank means none."""

    def __init__(self, bottom: float, top: float, decimals: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        validator = QDoubleValidator(bottom, top, decimals, self)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        validator.setLocale(QLocale.c())
        self.setValidator(validator)

    def value(self) -> float | None:
        text = self.text().strip()
        return float(text) if text and text not in {"-", "+", "."} else None

    def set_value(self, value: float | None) -> None:
        self.setText("" if value is None else f"{value:g}")


class LocalDateFormat:
    """Mixin for date edits: dates shown in the window language's form, kept up to date."""

    FORMAT_SUFFIX = ""

    def use_local_format(self) -> None:
        self.setDisplayFormat(date_format() + self.FORMAT_SUFFIX)  # type: ignore[attr-defined]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.use_local_format()
        super().changeEvent(event)  # type: ignore[misc]


class OptionalDateEdit(LocalDateFormat, QDateEdit):
    """A date with a calendar; the lowest value reads 'Not set' and means none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.use_local_format()
        self.setMinimumDate(UNSET_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))

    def value(self) -> date | None:
        return None if self.date() == UNSET_DATE else self.date().toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value) if value else UNSET_DATE)


class OptionalDateTimeEdit(LocalDateFormat, QDateTimeEdit):
    """A date and time with a calendar; the lowest value means none."""

    FORMAT_SUFFIX = " HH:mm"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.use_local_format()
        self.setMinimumDateTime(QDateTime(UNSET_DATE, QTime(0, 0)))

    def value(self) -> datetime | None:
        if self.dateTime() == self.minimumDateTime():
            return None
        return self.dateTime().toPython().replace(second=0, microsecond=0)

    def set_value(self, value: datetime | None) -> None:
        self.setDateTime(QDateTime(value) if value else self.minimumDateTime())


def watch_changes(root: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback()` whenever the user changes any input inside `root`."""
    for edit in root.findChildren(QLineEdit):
        edit.textChanged.connect(callback)
    for edit in root.findChildren(QPlainTextEdit):
        edit.textChanged.connect(callback)
    for spin in root.findChildren(QSpinBox):
        spin.valueChanged.connect(callback)
    for edit in root.findChildren(QDateTimeEdit):  # also QDateEdit
        edit.dateTimeChanged.connect(callback)
    for combo in root.findChildren(QComboBox):
        combo.currentIndexChanged.connect(callback)
    for button in root.findChildren(QAbstractButton):
        if button.isCheckable():
            button.toggled.connect(callback)
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved):
                signal.connect(callback)


def set_read_only(root: QWidget, read_only: bool) -> None:
    """Let the user read but not change the inputs inside `root` (text stays selectable)."""
    for edit in root.findChildren(QLineEdit):
        if not isinstance(edit.parent(), QAbstractSpinBox | QComboBox):
            edit.setReadOnly(read_only)
    for edit in root.findChildren(QPlainTextEdit):
        edit.setReadOnly(read_only)
    for spin in root.findChildren(QAbstractSpinBox):
        spin.setReadOnly(read_only)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons if read_only
                              else QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    for widget in root.findChildren(QComboBox) + root.findChildren(QAbstractButton):
        widget.setEnabled(not read_only)
    for view in root.findChildren(QListWidget):
        view.setEnabled(not read_only)  # its check boxes ignore edit triggers
    for table in root.findChildren(QTableWidget):
        if table.property("edit_triggers") is None:
            table.setProperty("edit_triggers", int(table.editTriggers().value))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                              else QAbstractItemView.EditTrigger(table.property("edit_triggers")))


class FormSection(Retranslating, QWidget):
    """One tab of the session editor: fills itself from a form and writes back to it."""

    changed = Signal()

    def load(self, form: SessionForm) -> None:
        raise NotImplementedError

    def store(self, form: SessionForm) -> list[Problem]:
        """Write the inputs into `form`; return input that cannot be read (e.g. a bad time)."""
        raise NotImplementedError

    def field_widget(self, field: str) -> QWidget | None:
        """The input where the user fixes `field`, if it is in this section."""
        return None

    def set_read_only(self, read_only: bool) -> None:
        set_read_only(self, read_only)
