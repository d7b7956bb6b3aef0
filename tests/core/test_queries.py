"""The sessions list and its totals: filters, sorting and paging, computed in SQL."""

from datetime import date

from riskedu.core.queries import SessionFilter, count_sessions, list_sessions, totals
from riskedu.core.sessions import delete_session, save_session

from factories import TODAY, valid_form


def add(db, **changes):
    with db.transaction() as session:
        return save_session(session, valid_form(db, **changes), by="t", today=TODAY)


def test_filters_by_date_province_status_and_text(db):
    add(db, session_date=date(2026, 1, 5), notes="school visit")
    add(db, session_date=date(2026, 3, 5), province_code="02", district_code="0214",
        commune_code="021404", village_code="02140401")
    add(db, session_date=date(2026, 6, 5))
    with db.session() as s:
        assert count_sessions(s, SessionFilter()) == 3
        assert count_sessions(s, SessionFilter(date_from=date(2026, 2, 1))) == 2
        assert count_sessions(s, SessionFilter(date_to=date(2026, 2, 1))) == 1
        assert count_sessions(s, SessionFilter(province_code="02")) == 1
        assert count_sessions(s, SessionFilter(status="final")) == 0
        assert count_sessions(s, SessionFilter(text="SCHOOL")) == 1
        assert count_sessions(s, SessionFilter(text="mukh rea")) == 1  # English village name
        assert count_sessions(s, SessionFilter(text="អូរធំ")) == 2  # Khmer village name
        assert count_sessions(s, SessionFilter(text="20260605")) == 1  # report code


def test_deleted_sessions_are_not_listed_or_counted(db):
    kept, gone = add(db), add(db)
    with db.transaction() as s:
        delete_session(s, gone.session_id)
    with db.session() as s:
        assert [r.id for r in list_sessions(s, SessionFilter())] == [kept.session_id]
        assert totals(s, SessionFilter()).sessions == 1


def test_sorting_and_paging(db):
    for day in (3, 1, 2):
        add(db, session_date=date(2026, 5, day), attendance={"male_18_49": day * 10})
    with db.session() as s:
        by_date = [r.session_date.day for r in list_sessions(s, SessionFilter(), sort="date")]
        by_total = [r.total for r in list_sessions(s, SessionFilter(), sort="total",
                                                   descending=False)]
        pages = [list_sessions(s, SessionFilter(), offset=i, limit=1)[0].session_date.day
                 for i in range(3)]
    assert by_date == [3, 2, 1] == pages
    assert by_total == [42, 52, 62]


def test_totals_sum_the_filtered_sessions(db):
    add(db)
    add(db, attendance={"female_60_plus": 5, "disabled_male": 2})
    with db.session() as s:
        t = totals(s, SessionFilter())
    assert (t.sessions, t.girls, t.boys, t.women, t.men) == (2, 24, 18, 19, 8)
    assert (t.total, t.disability, t.first_time) == (69, 4, 40)
    assert t.by_age_band["60_plus"] == {"female": 5, "male": 0}
    assert sum(b["female"] + b["male"] for b in t.by_age_band.values()) == t.total
