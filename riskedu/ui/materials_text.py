"""Translated text of the materials screens: field names, file and error messages.

The field names of material, stock and session-line problems are added to the names
the session editor already knows (`text.FIELD_LABELS`), so a problem list names them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from riskedu.core.categories import LANGUAGE, MATERIAL_TYPE
from riskedu.core.file_content import JPEG, PDF, PNG, FileRefused
from riskedu.core.filestore import StoredFile
from riskedu.core.materials import MaterialNotFound, MaterialRow
from riskedu.ui.errors import USER_ERRORS, describe_error
from riskedu.ui.text import (
    FIELD_LABELS,
    choice_label,
    format_count,
    message_text,
    translate,
)

MATERIAL_FIELD_LABELS = {
    "materials": QT_TRANSLATE_NOOP("fields", "Materials handed out"),
    "titles": QT_TRANSLATE_NOOP("fields", "Title"),
    "type": QT_TRANSLATE_NOOP("fields", "Type"),
    "languages": QT_TRANSLATE_NOOP("fields", "Languages"),
    "language": QT_TRANSLATE_NOOP("fields", "Language"),
    "edition": QT_TRANSLATE_NOOP("fields", "Edition"),
    "audiences": QT_TRANSLATE_NOOP("fields", "Target audience"),
    "low_stock_threshold": QT_TRANSLATE_NOOP("fields", "Low-stock warning"),
    "file": QT_TRANSLATE_NOOP("fields", "File"),
    "quantity": QT_TRANSLATE_NOOP("fields", "Quantity"),
    "source": QT_TRANSLATE_NOOP("fields", "Received from"),
    "reason": QT_TRANSLATE_NOOP("fields", "Reason"),
    "note": QT_TRANSLATE_NOOP("fields", "Note"),
    "entry_date": QT_TRANSLATE_NOOP("fields", "Date"),
}
for _field, _label in MATERIAL_FIELD_LABELS.items():
    FIELD_LABELS.setdefault(_field, _label)

MATERIAL_ERRORS = (*USER_ERRORS, FileRefused, MaterialNotFound)
_FILE_KINDS = {PDF: "PDF", PNG: "PNG", JPEG: "JPEG"}



def explain(error: BaseException) -> str:
    """What went wrong, translated, for a message box or a line under a field."""
    if isinstance(error, FileRefused):
        return message_text(error.message)
    if isinstance(error, MaterialNotFound):
        return translate("materials", "This material no longer exists: it may have been "
                         "removed. The list has been refreshed.")
    return describe_error(error)


def material_title(row: MaterialRow) -> str:
    """The title in the window's language when the material has one, else its first."""
    language = QLocale().name().split("_")[0]  # the window's language (set at start)
    return (row.title(language if language in LANGUAGE else "en")
            or translate("materials", "(no title)"))


def type_label(code: str) -> str:
    return choice_label(MATERIAL_TYPE, code)


def languages_label(codes: tuple[str, ...] | list[str]) -> str:
    return ", ".join(choice_label(LANGUAGE, code) for code in codes)


def file_label(stored: StoredFile | None) -> str:
    """'leaflet.pdf (PDF, 1.2 MB)', or a dash when the material has no file."""
    if stored is None:
        return translate("materials", "No file")
    if stored.size < 1024 * 1024:
        kilobytes = format_count(max(1, round(stored.size / 1024)))
        size = translate("materials", "{size} KB").format(size=kilobytes)
    else:
        size = translate("materials", "{size} MB").format(size=f"{stored.size / 1048576:.1f}")
    return f"{stored.name} ({_FILE_KINDS.get(stored.media_type, '?')}, {size})"
