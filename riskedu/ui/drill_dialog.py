"""The sessions behind one dashboard figure, listed page by page; Enter opens one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.dashboard import DashboardFilter
from riskedu.core.dashboard_drill import Figure
from riskedu.ui.background import QueryRunner
from riskedu.ui.dashboard_access import DashboardAccess
from riskedu.ui.errors import describe_error
from riskedu.ui.sessions_model import COL_VILLAGE, SessionsModel
from riskedu.ui.table_fit import fit_to_font
from riskedu.ui.widgets import Retranslating


class DrillDialog(Retranslating, QDialog):
    """Lists the sessions a figure counted; `open_session(id)` asks to open one."""

    open_session = Signal(str)

    def __init__(self, access: DashboardAccess, flt: DashboardFilter, figure: Figure,
                 what: str, gazetteer_version: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure, self.what = figure, what
        self.count: int | None = None
        self.runner = QueryRunner(self)
        self.model = SessionsModel(self.runner, self)
        self.model.gazetteer_version = gazetteer_version
        self.heading, self.view = QLabel(), QTableView()
        self.heading.setWordWrap(True)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.activated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1180, 560)
        self.retranslate_ui()
        self.model.failed.connect(self._failed)
        self.model.loaded.connect(self.view.resizeColumnsToContents)
        self.model.set_loader(lambda key, desc, offset, limit:
                              access.drill_page(flt, figure, key, desc, offset, limit))
        self.runner.submit("count", lambda: access.drill_count(flt, figure), self._counted,
                           self._failed)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sessions behind a figure"))
        self._show_heading()
        self.model.retranslate()
        fit_to_font(self.view, self.model.sample_texts(), stretch=COL_VILLAGE)

    def _show_heading(self) -> None:
        if self.count is None:
            self.heading.setText(self.tr("{what}: counting sessions…").format(what=self.what))
        else:
            self.heading.setText(self.tr("{what}: %Ln session(s). Press Enter or double-click "
                                         "a session to open it.", "", self.count)
                                 .format(what=self.what))

    def _counted(self, count: int) -> None:
        self.count = count
        self._show_heading()

    def _failed(self, error: BaseException) -> None:
        self.heading.setText(describe_error(error))

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_session.emit(row.id)

    @property
    def busy(self) -> bool:
        return self.runner.busy or self.model.loading

    def done(self, result: int) -> None:
        self.runner.shutdown()
        super().done(result)
