"""Saving, finalising, reopening and deleting sessions, with their sync metadata."""

from datetime import date

import pytest
from sqlalchemy import func, select

from riskedu.core.db.models import (
    EducationSession,
    LocalInstallation,
    Participant,
    StatusChange,
)
from riskedu.core.forms import HazardReportLine, ParticipantLine
from riskedu.core.sessions import (
    RecordNotFound,
    delete_session,
    finalise_session,
    load_form,
    reopen_session,
    save_session,
)
from riskedu.core.validation import ValidationFailed

from factories import TODAY, valid_form


def save(db, form, **kwargs):
    with db.transaction() as session:
        return save_session(session, form, by="Sokha Chan", today=TODAY, **kwargs)


def record(db, session_id) -> EducationSession:
    with db.session() as session:
        found = session.get(EducationSession, session_id)
        _ = (found.attendance, found.participants, found.status_changes)
        return found


def test_round_trip_keeps_every_field(db):
    form = valid_form(db, notes="Pagoda yard", hazards=["uxo", "ap_mine"], gps_safe=True,
                      latitude=13.1, longitude=103.2, gps_accuracy_m=8.0)
    form.participants = [ParticipantLine(name="សុខា", name_latin="Sokha", sex="female", age=34)]
    form.hazard_reports = [HazardReportLine(place="Rice field", ordnance_type="uxo",
                                            description="Mortar round", referred_to="CMAC")]
    result = save(db, form)
    with db.session() as session:
        loaded = load_form(session, result.session_id)
    form.id, form.report_code = result.session_id, result.report_code
    form.participants[0].id = loaded.participants[0].id
    form.hazard_reports[0].id = loaded.hazard_reports[0].id
    assert loaded == form


def test_report_codes_number_per_day_and_team(db):
    first = save(db, valid_form(db))
    second = save(db, valid_form(db))
    other_day = save(db, valid_form(db, session_date=date(2026, 11, 21)))
    assert first.report_code == "HALO-T3-RE-20261120-001"
    assert second.report_code == "HALO-T3-RE-20261120-002"
    assert other_day.report_code == "HALO-T3-RE-20261121-001"


def test_invalid_form_writes_nothing(db):
    with pytest.raises(ValidationFailed) as failure:
        save(db, valid_form(db, attendance={"male_0_5": -1}), finalise=True)
    assert [p.field for p in failure.value.problems] == ["male_0_5"]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(EducationSession)) == 0


def test_every_save_stamps_sync_metadata(db):
    result = save(db, valid_form(db))
    first = record(db, result.session_id)
    assert first.installation_id == db.installation_id and first.change_counter > 0
    form = valid_form(db, id=result.session_id, attendance={"female_0_5": 3})
    save(db, form)
    second = record(db, result.session_id)
    assert second.change_counter > first.change_counter
    assert second.updated_at >= first.updated_at
    with db.session() as session:
        counter = session.get(LocalInstallation, db.installation_id).counter
    assert counter >= second.change_counter


def test_change_counters_are_unique_across_records(db):
    for _ in range(3):
        save(db, valid_form(db))
    with db.session() as session:
        counters = session.scalars(select(EducationSession.change_counter)).all()
    assert len(set(counters)) == 3


def test_finalise_and_reopen_record_who_and_when(db):
    result = save(db, valid_form(db))
    with db.transaction() as session:
        assert finalise_session(session, result.session_id, by="Dara", today=TODAY).status \
            == "final"
    with db.transaction() as session:
        reopen_session(session, result.session_id, by="Team leader")
    with db.session() as session:
        changes = session.scalars(select(StatusChange).order_by(StatusChange.changed_at)).all()
        assert [(c.from_status, c.to_status, c.changed_by) for c in changes] == [
            ("draft", "final", "Dara"), ("final", "draft", "Team leader")]
        assert all(c.installation_id == db.installation_id for c in changes)


def test_final_record_must_be_reopened_before_editing(db):
    result = save(db, valid_form(db), finalise=True)
    with pytest.raises(ValidationFailed) as failure:
        save(db, valid_form(db, id=result.session_id, notes="late edit"))
    assert failure.value.problems[0].field == "status"
    assert record(db, result.session_id).notes == ""


def test_finalising_an_incomplete_draft_is_refused(db):
    result = save(db, valid_form(db, facilitator_ids=[]))
    with db.transaction() as session, pytest.raises(ValidationFailed):
        finalise_session(session, result.session_id, by="Dara", today=TODAY)
    assert record(db, result.session_id).status == "draft"


def test_removed_roster_lines_become_tombstones(db):
    form = valid_form(db)
    form.participants = [ParticipantLine(name="Sokha"), ParticipantLine(name="Dara")]
    result = save(db, form)
    with db.session() as session:
        form = load_form(session, result.session_id)
    form.participants = form.participants[1:]
    save(db, form)
    with db.session() as session:
        rows = session.execute(select(Participant.name, Participant.deleted)
                               .order_by(Participant.name)).all()
        assert [tuple(r) for r in rows] == [("Dara", False), ("Sokha", True)]
        assert [p.name for p in load_form(session, result.session_id).participants] == ["Dara"]


def test_delete_keeps_a_tombstone(db):
    form = valid_form(db)
    form.participants = [ParticipantLine(name="Sokha")]
    result = save(db, form)
    with db.transaction() as session:
        delete_session(session, result.session_id)
    gone = record(db, result.session_id)
    assert gone.deleted and all(p.deleted for p in gone.participants)
    with db.session() as session, pytest.raises(RecordNotFound):
        load_form(session, result.session_id)
