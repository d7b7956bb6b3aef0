"""Translated text for the window: category labels, core messages, field names.

The core stores stable codes and English templates; everything a user reads is
translated here, through `QCoreApplication.translate`, so `pyside6-lupdate`
finds it and a language switch needs no restart.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QComboBox

from riskedu.core.categories import Choices
from riskedu.core.gazetteer import Place
from riskedu.core.i18n import Message
from riskedu.core.validation import Problem

FIELDS = "fields"
# What each form field is called on screen, to name it in a validation message.
FIELD_LABELS = {
    "session_date": QT_TRANSLATE_NOOP("fields", "Session date"),
    "report_date": QT_TRANSLATE_NOOP("fields", "Report date"),
    "start_time": QT_TRANSLATE_NOOP("fields", "Start time"),
    "end_time": QT_TRANSLATE_NOOP("fields", "End time"),
    "village_code": QT_TRANSLATE_NOOP("fields", "Village"),
    "place_text": QT_TRANSLATE_NOOP("fields", "Place not in the list"),
    "location_type": QT_TRANSLATE_NOOP("fields", "Type of location"),
    "latitude": QT_TRANSLATE_NOOP("fields", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("fields", "Longitude"),
    "gps_accuracy_m": QT_TRANSLATE_NOOP("fields", "GPS accuracy"),
    "category": QT_TRANSLATE_NOOP("fields", "Category"),
    "activity": QT_TRANSLATE_NOOP("fields", "Activity"),
    "method": QT_TRANSLATE_NOOP("fields", "Method"),
    "session_count": QT_TRANSLATE_NOOP("fields", "Number of sessions"),
    "broadcast_start": QT_TRANSLATE_NOOP("fields", "Broadcast start"),
    "broadcast_end": QT_TRANSLATE_NOOP("fields", "Broadcast end"),
    "audience": QT_TRANSLATE_NOOP("fields", "Primary audience"),
    "hazards": QT_TRANSLATE_NOOP("fields", "Hazards discussed"),
    "attendance": QT_TRANSLATE_NOOP("fields", "Attendance"),
    "disabled_female": QT_TRANSLATE_NOOP("fields", "Women and girls with disability"),
    "disabled_male": QT_TRANSLATE_NOOP("fields", "Men and boys with disability"),
    "first_time": QT_TRANSLATE_NOOP("fields", "First-time beneficiaries"),
    "facilitator_ids": QT_TRANSLATE_NOOP("fields", "Facilitators"),
    "facilitator": QT_TRANSLATE_NOOP("fields", "Facilitator"),
    "participants": QT_TRANSLATE_NOOP("fields", "Participants"),
    "hazard_reports": QT_TRANSLATE_NOOP("fields", "Hazard reports"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "organisation_name": QT_TRANSLATE_NOOP("fields", "Organisation"),
    "organisation_code": QT_TRANSLATE_NOOP("fields", "Organisation code"),
    "team_name": QT_TRANSLATE_NOOP("fields", "Team"),
    "educator_name": QT_TRANSLATE_NOOP("fields", "Your name"),
    "trash": QT_TRANSLATE_NOOP("fields", "Restore"),
    "material": QT_TRANSLATE_NOOP("fields", "Material"),
    "passphrase": QT_TRANSLATE_NOOP("fields", "New passphrase"),
    "repeat_passphrase": QT_TRANSLATE_NOOP("fields", "Repeat new passphrase"),
    "current_passphrase": QT_TRANSLATE_NOOP("fields", "Current passphrase"),
    "idle_minutes": QT_TRANSLATE_NOOP("fields", "Lock after idle minutes"),
}


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def choice_label(choices: Choices, code: str | None) -> str:
    """The translated label of a category code (the code itself when unknown)."""
    label = choices.label(code)
    return translate(choices.context, label) if code in choices else label


def message_text(message: Message) -> str:
    """A core message in the window's language, its numbers in the locale's digits."""
    params = {name: format_count(value) if isinstance(value, int) and not isinstance(
        value, bool) else value for name, value in message.params.items()}
    return translate(message.context, message.text).format(**params)


def field_label(field: str) -> str:
    if field in FIELD_LABELS:
        return translate(FIELDS, FIELD_LABELS[field])
    if field.startswith(("female_", "male_")):
        return translate(FIELDS, FIELD_LABELS["attendance"])
    return field


def problem_text(item: Problem) -> str:
    """'Field: what is wrong', translated."""
    return QCoreApplication.translate("fields", "{field}: {message}").format(
        field=field_label(item.field), message=message_text(item.message))


def fill_combo(combo: QComboBox, choices: Choices, codes: tuple[str, ...] | None = None,
               blank: str | None = None) -> None:
    """Put the translated labels of `codes` (default: all) into `combo`, codes as data.

    `blank` adds a first entry with the code "" (e.g. "Choose…"). The current code
    is kept when it is still offered."""
    current = combo_code(combo)
    combo.blockSignals(True)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for code in codes if codes is not None else choices.codes:
        combo.addItem(choice_label(choices, code), code)
    combo.blockSignals(False)
    set_combo_code(combo, current)


def combo_code(combo: QComboBox) -> str:
    value = combo.currentData()
    return value if isinstance(value, str) else ""


def set_combo_code(combo: QComboBox, code: str | None) -> None:
    """Select the entry with this code, or the first entry when it is not offered."""
    index = combo.findData(code or "")
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))


_counts: dict[int, str] = {}  # value -> text in the current locale (lists repeat counts)
_count_locale: list[QLocale] = []


def format_count(value: int) -> str:
    """A count with the locale's digit grouping (also under the bare C locale)."""
    text = _counts.get(value)
    if text is None:
        if not _count_locale:
            locale = QLocale()
            locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
            _count_locale.append(locale)
        text = _count_locale[0].toString(value)
        if len(_counts) < 10_000:  # small numbers repeat; totals need not all be kept
            _counts[value] = text
    return text


