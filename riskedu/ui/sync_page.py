"""The Sync page: export a bundle for headquarters, import bundles (preview, accept,
report), the history of bundles in and out, the register of known installations, and
enrolment with headquarters.

Exports, previews and imports run on a worker thread (`QueryRunner`) with a progress bar
and a Cancel button (`WorkBar`); a failure or a cancel is a message to act on, and the
engine guarantees it changed nothing. Each box is a module of its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riskedu.sync.export import ExportResult
from riskedu.sync.importer import ImportReport
from riskedu.ui.background import QueryRunner
from riskedu.ui.sync_export_panel import ExportPanel
from riskedu.ui.sync_identity_panel import IdentityPanel
from riskedu.ui.sync_import_panel import ImportPanel
from riskedu.ui.sync_lists import HistoryModel, InstallationsModel, RowsModel
from riskedu.ui.sync_preview import ImportPreview
from riskedu.ui.sync_text import explain
from riskedu.ui.sync_work import WorkBar
from riskedu.ui.widgets import Retranslating
from riskedu.ui.workspace import Workspace


def _list_view(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class SyncPage(Retranslating, QWidget):
    """Export and import of bundles, their history, known installations and enrolment."""

    imported = Signal()  # records changed: the sessions list and materials should re-read

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.access = workspace, workspace.sync
        self.runner, self.list_runner = QueryRunner(self), QueryRunner(self)
        self.work = WorkBar()
        self.exports = ExportPanel(self.access, self.runner, self.work)
        self.imports = ImportPanel(self.access, self.runner, self.work)
        self.identity_box = IdentityPanel(self.access)
        self.history_model, self.known_model = HistoryModel(self), InstallationsModel(self)
        self.history_view = _list_view(self.history_model)
        self.known_view = _list_view(self.known_model)
        self.lists = QTabWidget()
        self._build()
        self.retranslate_ui()
        self._stale = True

    def _build(self) -> None:
        for panel in (self.exports, self.imports):
            panel.started.connect(lambda: self._working(True))
            panel.finished.connect(self._finished)
        self.imports.imported.connect(self.imported)
        self.identity_box.enrolled.connect(self.reload)
        boxes = QHBoxLayout()
        for box in (self.exports, self.imports, self.identity_box):
            boxes.addWidget(box, 1)
        self.lists.addTab(self.history_view, "")
        self.lists.addTab(self.known_view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(boxes)
        layout.addWidget(self.work)
        layout.addWidget(self.lists, 1)

    def retranslate_ui(self) -> None:
        self.lists.setTabText(0, self.tr("&History of bundles"))
        self.lists.setTabText(1, self.tr("&Known installations"))
        self.history_model.retranslate()
        self.known_model.retranslate()

    # What the boxes hold, by the names the rest of the window uses ---------------------

    export_button = property(lambda self: self.exports.button)
    full = property(lambda self: self.exports.full)
    export_result = property(lambda self: self.exports.result)
    import_button = property(lambda self: self.imports.button)
    import_result = property(lambda self: self.imports.result)
    identity_label = property(lambda self: self.identity_box.label)
    progress = property(lambda self: self.work)
    cancel_button = property(lambda self: self.work.cancel_button)

    @property
    def last_export(self) -> ExportResult | None:
        return self.exports.last_export

    @property
    def last_reports(self) -> list[ImportReport]:
        return self.imports.last_reports

    @property
    def preview_dialog(self) -> ImportPreview | None:
        return self.imports.preview_dialog

    def choose_export_folder(self) -> None:
        self.exports.choose_folder()

    def export_to(self, folder: Path) -> None:
        self.exports.export_to(folder)

    def choose_import_files(self) -> None:
        self.imports.choose_files()

    def preview(self, paths: list[Path]) -> None:
        self.imports.preview(paths)

    def cancel(self) -> None:
        """Stop the export, check or import under way (nothing is kept of it)."""
        self.work.cancel()

    # Reading ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the history, the register and this installation's identity again."""
        self._stale = False
        access = self.access
        self.list_runner.submit("history", access.history, self.history_model.set_rows,
                                self._list_failed)
        self.list_runner.submit("known", access.installations, self.known_model.set_rows,
                                self._list_failed)
        self.list_runner.submit("identity", access.identity, self.identity_box.show_identity,
                                self._list_failed)

    def _list_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Could not read the sync history"), explain(error))

    @property
    def busy(self) -> bool:
        return self.runner.busy or self.list_runner.busy

    def shutdown(self) -> None:
        self.work.cancel()  # a long export or import stops at its next step
        self.runner.shutdown()
        self.list_runner.shutdown()

    def _working(self, on: bool) -> None:
        for widget in (self.exports.button, self.imports.button, self.exports.full,
                       self.identity_box.load_button, self.identity_box.save_button):
            widget.setEnabled(not on)

    def _finished(self) -> None:
        self._working(False)
        self.reload()
