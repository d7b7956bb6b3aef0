"""A person resolves a conflict: keep the shown version, take the kept one, or merge field
by field. The result is a new edit that contains both versions, so replaying the old
bundles never brings the conflict back."""

import pytest
from sqlalchemy import select

from riskedu.core.db.material_models import Material
from riskedu.core.db.models import Attendance, EducationSession
from riskedu.core.db.sync_models import SyncConflict
from riskedu.core.sessions import load_form, save_session
from riskedu.sync.conflicts import ConflictGone, compare, list_conflicts, resolve
from riskedu.sync.export import export_bundle
from riskedu.sync.identity import installation_key
from riskedu.sync.importer import import_bundle, import_bundles
from riskedu.sync.versions import contains

from factories import TODAY, valid_form
from material_factories import add_material


def export(db, outbox, **kwargs):
    with db.transaction() as session:
        key = installation_key(session, db.installation_id)
    return export_bundle(db, outbox, key, **kwargs).path


def edit(db, session_id, **changes):
    with db.transaction() as session:
        form = load_form(session, session_id)
        for name, value in changes.items():
            setattr(form, name, value)
        save_session(session, form, by="someone", today=TODAY)


@pytest.fixture
def conflict(db, hq, outbox):
    """A session edited at headquarters and, later, in the field: the field's shown."""
    with db.transaction() as session:
        saved = save_session(session, valid_form(db, project="Village safety"), by="Sokha",
                             today=TODAY)
    bundles = [export(db, outbox)]
    import_bundle(hq, bundles[0], accept_unknown=True)
    edit(hq, saved.session_id, notes="corrected at headquarters", donor="EU")
    edit(db, saved.session_id, notes="corrected in the field", project="Schools")
    bundles.append(export(db, outbox))
    assert import_bundle(hq, bundles[1]).conflicts == 1
    with hq.session() as session:
        (row,) = list_conflicts(session)
    return saved.session_id, row, bundles


def replay(hq, bundles):
    """The old bundles again, one at a time and together: nothing conflicts any more."""
    for path in bundles:
        assert import_bundle(hq, path).conflicts == 0
    assert sum(r.conflicts for r in import_bundles(hq, bundles)) == 0
    with hq.session() as session:
        assert list_conflicts(session) == []


def shown(hq, session_id) -> EducationSession:
    with hq.session() as session:
        return session.get(EducationSession, session_id)


def test_the_list_and_the_comparison_show_both_versions(hq, conflict, db):
    session_id, row, _ = conflict
    assert row.table_name == "sessions" and row.record_id == session_id
    assert row.installation_id == hq.installation_id and row.label.startswith("HALO-T3-RE-")
    with hq.session() as session:
        differing = {f.field: (f.current, f.kept) for f in compare(session, row.id)
                     if f.differs}
    assert differing["notes"] == ("corrected in the field", "corrected at headquarters")
    assert differing["project"] == ("Schools", "Village safety")
    assert differing["donor"] == ("", "EU")
    assert "installation_id" not in differing and "version_vector" not in differing
    assert "attendance" not in differing and "session_facilitators" not in differing


def test_keeping_the_current_version_is_a_new_edit_containing_both(hq, conflict, db):
    session_id, row, bundles = conflict
    before = shown(hq, session_id)
    with hq.transaction() as session:
        resolve(session, row.id, {}, by="Information officer")
    after = shown(hq, session_id)
    assert (after.notes, after.project, after.donor) == (
        "corrected in the field", "Schools", "")
    assert contains(after.version_vector, before.version_vector)
    assert after.version_vector[hq.installation_id] > before.version_vector[hq.installation_id]
    assert after.installation_id == hq.installation_id
    with hq.session() as session:
        (kept,) = session.scalars(select(SyncConflict)).all()
        assert kept.resolved and kept.resolution == "current by Information officer"
    replay(hq, bundles)
    assert shown(hq, session_id).notes == "corrected in the field"


