"""The Sync page: export a bundle for headquarters, import bundles (preview, accept,
report), the history of bundles in and out, the register of known installations, and
enrolment with headquarters.

Exports, previews and imports run on a worker thread (`QueryRunner`) with a busy bar;
a failure is a message to act on, and the engine guarantees it changed nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riskedu.sync.export import ExportResult
from riskedu.sync.importer import ImportReport
from riskedu.ui.background import QueryRunner
from riskedu.ui.sync_access import Identity
from riskedu.ui.sync_lists import HistoryModel, InstallationsModel, RowsModel
from riskedu.ui.sync_preview import ImportPreview
from riskedu.ui.sync_text import explain, size_text, table_label
from riskedu.ui.text import format_count
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
        self.export_box, self.import_box = QGroupBox(), QGroupBox()
        self.identity_box = QGroupBox()
        self.export_button, self.import_button = QPushButton(), QPushButton()
        self.full = QCheckBox()
        self.progress = QProgressBar()
        self.export_result, self.import_result = QLabel(), QLabel()
        self.export_help, self.import_help = QLabel(), QLabel()
        self.identity_label = QLabel()
        self.save_enrolment_button, self.load_enrolment_button = QPushButton(), QPushButton()
        self.history_model, self.known_model = HistoryModel(self), InstallationsModel(self)
        self.history_view = _list_view(self.history_model)
        self.known_view = _list_view(self.known_model)
        self.lists = QTabWidget()
        self.identity: Identity | None = None
        self.last_export: ExportResult | None = None
        self.last_reports: list[ImportReport] = []
        self.preview_dialog: ImportPreview | None = None
        self._pending: list[Path] = []
        self._build()
        self.retranslate_ui()
        self._stale = True

    def _build(self) -> None:
        for label in (self.export_result, self.import_result, self.export_help,
                      self.import_help, self.identity_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button.clicked.connect(self.choose_export_folder)
        self.import_button.clicked.connect(self.choose_import_files)
        self.save_enrolment_button.clicked.connect(self.save_enrolment)
        self.load_enrolment_button.clicked.connect(self.load_enrolment)
        self.progress.setRange(0, 0)  # the engine gives no steps: a busy bar
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        export = QVBoxLayout(self.export_box)
        export.addWidget(self.export_help)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.full)
        row.addStretch(1)
        export.addLayout(row)
        export.addWidget(self.export_result)
        export.addStretch(1)
        imports = QVBoxLayout(self.import_box)
        imports.addWidget(self.import_help)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        imports.addLayout(row)
        imports.addWidget(self.import_result)
        imports.addStretch(1)
        identity = QVBoxLayout(self.identity_box)
        identity.addWidget(self.identity_label)
        row = QHBoxLayout()
        row.addWidget(self.load_enrolment_button)
        row.addWidget(self.save_enrolment_button)
        row.addStretch(1)
        identity.addLayout(row)
        identity.addStretch(1)
        boxes = QHBoxLayout()
        for box in (self.export_box, self.import_box, self.identity_box):
            boxes.addWidget(box, 1)
        self.lists.addTab(self.history_view, "")
        self.lists.addTab(self.known_view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(boxes)
        layout.addWidget(self.progress)
        layout.addWidget(self.lists, 1)

    def retranslate_ui(self) -> None:
        self.export_box.setTitle(self.tr("Send to headquarters"))
        self.export_help.setText(self.tr(
            "Writes this laptop's new and changed records into one file, for a USB stick "
            "or an e-mail to headquarters."))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Choose a folder, e.g. the USB stick, and "
                                              "write the bundle there"))
        self.full.setText(self.tr("Export &everything"))
        self.full.setToolTip(self.tr("All records, not only what changed since the last "
                                     "export (for a new headquarters database)"))
        self.import_box.setTitle(self.tr("Receive bundles"))
        self.import_help.setText(self.tr(
            "Imports bundles from field laptops, one or many at once. You see what each "
            "file brings before anything changes."))
        self.import_button.setText(self.tr("&Import files…"))
        self.identity_box.setTitle(self.tr("This installation"))
        self.load_enrolment_button.setText(self.tr("&Load headquarters' enrolment…"))
        self.load_enrolment_button.setToolTip(self.tr(
            "Field laptops: encrypt bundles to headquarters from now on"))
        self.save_enrolment_button.setText(self.tr("Save en&rolment file…"))
        self.save_enrolment_button.setToolTip(self.tr(
            "Headquarters: the file field laptops load to encrypt their bundles to you"))
        self.lists.setTabText(0, self.tr("&History of bundles"))
        self.lists.setTabText(1, self.tr("&Known installations"))
        self.history_model.retranslate()
        self.known_model.retranslate()
        self._show_identity()
        if self.last_export is not None:
            self._show_export(self.last_export)
        if self.last_reports:
            self._show_reports(self.last_reports)

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
        self.list_runner.submit("identity", access.identity, self._identity_read,
                                self._list_failed)

    def _identity_read(self, identity: Identity) -> None:
        self.identity = identity
        self._show_identity()

    def _show_identity(self) -> None:
        identity = self.identity
        if identity is None:
            return
        text = self.tr("Fingerprint of {name}: <b>{fingerprint}</b>").format(
            name=identity.name or self.tr("this installation"),
            fingerprint=identity.fingerprint)
        text += "<br>" + (self.tr("Enrolled with headquarters ({fingerprint}): bundles are "
                                  "encrypted.").format(
            fingerprint=identity.headquarters_fingerprint)
            if identity.headquarters_fingerprint else self.tr(
            "Not enrolled with headquarters: bundles are <b>not encrypted</b>."))
        self.identity_label.setText(text)

    def _list_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Could not read the sync history"), explain(error))

    @property
    def busy(self) -> bool:
        return self.runner.busy or self.list_runner.busy

    def shutdown(self) -> None:
        self.runner.shutdown()
        self.list_runner.shutdown()

    def _working(self, on: bool) -> None:
        self.progress.setVisible(on)
        for widget in (self.export_button, self.import_button, self.full,
                       self.load_enrolment_button, self.save_enrolment_button):
            widget.setEnabled(not on)

    # Export ----------------------------------------------------------------------------

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to which folder?"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        access, full = self.access, self.full.isChecked()
        self._working(True)
        self.export_result.setText(self.tr("Writing and checking the bundle…"))
        self.runner.submit("export", lambda: access.export(folder, full), self._exported,
                           self._export_failed)

    def _exported(self, result: ExportResult) -> None:
        self._working(False)
        self.last_export = result
        self._show_export(result)
        self.reload()

    def _show_export(self, result: ExportResult) -> None:
        counts = ", ".join(f"{table_label(t)} {format_count(n)}"
                           for t, n in result.counts.items() if n) or self.tr(
            "no changed records")
        text = self.tr("Written and checked: <b>{file}</b> ({size}) in {folder}.<br>"
                       "Records: {counts}.").format(
            file=result.path.name, size=size_text(result.size), folder=result.path.parent,
            counts=counts)
        if not result.encrypted:
            text += "<br><span style='color:#a40000'><b>" + self.tr(
                "Warning: this bundle is not encrypted.") + "</b> " + self.tr(
                "This laptop is not enrolled with headquarters, so anyone who finds the file "
                "can read names and phone numbers. Load headquarters' enrolment file to "
                "encrypt future bundles.") + "</span>"
        self.export_result.setText(text)

    def _export_failed(self, error: BaseException) -> None:
        self._working(False)
        self.export_result.setText(self.tr("Export failed: nothing was marked as sent."))
        QMessageBox.warning(self, self.tr("Could not export"), explain(error))

    # Import ----------------------------------------------------------------------------

    def choose_import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import which bundles?"), "",
            self.tr("riskedu bundles (*.riskedu);;All files (*)"))
        if files:
            self.preview([Path(f) for f in files])

    def preview(self, paths: list[Path]) -> None:
        """Check the files and show what importing them would do (off the GUI thread)."""
        access, self._pending = self.access, list(paths)
        self._working(True)
        self.import_result.setText(self.tr("Checking {count} file(s)…", "", len(paths))
                                   .replace("{count}", format_count(len(paths))))
        self.runner.submit("import", lambda: access.preview(paths), self._previewed,
                           self._import_failed)

    def _previewed(self, reports: list[ImportReport]) -> None:
        self._working(False)
        self.import_result.setText("")
        dialog = ImportPreview(reports, self)
        dialog.finished.connect(lambda result: self._preview_closed(dialog, result))
        self.preview_dialog = dialog
        dialog.open()

    def _preview_closed(self, dialog: ImportPreview, result: int) -> None:
        self.preview_dialog = None
        dialog.deleteLater()
        if result != ImportPreview.DialogCode.Accepted:
            self.import_result.setText(self.tr("Nothing was imported."))
            return
        access, paths, accept = self.access, self._pending, dialog.accepted_unknown
        self._working(True)
        self.import_result.setText(self.tr("Importing…"))
        self.runner.submit("import", lambda: access.import_files(paths, accept),
                           self._imported, self._import_failed)

    def _imported(self, reports: list[ImportReport]) -> None:
        self._working(False)
        self.last_reports = reports
        self._show_reports(reports)
        self.reload()
        self.imported.emit()
        QMessageBox.information(self, self.tr("Import finished"),
                                self.import_result.text())

    def _show_reports(self, reports: list[ImportReport]) -> None:
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
        self.import_result.setText("\n".join(lines))

    def _import_failed(self, error: BaseException) -> None:
        self._working(False)
        self.import_result.setText(self.tr("Nothing was imported."))
        QMessageBox.warning(self, self.tr("Could not import"), explain(error))

    # Enrolment -------------------------------------------------------------------------

    def save_enrolment(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the enrolment file"), "riskedu-enrolment.json",
            self.tr("Enrolment files (*.json)"))
        if not name:
            return
        try:
            self.access.save_enrolment(Path(name))
        except OSError as error:
            QMessageBox.warning(self, self.tr("Could not save the enrolment file"),
                                explain(error))
            return
        QMessageBox.information(self, self.tr("Enrolment file saved"), self.tr(
            "Saved {file}. Give it to each field laptop (Sync page, “Load headquarters' "
            "enrolment”); their bundles are then encrypted to this installation.").format(
                file=name))

    def load_enrolment(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load headquarters' enrolment file"), "",
            self.tr("Enrolment files (*.json);;All files (*)"))
        if not name:
            return
        try:
            fingerprint = self.access.load_enrolment(Path(name))
        except (OSError, ValueError) as error:  # EnrolmentRefused is a ValueError
            QMessageBox.warning(self, self.tr("Could not use the enrolment file"),
                                explain(error))
            return
        QMessageBox.information(self, self.tr("Enrolled with headquarters"), self.tr(
            "Bundles are now encrypted to headquarters (fingerprint {fingerprint}).")
            .format(fingerprint=fingerprint))
        self.reload()
