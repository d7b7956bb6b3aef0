"""Deleting a session, a material, a roster entry or a hazard report can be undone,
exactly, until the deletion has been exported; the stock ledger stays consistent."""

import pytest
from sqlalchemy import select

from riskedu.core.check import check_database
from riskedu.core.db.base import Base
from riskedu.core.db.material_models import StockEntry
from riskedu.core.db.models import HazardReport, Participant
from riskedu.core.forms import HazardReportLine, MaterialLine, ParticipantLine
from riskedu.core.materials import delete_material, load_material_form
from riskedu.core.sessions import (
    RecordNotFound,
    delete_session,
    load_form,
    reopen_session,
    restore_from_trash,
    save_session,
)
from riskedu.core.stock import adjust_stock, balance
from riskedu.core.trash import TrashRefused, list_trash, session_of
from riskedu.core.validation import ValidationFailed
from riskedu.sync.export import export_bundle
from riskedu.sync.identity import installation_key

from factories import TODAY, valid_form
from material_factories import add_material


def save(db, form, **kwargs):
    with db.transaction() as session:
        return save_session(session, form, by="Sokha Chan", today=TODAY, **kwargs)


def trash(db):
    with db.session() as session:
        return list_trash(session)


def restore(db, trash_id):
    with db.transaction() as session:
        return restore_from_trash(session, trash_id, by="Sokha Chan")


def dump(db) -> dict:
    """Every row of every table but the trash, without sync stamps (a restore is a new
    edit), to compare a database before a delete and after its restore."""
    stamps = {"change_counter", "updated_at", "version_vector", "installation_id"}
    rows = {}
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in {"trash_items", "installation", "audit_entries"}:
                continue
            columns = [c for c in table.columns if c.name not in stamps]
            rows[table.name] = sorted(map(repr, connection.execute(select(*columns)).all()))
    return rows


def session_with_children(db):
    leaflet = add_material(db, stock=100)
    form = valid_form(db, notes="Wat Kor pagoda", materials=[MaterialLine(leaflet, "km", 30)])
    form.participants = [ParticipantLine(name="សុខា", name_latin="Sokha", sex="female", age=12),
                         ParticipantLine(name="Dara", sex="male", age=40)]
    return save(db, form, finalise=True), leaflet


def export(db, outbox):
    with db.transaction() as session:
        key = installation_key(session, db.installation_id)
    return export_bundle(db, outbox, key)


def test_a_deleted_session_comes_back_exactly_with_children_and_hand_outs(db):
    saved, leaflet = session_with_children(db)
    before = dump(db)
    with db.transaction() as session:
        delete_session(session, saved.session_id, by="Sokha Chan")
    assert balance_of(db, leaflet) == 100  # the hand-out went back on the shelf
    [item] = trash(db)
    assert (item.kind, item.label, item.deleted_by, item.exported) == (
        "session", saved.report_code, "Sokha Chan", False)

    assert restore(db, item.id) == saved.session_id
    assert dump(db) == before
    assert balance_of(db, leaflet) == 70 and trash(db) == []
    with db.session() as session:
        assert [p.name for p in load_form(session, saved.session_id).participants] == [
            "សុខា", "Dara"]
    assert [str(f) for f in check_database(db.engine, today=TODAY)] == []


def balance_of(db, material_id):
    with db.session() as session:
        return balance(session, material_id)


def test_a_roster_entry_removed_earlier_stays_removed_when_its_session_comes_back(db):
    saved, _ = session_with_children(db)
    with db.transaction() as session:
        reopen_session(session, saved.session_id, by="Sokha Chan")
        form = load_form(session, saved.session_id)
    form.participants = form.participants[:1]
    save(db, form)
    with db.transaction() as session:
        delete_session(session, saved.session_id)
    session_item = next(i for i in trash(db) if i.kind == "session")
    restore(db, session_item.id)
    with db.session() as session:
        assert [p.name for p in load_form(session, saved.session_id).participants] == ["សុខា"]


def test_a_removed_roster_entry_is_restored_into_its_draft_session(db):
    saved, _ = session_with_children(db)
    with db.transaction() as session:
        reopen_session(session, saved.session_id, by="Sokha Chan")
        form = load_form(session, saved.session_id)
    dara = form.participants[1]
    form.participants = form.participants[:1]
    save(db, form)
    [item] = trash(db)
    assert (item.kind, item.label, item.detail) == ("participant", "Dara", saved.report_code)
    restore(db, item.id)
    with db.session() as session:
        back = load_form(session, saved.session_id).participants
    assert [(p.id, p.name, p.sex, p.age) for p in back][1] == (dara.id, "Dara", "male", 40)