def test_taking_the_kept_version(hq, conflict):
    session_id, row, bundles = conflict
    with hq.transaction() as session:
        choice = {f.field: "kept" for f in compare(session, row.id) if f.differs}
        resolve(session, row.id, choice, by="Information officer")
    after = shown(hq, session_id)
    assert (after.notes, after.project, after.donor) == (
        "corrected at headquarters", "Village safety", "EU")
    with hq.session() as session:
        assert session.scalars(select(SyncConflict.resolution)).one().startswith("kept")
    replay(hq, bundles)
    assert shown(hq, session_id).notes == "corrected at headquarters"


def test_merging_field_by_field(hq, conflict):
    session_id, row, bundles = conflict
    with hq.transaction() as session:
        resolve(session, row.id, {"notes": "kept", "donor": "kept", "project": "current"},
                by="Information officer")
    after = shown(hq, session_id)
    assert (after.notes, after.project, after.donor) == (
        "corrected at headquarters", "Schools", "EU")
    replay(hq, bundles)
    after = shown(hq, session_id)
    assert (after.notes, after.project, after.donor) == (
        "corrected at headquarters", "Schools", "EU")


def test_attendance_travels_with_its_session_and_can_be_taken(db, hq, outbox):
    with db.transaction() as session:
        saved = save_session(session, valid_form(db, attendance={"female_18_49": 5}),
                             by="Sokha", today=TODAY)
    bundles = [export(db, outbox)]
    import_bundle(hq, bundles[0], accept_unknown=True)
    edit(hq, saved.session_id, notes="hq")
    with hq.transaction() as session:
        session.get(Attendance, saved.session_id).female_18_49 = 9
        session.get(EducationSession, saved.session_id).notes = "hq count"
    edit(db, saved.session_id, notes="field")
    bundles.append(export(db, outbox))
    import_bundle(hq, bundles[1])
    with hq.transaction() as session:
        (row,) = list_conflicts(session)
        fields = {f.field: f for f in compare(session, row.id)}
        assert fields["attendance"].differs
        resolve(session, row.id, {"attendance": "kept"}, by="Information officer")
    with hq.session() as session:
        assert session.get(Attendance, saved.session_id).female_18_49 == 9
        assert session.get(EducationSession, saved.session_id).notes == "field"
    replay(hq, bundles)


def test_any_travelling_table_resolves_the_same_way(db, hq, outbox):
    material_id = add_material(db, "Poster")
    bundles = [export(db, outbox)]
    import_bundle(hq, bundles[0], accept_unknown=True)
    with hq.transaction() as session:
        session.get(Material, material_id).notes = "reprinted at headquarters"
    with db.transaction() as session:
        session.get(Material, material_id).notes = "second edition in the field"
    bundles.append(export(db, outbox))
    assert import_bundle(hq, bundles[1]).conflicts == 1
    with hq.transaction() as session:
        (row,) = list_conflicts(session)
        assert row.table_name == "materials"
        resolve(session, row.id, {"notes": "kept"}, by="Information officer")
    with hq.session() as session:
        assert session.get(Material, material_id).notes == "reprinted at headquarters"
    replay(hq, bundles)


def test_a_resolved_conflict_cannot_be_resolved_twice(hq, conflict):
    _, row, _ = conflict
    with hq.transaction() as session:
        resolve(session, row.id, {}, by="Information officer")
    with pytest.raises(ConflictGone), hq.transaction() as session:
        resolve(session, row.id, {}, by="Information officer")


def test_a_later_field_edit_keeps_one_conflict_in_either_order(db, hq, outbox, tmp_path):
    """Headquarters' version stays kept (unresolved); the field's earlier edit, contained in
    its later one, is not kept as a second conflict, whichever bundle comes first."""
    with db.transaction() as session:
        saved = save_session(session, valid_form(db), by="Sokha", today=TODAY)
    first = export(db, outbox)
    import_bundle(hq, first, accept_unknown=True)
    edit(hq, saved.session_id, notes="headquarters")
    edit(db, saved.session_id, notes="field, first")
    middle = export(db, outbox)
    edit(db, saved.session_id, notes="field, second")
    last = export(db, outbox)
    for path in (middle, last):
        import_bundle(hq, path)
    with hq.session() as session:
        (row,) = list_conflicts(session)
        assert row.installation_id == hq.installation_id
        assert session.get(EducationSession, saved.session_id).notes == "field, second"
