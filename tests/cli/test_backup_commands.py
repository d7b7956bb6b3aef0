"""`riskedu backup` and `riskedu restore` from the command line."""

import sqlite3

from clirun import run_process

from riskedu.core.backups import list_backups
from riskedu.core.database import open_database


def _sessions(path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM sessions WHERE deleted = 0")\
            .fetchone()[0]
    finally:
        connection.close()


def test_backup_then_restore_with_yes(cli, known_db, tmp_path):
    made = cli("backup", "--db", known_db.path, "--out", tmp_path / "stick")
    assert made.status == 0, made.err
    backup = tmp_path / "stick" / made.out.strip().rsplit("/", 1)[-1]
    assert list_backups(tmp_path / "stick")[0].path == backup
    assert "checked" in made.err
    assert cli("demo", "--db", known_db.path, "--sessions", "5").status == 0
    assert _sessions(known_db.path) == 7

    done = cli("restore", "--db", known_db.path, backup, "--yes")
    assert done.status == 0, done.err
    assert "changed after the backup was taken will be undone" in done.out
    assert _sessions(known_db.path) == 2
    kept = next(known_db.path.parent.glob("riskedu.before-restore-*.sqlite3"))
    assert f"kept as {kept}" in done.out
    assert _sessions(kept) == 7


def test_restore_without_yes_asks_and_changes_nothing_when_no_one_answers(
        known_db, tmp_path):
    made = run_process("backup", "--db", known_db.path, "--out", tmp_path)
    assert made.status == 0, made.err
    before = known_db.path.read_bytes()
    asked = run_process("restore", "--db", known_db.path, made.out.strip())
    assert asked.status == 1
    assert "Run again with --yes" in asked.err and "Nothing restored" in asked.err
    assert "Replaces" in asked.out
    assert known_db.path.read_bytes() == before


def test_restore_is_refused_while_the_database_is_open(cli, known_db, tmp_path):
    made = cli("backup", "--db", known_db.path, "--out", tmp_path)
    window = open_database(known_db.path)  # as the window holds it
    try:
        before = _sessions(known_db.path)
        refused = run_process("restore", "--db", known_db.path, made.out.strip(), "--yes")
    finally:
        window.close()
    assert refused.status == 1
    assert "is open in riskedu or another program" in refused.err
    assert _sessions(known_db.path) == before
    assert not list(known_db.path.parent.glob("*before-restore*"))


def test_backup_of_something_else_is_refused(cli, tmp_path):
    other = tmp_path / "contacts.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    refused = cli("backup", "--db", other, "--out", tmp_path / "b")
    assert refused.status == 1 and "is not a riskedu database" in refused.err
    assert not (tmp_path / "b").exists()
    refused = cli("backup", "--db", "postgresql+psycopg://u:pw@127.0.0.1/x", "--out", tmp_path)
    assert refused.status == 1 and "pg_dump" in refused.err and "pw" not in refused.err


def test_restore_of_a_file_that_is_not_a_backup(cli, known_db, tmp_path):
    bogus = tmp_path / "photo.jpg"
    bogus.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    refused = cli("restore", "--db", known_db.path, bogus, "--yes")
    assert refused.status == 1 and "is not a riskedu backup" in refused.err
