"""The same models, migrations, rules and queries on PostgreSQL (as headquarters runs them)."""

import pytest
from sqlalchemy import text

from riskedu.core.database import open_database
from riskedu.core.db.migrate import current_revision, head_revision
from riskedu.core.forms import ParticipantLine
from riskedu.core.profile import SetupForm, apply_setup
from riskedu.core.queries import SessionFilter, list_sessions, totals
from riskedu.core.sessions import finalise_session, save_session

from factories import TODAY, valid_form
from postgres_server import PostgresServer


@pytest.fixture(scope="module")
def pg_database():
    server = PostgresServer().start()
    database = open_database(server.url)
    with database.transaction() as session:
        apply_setup(session, database.installation_id, SetupForm(
            organisation_name="Cambodian Mine Action Centre", organisation_code="CMAC",
            team_name="MRE 7", team_code="M7", educator_name="Dara", educator_sex="male"))
    yield database
    database.close()
    server.stop()


def test_schema_is_migrated_to_head_on_postgresql(pg_database):
    assert pg_database.engine.dialect.name == "postgresql"
    assert current_revision(pg_database.engine) == head_revision()
    with pg_database.engine.connect() as connection:
        villages = connection.execute(text(
            "SELECT count(*) FROM gazetteer_units WHERE level = 4")).scalar()
    assert villages == 14576


def test_sessions_save_and_aggregate_on_postgresql(pg_database):
    form = valid_form(pg_database, notes="Wat Kor pagoda")
    form.participants = [ParticipantLine(name="ស្រីពៅ", name_latin="Srey Pov", sex="female")]
    with pg_database.transaction() as session:
        result = save_session(session, form, by="Dara", today=TODAY)
        finalise_session(session, result.session_id, by="Dara", today=TODAY)
    with pg_database.session() as session:
        rows = list_sessions(session, SessionFilter(text="អូរធំ"), sort="total")
        summed = totals(session, SessionFilter(status="final"))
    assert [r.report_code for r in rows] == ["CMAC-M7-RE-20261120-001"]
    assert (summed.sessions, summed.girls, summed.boys, summed.women, summed.men) == \
        (1, 12, 9, 7, 4)