def test_a_roster_entry_is_not_restored_into_a_final_or_deleted_session(db):
    saved, _ = session_with_children(db)
    with db.transaction() as session:
        reopen_session(session, saved.session_id, by="Sokha Chan")
        form = load_form(session, saved.session_id)
    form.participants = form.participants[:1]
    save(db, form, finalise=True)
    [item] = trash(db)
    with pytest.raises(TrashRefused, match="Reopen it"):
        restore(db, item.id)
    with db.transaction() as session:
        delete_session(session, saved.session_id)
    with pytest.raises(TrashRefused, match="Restore the session"):
        restore(db, item.id)
    with db.session() as session:
        assert session.get(Participant, item.record_id).deleted


def test_after_export_the_deletion_has_travelled_and_cannot_be_undone(db, tmp_path):
    saved, _ = session_with_children(db)
    with db.transaction() as session:
        delete_session(session, saved.session_id)
    export(db, tmp_path)
    [item] = trash(db)
    assert item.exported
    with pytest.raises(TrashRefused, match="exported"):
        restore(db, item.id)
    with db.session() as session, pytest.raises(RecordNotFound):
        load_form(session, saved.session_id)


def test_a_session_whose_hand_outs_are_no_longer_in_stock_is_not_restored(db):
    saved, leaflet = session_with_children(db)
    with db.transaction() as session:
        delete_session(session, saved.session_id)
        adjust_stock(session, leaflet, "lost", 90, day=TODAY, by="Sokha Chan", today=TODAY)
    [item] = trash(db)
    with pytest.raises(TrashRefused, match="Only 10 of"):
        restore(db, item.id)
    assert balance_of(db, leaflet) == 10 and len(trash(db)) == 1


def test_a_deleted_material_comes_back_with_its_stock_history(db):
    poster = add_material(db, "Poster", stock=25)
    with db.transaction() as session:
        delete_material(session, poster, by="Sokha Chan")
    assert balance_of(db, poster) == 0
    [item] = trash(db)
    assert (item.kind, item.label) == ("material", "Poster")
    restore(db, item.id)
    assert balance_of(db, poster) == 25
    with db.session() as session:
        assert load_material_form(session, poster).titles[0].title == "Poster"
        assert session.scalars(select(StockEntry.deleted).where(
            StockEntry.material_id == poster)).all() == [False]


def test_a_material_handed_out_at_a_live_session_cannot_be_deleted(db):
    _, leaflet = session_with_children(db)
    with db.transaction() as session, pytest.raises(ValidationFailed, match="retire"):
        delete_material(session, leaflet)
    assert trash(db) == [] and balance_of(db, leaflet) == 70


def test_a_removed_hazard_report_goes_to_the_trash_and_back_into_its_draft(db):
    form = valid_form(db, hazard_reports=[
        HazardReportLine(place="Rice field by the school", ordnance_type="uxo",
                         description="a rusty shell"),
        HazardReportLine(place="Pagoda well", ordnance_type="mine")])
    saved = save(db, form)
    with db.session() as session:
        form = load_form(session, saved.session_id)
    well = form.hazard_reports[1]
    form.hazard_reports = form.hazard_reports[:1]
    save(db, form)
    [item] = trash(db)
    assert (item.kind, item.label, item.detail) == ("hazard_report", "Pagoda well",
                                                    saved.report_code)
    with db.session() as session:
        assert session.get(HazardReport, well.id).deleted
    restore(db, item.id)
    with db.session() as session:
        back = load_form(session, saved.session_id).hazard_reports
        assert session_of(session, item.kind, item.record_id) == saved.session_id
    assert [(r.id, r.place, r.ordnance_type) for r in back] == [
        (form.hazard_reports[0].id, "Rice field by the school", "uxo"),
        (well.id, "Pagoda well", "mine")]
    assert trash(db) == []


def test_a_hazard_report_is_not_restored_into_a_final_session(db):
    saved = save(db, valid_form(db, hazard_reports=[
        HazardReportLine(place="Canal", ordnance_type="uxo")]))
    with db.session() as session:
        form = load_form(session, saved.session_id)
    form.hazard_reports = []
    save(db, form, finalise=True)
    [item] = trash(db)
    with pytest.raises(TrashRefused, match="Reopen it"):
        restore(db, item.id)
    with db.session() as session:
        assert session.get(HazardReport, item.record_id).deleted
