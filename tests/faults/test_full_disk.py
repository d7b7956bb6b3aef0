"""A disk that fills up during a save, an export or a backup: a message the user can act
on, nothing half written, everything as it was before (and the save goes through once
space is freed).

Writes really fail: the child process may not grow any file past a limit
(RLIMIT_FSIZE), so SQLite's and Python's own writes get EFBIG part-way; a bundle is
also written on a simulated disk that runs out of space (ENOSPC) part-way. SQLite
reports EFBIG as "disk I/O error" (a real full disk is "database or disk is full", see
`test_small_disk.py`); riskedu then tells a fill by the room left, and says the disk is
full either way.
"""

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path
from random import Random

import pytest
from fault_checks import checked_database, database_rows
from limited_child import fill_disk_for_bundles, in_child, lift_file_size_limit, limit_file_size

from riskedu.core import backups
from riskedu.core.database import open_database
from riskedu.sync import errors as E
from riskedu.sync.errors import BundleError
from riskedu.ui.errors import USER_ERRORS, describe_error
from riskedu.ui.sync_text import explain
from riskedu.ui.text import message_text
from riskedu.ui.workspace import Workspace

from factories import valid_form


def notes(n: int, size: int) -> str:
    """Notes that do not compress away: bundles and pages grow with them."""
    return Random(n).randbytes(size // 2).hex()


def with_sessions(db_path: Path, count: int, size: int = 4000) -> None:
    workspace = Workspace(open_database(db_path))
    for n in range(count):
        workspace.save(valid_form(workspace.db, notes=notes(n, size)), finalise=False)
    workspace.db.close()


def wal_size(db_path: Path) -> int:
    wal = Path(f"{db_path}-wal")
    return wal.stat().st_size if wal.exists() else 0


def saving_on_a_full_disk(db_path: Path, room: int, free_up: bool):
    def work() -> dict:
        workspace = Workspace(open_database(db_path))
        form = valid_form(workspace.db, notes=notes(99, 60_000))  # a save of many pages
        limit_file_size(wal_size(db_path) + room)
        try:
            workspace.save(form, finalise=False)
            return {"saved": True}
        except USER_ERRORS as error:
            result = {"message": describe_error(error)}
        if free_up:
            lift_file_size_limit()
            result["saved_later"] = workspace.save(form, finalise=False).session_id
        return result
    return work


@pytest.mark.parametrize("room", [0, 4096 + 56, 100_000])
def test_a_full_disk_during_a_save_changes_nothing_and_says_so(db_path, room):
    with_sessions(db_path, 3)
    before = database_rows(db_path)
    result = in_child(saving_on_a_full_disk(db_path, room, free_up=False))
    assert "saved" not in result
    assert result["message"].startswith("The disk is full, so riskedu could not save.")
    with checked_database(db_path):
        pass
    assert database_rows(db_path) == before


def test_once_space_is_freed_the_same_save_goes_through(db_path):
    with_sessions(db_path, 3)
    result = in_child(saving_on_a_full_disk(db_path, 5000, free_up=True))
    assert "message" in result and result["saved_later"]
    with checked_database(db_path) as connection:
        saved = connection.execute("SELECT notes FROM sessions WHERE id = ?",
                                   (result["saved_later"],)).fetchone()
    assert saved == (notes(99, 60_000),)


def exporting_on_a_full_disk(db_path: Path, outbox: Path, how: str, room: int):
    def work() -> dict:
        workspace = Workspace(open_database(db_path))
        if how == "file size limit":
            limit_file_size(room)
        else:
            fill_disk_for_bundles(room)
        try:
            workspace.sync.export(outbox)
            return {"exported": True}
        except BundleError as error:
            return {"text": error.message.text, "message": explain(error)}
    return work


@pytest.mark.parametrize("room", [0, 3000, 40_000])
@pytest.mark.parametrize("how", ["file size limit", "no space left"])
def test_a_full_disk_during_an_export_leaves_no_bundle(db_path, tmp_path, how, room):
    with_sessions(db_path, 20, size=8000)  # a bundle well over the room left
    outbox = tmp_path / "usb"
    outbox.mkdir()
    before = database_rows(db_path)
    result = in_child(exporting_on_a_full_disk(db_path, outbox, how, room))
    assert result.get("text") == E.FOLDER_FULL, result
    assert result["message"].startswith(f"{outbox} is full, so the bundle could not be")
    assert "Nothing was marked as sent." in result["message"]
    assert list(outbox.iterdir()) == []  # not even a temporary file
    with checked_database(db_path):
        pass
    assert database_rows(db_path) == before  # not marked sent, not logged


def file_hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.mark.parametrize("room", [0, 100_000, 1_000_000])
def test_a_full_disk_during_a_backup_keeps_the_earlier_backups(db_path, tmp_path, room):
    with_sessions(db_path, 3)
    folder = tmp_path / "backups"
    backups.backup_database(db_path, folder, now=datetime(2026, 11, 26, 8, tzinfo=UTC))
    earlier, before = file_hashes(folder), database_rows(db_path)
    assert os.path.getsize(db_path) > room  # the backup cannot fit

    def work() -> dict:
        limit_file_size(room)
        try:
            backups.backup_database(db_path, folder)
            return {"backed_up": True}
        except backups.BackupFailed as error:
            return {"text": error.message.text, "message": message_text(error.message)}
    result = in_child(work)
    # EFBIG is only "disk I/O error" to SQLite: the room left tells it was a fill.
    assert result.get("text") == backups.DISK_FULL, result
    assert str(folder) in result["message"]
    assert "The earlier backups are unchanged." in result["message"]
    assert file_hashes(folder) == earlier  # no partial copy, nothing rotated away
    assert database_rows(db_path) == before
