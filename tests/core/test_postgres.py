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


def test_materials_stock_and_hand_outs_on_postgresql(pg_database, tmp_path):
    """Balances by correlated sum, JSON language filter, history order and the ledger check."""
    from datetime import date

    from riskedu.core.check_stock import balance_faults, session_line_faults
    from riskedu.core.forms import MaterialLine
    from riskedu.core.materials import (
        MaterialFilter,
        MaterialForm,
        TitleLine,
        list_materials,
        save_material,
    )
    from riskedu.core.stock import adjust_stock, receive_stock, stock_history
    from riskedu.core.validation import ValidationFailed

    with pg_database.transaction() as session:
        leaflet = save_material(session, MaterialForm(
            titles=[TitleLine("km", "ខិត្តប័ណ្ណ មីន"), TitleLine("en", "Mine leaflet")],
            type="leaflet", languages=["km", "en"], low_stock_threshold=10))
        save_material(session, MaterialForm(titles=[TitleLine("en", "Poster")], type="poster",
                                            languages=["en"]))
        receive_stock(session, leaflet, 40, day=date(2026, 11, 1), source="HQ", by="Dara",
                      today=TODAY)
        adjust_stock(session, leaflet, "damaged", 5, day=date(2026, 11, 2), by="Dara",
                     today=TODAY)
    form = valid_form(pg_database, materials=[MaterialLine(leaflet, "km", 30)])
    with pg_database.transaction() as session:
        save_session(session, form, by="Dara", today=TODAY)
    form.materials[0].quantity = 36
    with pytest.raises(ValidationFailed, match="Only 5 of ខិត្តប័ណ្ណ មីន in stock"), \
            pg_database.transaction() as session:
        save_session(session, valid_form(pg_database, materials=form.materials), by="Dara",
                     today=TODAY)
    with pg_database.session() as session:
        khmer = list_materials(session, MaterialFilter(language="km"))
        found = list_materials(session, MaterialFilter(text="មីន", low_only=True))
        history = stock_history(session, leaflet)
    assert [(r.title(), r.balance, r.low) for r in khmer] == [("ខិត្តប័ណ្ណ មីន", 5, True)]
    assert [r.id for r in found] == [leaflet]
    assert [(m.kind, m.balance_after) for m in history] == \
        [("handed_out", 5), ("adjusted", 35), ("received", 40)]
    with pg_database.engine.connect() as connection:
        assert list(balance_faults(connection)) + list(session_line_faults(connection)) == []
