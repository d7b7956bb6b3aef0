"""`check_database` finds each kind of planted fault, and nothing in a clean database."""

import sqlite3

import pytest

from riskedu.core.check import check_database
from riskedu.core.db.engine import make_engine
from riskedu.core.sessions import delete_session, save_session

from factories import TODAY, valid_form


def add(db, final=True, **changes):
    with db.transaction() as session:
        return save_session(session, valid_form(db, **changes), by="t", finalise=final,
                            today=TODAY)


def faults(db_path):
    engine = make_engine(db_path)
    try:
        return [str(f) for f in check_database(engine, today=TODAY)]
    finally:
        engine.dispose()


def raw(db_path, *statements):
    connection = sqlite3.connect(db_path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


@pytest.fixture
def saved(db, db_path):
    """Two valid sessions (one final, one draft); the database closed for raw edits."""
    final, draft = add(db), add(db, final=False)
    db.close()
    return final, draft


def test_clean_database_has_no_faults(saved, db_path):
    assert faults(db_path) == []


def test_negative_count(saved, db_path):
    final, _ = saved
    raw(db_path, f"UPDATE attendance SET male_18_49 = -3 WHERE session_id = '{final.session_id}'")
    found = faults(db_path)
    assert len(found) == 1
    assert final.report_code in found[0] and "male_18_49" in found[0]
    assert "cannot be negative" in found[0]


def test_disability_above_attendees_and_first_time_above_total(saved, db_path):
    _, draft = saved
    raw(db_path, "UPDATE attendance SET disabled_male = 99, first_time = 500 "
                 f"WHERE session_id = '{draft.session_id}'")
    found = faults(db_path)
    assert len(found) == 2 and all(draft.report_code in f for f in found)
    assert any("disabled_male" in f for f in found) and any("first_time" in f for f in found)


def test_missing_attendance_row(saved, db_path):
    final, _ = saved
    raw(db_path, f"DELETE FROM attendance WHERE session_id = '{final.session_id}'")
    assert faults(db_path) == [f"attendance: session {final.report_code} "
                               f"[{final.session_id}]: has no attendance row"]


def test_duplicate_report_code_among_live_sessions_only(db, db_path):
    first, second, gone = add(db), add(db), add(db)
    with db.transaction() as session:
        delete_session(session, gone.session_id)
    db.close()
    raw(db_path, f"UPDATE sessions SET report_code = '{first.report_code}' "
                 f"WHERE id = '{gone.session_id}'")
    assert faults(db_path) == []  # a deleted session may keep a code
    raw(db_path, f"UPDATE sessions SET report_code = '{first.report_code}' "
                 f"WHERE id = '{second.session_id}'")
    assert faults(db_path) == [f"report-code: report code {first.report_code}: "
                               "used by 2 live sessions"]


def test_final_record_must_be_complete_but_a_draft_need_not(saved, db_path):
    final, draft = saved
    raw(db_path, f"DELETE FROM session_facilitators WHERE session_id IN "
                 f"('{final.session_id}', '{draft.session_id}')")
    found = faults(db_path)
    assert len(found) == 1 and final.report_code in found[0] and "facilitator" in found[0]


def test_village_missing_from_gazetteer_or_in_another_commune(saved, db_path):
    final, draft = saved
    raw(db_path, f"UPDATE sessions SET village_code = '99999999' WHERE id = '{final.session_id}'",
        f"UPDATE sessions SET commune_code = '010202' WHERE id = '{draft.session_id}'")
    found = faults(db_path)
    assert len(found) == 2
    assert any(final.report_code in f and "village code 99999999 is not in" in f for f in found)
    assert any(draft.report_code in f and "lies in commune 010201, not 010202" in f
               for f in found)


def test_sync_metadata_missing_duplicated_or_ahead(saved, db_path):
    final, draft = saved
    raw(db_path, f"UPDATE sessions SET installation_id = '' WHERE id = '{final.session_id}'")
    assert any("sync: sessions" in f and final.session_id in f for f in faults(db_path))
    raw(db_path, "UPDATE sessions SET installation_id = (SELECT id FROM installation), "
                 "change_counter = 1")
    assert any("2 records share version 1" in f for f in faults(db_path))
    raw(db_path, f"UPDATE sessions SET change_counter = 10000 WHERE id = '{draft.session_id}'")
    assert any("change counter above this installation's" in f for f in faults(db_path))


def test_broken_foreign_key(saved, db_path):
    raw(db_path, "INSERT INTO session_facilitators VALUES ((SELECT id FROM sessions LIMIT 1), "
                 "'no-such-person')")
    found = faults(db_path)
    assert found == ["foreign-key: session_facilitators row 3: refers to a missing "
                     "facilitators row"]


def test_schema_not_at_head_stops_the_other_checks(saved, db_path):
    raw(db_path, "UPDATE alembic_version SET version_num = '0001'",
        "DELETE FROM attendance")
    found = faults(db_path)
    assert len(found) == 1 and "schema 0001 is not the current" in found[0]
    assert "upgrade" in found[0]
    raw(db_path, "UPDATE alembic_version SET version_num = 'ffff'")
    assert "newer riskedu" in faults(db_path)[0]


def test_deleted_sessions_are_not_validated(db, db_path):
    gone = add(db)
    with db.transaction() as session:
        delete_session(session, gone.session_id)
    db.close()
    raw(db_path, "UPDATE attendance SET female_6_12 = -1")
    assert faults(db_path) == []
