"""Translated sentences about backups: when one was taken, what it holds, and what a
restore would undo."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from riskedu.core.db_summary import DatabaseSummary, Loss
from riskedu.ui.sync_text import table_label
from riskedu.ui.text import format_count, format_datetime

translate = QCoreApplication.translate


def local_time_text(moment: datetime) -> str:
    """A UTC moment in the computer's time, in the window's language."""
    return format_datetime(moment.astimezone().replace(tzinfo=None))


def counts_text(summary: DatabaseSummary) -> str:
    return ", ".join(f"{table_label(table)} {format_count(count)}"
                     for table, count in summary.counts.items())


def loss_text(loss: Loss, taken_at: datetime) -> str:
    """What restoring would undo, as far as the current file can tell."""
    lines = [translate("backups", "The backup of {time} holds: {counts}.").format(
        time=local_time_text(taken_at), counts=counts_text(loss.backup))]
    if loss.current is None:
        lines.append(translate("backups", "The current database cannot be read, so what it "
                                          "holds beyond the backup is not known."))
    else:
        lines.append(translate("backups", "The current database holds: {counts}.").format(
            counts=counts_text(loss.current)))
    if loss.changed_after:
        lines.append(translate("backups", "Records added or changed since this backup, which "
                                          "a restore would undo: {count}.").format(
            count=format_count(loss.changed_after)))
    elif loss.changed_after == 0:
        lines.append(translate("backups", "No record was added or changed since this "
                                          "backup."))
    return "\n".join(lines)
