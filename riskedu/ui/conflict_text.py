"""A conflict's fields and values as a person reads them: translated field names and
category labels, names instead of record ids and gazetteer codes, local dates."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from riskedu.core.categories import AGE_BANDS, SEX
from riskedu.sync.conflict_names import CHOICES_OF, PLACE_FIELDS, REFERENCES, Names
from riskedu.ui.languages import shows_local_names
from riskedu.ui.sync_text import field_name
from riskedu.ui.text import FIELD_LABELS, choice_label, format_date, format_datetime, translate

FIELDS = "fields"
NAMES = {  # fields that are ids or codes in the database, named as a person says them
    "organisation_id": QT_TRANSLATE_NOOP("fields", "Organisation"),
    "team_id": QT_TRANSLATE_NOOP("fields", "Team"),
    "facilitator_id": QT_TRANSLATE_NOOP("fields", "Facilitator"),
    "material_id": QT_TRANSLATE_NOOP("fields", "Material"),
    "session_id": QT_TRANSLATE_NOOP("fields", "Session"),
    "province_code": QT_TRANSLATE_NOOP("fields", "Province"),
    "district_code": QT_TRANSLATE_NOOP("fields", "District"),
    "commune_code": QT_TRANSLATE_NOOP("fields", "Commune"),
    "report_code": QT_TRANSLATE_NOOP("fields", "Report code"),
    "gps_safe": QT_TRANSLATE_NOOP("fields", "GPS position safe to share"),
}
HIDDEN_IN_ROWS = frozenset({"position"})  # order of embedded rows: not worth reading


def conflict_field_name(name: str) -> str:
    return translate(FIELDS, NAMES[name]) if name in NAMES else field_name(name)


def _key_label(key: str) -> str:
    """An embedded row's field: attendance cells as 'Female 0–5', others by name."""
    sex, _, band = key.partition("_")
    if sex in SEX and band in AGE_BANDS:
        return f"{choice_label(SEX, sex)} {choice_label(AGE_BANDS, band)}"
    if key in FIELD_LABELS or key in NAMES:
        return conflict_field_name(key)
    return field_name(key)


def _dated(value: str, kind: str) -> str:
    try:
        if kind == "date":
            return format_date(date.fromisoformat(value))
        if kind == "datetime":
            return format_datetime(datetime.fromisoformat(value))
        return value[:5]  # HH:MM
    except ValueError:
        return value


def _scalar(name: str, value: Any, names: Names, kind: str = "") -> str:
    if isinstance(value, bool):
        return (QCoreApplication.translate("sync", "yes") if value
                else QCoreApplication.translate("sync", "no"))
    if not isinstance(value, str):
        return str(value)
    if name in CHOICES_OF:
        return choice_label(CHOICES_OF[name], value)
    if name in REFERENCES:
        return names.records.get(value, value)
    if name in PLACE_FIELDS:
        place = names.places.get(value)
        return place.name(shows_local_names(names.gazetteer_version)) if place else value
    return _dated(value, kind) if kind else value


def _row(row: dict, names: Names) -> str:
    shown = {k: v for k, v in row.items()
             if k not in HIDDEN_IN_ROWS and v not in (None, "", 0, [], False)}
    if len(shown) == 1:  # a link to one record (a facilitator): its name says it all
        key, value = next(iter(shown.items()))
        return _scalar(key, value, names)
    if set(shown) == {"language", "title"}:
        return f"{_scalar('language', shown['language'], names)}: {shown['title']}"
    return ", ".join(f"{_key_label(k)}: {_scalar(k, v, names)}" for k, v in shown.items())


def conflict_value(name: str, value: Any, names: Names, kind: str = "") -> str:
    """One field's value as one readable line ('—' for none)."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        if all(isinstance(item, dict) for item in value):
            return "; ".join(_row(item, names) for item in value) or "—"
        return ", ".join(_scalar(name, item, names) for item in value)
    if isinstance(value, dict):
        return _row(value, names)
    return _scalar(name, value, names, kind)
