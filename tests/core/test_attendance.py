"""Derived attendance figures: girls/boys/women/men/totals, in Python and in SQL alike."""

from sqlalchemy import select

from riskedu.core.db.models import Attendance, EducationSession
from riskedu.core.sessions import save_session

from factories import valid_form


def _attendance(**counts) -> Attendance:
    values = dict.fromkeys(
        [c.key for c in Attendance.__table__.columns if c.key != "session_id"], 0)
    values.update(counts)
    return Attendance(**values)


def test_children_and_adults_are_derived_from_fine_bands():
    a = _attendance(female_0_5=1, female_6_12=2, female_13_17=3, female_18_49=10,
                    female_50_59=20, female_60_plus=30, male_0_5=100, male_6_12=200,
                    male_13_17=300, male_18_49=1000, male_50_59=2000, male_60_plus=3000)
    assert (a.girls, a.women, a.boys, a.men) == (6, 60, 600, 6000)
    assert (a.female, a.male, a.total) == (66, 6600, 6666)


def test_disability_is_the_sum_of_both_sexes():
    assert _attendance(disabled_female=3, disabled_male=4).disability == 7


def test_sql_expressions_match_python_values(db):
    with db.transaction() as session:
        result = save_session(session, valid_form(db, attendance={"female_13_17": 5,
                                                                  "male_60_plus": 2}), by="t")
    with db.session() as session:
        record = session.get(EducationSession, result.session_id)
        in_python = (record.attendance.girls, record.attendance.boys, record.attendance.women,
                     record.attendance.men, record.attendance.total)
        in_sql = session.execute(
            select(Attendance.girls, Attendance.boys, Attendance.women, Attendance.men,
                   Attendance.total).where(Attendance.session_id == result.session_id)).one()
    assert tuple(in_sql) == in_python == (17, 9, 7, 6, 39)
