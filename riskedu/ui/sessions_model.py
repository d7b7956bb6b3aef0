"""The sessions list: a paged table model over `queries.list_sessions`.

Rows arrive a page at a time (`canFetchMore`/`fetchMore`), sorted by the database,
so 100,000 sessions cost what 200 do. Queries run on the `QueryRunner`'s thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from riskedu.core.categories import ACTIVITY, STATUS
from riskedu.core.gazetteer import CAMBODIA_VERSION
from riskedu.core.queries import SessionRow
from riskedu.ui.background import QueryRunner
from riskedu.ui.languages import shows_local_names
from riskedu.ui.text import choice_label, format_count, format_date

(COL_REPORT, COL_DATE, COL_PROVINCE, COL_VILLAGE, COL_STATUS, COL_ACTIVITY, COL_GIRLS,
 COL_BOYS, COL_WOMEN, COL_MEN, COL_TOTAL, COL_DISABILITY) = range(12)

HEADERS = (
    QT_TRANSLATE_NOOP("SessionsModel", "Report code"),
    QT_TRANSLATE_NOOP("SessionsModel", "Date"),
    QT_TRANSLATE_NOOP("SessionsModel", "Province"),
    QT_TRANSLATE_NOOP("SessionsModel", "Village / place"),
    QT_TRANSLATE_NOOP("SessionsModel", "Status"),
    QT_TRANSLATE_NOOP("SessionsModel", "Activity"),
    QT_TRANSLATE_NOOP("SessionsModel", "Girls"),
    QT_TRANSLATE_NOOP("SessionsModel", "Boys"),
    QT_TRANSLATE_NOOP("SessionsModel", "Women"),
    QT_TRANSLATE_NOOP("SessionsModel", "Men"),
    QT_TRANSLATE_NOOP("SessionsModel", "Total"),
    QT_TRANSLATE_NOOP("SessionsModel", "Disability"),
)
SORT_KEYS = ("report_code", "date", "province", "village", "status", "activity", "girls",
             "boys", "women", "men", "total", "disability")
COUNT_COLUMNS = range(COL_GIRLS, COL_DISABILITY + 1)

SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 200

# (sort key, descending, offset, limit) -> rows
PageLoader = Callable[[str, bool, int, int], list[SessionRow]]
_STATUS_COLOURS = {"draft": QColor("#9a5b00"), "final": QColor("#1e6b34")}
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_ITALIC = QFont()
_ITALIC.setItalic(True)


def _sort_value(row: SessionRow, column: int) -> object:
    return (row.report_code, row.session_date, row.province_en, row.village(), row.status,
            row.activity, row.girls, row.boys, row.women, row.men, row.total,
            row.disability)[column]


class SessionsModel(QAbstractTableModel):
    """Sessions of the current filter, loaded page by page, sorted server-side."""

    loaded = Signal()
    failed = Signal(object)

    def __init__(self, runner: QueryRunner | None = None, parent=None):
        super().__init__(parent)
        self._runner = runner
        self._rows: list[SessionRow] = []
        self._texts: dict[str, tuple[str, ...]] = {}  # display texts by session id
        self._loader: PageLoader | None = None
        self._more = False
        self._busy = False
        self.sort_key = "date"
        self.descending = True
        self.gazetteer_version = CAMBODIA_VERSION  # whose local names the rows carry
        self._local = shows_local_names(self.gazetteer_version)

    # Filling -------------------------------------------------------------------------

    def set_rows(self, rows: list[SessionRow]) -> None:
        """Show these rows and no more (in-memory use, e.g. tests)."""
        self.beginResetModel()
        self._rows, self._more, self._loader = list(rows), False, None
        self._texts.clear()
        self.endResetModel()

    def set_loader(self, loader: PageLoader) -> None:
        """Show the rows `loader` gives (a new filter); loads the first page."""
        self._loader = loader
        self.reload()

    def reload(self, keep_loaded: bool = False) -> None:
        """Re-read from the first row; `keep_loaded` re-reads as many rows as are shown."""
        if self._loader is None:
            return
        limit = max(PAGE_SIZE, len(self._rows)) if keep_loaded else PAGE_SIZE
        loader, key, descending = self._loader, self.sort_key, self.descending
        self._busy = True
        self._run(lambda: loader(key, descending, 0, limit),
                  lambda rows: self._replace_all(rows, limit))

    def _replace_all(self, rows: list[SessionRow], limit: int) -> None:
        self.beginResetModel()
        self._rows, self._more, self._busy = rows, len(rows) == limit, False
        self._texts.clear()
        self.endResetModel()
        self.loaded.emit()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and not self._busy

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        loader, key, descending = self._loader, self.sort_key, self.descending
        offset = len(self._rows)
        self._busy = True
        self._run(lambda: loader(key, descending, offset, PAGE_SIZE), self._append)

    def _append(self, rows: list[SessionRow]) -> None:
        self._busy = False
        self._more = len(rows) == PAGE_SIZE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _run(self, work: Callable[[], list[SessionRow]],
             done: Callable[[list[SessionRow]], None]) -> None:
        if self._runner is None:
            done(work())
        else:
            self._runner.submit("sessions-page", work, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.failed.emit(error)

    @property
    def loading(self) -> bool:
        return self._busy

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        key, descending = SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if self._busy and (key, descending) == (self.sort_key, self.descending):
            return  # rows in this very order are being read (the view's first sort)
        self.sort_key, self.descending = key, descending
        self.reload()

    def retranslate(self) -> None:
        """Redraw headers, labels, place names, dates and numbers in the new language."""
        self._texts.clear()
        self._local = shows_local_names(self.gazetteer_version)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(HEADERS) - 1))

    # Targeted changes after a save or delete --------------------------------------------

    def index_of(self, session_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == session_id), -1)

    def replace_row(self, row: SessionRow) -> bool:
        """Show the new values of a loaded row; False when the row is not loaded."""
        position = self.index_of(row.id)
        if position < 0:
            return False
        self._rows[position] = row
        self._texts.pop(row.id, None)
        self.dataChanged.emit(self.index(position, 0),
                              self.index(position, len(HEADERS) - 1))
        return True

    def remove_session(self, session_id: str) -> None:
        position = self.index_of(session_id)
        if position >= 0:
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()

    # Reading -------------------------------------------------------------------------

    def row_at(self, index: QModelIndex | QPersistentModelIndex | int) -> SessionRow | None:
        position = index if isinstance(index, int) else index.row()
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
                return QCoreApplication.translate("SessionsModel", HEADERS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in COUNT_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = _DISPLAY) -> object:
        # Called for every visible cell and role on each paint: plain int roles and
        # display texts worked out once per row keep a repaint cheap.
        position = index.row()
        if not 0 <= position < len(self._rows):
            return None
        row, column = self._rows[position], index.column()
        if role == _DISPLAY:
            return self._texts_of(row)[column]
        if role == _ALIGNMENT:
            return _RIGHT_ALIGNED if column in COUNT_COLUMNS else None
        if role == _FOREGROUND:
            return _STATUS_COLOURS.get(row.status) if column == COL_STATUS else None
        if role == SortRole:
            return _sort_value(row, column)
        if role == RowRole:
            return row
        if role == _FONT and column == COL_VILLAGE and not row.village_en:
            return _ITALIC
        if role == _TOOLTIP and column == COL_VILLAGE:
            return self._village_tip(row)
        return None

    def _texts_of(self, row: SessionRow) -> tuple[str, ...]:
        texts = self._texts.get(row.id)
        if texts is None:
            texts = self._texts[row.id] = tuple(
                self._display(row, column) for column in range(len(HEADERS)))
        return texts

    def _display(self, row: SessionRow, column: int) -> str:
        if column == COL_DATE:
            return format_date(row.session_date)
        if column == COL_PROVINCE:
            return (row.province_local if self._local else "") or row.province_en or ""
        if column == COL_STATUS:
            return choice_label(STATUS, row.status)
        if column == COL_ACTIVITY:
            return choice_label(ACTIVITY, row.activity)
        if column == COL_VILLAGE:
            return row.village(self._local)
        if column in COUNT_COLUMNS:
            return format_count(_sort_value(row, column))
        return str(_sort_value(row, column) or "")

    def sample_texts(self) -> dict[int, str]:
        """Typical values of the fixed-width columns, to size them for the current font."""
        status = max((choice_label(STATUS, code) for code in STATUS.codes), key=len)
        return {COL_REPORT: "HALO-T3-RE-20261127-001", COL_DATE: format_date(date(2026, 12, 28)),
                COL_STATUS: status, COL_TOTAL: format_count(88_888)}

    def village_text(self, row: SessionRow) -> str:
        """The village (or free-text place) of a row, in the script the window shows."""
        return row.village(self._local)

    def _village_tip(self, row: SessionRow) -> str:
        if not row.village_en:
            return QCoreApplication.translate("SessionsModel", "Place not in the gazetteer")
        if not row.village_local:
            return row.village_en
        other = row.village_en if self._local else row.village_local
        return f"{row.village(self._local)} ({other})"
