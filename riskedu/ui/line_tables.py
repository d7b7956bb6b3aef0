"""Editable tables of form lines (participants, hazard reports): add, edit, remove rows.

Typing moves from cell to cell with Tab; a category column edits with a combo box and
an age column with a spin box whose blank value means 'not known'.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.categories import Choices
from riskedu.ui.table_fit import fit_to_font
from riskedu.ui.text import choice_label
from riskedu.ui.widgets import Retranslating

ValueRole = Qt.ItemDataRole.UserRole
IdRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class LineColumn:
    """One column: the line attribute it edits, its header, and how it is edited."""

    attr: str
    header: str  # marked with QT_TRANSLATE_NOOP("LinesTable", ...)
    choices: Choices | None = None
    age: bool = False
    width: int = 0  # 0: stretch


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a category code with a combo box of translated labels."""

    def __init__(self, choices: Choices, parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("", "")
        for code in self.choices.codes:
            combo.addItem(choice_label(self.choices, code), code)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(ValueRole) or "")))

    def setModelData(self, editor: QComboBox, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), ValueRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class AgeDelegate(QStyledItemDelegate):
    """Edits an age 0–120; the blank value below 0 means not known."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(-1, 120)
        spin.setSpecialValueText(" ")
        return spin

    def setEditorData(self, editor: QSpinBox, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(ValueRole)
        editor.setValue(-1 if value is None else int(value))

    def setModelData(self, editor: QSpinBox, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        editor.interpretText()
        value = None if editor.value() < 0 else editor.value()
        model.setData(index, value, ValueRole)
        model.setData(index, "" if value is None else str(value), Qt.ItemDataRole.DisplayRole)


class _Table(QTableWidget):
    """A table whose open cell editor can be committed before the lines are read."""

    def commit_open_editor(self) -> None:
        editor = QApplication.focusWidget()
        if (self.state() == QAbstractItemView.State.EditingState and editor is not None
                and self.isAncestorOf(editor)):
            self.commitData(editor)


class LinesTable(Retranslating, QWidget):
    """Rows of one kind of line (`line_type` dataclass) with Add and Remove buttons."""

    changed = Signal()

    def __init__(self, columns: tuple[LineColumn, ...], line_type: type,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.columns, self.line_type = columns, line_type
        self.table = _Table(0, len(columns))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for position, column in enumerate(columns):
            if column.choices is not None:
                self.table.setItemDelegateForColumn(position,
                                                    ChoiceDelegate(column.choices, self))
            elif column.age:
                self.table.setItemDelegateForColumn(position, AgeDelegate(self))
            if column.width:
                header.setSectionResizeMode(position, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(position, column.width)
            else:
                header.setSectionResizeMode(position, QHeaderView.ResizeMode.Stretch)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.model().dataChanged.connect(self.changed)
        self.table.model().rowsInserted.connect(self.changed)
        self.table.model().rowsRemoved.connect(self.changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("LinesTable", c.header) for c in self.columns])
        fit_to_font(self.table)
        for row in range(self.table.rowCount()):
            for position, column in enumerate(self.columns):
                if column.choices is not None:
                    item = self.table.item(row, position)
                    item.setText(choice_label(column.choices, item.data(ValueRole)))

    def set_texts(self, add: str, remove: str) -> None:
        self.add_button.setText(add)
        self.remove_button.setText(remove)

    def _set_row(self, row: int, line: Any) -> None:
        for position, column in enumerate(self.columns):
            value = getattr(line, column.attr)
            item = QTableWidgetItem()
            item.setData(ValueRole, value)
            if column.choices is not None:
                item.setText(choice_label(column.choices, value) if value else "")
            else:
                item.setText("" if value is None else str(value))
            if position == 0:
                item.setData(IdRole, getattr(line, "id", None))
            self.table.setItem(row, position, item)

    def set_lines(self, lines: list[Any]) -> None:
        self.table.setRowCount(0)
        for line in lines:
            self.table.insertRow(self.table.rowCount())
            self._set_row(self.table.rowCount() - 1, line)

    def lines(self) -> list[Any]:
        self.table.commit_open_editor()
        result = []
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for position, column in enumerate(self.columns):
                item = self.table.item(row, position)
                if column.choices is not None or column.age:
                    values[column.attr] = item.data(ValueRole) if item else None
                else:
                    values[column.attr] = item.text().strip() if item else ""
            line = self.line_type(**{k: v for k, v in values.items() if v is not None})
            first = self.table.item(row, 0)
            result.append(replace(line, id=first.data(IdRole) if first else None))
        return result

    def add_line(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._set_row(row, self.line_type())
        self.table.setFocus()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                   else QAbstractItemView.EditTrigger.AllEditTriggers)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
