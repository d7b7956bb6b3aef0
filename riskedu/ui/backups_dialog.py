"""The Backups dialog: where backups go, back up now, the list of backups, restore one,
and a full integrity check of the database on demand."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.backups import BackupInfo, backup_database, list_backups
from riskedu.core.db.snapshot import problems_text
from riskedu.core.db_summary import loss_if_restored
from riskedu.core.restore import check_backup, file_problems
from riskedu.ui import settings
from riskedu.ui.auto_backup import backup_folder
from riskedu.ui.backup_text import local_time_text, loss_text
from riskedu.ui.errors import describe_error
from riskedu.ui.progress_task import Cancelled, ProgressTask
from riskedu.ui.sync_text import size_text
from riskedu.ui.widgets import Retranslating

RestoreCallback = Callable[[Path], bool]  # puts a backup in place; False when it did not


class BackupsDialog(Retranslating, QDialog):
    """Backs up, lists and restores the backups of one database file."""

    def __init__(self, database: Path | None, restore: RestoreCallback | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.database, self.restore_callback = database, restore
        self.task = ProgressTask(self)
        self.task.progressed.connect(self._progressed)
        self.task.done.connect(self._work_done)
        self.task.failed.connect(self._work_failed)
        self._after: Callable[[object], None] | None = None
        self.folder_edit = QLineEdit(readOnly=True)
        self.choose_button = QPushButton(clicked=self.choose_folder)
        self.every = QSpinBox(minimum=1, maximum=10_000, value=settings.BACKUP_EVERY_CHANGES.get())
        self.every.valueChanged.connect(settings.BACKUP_EVERY_CHANGES.set)
        self.every_label, self.folder_label = QLabel(), QLabel()
        self.backup_button = QPushButton(clicked=self.back_up_now)
        self.cancel_button = QPushButton(clicked=self.task.cancel)
        self.progress = QProgressBar(textVisible=False)
        self.status = QLabel(wordWrap=True)
        self.table = QTableWidget(0, 2)
        self.restore_button = QPushButton(clicked=self.restore_selected)
        self.check_button = QPushButton(clicked=self.check_now)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self.retranslate_ui()
        self.reload()

    def _build(self) -> None:
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.restore_selected())
        for label, buddy in ((self.folder_label, self.folder_edit), (self.every_label, self.every)):
            label.setBuddy(buddy)
        form = QFormLayout()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.every_label, self.every)
        work_row = QHBoxLayout()
        for widget in (self.backup_button, self.progress, self.cancel_button):
            work_row.addWidget(widget, 1 if widget is self.progress else 0)
        actions = QHBoxLayout()
        actions.addWidget(self.restore_button)
        actions.addWidget(self.check_button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(work_row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._working(False)
        self.resize(640, 460)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.folder_label.setText(self.tr("Backups &folder:"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.every_label.setText(self.tr("Back up &automatically after every"))
        self.every.setSuffix(self.tr(" changes (and at start-up)"))
        self.backup_button.setText(self.tr("&Back up now"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.restore_button.setText(self.tr("&Restore…"))
        self.check_button.setText(self.tr("Check the database &now"))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Size")])
        if self.database is None:
            self.status.setText(self.tr(
                "This database is on a server: back it up with the server's own tools "
                "(pg_dump for PostgreSQL). riskedu backs up database files on this computer."))

    # The list ---------------------------------------------------------------------------

    def reload(self) -> None:
        folder = backup_folder()
        self.folder_edit.setText(str(folder))
        stem = self.database.stem if self.database is not None else None
        self.backups = list_backups(folder, stem) if stem else []
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            taken = QTableWidgetItem(local_time_text(info.taken_at))
            taken.setData(Qt.ItemDataRole.UserRole, str(info.path))
            taken.setToolTip(str(info.path))
            size = QTableWidgetItem(size_text(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, taken)
            self.table.setItem(row, 1, size)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        busy, file = self.task.busy, self.database is not None
        self.backup_button.setEnabled(file and not busy)
        self.check_button.setEnabled(file and not busy)
        self.choose_button.setEnabled(not busy)
        self.restore_button.setEnabled(file and not busy and self.selected() is not None
                                       and self.restore_callback is not None)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Keep backups in which folder? (a USB stick will do)"),
            str(backup_folder()))
        if folder:
            settings.BACKUP_FOLDER.set(folder)
            self.reload()

    # Work off the GUI thread ----------------------------------------------------------

    def _working(self, on: bool, steps: bool = True) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on and steps)
        self.progress.setRange(0, 100 if steps else 0)
        self.progress.setValue(0)
        self._update_buttons()

    def _start(self, work, after: Callable[[object], None], message: str,
               steps: bool = True) -> None:
        self._after = after
        if self.task.start(work):
            self.status.setText(message)
            self._working(True, steps)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(round(100 * done / total) if total else 0)

    def _work_done(self, result: object) -> None:
        self._working(False)
        if self._after is not None:
            self._after(result)

    def _work_failed(self, error: BaseException) -> None:
        self._working(False)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Cancelled: no backup was written."))
            return
        self.status.setText(describe_error(error))
        QMessageBox.warning(self, self.tr("Backups"), describe_error(error))

    def back_up_now(self) -> None:
        database, folder = self.database, backup_folder()
        self._start(lambda progress: backup_database(database, folder, progress=progress),
                    self._backed_up, self.tr("Writing and checking the backup…"))

    def _backed_up(self, info: BackupInfo) -> None:
        self.reload()
        self.status.setText(self.tr("Backup written and checked: {file} ({size}).").format(
            file=info.path.name, size=size_text(info.size)))

    def check_now(self) -> None:
        database = self.database
        self._start(lambda _progress: file_problems(database, quick=False), self._checked,
                    self.tr("Checking every page of the database…"), steps=False)

    def _checked(self, problems: list[str]) -> None:
        if not problems:
            self.status.setText(self.tr("The database is sound: the full check found no "
                                        "problem."))
            QMessageBox.information(self, self.tr("Database check"), self.status.text())
            return
        self.status.setText(self.tr("The database is damaged: {problems}. Restore the latest "
                                    "good backup.").format(problems=problems_text(problems)))
        QMessageBox.warning(self, self.tr("Database check"), self.status.text())

    # Restore ----------------------------------------------------------------------------

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or self.restore_callback is None or self.task.busy:
            return
        try:
            check_backup(info.path)
            loss = loss_if_restored(self.database, info.path, info.taken_at)
        except Exception as error:  # refused backups say why; nothing was changed
            QMessageBox.warning(self, self.tr("Cannot restore this backup"),
                                describe_error(error))
            return
        question = self.tr(
            "Replace the database {database} with the backup of {time}?\n\n{loss}\n\nThe "
            "current database is kept as a copy beside it, so this can be undone.").format(
            database=self.database, time=local_time_text(info.taken_at),
            loss=loss_text(loss, info.taken_at))
        answer = QMessageBox.warning(
            self, self.tr("Restore a backup"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and self.restore_callback(info.path):
            self.accept()

    def reject(self) -> None:
        if self.task.busy:
            self.task.wait()  # a backup cut short removes what it wrote
        super().reject()
