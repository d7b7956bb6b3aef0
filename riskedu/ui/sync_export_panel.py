"""The Sync page's export box: write this laptop's bundle for headquarters, off the GUI
thread, with progress and Cancel, and say what was written (or that nothing was)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskedu.sync.export import ExportResult
from riskedu.sync.progress import Cancelled
from riskedu.ui.background import QueryRunner
from riskedu.ui.sync_access import SyncAccess
from riskedu.ui.sync_text import explain, size_text, table_label
from riskedu.ui.sync_work import WorkBar
from riskedu.ui.text import format_count
from riskedu.ui.widgets import Retranslating


class ExportPanel(Retranslating, QGroupBox):
    """Export of a bundle to a chosen folder, e.g. a USB stick."""

    started = Signal()
    finished = Signal()  # done, failed or cancelled

    def __init__(self, access: SyncAccess, runner: QueryRunner, work: WorkBar,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.access, self.runner, self.work = access, runner, work
        self.button, self.full = QPushButton(), QCheckBox()
        self.help, self.result = QLabel(), QLabel()
        self.last_export: ExportResult | None = None
        for label in (self.help, self.result):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button.clicked.connect(self.choose_folder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.full)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Send to headquarters"))
        self.help.setText(self.tr(
            "Writes this laptop's new and changed records into one file, for a USB stick "
            "or an e-mail to headquarters."))
        self.button.setText(self.tr("E&xport…"))
        self.button.setToolTip(self.tr("Choose a folder, e.g. the USB stick, and "
                                       "write the bundle there"))
        self.full.setText(self.tr("Export &everything"))
        self.full.setToolTip(self.tr("All records, not only what changed since the last "
                                     "export (for a new headquarters database)"))
        if self.last_export is not None:
            self._show(self.last_export)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to which folder?"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        access, full = self.access, self.full.isChecked()
        progress = self.work.start()
        self.started.emit()
        self.result.setText(self.tr("Writing and checking the bundle…"))
        self.runner.submit("export", lambda: access.export(folder, full, progress),
                           self._exported, self._failed)

    def _exported(self, result: ExportResult) -> None:
        self.work.finish()
        self.last_export = result
        self._show(result)
        self.finished.emit()

    def _show(self, result: ExportResult) -> None:
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
        self.result.setText(text)

    def _failed(self, error: BaseException) -> None:
        self.work.finish()
        self.finished.emit()
        if isinstance(error, Cancelled):
            self.result.setText(self.tr("Export cancelled: no file was written and nothing "
                                        "was marked as sent."))
            return
        self.result.setText(self.tr("Export failed: nothing was marked as sent."))
        QMessageBox.warning(self, self.tr("Could not export"), explain(error))
