"""The materials list: a table model with thumbnails, and the proxy that sorts it.

The catalogue is small (a team's materials), so the filtered rows come in one read
and sorting is done here by `SortRole`; thumbnails arrive later, drawn off the GUI
thread, and fill in as they come.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

from riskedu.core.materials import MaterialRow
from riskedu.ui.materials_text import languages_label, material_title, type_label
from riskedu.ui.text import format_count, translate

COL_TITLE, COL_TYPE, COL_LANGUAGES, COL_BALANCE, COL_STATUS = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("MaterialsModel", "Material"),
    QT_TRANSLATE_NOOP("MaterialsModel", "Type"),
    QT_TRANSLATE_NOOP("MaterialsModel", "Languages"),
    QT_TRANSLATE_NOOP("MaterialsModel", "In stock"),
    QT_TRANSLATE_NOOP("MaterialsModel", "Status"),
)
SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
THUMB = 48  # pixels of a list thumbnail (drawn at PREVIEW_SIDE, shown scaled)
PREVIEW_SIDE = 96
LOW_COLOUR, RETIRED_COLOUR = QColor("#a33a00"), QColor("#777777")
_BOLD = QFont()
_BOLD.setBold(True)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MaterialsModel", text)


def placeholder(type_code: str) -> QPixmap:
    """A grey card with the type's initial, for a material without a picture."""
    pixmap = QPixmap(THUMB, THUMB)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#dde3ea"))
    painter.setPen(QColor("#b4bfcc"))
    painter.drawRoundedRect(6, 2, THUMB - 12, THUMB - 4, 4, 4)
    font = QFont()
    font.setPixelSize(18)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#5b6b7d"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, type_label(type_code)[:1])
    painter.end()
    return pixmap


def status_text(row: MaterialRow) -> str:
    """Retired, out of stock or low stock; else 'Sample' for the shipped samples."""
    if not row.active:
        return translate("MaterialsModel", "Retired")
    if row.low:
        if row.balance <= 0:
            return translate("MaterialsModel", "Out of stock")
        return translate("MaterialsModel", "Low stock")
    return translate("MaterialsModel", "Sample") if row.sample else ""


class MaterialsModel(QAbstractTableModel):
    """Materials of the current filter with their balance, status and thumbnail."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[MaterialRow] = []
        self._thumbs: dict[str, QPixmap] = {}  # by file hash
        self._placeholders: dict[str, QPixmap] = {}

    def set_rows(self, rows: list[MaterialRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[MaterialRow]:
        return list(self._rows)

    def missing_thumbnails(self) -> list:
        """The files of shown rows whose thumbnail has not been drawn yet."""
        files = {row.file.sha256: row.file for row in self._rows
                 if row.file is not None and row.file.sha256 not in self._thumbs}
        return list(files.values())

    def set_thumbnails(self, pictures: dict[str, bytes | None]) -> None:
        for sha256, data in pictures.items():
            pixmap = QPixmap()
            if data and pixmap.loadFromData(data):
                self._thumbs[sha256] = pixmap.scaled(
                    THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation)
            else:
                self._thumbs[sha256] = QPixmap()  # drawn as the type's placeholder
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_TITLE),
                                  self.index(len(self._rows) - 1, COL_TITLE))

    def has_thumbnail(self, sha256: str) -> bool:
        return not self._thumbs.get(sha256, QPixmap()).isNull()

    def retranslate(self) -> None:
        self._placeholders.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(HEADERS) - 1))

    def index_of(self, material_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == material_id), -1)

    def row_at(self, index: QModelIndex | QPersistentModelIndex | int) -> MaterialRow | None:
        position = index if isinstance(index, int) else index.row()
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == COL_BALANCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _thumbnail(self, row: MaterialRow) -> QPixmap:
        pixmap = self._thumbs.get(row.file.sha256) if row.file else None
        if pixmap is not None and not pixmap.isNull():
            return pixmap
        if row.type not in self._placeholders:
            self._placeholders[row.type] = placeholder(row.type)
        return self._placeholders[row.type]

    def _display(self, row: MaterialRow, column: int) -> str:
        return (material_title(row), type_label(row.type), languages_label(row.languages),
                format_count(row.balance), status_text(row))[column]

    def _sort_value(self, row: MaterialRow, column: int) -> object:
        if column == COL_BALANCE:
            return row.balance
        if column == COL_STATUS:  # low stock first, retired last
            return 2 if not row.active else (0 if row.low else 1)
        return self._display(row, column).casefold()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_TITLE:
            return self._thumbnail(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_BALANCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (column in (COL_BALANCE, COL_STATUS)):
            return RETIRED_COLOUR if not row.active else (LOW_COLOUR if row.low else None)
        if role == Qt.ItemDataRole.FontRole and column == COL_BALANCE and row.low:
            return _BOLD
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == SortRole:
            return self._sort_value(row, column)
        if role == RowRole:
            return row
        return None

    def _tooltip(self, row: MaterialRow, column: int) -> str | None:
        if column == COL_TITLE and len(row.titles) > 1:
            return "\n".join(text for _, text in row.titles)
        if column in (COL_BALANCE, COL_STATUS) and row.active and row.low:
            return translate(
                "MaterialsModel", "{balance} left; the warning is at {threshold}. Restock before "
                "the next trip.").format(balance=format_count(row.balance),
                                         threshold=format_count(row.low_stock_threshold))
        if column == COL_STATUS and row.sample:
            return translate("MaterialsModel",
                             "Sample content shipped with riskedu, not a real material.")
        return None


class MaterialsProxy(QSortFilterProxyModel):
    """Sorts the materials list by each column's `SortRole` value."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)
