"""The Trash: deleted sessions, materials, participants and hazard reports, newest first,
each restorable until an export has carried its deletion away."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.categories import MATERIAL_TYPE
from riskedu.core.trash import HAZARD_REPORT, MATERIAL, PARTICIPANT, SESSION, TrashRow
from riskedu.ui.errors import USER_ERRORS, describe_error
from riskedu.ui.safety_access import Restored, SafetyAccess
from riskedu.ui.text import choice_label, format_datetime
from riskedu.ui.widgets import Retranslating

COL_WHEN, COL_KIND, COL_ITEM, COL_DETAIL, COL_BY, COL_STATE = range(6)


class TrashDialog(Retranslating, QDialog):
    """Lists the trash; Restore brings the chosen item back as it was."""

    restored = Signal(object)  # Restored

    def __init__(self, safety: SafetyAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.safety = safety
        self.rows: list[TrashRow] = []
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.empty = QLabel()
        self.restore_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_current)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_DETAIL,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.itemActivated.connect(lambda _item: self.restore_current())
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Trash"))
        self.note.setText(self.tr(
            "Deleted sessions, materials, participants and hazard reports stay here and "
            "can be restored exactly as they were until the next export. An exported "
            "deletion travels to headquarters and can no longer be undone."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Deleted"), self.tr("What"), self.tr("Item"), self.tr("Details"),
            self.tr("By"), self.tr("State")])
        self.empty.setText(self.tr("The trash is empty."))
        self.restore_button.setText(self.tr("&Restore"))
        if self.rows:
            self._fill()

    def kind_text(self, kind: str) -> str:
        return {SESSION: self.tr("Session"), MATERIAL: self.tr("Material"),
                PARTICIPANT: self.tr("Participant"),
                HAZARD_REPORT: self.tr("Hazard report")}.get(kind, kind)

    def reload(self) -> None:
        try:
            self.rows = self.safety.trash()
        except USER_ERRORS as exc:
            self.rows = []
            QMessageBox.warning(self, self.tr("Could not read the trash"), describe_error(exc))
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            state = (self.tr("Exported: cannot be restored") if row.exported
                     else self.tr("Can be restored"))
            when = format_datetime(row.deleted_at.replace(tzinfo=UTC).astimezone())
            detail = choice_label(MATERIAL_TYPE, row.detail) if row.kind == MATERIAL \
                else row.detail  # a material's detail is its type's code
            texts = (when, self.kind_text(row.kind), row.label, detail, row.deleted_by, state)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if row.exported:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(index, column, item)
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        if self.rows:
            self.table.selectRow(0)
        self._update_button()

    def current(self) -> TrashRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) and self.table.selectedItems() \
            else None

    def _update_button(self) -> None:
        row = self.current()
        self.restore_button.setEnabled(row is not None and not row.exported)

    def restore_current(self) -> Restored | None:
        row = self.current()
        if row is None or row.exported:
            return None
        try:
            restored = self.safety.restore(row.id)
        except USER_ERRORS as exc:
            QMessageBox.warning(self, self.tr("Could not restore"), describe_error(exc))
            self.reload()
            return None
        self.restored.emit(restored)
        self.reload()
        return restored

