"""The Sync page's import box: check the chosen bundles and preview what they bring, then
import them, both off the GUI thread with progress and Cancel, and report the outcome."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskedu.sync.importer import ImportReport
from riskedu.sync.progress import Cancelled
from riskedu.ui.background import QueryRunner
from riskedu.ui.sync_access import SyncAccess
from riskedu.ui.sync_preview import ImportPreview
from riskedu.ui.sync_text import explain
from riskedu.ui.sync_work import WorkBar
from riskedu.ui.text import format_count
from riskedu.ui.widgets import Retranslating


class ImportPanel(Retranslating, QGroupBox):
    """Import of one or many bundle files, each previewed before anything changes."""

    started = Signal()
    finished = Signal()  # done, failed, cancelled or not accepted
    imported = Signal()  # records changed

    def __init__(self, access: SyncAccess, runner: QueryRunner, work: WorkBar,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.access, self.runner, self.work = access, runner, work
        self.button, self.help, self.result = QPushButton(), QLabel(), QLabel()
        self.last_reports: list[ImportReport] = []
        self.preview_dialog: ImportPreview | None = None
        self._pending: list[Path] = []
        for label in (self.help, self.result):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button.clicked.connect(self.choose_files)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Receive bundles"))
        self.help.setText(self.tr(
            "Imports bundles from field laptops, one or many at once. You see what each "
            "file brings before anything changes."))
        self.button.setText(self.tr("&Import files…"))
        if self.last_reports:
            self._show(self.last_reports)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import which bundles?"), "",
            self.tr("riskedu bundles (*.riskedu);;All files (*)"))
        if files:
            self.preview([Path(f) for f in files])

    def preview(self, paths: list[Path]) -> None:
        """Check the files and show what importing them would do (off the GUI thread)."""
        access, self._pending = self.access, list(paths)
        progress = self.work.start()
        self.started.emit()
        self.result.setText(self.tr("Checking {count} file(s)…", "", len(paths))
                            .replace("{count}", format_count(len(paths))))
        self.runner.submit("import", lambda: access.preview(paths, progress),
                           self._previewed, self._failed)

    def _previewed(self, reports: list[ImportReport]) -> None:
        self.work.finish()
        self.finished.emit()
        self.result.setText("")
        dialog = ImportPreview(reports, self)
        dialog.finished.connect(lambda result: self._preview_closed(dialog, result))
        self.preview_dialog = dialog
        dialog.open()

    def _preview_closed(self, dialog: ImportPreview, result: int) -> None:
        self.preview_dialog = None
        dialog.deleteLater()
        if result != ImportPreview.DialogCode.Accepted:
            self.result.setText(self.tr("Nothing was imported."))
            return
        access, paths, accept = self.access, self._pending, dialog.accepted_unknown
        progress = self.work.start()
        self.started.emit()
        self.result.setText(self.tr("Importing…"))
        self.runner.submit("import", lambda: access.import_files(paths, accept, progress),
                           self._imported, self._failed)

    def _imported(self, reports: list[ImportReport]) -> None:
        self.work.finish()
        self.last_reports = reports
        self._show(reports)
        self.finished.emit()
        self.imported.emit()
        QMessageBox.information(self, self.tr("Import finished"), self.result.text())

    def _show(self, reports: list[ImportReport]) -> None:
        lines = []
        for report in reports:
            if report.already_imported:
                lines.append(self.tr("{file}: imported before, nothing new.").format(
                    file=report.file_name))
                continue
            lines.append(self.tr(
                "{file} from {source}: {new} new, {updated} updated, {deleted} deleted, "
                "{conflicts} conflicting.").format(
                    file=report.file_name, source=report.source_name,
                    new=format_count(report.total("new")),
                    updated=format_count(report.total("updated")),
                    deleted=format_count(report.total("deleted")),
                    conflicts=format_count(report.conflicts)))
        conflicts = sum(r.conflicts for r in reports)
        if conflicts:
            lines.append(self.tr("%n conflict(s) to resolve on the Conflicts page.", "",
                                 conflicts))
        self.result.setText("\n".join(lines))

    def _failed(self, error: BaseException) -> None:
        self.work.finish()
        self.finished.emit()
        if isinstance(error, Cancelled):
            self.result.setText(self.tr("Import cancelled: nothing was imported and the "
                                        "database is unchanged."))
            return
        self.result.setText(self.tr("Nothing was imported."))
        QMessageBox.warning(self, self.tr("Could not import"), explain(error))
