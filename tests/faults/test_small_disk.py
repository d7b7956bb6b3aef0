"""A real disk that fills up: a small filesystem (tmpfs) of the test's own, mounted in
a user namespace of the child process. The kernel answers ENOSPC and SQLite "database
or disk is full" (SQLITE_FULL), as on a full laptop disk or USB stick; the user is
told the disk is full and to free space or choose another folder, nothing is half
written and nothing that was saved is lost.
"""

import hashlib
import shutil
from pathlib import Path

from fault_checks import checked_database, database_rows
from limited_child import in_child, mount_small_disk
from test_full_disk import notes, with_sessions

from riskedu.core import backups
from riskedu.core.database import open_database
from riskedu.core.disk_space import DiskFull
from riskedu.sync import errors as E
from riskedu.sync.errors import BundleError
from riskedu.ui.errors import USER_ERRORS, describe_error
from riskedu.ui.sync_text import explain
from riskedu.ui.text import message_text
from riskedu.ui.workspace import Workspace

from factories import valid_form

PAGE = 4096
SAVED_DISK_FULL = "The disk is full, so riskedu could not save. Free some space"


def on_small_disk(tmp_path: Path, size: int, work) -> dict:
    """`work(disk)` in a child that sees a filesystem of `size` bytes at `disk`."""
    disk = tmp_path / "small-disk"
    disk.mkdir()

    def child() -> dict:
        mount_small_disk(disk, size)
        return work(disk)
    return in_child(child)


def copy_out(database: Path, out: Path) -> None:
    """The database's files as they are on the small disk, for the parent to check."""
    out.mkdir()
    for suffix in ("", "-wal"):
        if Path(f"{database}{suffix}").exists():
            shutil.copyfile(f"{database}{suffix}", out / f"riskedu.sqlite3{suffix}")


def test_a_save_on_a_full_disk_is_rolled_back_and_goes_through_once_space_is_freed(
        db_path, tmp_path):
    with_sessions(db_path, 3)
    before, size = database_rows(db_path), db_path.stat().st_size
    after = tmp_path / "after"

    def work(disk: Path) -> dict:
        database = Path(shutil.copyfile(db_path, disk / "riskedu.sqlite3"))
        filler = disk / "old-photos.bin"
        filler.write_bytes(b"\0" * 2 * 1024 * 1024)  # what the user will delete to make room
        workspace = Workspace(open_database(database))
        form = valid_form(workspace.db, notes=notes(99, 600_000))
        result = {}
        try:
            workspace.save(form, finalise=False)
            result["saved"] = True
        except USER_ERRORS as error:
            result.update(full=isinstance(error, DiskFull), message=describe_error(error),
                          detail=str(error.orig))
        copy_out(database, after)
        filler.unlink()
        result["saved_later"] = workspace.save(form, finalise=False).session_id
        workspace.db.close()
        return result
    # room for the database, its WAL index and the filler, not for the notes
    result = on_small_disk(tmp_path, size + 2 * 1024 * 1024 + 48 * PAGE, work)
    assert "saved" not in result and result["full"], result
    assert "database or disk is full" in result["detail"]
    assert result["message"].startswith(SAVED_DISK_FULL)
    with checked_database(after / "riskedu.sqlite3"):
        pass
    assert database_rows(after / "riskedu.sqlite3") == before  # rolled back, nothing lost
    assert result["saved_later"]


def test_an_export_onto_a_full_stick_leaves_no_file_and_marks_nothing_sent(db_path, tmp_path):
    with_sessions(db_path, 20, size=8000)
    before = database_rows(db_path)

    def work(disk: Path) -> dict:
        workspace = Workspace(open_database(db_path))
        try:
            workspace.sync.export(disk)
            return {"exported": True}
        except BundleError as error:
            return {"text": error.message.text, "message": explain(error),
                    "left": [p.name for p in disk.iterdir()]}
    result = on_small_disk(tmp_path, 16 * PAGE, work)
    assert result.get("text") == E.FOLDER_FULL, result
    assert "is full, so the bundle could not be written. Free some space there or choose " \
           "another folder" in result["message"]
    assert result["left"] == []
    assert database_rows(db_path) == before


def test_a_backup_onto_a_full_stick_keeps_the_earlier_one(db_path, tmp_path):
    with_sessions(db_path, 2)
    size = db_path.stat().st_size

    def work(disk: Path) -> dict:
        earlier = backups.backup_database(db_path, disk)
        digest = hashlib.sha256(earlier.path.read_bytes()).hexdigest()
        with_sessions(db_path, 12, size=8000)  # now too big for the room left
        try:
            backups.backup_database(db_path, disk)
            return {"backed_up": True}
        except backups.BackupFailed as error:
            return {"text": error.message.text, "message": message_text(error.message),
                    "left": sorted(p.name for p in disk.iterdir()),
                    "same": hashlib.sha256(earlier.path.read_bytes()).hexdigest() == digest,
                    "earlier": earlier.path.name}
    result = on_small_disk(tmp_path, size + 24 * PAGE, work)
    assert result.get("text") == backups.DISK_FULL, result
    assert "is full. Free some space there or choose another folder" in result["message"]
    assert result["left"] == [result["earlier"]] and result["same"]
