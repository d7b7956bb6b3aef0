"""Item models of the sync screens: bundle history, known installations, conflicts.

One small template for the three read-only lists: `COL_*` constants, headers through
translation, a `SortRole` with native values, a `RowRole` returning the row object,
`set_rows()` inside a model reset.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, Qt

from riskedu.sync.conflicts import ConflictRow
from riskedu.ui.sync_access import HistoryRow, KnownRow
from riskedu.ui.sync_text import table_label, translate
from riskedu.ui.text import format_count, format_datetime

SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
Column = tuple[str, Callable[[Any], Any], Callable[[Any], str]]


def _when(value: datetime | None) -> str:
    return format_datetime(value) if value else ""


def _direction(row: HistoryRow) -> str:
    return translate("sync", QT_TRANSLATE_NOOP("sync", "Out (exported)")) \
        if row.direction == "out" else translate("sync", QT_TRANSLATE_NOOP("sync",
                                                                           "In (imported)"))


class RowsModel(QAbstractTableModel):
    """A read-only list of row objects, one column per (header, sort value, text)."""

    columns: Sequence[Column] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("sync", self.columns[section][0])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        _, sort_value, text = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(row)
        if role == SortRole:
            return sort_value(row)
        if role == RowRole:
            return row
        return None

    def row_at(self, index: QModelIndex) -> Any:
        return self.rows[index.row()] if index.isValid() else None

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.columns) - 1))


COL_WHEN, COL_DIRECTION, COL_FILE, COL_SOURCE, COL_RECORDS, COL_BY = range(6)


class HistoryModel(RowsModel):
    """Bundles written and imported here, newest first."""

    columns = (
        (QT_TRANSLATE_NOOP("sync", "When"), lambda r: r.logged_at, lambda r: _when(r.logged_at)),
        (QT_TRANSLATE_NOOP("sync", "Direction"), lambda r: r.direction, _direction),
        (QT_TRANSLATE_NOOP("sync", "File"), lambda r: r.file_name, lambda r: r.file_name),
        (QT_TRANSLATE_NOOP("sync", "From"), lambda r: r.source_name,
         lambda r: r.source_name),
        (QT_TRANSLATE_NOOP("sync", "Records"), lambda r: r.records,
         lambda r: format_count(r.records)),
        (QT_TRANSLATE_NOOP("sync", "By"), lambda r: r.logged_by, lambda r: r.logged_by),
    )


COL_NAME, COL_FINGERPRINT, COL_ACCEPTED, COL_ACCEPTED_BY = range(4)


class InstallationsModel(RowsModel):
    """The register of installations whose bundles were accepted here."""

    columns = (
        (QT_TRANSLATE_NOOP("sync", "Installation"), lambda r: r.name, lambda r: r.name),
        (QT_TRANSLATE_NOOP("sync", "Fingerprint"), lambda r: r.fingerprint,
         lambda r: r.fingerprint),
        (QT_TRANSLATE_NOOP("sync", "Accepted"), lambda r: r.accepted_at,
         lambda r: _when(r.accepted_at)),
        (QT_TRANSLATE_NOOP("sync", "Accepted by"), lambda r: r.accepted_by,
         lambda r: r.accepted_by),
    )


COL_TABLE, COL_RECORD, COL_KEPT_AT, COL_KEPT_FROM, COL_FOUND = range(5)


class ConflictsModel(RowsModel):
    """Unresolved conflicts: which record, which installation's version was kept, when."""

    columns = (
        (QT_TRANSLATE_NOOP("sync", "Table"), lambda r: r.table_name,
         lambda r: table_label(r.table_name)),
        (QT_TRANSLATE_NOOP("sync", "Record"), lambda r: r.label or r.record_id,
         lambda r: r.label or r.record_id[:8]),
        (QT_TRANSLATE_NOOP("sync", "Kept version of"), lambda r: r.kept_updated_at,
         lambda r: _when(r.kept_updated_at)),
        (QT_TRANSLATE_NOOP("sync", "Kept version from"), lambda r: r.installation_name,
         lambda r: r.installation_name or translate("sync", QT_TRANSLATE_NOOP(
             "sync", "this installation"))),
        (QT_TRANSLATE_NOOP("sync", "Found"), lambda r: r.detected_at,
         lambda r: _when(r.detected_at)),
    )

    def index_of(self, conflict_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == conflict_id), -1)


__all__ = ["ConflictRow", "ConflictsModel", "HistoryModel", "InstallationsModel", "KnownRow",
           "RowRole", "SortRole"]
