"""Backups: a verified, self-contained copy of a live database; names, listing, rotation,
automatic schedule, and failures that leave earlier backups as they were."""

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from riskedu.core.backup_schedule import BackupSchedule
from riskedu.core.backups import (
    BackupFailed,
    BackupInfo,
    backup_database,
    backup_name,
    backups_to_keep,
    list_backups,
    rotate_backups,
)
from riskedu.core.db.snapshot import partial_name
from riskedu.core.sessions import save_session

from factories import TODAY, valid_form

# Backups copy SQLite files (a server database is backed up by its administrator).
pytestmark = pytest.mark.sqlite_only("backups and restores are of SQLite files")


def _save_sessions(db, count: int, note: str = "") -> list[str]:
    ids = []
    with db.transaction() as session:
        for number in range(count):
            ids.append(save_session(session, valid_form(db, notes=f"{note}{number}"),
                                    by="t", today=TODAY).session_id)
    return ids


def _rows(path, sql: str):
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_a_backup_of_a_live_database_holds_what_is_still_in_its_wal(db, tmp_path):
    ids = _save_sessions(db, 3, "in the wal ")
    assert db.path.with_name(db.path.name + "-wal").stat().st_size > 0  # not checkpointed
    info = backup_database(db.path, tmp_path / "backups")
    assert info.path.parent == tmp_path / "backups"
    assert info.path.name.startswith("riskedu-backup-") and info.size > 0
    assert _rows(info.path, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(info.path, "PRAGMA journal_mode") == [("delete",)]  # one file, no -wal
    found = {row[0] for row in _rows(info.path, "SELECT id FROM sessions")}
    assert set(ids) <= found
    assert not list((tmp_path / "backups").glob("*-wal"))
    assert not partial_name(info.path).exists()


def test_backups_are_listed_newest_first_and_never_overwrite_each_other(db, tmp_path):
    when = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
    first = backup_database(db.path, tmp_path, now=when)
    second = backup_database(db.path, tmp_path, now=when)  # same second
    third = backup_database(db.path, tmp_path, now=when + timedelta(hours=1))
    assert first.path != second.path
    assert [b.path for b in list_backups(tmp_path)][0] == third.path
    assert {b.path for b in list_backups(tmp_path, "riskedu")} == \
        {first.path, second.path, third.path}
    assert list_backups(tmp_path, "other") == []
    (tmp_path / "notes.txt").write_text("not a backup")
    assert len(list_backups(tmp_path)) == 3


def _fake(tmp_path, when: datetime) -> BackupInfo:
    path = tmp_path / backup_name("riskedu", when)
    path.write_bytes(b"x")
    return BackupInfo(path, when, 1)


def test_rotation_keeps_seven_days_four_weeks_and_the_last_three(tmp_path):
    start = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)  # a Tuesday
    backups = [_fake(tmp_path, start + timedelta(days=day, hours=hour))
               for day in range(60) for hour in (0, 3, 6)]
    keep = backups_to_keep(backups, tz=UTC)
    def at(month: int, day: int, hour: int = 18):
        return tmp_path / backup_name("riskedu", datetime(2026, month, day, hour, tzinfo=UTC))

    last_three = {at(10, 30, 12), at(10, 30, 15), at(10, 30, 18)}  # Friday 30 October
    last_seven_days = {at(10, day) for day in range(24, 31)}  # newest of each day
    sundays = {at(10, 18), at(10, 11)}  # newest of the two weeks before those days
    assert keep == last_three | last_seven_days | sundays
    removed = rotate_backups(tmp_path, "riskedu", tz=UTC)
    assert {p.name for p in tmp_path.iterdir()} == {p.name for p in keep}
    assert len(removed) == len(backups) - len(keep)


def test_rotation_after_a_backup_leaves_other_databases_backups_alone(db, tmp_path):
    old = datetime.now(UTC) - timedelta(days=400)
    mine = [_fake(tmp_path, old + timedelta(days=n * 10)) for n in range(8)]  # 8 weeks
    other = tmp_path / backup_name("other", old)
    other.write_bytes(b"x")
    backup_database(db.path, tmp_path)
    assert other.exists()
    # the last 7 days that have a backup are the new one's and 6 of the old ones'
    assert [b.path.exists() for b in mine] == [False, False] + [True] * 6


def test_a_folder_that_cannot_be_made_fails_clearly_and_leaves_backups(db, tmp_path):
    good = backup_database(db.path, tmp_path / "stick")
    blocker = tmp_path / "stick" / "sub"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(BackupFailed) as refused:
        backup_database(db.path, blocker / "backups")
    assert "Check that the disk or USB stick is still connected" in str(refused.value)
    assert refused.value.message.context == "backups"
    assert list_backups(tmp_path / "stick") == [good]
    assert _rows(good.path, "PRAGMA integrity_check") == [("ok",)]


def test_a_damaged_database_is_not_backed_up_over_good_backups(db, tmp_path):
    good = backup_database(db.path, tmp_path / "b")
    db.close()
    _damage(db.path)
    with pytest.raises(BackupFailed) as refused:
        backup_database(db.path, tmp_path / "b")
    assert "is damaged" in str(refused.value)
    assert list_backups(tmp_path / "b") == [good]
    assert not list((tmp_path / "b").glob(".*partial"))


def _damage(path) -> None:
    """Overwrite the middle of the file's pages (the header stays: it still looks SQLite)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(4096 * 2, size, 4096 * 3):
            handle.seek(offset + 8)
            handle.write(b"\xde\xad\xbe\xef" * 200)


def test_a_server_database_says_backups_are_for_files(tmp_path):
    with pytest.raises(BackupFailed) as refused:
        backup_database("postgresql+psycopg://officer:secret@127.0.0.1/hq", tmp_path)
    assert "pg_dump" in str(refused.value) and "secret" not in str(refused.value)
    assert list(tmp_path.iterdir()) == []


def test_schedule_backs_up_at_start_when_changed_and_after_n_changes(db, tmp_path):
    schedule = BackupSchedule(db.path, tmp_path / "auto", every_changes=5)
    assert schedule.changes_since_backup() is None
    assert schedule.due_at_start() and schedule.due_after_changes()
    schedule.take()
    assert schedule.changes_since_backup() == 0
    assert not schedule.due_at_start() and not schedule.due_after_changes()
    _save_sessions(db, 2)
    assert 0 < schedule.changes_since_backup() < 5
    assert schedule.due_at_start() and not schedule.due_after_changes()
    _save_sessions(db, 3)
    assert schedule.due_after_changes()
    fresh = BackupSchedule(db.path, tmp_path / "auto", every_changes=5)  # a new start
    assert fresh.changes_since_backup() == schedule.changes_since_backup()
