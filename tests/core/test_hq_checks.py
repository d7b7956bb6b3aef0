"""Completeness and duplicate checks on the headquarters data (tests/dashboard_data.py),
on SQLite and on PostgreSQL."""

from datetime import date

from dashboard_data import OTHER_INSTALLATION
from sqlalchemy import delete, update

from riskedu.core.dashboard import DashboardFilter
from riskedu.core.db.models import Attendance, EducationSession, session_facilitators
from riskedu.core.hq_checks import (
    count_duplicate_groups,
    count_incomplete,
    incomplete_sessions,
    probable_duplicates,
)

S = EducationSession


def test_sessions_missing_required_fields_carry_the_final_record_messages(hq):
    database, data = hq
    with database.session() as session:
        found = incomplete_sessions(session, DashboardFilter())
        count = count_incomplete(session, DashboardFilter())
    assert count == 1
    assert [(data.codes([s.id]), s.status, s.team) for s in found] == [({"s6"}, "draft",
                                                                         "Team 3")]
    assert [(p.field, str(p.message)) for p in found[0].problems] == [
        ("method", "Choose a method."), ("audience", "Choose the primary audience.")]


def test_every_completeness_rule_is_found_in_sql(hq, tmp_path):
    """Each rule broken on its own on a copy of s3 puts it on the list."""
    database, data = hq
    s3 = data.ids["s3"]
    breakages = [update(S).where(S.id == s3).values(**values) for values in (
        {"session_date": None}, {"village_code": "", "place_text": "  "}, {"category": ""},
        {"activity": "radio"}, {"location_type": "moon"}, {"audience": "aliens"})]
    breakages += [delete(session_facilitators).where(session_facilitators.c.session_id == s3),
                  update(Attendance).where(Attendance.session_id == s3).values(
                      female_18_49=0, male_18_49=0)]
    for statement in breakages:
        with database.transaction() as session:
            nested = session.begin_nested()
            session.execute(statement)
            found = incomplete_sessions(session, DashboardFilter())
            nested.rollback()
        assert {"s3", "s6"} == data.codes(s.id for s in found), str(statement)


def test_probable_duplicates_are_same_village_date_and_team_from_two_installations(hq):
    database, data = hq
    with database.session() as session:
        groups = probable_duplicates(session, DashboardFilter())
        count = count_duplicate_groups(session, DashboardFilter())
    assert count == len(groups) == 1  # s4 shares village and day but not the team
    group = groups[0]
    assert (group.session_date, group.village_code, group.team) == \
        (date(2026, 10, 2), "02010101", "Team 3")
    assert group.village  # named from the gazetteer
    assert {(data.codes([m.id]).pop(), m.people) for m in group.members} == \
        {("s3", 20), ("s7", 15)}
    installations = {m.installation_id: m.installation for m in group.members}
    assert installations[OTHER_INSTALLATION] == ""  # not (yet) a known installation
    assert installations[database.installation_id] == "HALO Team 3"


def test_duplicates_go_by_the_installation_that_created_each_session(hq):
    """An officer's edit of the field's s7 makes headquarters its last editor, not its
    creator: still a probable duplicate of s3. Two sessions created on the same
    installation are not, whoever edited them last."""
    database, data = hq
    with database.transaction() as session:
        session.get(S, data.ids["s7"]).notes = "checked by phone with the team leader"
    with database.session() as session:
        s7 = session.get(S, data.ids["s7"])
        assert s7.installation_id == database.installation_id  # the edit was stamped
        assert s7.origin_installation_id == OTHER_INSTALLATION
        members = probable_duplicates(session, DashboardFilter())[0].members
    assert {m.installation_id for m in members} == {OTHER_INSTALLATION,
                                                   database.installation_id}
    with database.transaction() as session:
        session.execute(update(S).where(S.id == data.ids["s7"]).values(
            origin_installation_id=database.installation_id,
            installation_id=OTHER_INSTALLATION))  # created here, edited on the other one
        assert count_duplicate_groups(session, DashboardFilter()) == 0


def test_a_new_session_records_the_installation_that_created_it(hq):
    database, data = hq
    with database.session() as session:
        origins = {s.origin_installation_id for s in session.query(S).where(
            S.id.in_([data.ids[c] for c in ("s1", "s2", "s3")]))}
    assert origins == {database.installation_id}


def test_checks_keep_to_the_period_and_team(hq):
    database, data = hq
    september = DashboardFilter(date_from=date(2026, 9, 1), date_to=date(2026, 9, 30))
    mag = DashboardFilter(team_id=data.team_mag)
    with database.session() as session:
        assert count_duplicate_groups(session, september) == 0
        assert count_incomplete(session, september) == 0
        assert probable_duplicates(session, mag) == []
        assert incomplete_sessions(session, DashboardFilter(date_from=date(2026, 11, 1)))
