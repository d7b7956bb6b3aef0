"""The Conflicts page: records changed on two installations since they last agreed.

The list shows each unresolved conflict; the comparison shows the current (shown)
version beside the kept one, field by field, with a choice per differing field. The
decision is the core's (`riskedu.sync.conflicts`): this page only collects it.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskedu.sync.conflict_names import Names
from riskedu.sync.conflicts import ConflictRow, FieldVersions
from riskedu.ui.background import QueryRunner
from riskedu.ui.conflict_text import conflict_field_name, conflict_value
from riskedu.ui.sync_access import Comparison
from riskedu.ui.sync_lists import ConflictsModel
from riskedu.ui.sync_text import explain, table_label
from riskedu.ui.widgets import Retranslating
from riskedu.ui.workspace import Workspace

COL_FIELD, COL_CURRENT, COL_KEPT, COL_USE = range(4)
DIFFERS = QColor(255, 244, 206)


class ConflictsPage(Retranslating, QWidget):
    """Unresolved conflicts and, for the chosen one, both versions side by side."""

    resolved = Signal()  # a record changed: lists elsewhere should re-read

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = workspace.sync
        self.runner = QueryRunner(self)
        self.model = ConflictsModel(self)
        self.view, self.fields = QTableView(), QTableWidget(0, 4)
        self.title, self.empty, self.hint = QLabel(), QLabel(), QLabel()
        self.keep_button, self.take_button = QPushButton(), QPushButton()
        self.merge_button, self.refresh_button = QPushButton(), QPushButton()
        self.versions: list[FieldVersions] = []
        self.names, self.kinds = Names(), {}
        self.choices: dict[str, QComboBox] = {}
        self._stale = True
        self._build()
        self.retranslate_ui()
        self._update_buttons()

    def _build(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        fields = self.fields
        fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        fields.setWordWrap(True)
        fields.verticalHeader().hide()
        header = fields.horizontalHeader()
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CURRENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_KEPT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_USE, QHeaderView.ResizeMode.ResizeToContents)
        for label in (self.title, self.empty, self.hint):
            label.setWordWrap(True)
        self.empty.hide()
        for button, slot in ((self.keep_button, self.keep_current),
                             (self.take_button, self.take_kept),
                             (self.merge_button, self.apply_merge),
                             (self.refresh_button, self.reload)):
            button.clicked.connect(slot)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addWidget(self.empty)
        column.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QWidget()
        detail = QVBoxLayout(right)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.title)
        detail.addWidget(self.hint)
        detail.addWidget(fields, 1)
        actions = QHBoxLayout()
        for button in (self.keep_button, self.take_button, self.merge_button):
            actions.addWidget(button)
        actions.addStretch(1)
        detail.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 780])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(splitter, 1)

    def retranslate_ui(self) -> None:
        self.fields.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("Current version (shown)"), self.tr("Kept version"),
            self.tr("Use")])
        self.hint.setText(self.tr(
            "The record was changed on two installations since they last agreed. Both "
            "versions are kept; differing fields are highlighted. Choose per field, or "
            "keep one version whole."))
        self.empty.setText(self.tr("No conflicts to resolve."))
        self.keep_button.setText(self.tr("&Keep the current version"))
        self.take_button.setText(self.tr("&Take the kept version"))
        self.merge_button.setText(self.tr("&Merge as chosen"))
        self.merge_button.setToolTip(self.tr("Use, for each differing field, the version "
                                             "chosen in the Use column"))
        self.refresh_button.setText(self.tr("Read a&gain"))
        self.model.retranslate()
        self._show_versions()

    # Reading ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.runner.submit("conflicts", self.access.conflicts, self._rows_loaded,
                           self._failed)

    def _rows_loaded(self, rows: list[ConflictRow]) -> None:
        current = self.current_row()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        position = self.model.index_of(current.id) if current else -1
        if rows:
            index = self.model.index(max(position, 0), 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self._current_changed()

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Could not read the conflicts"), explain(error))

    def current_row(self) -> ConflictRow | None:
        return self.model.row_at(self.view.currentIndex())

    def _current_changed(self) -> None:
        row = self.current_row()
        self.versions = []
        self._show_versions()
        if row is not None:
            access, conflict_id = self.access, row.id
            self.runner.submit("compare", lambda: access.compare(conflict_id),
                               self._versions_read, self._compare_failed)

    def _compare_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Could not open the conflict"), explain(error))

    def _versions_read(self, comparison: Comparison) -> None:
        # Differing fields first: they are what a person must decide.
        self.versions = sorted(comparison.fields, key=lambda f: not f.differs)
        self.names, self.kinds = comparison.names, comparison.kinds
        self._show_versions()

    def _show_versions(self) -> None:
        row = self.current_row()
        self.title.setText(self.tr("<b>{table}: {record}</b>").format(
            table=table_label(row.table_name), record=row.label or row.record_id)
            if row else "")
        self.fields.setRowCount(0)
        self.choices = {}
        for number, item in enumerate(self.versions):
            self.fields.insertRow(number)
            kind = self.kinds.get(item.field, "")
            cells = (conflict_field_name(item.field),
                     conflict_value(item.field, item.current, self.names, kind),
                     conflict_value(item.field, item.kept, self.names, kind))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if item.differs:
                    cell.setBackground(QBrush(DIFFERS))
                self.fields.setItem(number, column, cell)
            if item.differs:
                choice = QComboBox()
                choice.addItem(self.tr("Current"), "current")
                choice.addItem(self.tr("Kept"), "kept")
                self.fields.setCellWidget(number, COL_USE, choice)
                self.choices[item.field] = choice
        self.fields.resizeRowsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.current_row() is not None and bool(self.versions)
        for button in (self.keep_button, self.take_button, self.merge_button):
            button.setEnabled(ready)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def shutdown(self) -> None:
        self.runner.shutdown()

    # Resolving -------------------------------------------------------------------------

    def keep_current(self) -> None:
        self._resolve({})

    def take_kept(self) -> None:
        self._resolve({f.field: "kept" for f in self.versions if f.differs})

    def apply_merge(self) -> None:
        self._resolve({name: box.currentData() for name, box in self.choices.items()})

    def set_choice(self, field: str, which: str) -> None:
        box = self.choices[field]
        box.setCurrentIndex(box.findData(which))

    def _resolve(self, choice: dict[str, str]) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            self.access.resolve(row.id, choice)
        except Exception as error:  # noqa: BLE001 - shown as a message, never a traceback
            QMessageBox.warning(self, self.tr("Could not resolve the conflict"),
                                explain(error))
        else:
            self.resolved.emit()
        self.reload()
