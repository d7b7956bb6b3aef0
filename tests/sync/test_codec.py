"""Rows travel as JSON and come back as the same Python values; bad values are refused."""

import json
from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from riskedu.core.db.models import EducationSession, Organisation
from riskedu.core.sessions import save_session
from riskedu.sync.codec import RecordRejected, decode_row, encode_row

from factories import TODAY, valid_form

SESSIONS = EducationSession.__table__


def test_a_session_row_round_trips_through_json(db):
    form = valid_form(db, start_time=time(8, 30), hazards=["uxo"], latitude=13.5,
                      notes="ភូមិ")
    with db.transaction() as session:
        saved = save_session(session, form, by="t", today=TODAY)
    with db.session() as session:
        row = session.execute(select(SESSIONS).where(SESSIONS.c.id == saved.session_id)
                              ).mappings().one()
    travelled = json.loads(json.dumps(encode_row(SESSIONS, row)))
    assert decode_row(SESSIONS, travelled) == dict(row)
    assert travelled["session_date"] == "2026-11-20" and travelled["start_time"] == "08:30:00"


@pytest.mark.parametrize("field, value", [
    ("session_count", "3"), ("session_count", True), ("deleted", 1), ("latitude", "13.5"),
    ("session_date", "20/11/2026"), ("updated_at", 20261120), ("notes", 7),
    ("report_code", "x" * 61), ("surprise", "field"),
])
def test_values_of_the_wrong_type_are_refused(field, value):
    data = {"id": "s-1", field: value}
    with pytest.raises(RecordRejected):
        decode_row(SESSIONS, data)


def test_the_key_is_required():
    with pytest.raises(RecordRejected):
        decode_row(Organisation.__table__, {"name": "No id"})


def test_dates_and_times_decode_to_python_values():
    decoded = decode_row(SESSIONS, {"id": "s", "session_date": "2026-11-20",
                                    "updated_at": "2026-11-20T09:15:00",
                                    "end_time": "10:45:00"})
    assert decoded["session_date"] == date(2026, 11, 20)
    assert decoded["updated_at"] == datetime(2026, 11, 20, 9, 15)
    assert decoded["end_time"] == time(10, 45)


def test_a_record_shaped_like_a_good_one_is_still_checked():
    """Types are checked once per shape (fields and their types): a record of a shape
    met before is still refused for a wrong type, a text too long or a bad date."""
    good = {"id": "s-1", "report_code": "R-1", "session_count": 3,
            "session_date": "2026-11-20"}
    assert decode_row(SESSIONS, good)["session_count"] == 3
    for field, value in [("session_count", "3"), ("report_code", "x" * 61),
                         ("session_date", "20/11/2026"), ("id", None)]:
        with pytest.raises(RecordRejected):
            decode_row(SESSIONS, {**good, field: value})
    assert decode_row(SESSIONS, good)["session_date"] == date(2026, 11, 20)
