"""Schema creation and upgrades: empty to head, older to head with a copy first, newer refused."""

import json
import sqlite3
import subprocess
import sys

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from riskedu.core.database import open_database
from riskedu.core.db.base import Base
from riskedu.core.db.engine import make_engine
from riskedu.core.db.files import DatabaseUnusable
from riskedu.core.db.migrate import (
    DatabaseTooNew,
    alembic_config,
    current_revision,
    declared_head,
    head_revision,
)


def test_empty_file_is_created_at_head(tmp_path):
    database = open_database(tmp_path / "new" / "riskedu.sqlite3")
    assert current_revision(database.engine) == head_revision()
    assert database.migration_backup is None
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    database.close()


def test_migrations_build_exactly_the_models(db):
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_opening_at_head_keeps_rows_and_takes_no_copy(db_path):
    first = open_database(db_path)
    with first.engine.begin() as connection:
        connection.execute(text("UPDATE installation SET name = 'kept'"))
    first.close()
    again = open_database(db_path)
    assert again.migration_backup is None
    assert again.installation().name == "kept"
    again.close()


def test_upgrade_from_first_schema_copies_the_file_first_and_keeps_rows(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text(
            "INSERT INTO organisations (id, name, short_code, installation_id, change_counter,"
            " updated_at, deleted) VALUES ('org-1', 'Old org', 'OLD', 'i', 1,"
            " '2024-01-01 00:00:00', 0)"))
    engine.dispose()

    database = open_database(path)
    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM organisations")).scalar() == "Old org"
    database.close()

    backup = database.migration_backup
    assert backup is not None and backup.exists() and "0001" in backup.name
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("SELECT name FROM organisations").fetchone() == ("Old org",)
    copy.close()


def test_database_from_a_newer_version_is_refused_untouched(db_path):
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew) as refused:
        open_database(db_path)
    assert "newer version of riskedu" in str(refused.value)
    assert refused.value.message.params == {"revision": "9999"}
    assert db_path.read_bytes() == before


def test_head_read_from_the_files_is_alembics_head():
    assert declared_head() == head_revision()


def test_opening_a_current_database_does_not_import_alembic(db_path):
    code = ("import sys; from riskedu.core.database import open_database; "
            f"open_database({str(db_path)!r}).close(); print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.strip() == "False", done.stderr


def test_a_database_of_another_program_is_refused_untouched(tmp_path):
    path = tmp_path / "contacts.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseUnusable) as refused:
        open_database(path)
    assert "database of another program" in str(refused.value)
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("field notes, not a database", "utf-8")
    with pytest.raises(DatabaseUnusable) as refused:
        open_database(path)
    assert refused.value.message.text.startswith("{path} is not a riskedu database")
    assert path.read_text("utf-8") == "field notes, not a database"


@pytest.mark.sqlite_only("VACUUM INTO copies an SQLite file")
def test_a_database_at_0003_with_sessions_upgrades_to_head_with_its_rows(tmp_path, db):
    """The materials revision (0004) adds its tables around existing sessions untouched."""
    from riskedu.core.materials import list_materials
    from riskedu.core.sessions import load_form, save_session

    from factories import TODAY, valid_form

    with db.transaction() as session:
        saved = save_session(session, valid_form(db, notes="Before materials"), by="t",
                             today=TODAY)
    path = tmp_path / "at-0003.sqlite3"
    with db.engine.connect() as connection:  # a copy of the database, taken back to 0003
        connection.exec_driver_sql(f"VACUUM INTO '{path}'")
    old = make_engine(path)
    config = alembic_config()
    with old.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    with old.connect() as connection:
        assert "materials" not in connection.exec_driver_sql(
            "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'").scalar()
    old.dispose()

    upgraded = open_database(path)
    try:
        assert current_revision(upgraded.engine) == head_revision()
        assert upgraded.migration_backup is not None and "0003" in upgraded.migration_backup.name
        with upgraded.session() as session:
            form = load_form(session, saved.session_id)
            assert list_materials(session) == []
        assert (form.report_code, form.notes, form.materials) == \
            (saved.report_code, "Before materials", [])
        assert form.attendance["female_6_12"] == 12
    finally:
        upgraded.close()


def test_records_made_before_sync_get_their_own_version_vector(tmp_path):
    path = tmp_path / "before-sync.sqlite3"
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.execute(text(
            "INSERT INTO organisations (id, name, short_code, installation_id, change_counter,"
            " updated_at, deleted) VALUES ('org-1', 'Old org', 'OLD', 'inst-a', 7,"
            " '2024-01-01 00:00:00', 0)"))
        connection.execute(text("INSERT INTO installation (id, name, counter, created_at,"
                                " country, language) VALUES ('inst-a', 'a', 7,"
                                " '2024-01-01 00:00:00', 'KH', 'en')"))
    engine.dispose()
    database = open_database(path)
    with database.engine.connect() as connection:
        vector = connection.execute(text("SELECT version_vector FROM organisations")).scalar()
        seed = connection.execute(text("SELECT signing_seed FROM installation")).scalar()
    database.close()
    assert json.loads(vector) == {"inst-a": 7}
    assert len(bytes.fromhex(seed)) == 32
