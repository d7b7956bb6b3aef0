"""Fixtures shared by all tests: a real SQLite file per test, set up like a new install."""

from __future__ import annotations

import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from riskedu.core.database import Database, open_database  # noqa: E402
from riskedu.core.profile import SetupForm, apply_setup  # noqa: E402


@pytest.fixture(scope="session")
def set_up_database_file(tmp_path_factory):
    """A database file made once per run: schema, gazetteer, HALO Trust team T3 set up."""
    path = tmp_path_factory.mktemp("template") / "riskedu.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        apply_setup(session, database.installation_id, SetupForm(
            organisation_name="HALO Trust", organisation_code="HALO", team_name="Team 3",
            team_code="T3", educator_name="Sokha Chan", educator_sex="female"))
    database.close()  # last connection closed: the WAL is folded into the file
    return path


@pytest.fixture
def db_path(tmp_path, set_up_database_file):
    """A fresh copy of the set-up database file for one test."""
    path = tmp_path / "riskedu.sqlite3"
    shutil.copyfile(set_up_database_file, path)
    return path


@pytest.fixture
def db(db_path) -> Database:
    """The test's own set-up database, opened."""
    database = open_database(db_path)
    yield database
    database.close()
