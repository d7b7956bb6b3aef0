"""Restore: round trip (backup, change, restore, compare), the replaced file kept, and
every refusal leaving the database as it was."""

import sqlite3

import pytest

from riskedu.core.backups import backup_database
from riskedu.core.database import open_database
from riskedu.core.db_summary import loss_if_restored, summarise
from riskedu.core.restore import RestoreRefused, database_in_use, restore_database
from riskedu.core.sessions import delete_session, save_session

from factories import TODAY, valid_form

# Backups copy SQLite files (a server database is backed up by its administrator).
pytestmark = pytest.mark.sqlite_only("backups and restores are of SQLite files")


def _dump(path) -> dict[str, list]:
    """Every row of every table, sorted: what "equal databases" means here."""
    connection = sqlite3.connect(path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(map(repr, connection.execute(f'SELECT * FROM "{t}"')))
                for t in tables}
    finally:
        connection.close()


def _save(db, note: str) -> str:
    with db.transaction() as session:
        return save_session(session, valid_form(db, notes=note), by="t",
                            today=TODAY).session_id


def test_round_trip_backup_change_restore_compare(db, tmp_path):
    kept_id = _save(db, "before the backup")
    backup = backup_database(db.path, tmp_path / "backups")
    assert loss_if_restored(db.path, backup.path).changed_after == 0
    added_id = _save(db, "after the backup")
    with db.transaction() as session:
        delete_session(session, kept_id)
    db.close()
    changed = _dump(db.path)
    loss = loss_if_restored(db.path, backup.path, backup.taken_at)
    assert loss.changed_after >= 2 and loss.current.counts["sessions"] == 1

    done = restore_database(db.path, backup.path)

    assert _dump(db.path) == _dump(backup.path)
    assert _dump(done.kept) == changed  # the replaced database, whole
    assert done.kept.parent == db.path.parent and "before-restore" in done.kept.name
    reopened = open_database(db.path)
    try:
        with reopened.engine.connect() as connection:
            notes = dict(connection.exec_driver_sql("SELECT id, notes FROM sessions").all())
    finally:
        reopened.close()
    assert notes.get(kept_id) == "before the backup" and added_id not in notes


def test_the_old_wal_is_not_replayed_onto_the_restored_file(db, tmp_path):
    backup = backup_database(db.path, tmp_path)
    db.close()
    writer = sqlite3.connect(db.path)  # leaves a -wal behind: a crash without checkpoint
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE installation SET name = 'after'")
    writer.commit()
    wal = db.path.with_name(db.path.name + "-wal")
    assert wal.stat().st_size > 0
    # restore refuses while this connection is open ...
    with pytest.raises(RestoreRefused) as refused:
        restore_database(db.path, backup.path)
    assert "is open in riskedu or another program" in str(refused.value)
    assert _dump(db.path)["installation"] != _dump(backup.path)["installation"]
    wal_copy = wal.read_bytes()
    writer.close()
    wal.write_bytes(wal_copy)  # ... and works once it is closed, the old -wal still there
    done = restore_database(db.path, backup.path)
    assert not wal.exists()
    assert _dump(db.path) == _dump(backup.path)
    assert "'after'" in " ".join(_dump(done.kept)["installation"])


def test_a_database_open_in_the_app_counts_as_in_use(db, db_path):
    assert database_in_use(db_path)  # the `db` fixture's engine holds it
    db.close()
    assert not database_in_use(db_path)


def test_a_backup_from_a_newer_riskedu_is_refused(db, tmp_path):
    backup = backup_database(db.path, tmp_path)
    connection = sqlite3.connect(backup.path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    db.close()
    before = db.path.read_bytes()
    with pytest.raises(RestoreRefused) as refused:
        restore_database(db.path, backup.path)
    assert "newer version of riskedu" in str(refused.value)
    assert db.path.read_bytes() == before
    assert not list(db.path.parent.glob("*before-restore*"))


@pytest.mark.parametrize("content", [b"not a database at all", b""])
def test_a_file_that_is_no_riskedu_database_is_refused(db, tmp_path, content):
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(content)
    db.close()
    with pytest.raises(RestoreRefused) as refused:
        restore_database(db.path, bogus)
    assert "is not a riskedu backup" in str(refused.value)


def test_a_damaged_backup_is_refused(db, tmp_path):
    backup = backup_database(db.path, tmp_path)
    size = backup.path.stat().st_size
    with backup.path.open("r+b") as handle:
        for offset in range(4096 * 4, size, 4096 * 2):
            handle.seek(offset + 16)
            handle.write(b"\x55" * 600)
    db.close()
    with pytest.raises(RestoreRefused) as refused:
        restore_database(db.path, backup.path)
    assert "is damaged" in str(refused.value) or "not a riskedu backup" in str(refused.value)


def test_a_damaged_database_is_replaced_and_its_bytes_kept(db, tmp_path):
    backup = backup_database(db.path, tmp_path / "b")
    db.close()
    with db.path.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\x00\xff" * 8192)
    damaged = db.path.read_bytes()
    done = restore_database(db.path, backup.path)
    assert done.kept.read_bytes() == damaged
    assert _dump(db.path) == _dump(backup.path)
    assert summarise(db.path).counts == summarise(backup.path).counts


def test_restoring_where_there_is_no_database_yet(db, tmp_path):
    backup = backup_database(db.path, tmp_path / "b")
    target = tmp_path / "new" / "riskedu.sqlite3"
    done = restore_database(target, backup.path)
    assert done.kept is None and _dump(target) == _dump(backup.path)
