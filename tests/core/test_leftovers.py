"""Temporaries of writes cut short are removed at the next write into that folder;
those still being written, and every file not of riskedu's own naming, are left."""

import os
import signal
from pathlib import Path

from riskedu.core.backup_schedule import BackupSchedule
from riskedu.core.backups import backup_database, list_backups, remove_left_over_copies
from riskedu.core.exports.writers import atomic_file
from riskedu.core.leftovers import is_left_over, remove_left_overs, writing
from riskedu.sync.container import TEMPORARIES

USERS_OWN = ("notes.part", "riskedu-x.riskedu", "report.riskedu.part", ".hidden.partial",
             "my-backup-plan.sqlite3.partial", "riskedu-a.riskedu.part.txt")


def held_by_a_killed_writer(path: Path) -> Path:
    """A temporary whose writer was killed with SIGKILL while holding it."""
    pid = os.fork()
    if pid == 0:
        with writing(path):
            path.write_bytes(b"half a file")
            os.kill(os.getpid(), signal.SIGKILL)
    os.waitpid(pid, 0)
    return path


def test_a_killed_writers_temporary_is_left_over_and_a_live_ones_is_not(tmp_path):
    dead = held_by_a_killed_writer(tmp_path / "riskedu-a.riskedu.part")
    live = tmp_path / "riskedu-b.riskedu.part"
    assert is_left_over(dead)
    with writing(live):
        assert not is_left_over(live)
        assert remove_left_overs(tmp_path, TEMPORARIES) == [dead]
        assert live.exists()
    assert is_left_over(live)


def test_files_not_named_as_our_temporaries_are_never_touched(tmp_path):
    for name in USERS_OWN:
        (tmp_path / name).write_text("the user's")
    held_by_a_killed_writer(tmp_path / "riskedu-f-T3-1.riskedu.sealed.part")
    assert remove_left_overs(tmp_path, TEMPORARIES) == [
        tmp_path / "riskedu-f-T3-1.riskedu.sealed.part"]
    assert remove_left_over_copies(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(USERS_OWN)


def test_a_backup_cleans_copies_cut_short_and_so_does_start_up(db_path, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    copy = held_by_a_killed_writer(folder / ".riskedu-backup-20261126T080000Z.sqlite3.partial")
    journal = folder / f"{copy.name}-journal"
    journal.write_bytes(b"journal")
    (folder / "keep.partial").write_text("not ours")
    BackupSchedule(db_path, folder).tidy()  # what the app does at start-up
    assert sorted(p.name for p in folder.iterdir()) == ["keep.partial"]
    held_by_a_killed_writer(copy)
    backup_database(db_path, folder)
    assert len(list_backups(folder)) == 1 and not copy.exists()


def test_a_data_export_cleans_its_own_temporaries_of_that_file(tmp_path):
    target = tmp_path / "sessions.csv"
    dead = held_by_a_killed_writer(tmp_path / ".sessions.csv.abc123.part")
    other = held_by_a_killed_writer(tmp_path / ".other.csv.abc123.part")
    with atomic_file(target) as temporary:
        temporary.write_text("a,b\n")
        assert not dead.exists() and not is_left_over(temporary)
    assert target.read_text() == "a,b\n" and other.exists()
