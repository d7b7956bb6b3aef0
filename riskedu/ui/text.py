"""Translated text for the window: category labels, core messages, field names.

The core stores stable codes and English templates; everything a user reads is
translated here, through `QCoreApplication.translate`, so `pyside6-lupdate`
finds it and a language switch needs no restart.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QComboBox

from riskedu.core.categories import Choices
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
}


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def choice_label(choices: Choices, code: str | None) -> str:
    """The translated label of a category code (the code itself when unknown)."""
    label = choices.label(code)
    return translate(choices.context, label) if code in choices else label


def message_text(message: Message) -> str:
    return message.format(translate(message.context, message.text))


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


def format_count(value: int) -> str:
    """A count with the locale's digit grouping (also under the bare C locale)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale.toString(value)


def load_translator(app: QCoreApplication, qm_file: str) -> QTranslator | None:
    """Install the translations of `qm_file` in `app`; None when it cannot be loaded."""
    translator = QTranslator(app)
    if not translator.load(qm_file):
        return None
    app.installTranslator(translator)
    return translator
