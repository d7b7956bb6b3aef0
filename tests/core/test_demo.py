"""Demo data: valid by the rules, realistic in shape, reproducible by seed, additive."""

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from riskedu.core.categories import ACTIVITIES_BY_CATEGORY
from riskedu.core.database import open_database
from riskedu.core.db.models import (
    SYNC_MODELS,
    Attendance,
    EducationSession,
    GazetteerUnit,
    HazardReport,
    LocalInstallation,
    Organisation,
    Participant,
)
from riskedu.core.demo import generate_demo
from riskedu.core.demo_data import NORTH_WEST
from riskedu.core.sessions import load_form, save_session
from riskedu.core.validation import validate

from factories import TODAY, valid_form

UNTIL = date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A fresh database with 400 demo sessions up to UNTIL (shared, read-only)."""
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    generate_demo(database, 400, seed=7, today=UNTIL)
    yield database
    database.close()


def live_sessions(database):
    with database.session() as session:
        return session.scalars(select(EducationSession)).all()


def test_every_record_passes_the_rules_of_its_status(demo_db):
    with demo_db.session() as session:
        ids = session.scalars(select(EducationSession.id).order_by(EducationSession.report_code)
                              ).all()
        checked = Counter()
        for session_id in ids[::4]:
            form = load_form(session, session_id)
            final = form.status == "final"
            assert validate(form, final=final, today=UNTIL) == [], form.report_code
            checked[form.status] += 1
    assert checked["final"] > 50 and checked["draft"] >= 1


def test_categories_activities_places_and_counts_fit_together(demo_db):
    sessions = live_sessions(demo_db)
    assert {s.category for s in sessions} == {"direct", "indirect", "training"}
    with demo_db.session() as session:
        attendance = {a.session_id: a for a in session.scalars(select(Attendance))}
    for s in sessions:
        assert s.activity in ACTIVITIES_BY_CATEGORY[s.category]
        assert s.session_date <= UNTIL and s.session_date >= date(2022, 6, 1)
        assert s.report_date >= s.session_date and s.report_date <= UNTIL
        a = attendance[s.id]
        if s.audience == "children_students" and s.category == "direct":
            assert a.girls + a.boys > a.women + a.men
        if s.audience == "farmers":
            assert a.women + a.men > a.girls + a.boys
            assert s.location_type in ("farm", "community_centre", "household",
                                       "religious_site", "")  # "": a draft to complete
        if s.activity == "training_of_teachers":
            assert s.audience == "teachers"
            assert s.location_type in ("education_facility", "")
        if s.category != "indirect":
            assert a.total > 0
        assert a.disabled_female <= a.female and a.disabled_male <= a.male
        assert a.first_time <= a.total


def test_villages_are_real_and_lean_to_the_north_west(demo_db):
    sessions = live_sessions(demo_db)
    with demo_db.session() as session:
        for s in sessions[:50]:
            village = session.get(GazetteerUnit, (s.gazetteer_version, s.village_code))
            commune = session.get(GazetteerUnit, (s.gazetteer_version, village.parent_code))
            assert village.level == 4 and commune.code == s.commune_code
    north_west = sum(s.province_code in NORTH_WEST for s in sessions)
    assert north_west / len(sessions) > 0.6
    assert len({s.province_code for s in sessions}) >= 12  # but some everywhere


def test_rosters_hazard_reports_and_sync_metadata(demo_db):
    with demo_db.session() as session:
        people = session.scalars(select(Participant)).all()
        reports = session.scalar(select(func.count()).select_from(HazardReport))
        counter = session.get(LocalInstallation, demo_db.installation_id).counter
        versions = []
        for model in SYNC_MODELS:
            versions += session.execute(select(model.installation_id, model.change_counter)
                                        ).all()
    assert people and reports > 0
    assert any(" " in p.name and "\u1780" <= p.name[0] <= "\u17ff" for p in people)
    assert all(p.name_latin and p.name_latin.isascii() for p in people)
    assert len(set(versions)) == len(versions)
    assert all(i == demo_db.installation_id and 0 < c <= counter for i, c in versions)


def content(database):
    """What a seed decides: dates, places, categories and counts (ids and codes aside)."""
    with database.session() as session:
        rows = session.execute(
            select(EducationSession.session_date, EducationSession.village_code,
                   EducationSession.activity, EducationSession.status,
                   *[getattr(Attendance, c) for c in ("girls", "boys", "women", "men",
                                                      "disability")])
            .join(Attendance)).all()
    return sorted(tuple(r) for r in rows)


def test_same_seed_same_content_on_any_database(db, tmp_path):
    other = open_database(tmp_path / "fresh.sqlite3")
    generate_demo(db, 150, seed=11, today=UNTIL)  # this one already has a HALO session
    generate_demo(other, 150, seed=11, today=UNTIL)
    third = open_database(tmp_path / "third.sqlite3")
    generate_demo(third, 150, seed=12, today=UNTIL)
    try:
        assert content(db) == content(other)
        assert content(third) != content(other)
    finally:
        other.close()
        third.close()


def test_adds_to_an_existing_database_continuing_report_numbers(db):
    with db.transaction() as session:
        save_session(session, valid_form(db), by="t", today=TODAY)
    generate_demo(db, 150, seed=3, today=UNTIL)
    generate_demo(db, 150, seed=3, today=UNTIL)  # same seed again: new ids, new numbers
    with db.session() as session:
        codes = session.scalars(select(EducationSession.report_code)).all()
        profile = session.get(LocalInstallation, db.installation_id)
        org_code = session.get(Organisation, profile.organisation_id).short_code
    assert len(codes) == 301 == len(set(codes))
    assert any(code.startswith("HALO-T3-RE-") for code in codes)
    stems = Counter(code.rsplit("-", 1)[0] for code in codes if code.startswith("DEMO-"))
    numbers = sorted(int(c.rsplit("-", 1)[1]) for c in codes
                     if c.rsplit("-", 1)[0] == stems.most_common(1)[0][0])
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 2
    assert org_code == "HALO"  # the profile is kept, not replaced by the demo's


def test_sets_up_a_fresh_installation_with_a_demo_educator(tmp_path):
    database = open_database(tmp_path / "fresh.sqlite3")
    try:
        generate_demo(database, 5, seed=1, today=UNTIL)
        assert database.installation().is_set_up
    finally:
        database.close()


def test_materials_are_handed_out_and_the_stock_never_shows_less_than_nothing(demo_db):
    from riskedu.core.check import check_database
    from riskedu.core.materials import list_materials
    from riskedu.core.stock import stock_history

    with demo_db.session() as session:
        rows = list_materials(session)
        histories = {row.id: stock_history(session, row.id) for row in rows}
    assert len(rows) >= 6 and all(row.sample for row in rows)
    moved = [row for row in rows if histories[row.id]]
    assert len(moved) >= 5
    kinds = {move.kind for history in histories.values() for move in history}
    assert kinds == {"received", "handed_out", "adjusted"}
    assert all(move.balance_after >= 0 for history in histories.values() for move in history)
    assert all(row.balance == (histories[row.id][0].balance_after if histories[row.id] else 0)
               for row in rows)
    assert any(row.low for row in rows)  # something to restock before the next trip
    assert [f for f in check_database(demo_db.engine, today=UNTIL)
            if f.check in {"stock", "files", "sync"}] == []
