"""Fixtures of the core tests: the headquarters database on SQLite and on PostgreSQL."""

from __future__ import annotations

import shutil

import pytest
from dashboard_data import build_hq_data

from riskedu.core.database import open_database
from riskedu.core.profile import SetupForm, apply_setup

from postgres_server import PostgresServer


def _open_set_up(target):
    database = open_database(target)
    with database.transaction() as session:
        apply_setup(session, database.installation_id, SetupForm(
            organisation_name="HALO Trust", organisation_code="HALO", team_name="Team 3",
            team_code="T3", educator_name="Sokha Chan", educator_sex="female"))
    return database


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def hq(request, tmp_path_factory, set_up_database_file):
    """(database, HqData): the hand-computed headquarters data (read-only for tests)."""
    server = None
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("hq") / "riskedu.sqlite3"
        shutil.copyfile(set_up_database_file, path)
        database = open_database(path)
    else:
        server = PostgresServer().start()
        database = _open_set_up(server.url)
    data = build_hq_data(database)
    yield database, data
    database.close()
    if server is not None:
        server.stop()
