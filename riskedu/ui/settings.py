"""Every setting of the window, declared once (key, type, default) over `QSettings`.

Settings live under the organisation and application name "riskedu". `upgrade()`
moves settings written by older versions to their current keys; bump
`SETTINGS_VERSION` and add a step when a key changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "riskedu"
APPLICATION = "riskedu"
SETTINGS_VERSION = 1

T = TypeVar("T")


def qsettings() -> QSettings:
    """riskedu's settings: an INI file in the user's configuration folder on every system."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION,
                     APPLICATION)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One stored preference: its key, Python type and default value."""

    key: str
    type: type
    default: Any

    def get(self) -> T:
        value = qsettings().value(self.key, self.default, type=self.type)
        return self.default if value is None else value

    def set(self, value: T) -> None:
        qsettings().setValue(self.key, value)

    def reset(self) -> None:
        qsettings().remove(self.key)


VERSION = Setting[int]("settings_version", int, 0)
LANGUAGE = Setting[str]("general/language", str, "")
MAIN_GEOMETRY = Setting[QByteArray]("main_window/geometry", QByteArray, QByteArray())
MAIN_STATE = Setting[QByteArray]("main_window/state", QByteArray, QByteArray())
SESSIONS_HEADER = Setting[QByteArray]("main_window/sessions_header", QByteArray, QByteArray())
SORT_KEY = Setting[str]("main_window/sort_key", str, "date")
SORT_DESCENDING = Setting[bool]("main_window/sort_descending", bool, True)
EDITOR_GEOMETRY = Setting[QByteArray]("session_editor/geometry", QByteArray, QByteArray())
BACKUP_FOLDER = Setting[str]("backups/folder", str, "")  # empty: the user data folder's
BACKUP_EVERY_CHANGES = Setting[int]("backups/every_changes", int, 25)
# Printing: what was chosen last time is offered again ("" language: the window's).
PRINT_LANGUAGE = Setting[str]("printing/language", str, "")
PRINT_PAGE_SIZE = Setting[str]("printing/page_size", str, "")
PRINT_LANDSCAPE = Setting[bool]("printing/certificates_landscape", bool, True)
HANDOUT_MATERIAL = Setting[str]("printing/handout_material", str, "")
HANDOUT_COPIES = Setting[int]("printing/handout_copies", int, 20)
PRINT_SAVE_FOLDER = Setting[str]("printing/save_folder", str, "")

ALL_SETTINGS = (VERSION, LANGUAGE, MAIN_GEOMETRY, MAIN_STATE, SESSIONS_HEADER, SORT_KEY,
                SORT_DESCENDING, EDITOR_GEOMETRY, BACKUP_FOLDER, BACKUP_EVERY_CHANGES,
                PRINT_LANGUAGE, PRINT_PAGE_SIZE, PRINT_LANDSCAPE, HANDOUT_MATERIAL,
                HANDOUT_COPIES, PRINT_SAVE_FOLDER)

# Steps from one settings version to the next: {from_version: function}.
_UPGRADES: dict[int, Any] = {}


def upgrade() -> None:
    """Bring settings written by an older riskedu to the current keys."""
    version = VERSION.get()
    if version == SETTINGS_VERSION:
        return  # nothing to write: a start stays read-only for the settings file
    while version < SETTINGS_VERSION:
        step = _UPGRADES.get(version)
        if step is not None:
            step(qsettings())
        version += 1
    VERSION.set(SETTINGS_VERSION)
