"""The main window: the sessions list with its filters and totals, and the session actions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.db.server import server_location
from riskedu.core.forms import SessionForm
from riskedu.core.queries import SessionRow
from riskedu.core.recovery import clear_recovery, read_recovery
from riskedu.core.sessions import SaveResult
from riskedu.ui import settings
from riskedu.ui.background import QueryRunner
from riskedu.ui.checks_page import ChecksPage
from riskedu.ui.conflicts_page import ConflictsPage
from riskedu.ui.dashboard_page import DashboardPage
from riskedu.ui.errors import describe_error, reporting_errors
from riskedu.ui.filter_bar import FilterBar
from riskedu.ui.main_actions import MainActions
from riskedu.ui.materials_page import MaterialsPage
from riskedu.ui.page_tabs import PageTabs
from riskedu.ui.print_menus import install_printing
from riskedu.ui.reports_page import ReportsPage
from riskedu.ui.safety_actions import SafetyActions
from riskedu.ui.session_editor import SessionEditor
from riskedu.ui.sessions_model import COL_VILLAGE, SORT_KEYS, SessionsModel
from riskedu.ui.sync_page import SyncPage
from riskedu.ui.table_fit import fit_after_first_paint, fit_pending
from riskedu.ui.text import format_datetime
from riskedu.ui.totals_bar import TotalsBar
from riskedu.ui.widgets import Retranslating
from riskedu.ui.workspace import Workspace

COLUMN_WIDTHS = (185, 88, 135, 170, 64, 205, 55, 55, 60, 55, 60, 72)


class MainWindow(Retranslating, QMainWindow):
    """Lists sessions (paged, filtered, sorted by the database) and opens the editor."""

    restore_requested = Signal(object)  # the path of a backup the user chose to restore

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.editor: SessionEditor | None = None
        self._select_after_load: str | None = None
        self._totals_after_load = False
        # Two reader threads: a new page need not wait behind a slow totals query.
        self.page_runner, self.totals_runner = QueryRunner(self), QueryRunner(self)
        self.model = SessionsModel(self.page_runner, self)
        self.model.gazetteer_version = workspace.profile.gazetteer_version
        self.view = QTableView()
        self.filter_bar = FilterBar(workspace)
        self.totals_bar = TotalsBar()
        self._restore_sort()
        self.apply_filter()  # the first rows are read while the rest of the window is built
        self.db_label = QLabel()
        self.pages = PageTabs()  # Materials, Sync and Conflicts are built on first visit
        self.actions = MainActions(self)
        self._build()
        self.safety_actions = SafetyActions(self)  # undo delete, trash, history, app lock
        self.printing = install_printing(self)
        self.retranslate_ui()
        self.model.loaded.connect(self._rows_loaded)
        self.model.failed.connect(lambda exc: self._query_failed(exc))
        self.filter_bar.changed.connect(self.apply_filter)
        self.view.setFocus()  # arrows and Enter work on the list at once

    def _restore_sort(self) -> None:
        sort_key = settings.SORT_KEY.get()
        self.model.sort_key = sort_key if sort_key in SORT_KEYS else "date"
        self.model.descending = settings.SORT_DESCENDING.get()

    def _build(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            view.setColumnWidth(column, width)
        header.setSectionResizeMode(COL_VILLAGE, QHeaderView.ResizeMode.Stretch)
        saved_header = settings.SESSIONS_HEADER.get()
        if not saved_header.isEmpty():
            header.restoreState(saved_header)
        order = Qt.SortOrder.DescendingOrder if self.model.descending \
            else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(SORT_KEYS.index(self.model.sort_key), order)
        view.setSortingEnabled(True)  # no rows yet: the first load comes with the filter
        header.sortIndicatorChanged.connect(self._sort_changed)
        view.activated.connect(self._activated)
        view.selectionModel().currentRowChanged.connect(lambda *_: self.actions.update())
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.filter_bar)
        layout.addWidget(view, 1)
        layout.addWidget(self.totals_bar)
        self.pages.setDocumentMode(True)  # Alt+1 sessions, Alt+2 materials (tab mnemonics)
        self.pages.addTab(central, "")
        self.pages.add_page("materials", lambda: MaterialsPage(self.workspace))
        self.pages.add_page("sync", self._build_sync_page)  # Alt+3
        self.pages.add_page("conflicts", self._build_conflicts_page)  # Alt+4
        self.pages.add_page("dashboard", lambda: self._hq_page(DashboardPage))  # Alt+5
        self.pages.add_page("checks", lambda: self._hq_page(ChecksPage))  # Alt+6
        self.pages.add_page("reports", lambda: ReportsPage(self.workspace))  # Alt+7
        self.setCentralWidget(self.pages)
        self.statusBar().addPermanentWidget(self.db_label)
        geometry = settings.MAIN_GEOMETRY.get()
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 720)
        self.restoreState(settings.MAIN_STATE.get())

    def _build_sync_page(self) -> SyncPage:
        page = SyncPage(self.workspace)
        page.imported.connect(self.records_arrived)
        return page

    def _build_conflicts_page(self) -> ConflictsPage:
        page = ConflictsPage(self.workspace)
        page.resolved.connect(self.records_arrived)
        return page

    def _hq_page(self, page_class):
        """The dashboard or checks page; a session it points to opens in the editor."""
        page = page_class(self.workspace)
        page.open_session.connect(self.open_session)
        return page

    @property
    def materials_page(self) -> MaterialsPage:
        return self.pages.page("materials")  # type: ignore[return-value]

    @property
    def sync_page(self) -> SyncPage:
        return self.pages.page("sync")  # type: ignore[return-value]

    @property
    def conflicts_page(self) -> ConflictsPage:
        return self.pages.page("conflicts")  # type: ignore[return-value]

    def _database_text(self) -> str:
        """Which database the window works on: its file, or its name and server."""
        path = self.workspace.db.path
        if path:
            return self.tr("Database: {path}").format(path=path)
        name, server = server_location(self.workspace.db.engine) or ("", "")
        return self.tr("Database: {name} on server {server}").format(name=name, server=server)

    def retranslate_ui(self) -> None:
        p = self.workspace.profile
        self.setWindowTitle(self.tr("riskedu – {org} · {team} · {name}").format(
            org=p.organisation_name, team=p.team_name, name=p.educator_name))
        self.db_label.setText(self._database_text())
        self.actions.retranslate_ui()
        self.safety_actions.retranslate_ui()
        self.model.retranslate()
        self.pages.setTabText(0, self.tr("&1 Sessions"))
        self.pages.setTabText(1, self.tr("&2 Materials"))
        self.pages.setTabText(2, self.tr("&3 Sync"))
        self.pages.setTabText(3, self.tr("&4 Conflicts"))
        self.pages.setTabText(4, self.tr("&5 Dashboard"))
        self.pages.setTabText(5, self.tr("&6 Checks"))
        self.pages.setTabText(6, self.tr("&7 Reports"))
        fit_after_first_paint(self.view, self.model.sample_texts, stretch=COL_VILLAGE)

    # The list --------------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Show the sessions of the filter bar's current filter, with their totals."""
        flt = self.filter_bar.current_filter()
        page = self.workspace.page
        self.totals_bar.show_pending()
        self._totals_after_load = True  # rows first: the totals must not slow them down
        self.model.set_loader(lambda key, desc, offset, limit:
                              page(flt, key, desc, offset, limit))

    def refresh_totals(self) -> None:
        self._mark_stale("materials")  # sessions changed: stock may have moved with them
        flt = self.filter_bar.current_filter()
        self.totals_bar.show_pending()
        self.totals_runner.submit("totals", lambda: self.workspace.totals(flt),
                                  self._totals_ready, self._query_failed)

    def records_arrived(self) -> None:
        """An import or a resolved conflict changed records: every list reads again."""
        self._mark_stale("conflicts")
        self.apply_filter()

    def _mark_stale(self, key: str) -> None:
        page = self.pages.built(key)  # a page not built yet reads when it is
        if page is not None:
            page.mark_stale()  # type: ignore[attr-defined]

    def _totals_ready(self, totals) -> None:
        self.totals_bar.show_totals(totals)
        self.totals_bar.show_ready()

    def _query_failed(self, error: BaseException) -> None:
        self._totals_after_load = False
        self.totals_bar.show_ready()
        self.statusBar().showMessage(describe_error(error), 10_000)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        settings.SORT_KEY.set(SORT_KEYS[column])
        settings.SORT_DESCENDING.set(order == Qt.SortOrder.DescendingOrder)

    def _rows_loaded(self) -> None:
        if self._totals_after_load:
            self._totals_after_load = False
            self.refresh_totals()
        if self._select_after_load:
            self.select_session(self._select_after_load)
            self._select_after_load = None
        self.actions.update()

    def select_session(self, session_id: str) -> bool:
        row = self.model.index_of(session_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def current_row(self) -> SessionRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def refresh_session(self, session_id: str) -> None:
        """Show the new state of one session: in place, removed, or at its sorted place."""
        row = self.workspace.row_if_matching(self.filter_bar.current_filter(), session_id)
        if self.model.index_of(session_id) >= 0:
            if row is None:
                self.model.remove_session(session_id)
            else:
                self.model.replace_row(row)
                self.select_session(session_id)
        elif row is not None:
            self._select_after_load = session_id
            self.model.reload(keep_loaded=True)
        self.refresh_totals()
        self.actions.update()

    # Opening the editor ------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_session(row.id)

    def new_session(self) -> SessionEditor | None:
        with reporting_errors(self, self.tr("Could not start a new session")) as outcome:
            form = self.workspace.new_form()
        return None if outcome.failed else self.open_editor(form)

    def open_session(self, session_id: str) -> SessionEditor | None:
        with reporting_errors(self, self.tr("Could not open the session")) as outcome:
            form = self.workspace.load_form(session_id)
        if outcome.failed:
            self.apply_filter()
            return None
        return self.open_editor(form)

    def open_editor(self, form: SessionForm, restored: bool = False) -> SessionEditor:
        editor = SessionEditor(self.workspace, form, restored=restored, parent=self)
        editor.saved.connect(self.saved)
        editor.reopened.connect(self.reopened)
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        self.editor = editor
        editor.open()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _editor_closed(self, editor: SessionEditor) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()

    def saved(self, result: SaveResult) -> None:
        """Tell the user and show the session's new state."""
        text = (self.tr("Saved {code} as final.") if result.status == "final"
                else self.tr("Saved {code} as a draft."))
        self.statusBar().showMessage(text.format(code=result.report_code), 8000)
        self.refresh_session(result.session_id)

    def reopened(self, result: SaveResult) -> None:
        self.statusBar().showMessage(self.tr("Reopened {code} for correction.").format(
            code=result.report_code), 8000)
        self.refresh_session(result.session_id)

    def offer_recovery(self) -> SessionEditor | None:
        """After a crash: offer to restore the edit that was in progress."""
        recovered = read_recovery(self.workspace.recovery_file)
        if recovered is None:
            return None
        what = recovered.form.report_code or self.tr("a new session")
        when = format_datetime(recovered.saved_at.astimezone())
        answer = QMessageBox.question(
            self, self.tr("Restore unsaved edit?"),
            self.tr("riskedu was closed while you were editing {what} (last change {when}). "
                    "Restore the session you were editing?").format(what=what, when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            return self.open_editor(recovered.form, restored=True)
        clear_recovery(self.workspace.recovery_file)
        return None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.editor is not None and self.editor.isVisible():
            self.editor.reject()
            if self.editor is not None and self.editor.isVisible():
                event.ignore()
                return
        settings.MAIN_GEOMETRY.set(self.saveGeometry())
        settings.MAIN_STATE.set(self.saveState())
        settings.SESSIONS_HEADER.set(self.view.horizontalHeader().saveState())
        self.shutdown()
        super().closeEvent(event)

    @property
    def busy(self) -> bool:
        """Whether rows or totals are still being read."""
        return (self.page_runner.busy or self.totals_runner.busy or self.model.loading
                or self._totals_after_load or fit_pending(self.view))

    def shutdown(self) -> None:
        """Stop reading (before the database is closed)."""
        self.page_runner.shutdown()
        self.totals_runner.shutdown()
        self.safety_actions.shutdown()
        for key in ("materials", "sync", "conflicts", "dashboard", "checks"):
            page = self.pages.built(key)
            if page is not None:
                page.shutdown()  # type: ignore[attr-defined]
        self.print_runner.shutdown()

