"""The detail of one material: its preview, what it is, its balance and stock history.

The preview (a picture, or a PDF's first page) and the history are read off the GUI
thread by the page and handed in with `show_preview` and `show_history`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.categories import ADJUST_REASON, AUDIENCE, HAZARD, LANGUAGE, STOCK_KIND
from riskedu.core.materials import MaterialRow
from riskedu.core.stock import StockMove
from riskedu.ui.materials_model import status_text
from riskedu.ui.materials_text import file_label, languages_label, material_title, type_label
from riskedu.ui.text import choice_label, format_count, translate
from riskedu.ui.widgets import Retranslating

PREVIEW_SIDE = 300
(COL_DATE, COL_MOVEMENT, COL_QUANTITY, COL_BALANCE, COL_DETAILS, COL_BY) = range(6)
HISTORY_HEADERS = (
    QT_TRANSLATE_NOOP("StockHistoryModel", "Date"),
    QT_TRANSLATE_NOOP("StockHistoryModel", "Movement"),
    QT_TRANSLATE_NOOP("StockHistoryModel", "Quantity"),
    QT_TRANSLATE_NOOP("StockHistoryModel", "Balance"),
    QT_TRANSLATE_NOOP("StockHistoryModel", "Details"),
    QT_TRANSLATE_NOOP("StockHistoryModel", "Recorded by"),
)
RowRole = Qt.ItemDataRole.UserRole + 2
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StockHistoryModel", text)


def movement_text(move: StockMove) -> str:
    if move.kind == "adjusted":
        return choice_label(ADJUST_REASON, move.reason).split(" (")[0]
    return choice_label(STOCK_KIND, move.kind)


def details_text(move: StockMove) -> str:
    parts = []
    if move.kind == "received" and move.source:
        parts.append(translate("StockHistoryModel", "from {source}").format(
            source=move.source))
    if move.kind == "handed_out":
        parts.append(translate("StockHistoryModel", "session {code}").format(
            code=move.report_code or "?"))
    if move.counted is not None:
        parts.append(translate("StockHistoryModel", "{count} counted").format(
            count=format_count(move.counted)))
    if move.language:
        parts.append(choice_label(LANGUAGE, move.language))
    if move.note:
        parts.append(move.note)
    return " · ".join(parts)


class StockHistoryModel(QAbstractTableModel):
    """A material's stock movements, newest first, with the balance after each."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._moves: list[StockMove] = []

    def set_rows(self, moves: list[StockMove]) -> None:
        self.beginResetModel()
        self._moves = list(moves)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HISTORY_HEADERS) - 1)
        self.set_rows(self._moves)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._moves)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HISTORY_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HISTORY_HEADERS[section]) if 0 <= section < len(HISTORY_HEADERS) else None
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not 0 <= index.row() < len(self._moves):
            return None
        move, column = self._moves[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            quantity = f"{'+' if move.quantity > 0 else ''}{format_count(move.quantity)}"
            return (move.day.isoformat(), movement_text(move), quantity,
                    format_count(move.balance_after), details_text(move),
                    move.recorded_by)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_QUANTITY, COL_BALANCE):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_DETAILS:
            return details_text(move) or None
        if role == RowRole:
            return move
        return None


class MaterialDetail(Retranslating, QWidget):
    """Shows the selected material: preview, facts, balance and stock history."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.row: MaterialRow | None = None
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_SIDE, PREVIEW_SIDE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #f1f3f5; border: 1px solid #d0d5db;")
        self.title, self.other_titles, self.balance = QLabel(), QLabel(), QLabel()
        for label in (self.title, self.other_titles):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields = {name: QLabel() for name in ("type", "languages", "edition", "audiences",
                                                    "hazards", "file", "threshold", "notes")}
        self.captions = {name: QLabel() for name in self.fields}
        for label in self.fields.values():
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_model = StockHistoryModel(self)
        self.history = QTableView()
        self.history_box = QGroupBox()
        self._build()
        self.retranslate_ui()
        self.show_material(None)

    def _build(self) -> None:
        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for name, label in self.fields.items():
            self.captions[name].setBuddy(label)
            self.captions[name].setAlignment(Qt.AlignmentFlag.AlignLeft
                                             | Qt.AlignmentFlag.AlignTop)
            facts.addRow(self.captions[name], label)
        about = QVBoxLayout()
        about.addWidget(self.title)
        about.addWidget(self.other_titles)
        about.addWidget(self.balance)
        about.addLayout(facts)
        about.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(about, 1)
        view = self.history
        view.setModel(self.history_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        for column, width in ((COL_DATE, 92), (COL_MOVEMENT, 100), (COL_QUANTITY, 72),
                              (COL_BALANCE, 72), (COL_BY, 130)):
            view.setColumnWidth(column, width)
        header.setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        box = QVBoxLayout(self.history_box)
        box.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.history_box, 1)

    def retranslate_ui(self) -> None:
        captions = {"type": self.tr("Type:"), "languages": self.tr("Languages:"),
                    "edition": self.tr("Edition:"), "audiences": self.tr("Audience:"),
                    "hazards": self.tr("Hazards:"), "file": self.tr("File:"),
                    "threshold": self.tr("Warn at:"), "notes": self.tr("Notes:")}
        for name, text in captions.items():
            self.captions[name].setText(text)
        self.history_box.setTitle(self.tr("Stock history (newest first)"))
        self.history_model.retranslate()
        self.show_material(self.row, keep_preview=True)

    def show_material(self, row: MaterialRow | None, keep_preview: bool = False) -> None:
        """Fill in what is known of `row` at once; preview and history follow."""
        self.row = row
        if row is None:
            self.title.setText(self.tr("<i>Choose a material in the list.</i>"))
            for label in [self.other_titles, self.balance, *self.fields.values()]:
                label.clear()
            self.preview.clear()
            self.history_model.set_rows([])
            return
        title = html.escape(material_title(row))
        self.title.setText(f"<span style='font-size:14pt; font-weight:600'>{title}</span>")
        others = [text for _, text in row.titles if text != material_title(row)]
        self.other_titles.setText("\n".join(others))
        self.other_titles.setVisible(bool(others))
        state = status_text(row)
        colour = "#a33a00" if row.low and row.active else "#1e4d2b"
        self.balance.setText(
            f"<span style='font-size:13pt; color:{colour}'><b>"
            + html.escape(self.tr("{count} in stock").format(count=format_count(row.balance)))
            + "</b></span>" + (f"  <i>{html.escape(state)}</i>" if state else ""))
        threshold = (self.tr("{count} or fewer").format(
            count=format_count(row.low_stock_threshold)) if row.low_stock_threshold
            else self.tr("No warning"))
        texts = {"type": type_label(row.type), "languages": languages_label(row.languages),
                 "edition": row.edition, "file": file_label(row.file),
                 "audiences": ", ".join(choice_label(AUDIENCE, c) for c in row.audiences),
                 "hazards": ", ".join(choice_label(HAZARD, c) for c in row.hazards),
                 "threshold": threshold, "notes": row.notes}
        for name, text in texts.items():
            self.fields[name].setText(text or "–")
        if not keep_preview:
            self.preview.setText(self.tr("Drawing the preview…") if row.file
                                 else self.tr("No file"))

    def show_preview(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.preview.setPixmap(pixmap)
        else:
            self.preview.setText(self.tr("The file cannot be shown: it is missing or "
                                         "damaged. Edit the material to add it again."))
            self.preview.setWordWrap(True)

    def show_history(self, moves: list[StockMove]) -> None:
        self.history_model.set_rows(moves)
