"""Every change of a record that has been final is in its history: who, when (UTC),
and each field before and after; drafts that were never final are not audited."""

from datetime import timedelta

from riskedu.core.audit import history
from riskedu.core.db.base import utc_now
from riskedu.core.forms import MaterialLine, ParticipantLine
from riskedu.core.sessions import (
    delete_session,
    finalise_session,
    load_form,
    reopen_session,
    restore_from_trash,
    save_session,
)
from riskedu.core.trash import list_trash

from factories import TODAY, valid_form
from material_factories import add_material


def save(db, form, **kwargs):
    with db.transaction() as session:
        return save_session(session, form, by="Sokha Chan", today=TODAY, **kwargs)


def entries(db, session_id):
    with db.session() as session:
        return [(e.event, e.changed_by, e.changes) for e in history(session, session_id)]


def reopened_form(db, session_id):
    with db.transaction() as session:
        reopen_session(session, session_id, by="Vanna Keo")
        return load_form(session, session_id)


def test_drafts_are_not_audited_until_first_final(db):
    form = valid_form(db, notes="first")
    saved = save(db, form)
    form = load_form_of(db, saved.session_id)
    form.notes = "second"
    save(db, form)
    assert entries(db, saved.session_id) == []
    with db.transaction() as session:
        finalise_session(session, saved.session_id, by="Sokha Chan", today=TODAY)
    assert entries(db, saved.session_id) == [("finalised", "Sokha Chan", [])]


def load_form_of(db, session_id):
    with db.session() as session:
        return load_form(session, session_id)


def test_a_correction_lists_each_changed_field_with_before_and_after(db):
    poster = add_material(db, "Poster", stock=50)
    form = valid_form(db, notes="Wat Kor", materials=[MaterialLine(poster, "km", 5)])
    form.participants = [ParticipantLine(name="Dara", sex="male", age=40)]
    saved = save(db, form, finalise=True)
    started = utc_now()

    form = reopened_form(db, saved.session_id)
    form.notes = "Wat Kor pagoda"
    form.attendance["female_6_12"] = 15
    form.participants[0].age = 41
    form.participants.append(ParticipantLine(name="Srey", sex="female", age=9))
    form.materials[0].quantity = 8
    save(db, form, finalise=True)

    history_rows = entries(db, saved.session_id)
    assert [event for event, *_ in history_rows] == ["finalised", "reopened", "finalised"]
    assert history_rows[1][1] == "Vanna Keo"
    assert history_rows[2][2] == [
        {"field": "notes", "before": "Wat Kor", "after": "Wat Kor pagoda"},
        {"field": "attendance.female_6_12", "before": "12", "after": "15"},
        {"field": "participants", "before": "Dara · male · 40 · participant",
         "after": "Dara · male · 41 · participant"},
        {"field": "materials", "before": "Poster · × 5 · km", "after": "Poster · × 8 · km"},
        {"field": "participants", "before": "", "after": "Srey · female · 9 · participant"},
    ]
    with db.session() as session:
        [*_, last] = history(session, saved.session_id)
        assert started - timedelta(seconds=1) <= last.changed_at <= utc_now()
        assert last.changed_by_id == db.installation().educator_id


def test_draft_saves_of_a_reopened_record_are_audited_and_unchanged_saves_are_not(db):
    saved = save(db, valid_form(db), finalise=True)
    form = reopened_form(db, saved.session_id)
    save(db, form)  # nothing changed: no entry
    form.place_text, form.attendance["male_60_plus"] = "Market", 2
    save(db, form)
    events = entries(db, saved.session_id)
    assert [e for e, *_ in events] == ["finalised", "reopened", "edited"]
    assert events[-1][2] == [
        {"field": "place_text", "before": "", "after": "Market"},
        {"field": "attendance.male_60_plus", "before": "0", "after": "2"}]


def test_deleting_and_restoring_a_final_record_are_in_its_history(db):
    saved = save(db, valid_form(db), finalise=True)
    with db.transaction() as session:
        delete_session(session, saved.session_id, by="Sokha Chan")
    with db.transaction() as session:
        restore_from_trash(session, list_trash(session)[0].id, by="Vanna Keo")
    assert [(e, who) for e, who, _ in entries(db, saved.session_id)] == [
        ("finalised", "Sokha Chan"), ("deleted", "Sokha Chan"), ("restored", "Vanna Keo")]
