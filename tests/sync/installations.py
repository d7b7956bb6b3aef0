"""Copies of distinct, set-up installations (their own ids and keys) for sync tests."""

import shutil

from riskedu.core.database import Database, open_database
from riskedu.core.profile import SetupForm, apply_setup

TEAMS = {"hq": ("HQ", "Information officer"), "field2": ("T5", "Dara")}


def set_up_role(role: str):
    """The set-up step of an installation of `role` (its own team and educator)."""
    team, person = TEAMS[role]

    def set_up(database: Database) -> None:
        with database.transaction() as session:
            apply_setup(session, database.installation_id, SetupForm(
                organisation_name="HALO Trust", organisation_code="HALO",
                team_name=f"Team {team}", team_code=team, educator_name=person))
    return set_up


def make_installation_files(tmp_path_factory) -> dict:
    """Set-up database files of distinct installations."""
    files = {}
    for role in TEAMS:
        path = tmp_path_factory.mktemp(role) / "riskedu.sqlite3"
        database = open_database(path)
        set_up_role(role)(database)
        database.close()
        files[role] = path
    return files


def fresh(installation_files, tmp_path_factory, role: str) -> Database:
    """A new copy of a role's installation, in a folder of its own."""
    path = tmp_path_factory.mktemp(role) / "riskedu.sqlite3"
    shutil.copyfile(installation_files[role], path)
    return open_database(path)
