"""Fixtures shared by all tests: a real database per test, set up like a new install.

The database, sync and report tests (and the printing tests that query data, marked
`both_backends`) run twice, on an SQLite file and on a real PostgreSQL server (`backend`
is "sqlite" or "postgresql"); a test that works on the file itself (it asks for
`db_path`) and the window's tests run on SQLite only.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from riskedu.core.database import Database, open_database  # noqa: E402
from riskedu.core.profile import SetupForm, apply_setup  # noqa: E402

BACKENDS = ("sqlite", "postgresql")
# Folders whose tests run on both backends.
BOTH_BACKENDS = ("core", "sync", "reports", "exports")
# Fixtures that stand for a database a test may get on either backend.
DATABASE_FIXTURES = {"db", "hq", "second_field"}


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "sqlite_only(why): a test of what only a file has")
    config.addinivalue_line("markers", "both_backends: run on SQLite and PostgreSQL, in a "
                            "folder that otherwise runs on SQLite only")


def pytest_generate_tests(metafunc) -> None:
    if "backend" not in metafunc.fixturenames or "db_path" in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    folder = Path(str(metafunc.definition.path)).parent.name
    both = folder in BOTH_BACKENDS or metafunc.definition.get_closest_marker("both_backends")
    if both and DATABASE_FIXTURES & set(metafunc.fixturenames):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request) -> str:
    """Which database server the test's databases are on (SQLite unless parametrized)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres_databases():
    """One PostgreSQL server for the whole run, and its template databases."""
    from pg_databases import PostgresDatabases

    from postgres_server import PostgresServer

    server = PostgresServer().start(durable=False)
    databases = PostgresDatabases(server)
    yield databases
    databases.close()
    server.stop()


def set_up_team(database: Database) -> None:
    with database.transaction() as session:
        apply_setup(session, database.installation_id, SetupForm(
            organisation_name="HALO Trust", organisation_code="HALO", team_name="Team 3",
            team_code="T3", educator_name="Sokha Chan", educator_sex="female"))


@pytest.fixture
def server_database(request, tmp_path, monkeypatch):
    """`open(role, set_up)`: a fresh PostgreSQL database of `role`, opened; dropped after.

    The file store of a server database lives in the data folder: a temporary one here.
    """
    databases = request.getfixturevalue("postgres_databases")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    opened: list[tuple[Database, str]] = []

    def open_copy(role: str, set_up) -> Database:
        url = databases.copy(databases.template(role, set_up))
        database = open_database(url)
        opened.append((database, url))
        return database

    yield open_copy
    for database, url in opened:
        database.close()
        databases.drop(url)


@pytest.fixture(scope="session")
def set_up_database_file(tmp_path_factory):
    """A database file made once per run: schema, gazetteer, HALO Trust team T3 set up."""
    path = tmp_path_factory.mktemp("template") / "riskedu.sqlite3"
    database = open_database(path)
    set_up_team(database)
    database.close()  # last connection closed: the WAL is folded into the file
    return path


@pytest.fixture
def db_path(tmp_path, set_up_database_file):
    """A fresh copy of the set-up database file for one test."""
    path = tmp_path / "riskedu.sqlite3"
    shutil.copyfile(set_up_database_file, path)
    return path


@pytest.fixture
def db(request, backend) -> Database:
    """The test's own set-up database, opened (a file, or on the PostgreSQL server)."""
    if backend == "postgresql":
        yield request.getfixturevalue("server_database")("team", set_up_team)
        return
    database = open_database(request.getfixturevalue("db_path"))
    yield database
    database.close()
