"""`session_matches`: whether one session is in a filter's rows (the list's targeted refresh)."""

from datetime import date

from riskedu.core.queries import SessionFilter, session_matches
from riskedu.core.sessions import delete_session, save_session

from factories import TODAY, valid_form


def test_a_session_matches_the_filters_it_meets_and_no_others(db):
    with db.transaction() as session:
        saved = save_session(session, valid_form(db, notes="rice field near the pagoda"),
                             by="Sokha", today=TODAY)
    with db.session() as session:
        def matches(**kw):
            return session_matches(session, SessionFilter(**kw), saved.session_id)
        assert matches()
        assert matches(province_code="01", status="draft", text="PAGODA")
        assert matches(date_from=date(2026, 11, 20), date_to=date(2026, 11, 20))
        assert not matches(province_code="02")
        assert not matches(status="final")
        assert not matches(date_from=date(2026, 11, 21))
        assert not matches(text="no such words")
        assert not session_matches(session, SessionFilter(), "no-such-id")


def test_a_deleted_session_matches_nothing(db):
    with db.transaction() as session:
        saved = save_session(session, valid_form(db), by="Sokha", today=TODAY)
        delete_session(session, saved.session_id)
    with db.session() as session:
        assert not session_matches(session, SessionFilter(), saved.session_id)