def locale_changed() -> None:
    """Forget the texts made for the previous locale (after `QLocale.setDefault`)."""
    _counts.clear()
    _count_locale.clear()


def date_format() -> str:
    """How dates are shown and typed: ISO (2026-11-27) in English, the locale's short form
    in other languages, always with a four-digit year and two-digit day and month (so a
    date can be typed as eight digits)."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return "yyyy-MM-dd"
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    text = re.sub(r"y+", "yyyy", text)
    text = re.sub(r"(?<!d)d(?!d)", "dd", text)
    return re.sub(r"(?<!M)M(?!M)", "MM", text)


def format_date(value: date | None) -> str:
    """A date in the window's language (its digits too), or '' for none."""
    return QLocale().toString(QDate(value), date_format()) if value else ""


def format_datetime(value: datetime) -> str:
    return QLocale().toString(QDateTime(value), date_format() + " HH:mm")


# Both names of a place, kept on its combo box entry to relabel it when the language changes.
NamesRole = Qt.ItemDataRole.UserRole + 10


def add_places(combo: QComboBox, places: list[Place], local: bool) -> None:
    """Append places to a combo box, sorted by the name shown, codes as data; the other
    language's name is the entry's tooltip."""
    for place in sorted(places, key=lambda p: p.name(local).casefold()):
        combo.addItem(place.name(local), place.code)
        index = combo.count() - 1
        combo.setItemData(index, (place.name_en, place.name_local), NamesRole)
        other = place.name(not local)
        if other != place.name(local):
            combo.setItemData(index, other, Qt.ItemDataRole.ToolTipRole)


def relabel_places(combo: QComboBox, local: bool) -> None:
    """Show the places of a combo box in the other script (sorted again), keeping the
    chosen one and the entries that are no place (e.g. 'All provinces')."""
    fixed, places = [], []
    for index in range(combo.count()):
        names = combo.itemData(index, NamesRole)
        code = combo.itemData(index)
        if isinstance(names, (tuple, list)):
            places.append(Place(code, 0, names[1], names[0]))
        else:
            fixed.append((combo.itemText(index), code))
    current = combo_code(combo)
    blocked = combo.blockSignals(True)
    combo.clear()
    for text, code in fixed:
        combo.addItem(text, code)
    add_places(combo, places, local)
    set_combo_code(combo, current)
    combo.blockSignals(blocked)
