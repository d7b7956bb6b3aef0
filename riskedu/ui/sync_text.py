"""Translated text of the sync screens: table and action names, sizes, and every error a
bundle, a USB stick or an enrolment file can cause, as a sentence to act on."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from riskedu.sync.conflicts import ConflictGone
from riskedu.sync.errors import BundleError
from riskedu.sync.identity import EnrolmentRefused, UnknownInstallation
from riskedu.ui.errors import describe_error
from riskedu.ui.text import FIELD_LABELS, format_count, message_text, translate

CONTEXT = "sync"
TABLES = {
    "organisations": QT_TRANSLATE_NOOP("sync", "Organisations"),
    "teams": QT_TRANSLATE_NOOP("sync", "Teams"),
    "facilitators": QT_TRANSLATE_NOOP("sync", "Facilitators"),
    "sessions": QT_TRANSLATE_NOOP("sync", "Sessions"),
    "participants": QT_TRANSLATE_NOOP("sync", "Roster"),
    "hazard_reports": QT_TRANSLATE_NOOP("sync", "Hazard reports"),
    "status_changes": QT_TRANSLATE_NOOP("sync", "Status changes"),
    "materials": QT_TRANSLATE_NOOP("sync", "Materials"),
    "session_materials": QT_TRANSLATE_NOOP("sync", "Materials handed out"),
    "stock_entries": QT_TRANSLATE_NOOP("sync", "Stock movements"),
}
# Preview columns: what an import does to records, in the engine's action names.
ACTIONS = (
    ("new", QT_TRANSLATE_NOOP("sync", "New")),
    ("updated", QT_TRANSLATE_NOOP("sync", "Updated")),
    ("unchanged", QT_TRANSLATE_NOOP("sync", "Unchanged")),
    ("deleted", QT_TRANSLATE_NOOP("sync", "Deleted")),
    ("conflict", QT_TRANSLATE_NOOP("sync", "Conflicting")),
)
CONFLICT_ACTIONS = ("conflict-theirs-shown", "conflict-ours-shown")
CHILD_FIELDS = {
    "attendance": QT_TRANSLATE_NOOP("fields", "Attendance"),
    "session_facilitators": QT_TRANSLATE_NOOP("fields", "Facilitators"),
    "material_titles": QT_TRANSLATE_NOOP("fields", "Title"),
}


def table_label(name: str) -> str:
    return translate(CONTEXT, TABLES[name]) if name in TABLES else name


def field_name(name: str) -> str:
    if name in CHILD_FIELDS:
        return translate("fields", CHILD_FIELDS[name])
    if name in FIELD_LABELS:
        return translate("fields", FIELD_LABELS[name])
    return name.replace("_", " ").capitalize()


def action_count(counts: dict[str, int], action: str) -> int:
    if action == "conflict":
        return sum(counts.get(a, 0) for a in CONFLICT_ACTIONS)
    return counts.get(action, 0)


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return QCoreApplication.translate("sync", "{size} KB").format(
            size=format_count(max(1, round(size / 1024))))
    return QCoreApplication.translate("sync", "{size} MB").format(
        size=f"{size / 1048576:.1f}")


def explain(error: BaseException) -> str:
    """What went wrong, translated; nothing was changed by the failed step."""
    if isinstance(error, BundleError):
        return message_text(error.message)
    if isinstance(error, UnknownInstallation):
        return QCoreApplication.translate(
            "sync", "{name} is not a known installation (fingerprint {fingerprint}). Tick "
            "“Accept this installation” to import its bundles.").format(
                name=error.name, fingerprint=error.fingerprint)
    if isinstance(error, EnrolmentRefused | ValueError | UnicodeDecodeError):
        return QCoreApplication.translate(
            "sync", "This is not a usable enrolment file from your headquarters ({reason}). "
            "Ask headquarters for its enrolment file again.").format(reason=str(error))
    if isinstance(error, ConflictGone):
        return QCoreApplication.translate(
            "sync", "This conflict was resolved already, or its record no longer exists. "
            "The list has been refreshed.")
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "sync", "Could not use {file}: {reason}. If it is a USB stick, check that it is "
            "still plugged in, not full and not write-protected, then try again. Nothing "
            "was marked as sent or imported.").format(
                file=error.filename or "", reason=error.strerror or str(error))
    return describe_error(error)
