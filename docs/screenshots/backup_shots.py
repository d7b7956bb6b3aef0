"""Screenshots of the Backups dialog, its restore question and the damaged-database offer.

    python docs/screenshots/backup_shots.py [OUTPUT_DIR]

Also called by `make_screenshots.py`. Works in a temporary folder: a demo database, three
backups of it a day apart, then a damaged copy. Nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from riskedu.core.backups import backup_database  # noqa: E402
from riskedu.core.database import Database, open_database  # noqa: E402
from riskedu.core.demo import generate_demo  # noqa: E402
from riskedu.core.restore import file_problems, latest_good_backup  # noqa: E402
from riskedu.ui import settings  # noqa: E402
from riskedu.ui.app import application  # noqa: E402
from riskedu.ui.backups_dialog import BackupsDialog  # noqa: E402
from riskedu.ui.damaged_dialog import DamagedDatabaseDialog  # noqa: E402
from riskedu.ui.sync_text import size_text  # noqa: E402


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _grab_question(out: Path, app: QApplication):
    """Stands in for QMessageBox.warning: shows the box, saves it, answers No."""

    def warning(parent, title, text, buttons=QMessageBox.StandardButton.Ok,
                default=QMessageBox.StandardButton.NoButton):
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, buttons, parent)
        box.show()
        _settle(app)
        box.grab().save(str(out / "backups-restore-question.png"))
        print(out / "backups-restore-question.png")
        box.close()
        return QMessageBox.StandardButton.No

    return warning


def backup_shots(app: QApplication, db: Database, folder: Path, out: Path, today) -> None:
    backups = folder / "backups"
    settings.BACKUP_FOLDER.set(str(backups))
    now = datetime.now(UTC)
    for days in (2, 1, 0):
        backup_database(db.path, backups, now=now - timedelta(days=days, hours=days * 3))
    generate_demo(db, 5, seed=9, today=today)  # changes made after the newest backup
    dialog = BackupsDialog(db.path, lambda path: False)
    dialog.status.setText(dialog.tr("Backup written and checked: {file} ({size}).").format(
        file=dialog.backups[0].path.name, size=size_text(dialog.backups[0].size)))
    dialog.show()
    _settle(app)
    dialog.grab().save(str(out / "backups-dialog.png"))
    print(out / "backups-dialog.png")
    original = QMessageBox.warning
    QMessageBox.warning = staticmethod(_grab_question(out, app))
    try:
        dialog.restore_selected()
    finally:
        QMessageBox.warning = original
    dialog.close()
    db.close()
    with db.path.open("r+b") as handle:  # damage the schema page, as a bad shutdown may
        handle.seek(100)
        handle.write(b"\xff" * 300)
    damaged = DamagedDatabaseDialog(db.path, file_problems(db.path),
                                    latest_good_backup(backups, db.path.stem))
    damaged.show()
    _settle(app)
    damaged.grab().save(str(out / "damaged-database.png"))
    print(out / "damaged-database.png")
    damaged.close()


def main(out: Path) -> None:
    from datetime import date

    app = application()
    with tempfile.TemporaryDirectory() as temp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, temp)
        db = open_database(Path(temp) / "riskedu.sqlite3")
        generate_demo(db, 120, seed=3, today=date(2026, 11, 27))
        backup_shots(app, db, Path(temp), out, date(2026, 11, 27))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
