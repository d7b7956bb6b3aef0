"""What the window offers when the database is damaged: restore the latest good backup
(saying what would be lost), open another file, or quit. Never a crash."""

from __future__ import annotations

import logging
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.backups import BackupInfo
from riskedu.core.db.snapshot import problems_text
from riskedu.core.db_summary import DatabaseSummary, loss_if_restored
from riskedu.core.restore import latest_good_backup, restore_database
from riskedu.ui.auto_backup import backup_folder
from riskedu.ui.backup_text import local_time_text, loss_text
from riskedu.ui.errors import USER_ERRORS, describe_error
from riskedu.ui.widgets import Retranslating

log = logging.getLogger("riskedu.ui")
translate = QCoreApplication.translate


class Choice(Enum):
    RESTORE = "restore"
    OPEN_OTHER = "open-other"
    QUIT = "quit"


class DamagedDatabaseDialog(Retranslating, QDialog):
    """Says the database is damaged and what a restore would undo; the user chooses."""

    def __init__(self, database: Path, problems: list[str],
                 backup: tuple[BackupInfo, DatabaseSummary] | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.database, self.problems, self.backup = database, problems, backup
        self.choice = Choice.QUIT
        self.explanation = QLabel(wordWrap=True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.restore_button = QPushButton(clicked=lambda: self._choose(Choice.RESTORE))
        self.open_button = QPushButton(clicked=lambda: self._choose(Choice.OPEN_OTHER))
        self.quit_button = QPushButton(clicked=lambda: self._choose(Choice.QUIT))
        self.restore_button.setVisible(backup is not None)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.restore_button, self.open_button, self.quit_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation, 1)
        layout.addLayout(buttons)
        (self.restore_button if backup is not None else self.open_button).setDefault(True)
        self.retranslate_ui()
        self.resize(620, 280)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("The database is damaged"))
        self.restore_button.setText(self.tr("&Restore this backup"))
        self.open_button.setText(self.tr("&Open another file…"))
        self.quit_button.setText(self.tr("&Quit"))
        self.explanation.setText(self.text())

    def text(self) -> str:
        lines = [self.tr("{path} is damaged ({problems}). riskedu will not use it as it is, "
                         "so nothing more is lost.").format(
            path=self.database, problems=problems_text(self.problems))]
        if self.backup is None:
            lines.append(self.tr("No good backup of it was found in {folder}. Open another "
                                 "file (a copy or a backup kept elsewhere), or quit and ask "
                                 "your information officer.").format(folder=backup_folder()))
            return "\n\n".join(lines)
        info, _summary = self.backup
        lines.append(self.tr("The latest good backup was taken on {time}.").format(
            time=local_time_text(info.taken_at)))
        try:
            lines.append(loss_text(loss_if_restored(self.database, info.path, info.taken_at),
                                   info.taken_at))
        except Exception as error:  # the damaged file may refuse any reading
            log.warning("Could not compare with the backup: %s", error)
        lines.append(self.tr("The damaged file is kept beside it as a copy."))
        return "\n\n".join(lines)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept() if choice is not Choice.QUIT else self.reject()


def recover(database: Path, problems: list[str], parent: QWidget | None = None) -> Path | None:
    """Ask what to do about a damaged database; the file to open next (the restored one
    or another chosen), or None to quit."""
    backup = latest_good_backup(backup_folder(), database.stem)
    dialog = DamagedDatabaseDialog(database, problems, backup, parent)
    dialog.exec()
    if dialog.choice is Choice.RESTORE and backup is not None:
        try:
            done = restore_database(database, backup[0].path)
        except USER_ERRORS as error:
            QMessageBox.warning(parent, translate("backups", "Could not restore the backup"),
                                describe_error(error))
            return recover(database, problems, parent)
        log.info("Restored %s; the damaged file is kept as %s", done.backup, done.kept)
        return database
    if dialog.choice is Choice.OPEN_OTHER:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, translate("backups", "Open which database?"), str(database.parent),
            translate("backups", "riskedu databases (*.sqlite* *.db);;All files (*)"))
        return Path(chosen) if chosen else recover(database, problems, parent)
    return None
