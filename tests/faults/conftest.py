"""A second field installation (its own id and key) whose bundles the fault tests import."""

import pytest

from riskedu.core.database import open_database
from riskedu.core.profile import SetupForm, apply_setup


@pytest.fixture(scope="session")
def other_field_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("field5") / "riskedu.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        apply_setup(session, database.installation_id, SetupForm(
            organisation_name="HALO Trust", organisation_code="HALO", team_name="Team 5",
            team_code="T5", educator_name="Dara"))
    database.close()
    return path
