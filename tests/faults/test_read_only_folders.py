"""Exporting or backing up into a folder riskedu may not write to (a write-protected USB
stick, a folder of another user): a message saying so, no file, nothing changed.

The child runs as an ordinary user: root would write into a read-only folder anyway.
"""

import hashlib
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fault_checks import checked_database, database_rows
from limited_child import drop_privileges, give_away, in_child, remove, shared_folder

from riskedu.core import backups
from riskedu.core.database import open_database
from riskedu.sync import errors as E
from riskedu.sync.errors import BundleError
from riskedu.ui.sync_text import explain
from riskedu.ui.text import message_text
from riskedu.ui.workspace import Workspace

from factories import valid_form


@pytest.fixture
def laptop(db_path):
    """A user's own database with a saved session, in a folder that user may use."""
    folder = shared_folder()
    database = folder / "riskedu.sqlite3"
    shutil.copyfile(db_path, database)
    workspace = Workspace(open_database(database))
    workspace.save(valid_form(workspace.db, notes="Wat Kor pagoda"), finalise=False)
    workspace.db.close()
    stick = folder / "usb"
    stick.mkdir()
    give_away(folder)
    yield database, stick
    stick.chmod(0o755)
    remove(folder)


def test_exporting_into_a_read_only_folder_is_refused_clearly(laptop):
    database, stick = laptop
    stick.chmod(0o555)
    before = database_rows(database)

    def work() -> dict:
        drop_privileges()
        workspace = Workspace(open_database(database))
        try:
            workspace.sync.export(stick)
            return {"exported": True}
        except BundleError as error:
            return {"text": error.message.text, "message": explain(error)}
    result = in_child(work)
    assert result.get("text") == E.FOLDER_READ_ONLY, result
    assert result["message"].startswith(f"riskedu may not write to {stick} (it is read-only")
    assert list(stick.iterdir()) == []
    with checked_database(database):
        pass
    assert database_rows(database) == before


def hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_backing_up_into_a_read_only_folder_keeps_the_earlier_backups(laptop):
    database, stick = laptop
    backups.backup_database(database, stick, now=datetime(2026, 11, 26, 8, tzinfo=UTC))
    give_away(stick)
    stick.chmod(0o555)
    earlier, before = hashes(stick), database_rows(database)

    def work() -> dict:
        drop_privileges()
        try:
            backups.backup_database(database, stick)
            return {"backed_up": True}
        except backups.BackupFailed as error:
            return {"text": error.message.text, "message": message_text(error.message)}
    result = in_child(work)
    assert result.get("text") == backups.READ_ONLY, result
    assert f"riskedu may not write to {stick}" in result["message"]
    assert hashes(stick) == earlier
    assert database_rows(database) == before
