"""The Materials page: the catalogue with thumbnails and balances, one material's detail,
and adding, editing, retiring, receiving and adjusting stock.

Lists, histories and pictures are read on worker threads (`QueryRunner`), pictures on
their own so that a slow PDF never holds up the list. Everything has a key: the
buttons and filters have mnemonics, Enter on a material edits it.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.categories import LANGUAGE, MATERIAL_TYPE
from riskedu.core.materials import MaterialFilter, MaterialForm, MaterialRow
from riskedu.ui.background import QueryRunner
from riskedu.ui.materials_detail import PREVIEW_SIDE as DETAIL_SIDE
from riskedu.ui.materials_detail import MaterialDetail
from riskedu.ui.materials_dialogs import MaterialDialog
from riskedu.ui.materials_model import (
    COL_BALANCE,
    COL_LANGUAGES,
    COL_STATUS,
    COL_TITLE,
    COL_TYPE,
    PREVIEW_SIDE,
    THUMB,
    MaterialsModel,
    MaterialsProxy,
)
from riskedu.ui.materials_text import MATERIAL_ERRORS, explain, material_title
from riskedu.ui.stock_dialogs import AdjustStockDialog, ReceiveStockDialog
from riskedu.ui.text import combo_code, fill_combo
from riskedu.ui.widgets import Retranslating
from riskedu.ui.workspace import Workspace

SEARCH_DELAY_MS = 250


class MaterialsPage(Retranslating, QWidget):
    """Filterable catalogue on the left, the chosen material's detail on the right."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.access = workspace, workspace.materials
        self.runner, self.picture_runner = QueryRunner(self), QueryRunner(self)
        self.model, self.proxy = MaterialsModel(self), MaterialsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view, self.detail = QTableView(), MaterialDetail()
        self.search, self.type, self.language = QLineEdit(), QComboBox(), QComboBox()
        self.retired, self.low = QCheckBox(), QCheckBox()
        self.search_label, self.type_label = QLabel(), QLabel()
        self.language_label, self.empty = QLabel(), QLabel()
        self.add_button, self.edit_button, self.retire_button = (QPushButton() for _ in "123")
        self.receive_button, self.adjust_button = QPushButton(), QPushButton()
        self.open_button, self.samples_button = QPushButton(), QPushButton()
        self.delete_button = QPushButton()  # undoable from the trash until exported
        self._stale, self._select_after = True, ""
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self._build()
        self.retranslate_ui()
        self._update_buttons()

    def _build(self) -> None:
        for label, field in ((self.search_label, self.search), (self.type_label, self.type),
                             (self.language_label, self.language)):
            label.setBuddy(field)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        for combo in (self.type, self.language):
            combo.currentIndexChanged.connect(lambda _: self.reload())
        for check in (self.retired, self.low):
            check.toggled.connect(lambda _: self.reload())
        filters = QHBoxLayout()
        for widget in (self.search_label, self.search, self.type_label, self.type,
                       self.language_label, self.language, self.low, self.retired):
            filters.addWidget(widget, 2 if widget is self.search else 0)
        actions = QHBoxLayout()
        for button, slot in ((self.add_button, self.add_material),
                             (self.edit_button, self.edit_material),
                             (self.retire_button, self.toggle_retired),
                             (self.delete_button, self.delete_material),
                             (self.receive_button, self.receive_stock),
                             (self.adjust_button, self.adjust_stock),
                             (self.open_button, self.open_file),
                             (self.samples_button, self.add_samples)):
            button.clicked.connect(slot)
            actions.addWidget(button)
            if button is self.adjust_button:
                actions.addStretch(1)
        view = self.view
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setIconSize(QSize(THUMB, THUMB))
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(THUMB + 6)
        view.setSortingEnabled(True)
        view.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
        header = view.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_TYPE, 105), (COL_LANGUAGES, 105), (COL_BALANCE, 64),
                              (COL_STATUS, 92)):
            view.setColumnWidth(column, width)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        view.activated.connect(lambda _: self.edit_material())
        self.empty.setWordWrap(True)
        self.empty.hide()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([660, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("Fin&d:"))
        self.search.setPlaceholderText(self.tr("Title, edition or notes"))
        self.type_label.setText(self.tr("T&ype:"))
        self.language_label.setText(self.tr("&Language:"))
        fill_combo(self.type, MATERIAL_TYPE, blank=self.tr("Any type"))
        fill_combo(self.language, LANGUAGE, blank=self.tr("Any language"))
        self.low.setText(self.tr("Low stock &only"))
        self.retired.setText(self.tr("Sho&w retired"))
        texts = ((self.add_button, self.tr("&Add material…"), self.tr("Add a material to the "
                                                                      "catalogue")),
                 (self.edit_button, self.tr("&Edit…"), self.tr("Edit the chosen material "
                                                               "(Enter)")),
                 (self.receive_button, self.tr("&Receive stock…"), self.tr(
                     "Record copies received, and where they came from")),
                 (self.adjust_button, self.tr("Ad&just stock…"), self.tr(
                     "Record copies lost or damaged, or a count of the shelf")),
                 (self.open_button, self.tr("O&pen file"), self.tr(
                     "Open the material's file with the computer's viewer")),
                 (self.samples_button, self.tr("Add the sa&mple catalogue"), self.tr(
                     "Add riskedu's sample materials, to try the page out")),
                 (self.delete_button, self.tr("Delete…"), self.tr(
                     "Delete a material entered by mistake (Session › Trash brings it back "
                     "until the next export)")))
        for button, text, tip in texts:
            button.setText(text)
            button.setToolTip(tip)
        self.empty.setText(self.tr("No material matches. Change the filters, or add a "
                                   "material."))
        self.model.retranslate()
        self._update_buttons()

    # Reading ---------------------------------------------------------------------------

    def current_filter(self) -> MaterialFilter:
        return MaterialFilter(text=self.search.text(), type=combo_code(self.type),
                              language=combo_code(self.language),
                              include_retired=self.retired.isChecked(),
                              low_only=self.low.isChecked())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def mark_stale(self) -> None:
        """Balances may have moved elsewhere (a session was saved): read again when seen."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self, select: str = "") -> None:
        """Read the filtered catalogue again; then select `select` (or keep the selection)."""
        self._stale = False
        current = self.current_row()
        self._select_after = select or (current.id if current else "")
        flt, access = self.current_filter(), self.access
        self.runner.submit("materials", lambda: access.list(flt), self._rows_loaded,
                           self._failed)

    def _rows_loaded(self, rows: list[MaterialRow]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        position = self.model.index_of(self._select_after) if self._select_after else -1
        if position < 0 and rows:
            position = self.proxy.mapToSource(self.proxy.index(0, 0)).row()
        if position >= 0:
            index = self.proxy.mapFromSource(self.model.index(position, 0))
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)
        else:
            self._current_changed()
        files = self.model.missing_thumbnails()
        if files:
            access = self.access
            self.picture_runner.submit("thumbnails", lambda: access.previews(files, PREVIEW_SIDE),
                                       self.model.set_thumbnails)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Could not read the materials"), explain(error))

    def current_row(self) -> MaterialRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index)) if index.isValid() else None

    def _current_changed(self) -> None:
        row = self.current_row()
        self.detail.show_material(row)
        self._update_buttons()
        if row is None:
            return
        access, material_id = self.access, row.id
        self.runner.submit("history", lambda: access.history(material_id),
                           self.detail.show_history, self._failed)
        if row.file is not None:
            stored = row.file
            self.picture_runner.submit("preview", lambda: access.preview(stored, DETAIL_SIDE),
                                       self.detail.show_preview,
                                       lambda _error: self.detail.show_preview(None))

    def _update_buttons(self) -> None:
        row = self.current_row()
        for button in (self.edit_button, self.retire_button, self.receive_button,
                       self.adjust_button, self.delete_button):
            button.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None and row.file is not None)
        self.retire_button.setText(self.tr("Bring &back") if row is not None and not row.active
                                   else self.tr("Re&tire"))
        self.samples_button.setVisible(self.model.rowCount() == 0 and not self.search.text()
                                       and not self.low.isChecked())

    @property
    def busy(self) -> bool:
        return self.runner.busy or self.picture_runner.busy

    def shutdown(self) -> None:
        self.runner.shutdown()
        self.picture_runner.shutdown()

    # Writing ---------------------------------------------------------------------------

    def add_material(self) -> MaterialDialog:
        return self._open_dialog(MaterialForm())

    def edit_material(self) -> MaterialDialog | None:
        row = self.current_row()
        if row is None:
            return None
        try:
            form = self.access.form(row.id)
        except MATERIAL_ERRORS as exc:
            QMessageBox.warning(self, self.tr("Could not open the material"), explain(exc))
            self.reload()
            return None
        return self._open_dialog(form)

    def _open_dialog(self, form: MaterialForm) -> MaterialDialog:
        dialog = MaterialDialog(self.workspace, form, self.picture_runner, self)
        dialog.finished.connect(lambda result: self._dialog_closed(dialog, result))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: MaterialDialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and dialog.saved_id:
            self.reload(select=dialog.saved_id)
        dialog.deleteLater()

    def toggle_retired(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.active and QMessageBox.question(
                self, self.tr("Retire material"),
                self.tr("Retire {title}? It is no longer offered for sessions; its history "
                        "and the sessions that handed it out keep it.").format(
                            title=material_title(row))) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.access.set_active(row.id, not row.active)
        except MATERIAL_ERRORS as exc:
            QMessageBox.warning(self, self.tr("Could not change the material"), explain(exc))
        self.reload(select=row.id)

    def delete_material(self) -> None:
        row = self.current_row()
        if row is None or QMessageBox.warning(
                self, self.tr("Delete material"),
                self.tr("Delete {title} and its stock history? Use this for a material entered "
                        "by mistake; retire a material that is no longer used.").format(
                            title=material_title(row)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.workspace.safety.delete_material(row.id)
        except MATERIAL_ERRORS as exc:
            QMessageBox.warning(self, self.tr("Could not delete the material"), explain(exc))
            return
        self.reload()

    def receive_stock(self) -> ReceiveStockDialog | None:
        return self._stock_dialog(ReceiveStockDialog)

    def adjust_stock(self) -> AdjustStockDialog | None:
        return self._stock_dialog(AdjustStockDialog)

    def _stock_dialog(self, kind):
        row = self.current_row()
        if row is None:
            return None
        dialog = kind(self.workspace, row, self)
        dialog.finished.connect(lambda result: self._stock_closed(dialog, row.id, result))
        dialog.open()
        return dialog

    def _stock_closed(self, dialog: QDialog, material_id: str, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.reload(select=material_id)
        dialog.deleteLater()

    def open_file(self) -> None:
        row = self.current_row()
        if row is not None and row.file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.access.file_path(row.file))))

    def add_samples(self) -> None:
        try:
            self.access.add_samples()
        except MATERIAL_ERRORS as exc:
            QMessageBox.warning(self, self.tr("Could not add the samples"), explain(exc))
        self.retired.setChecked(False)
        self.reload()

