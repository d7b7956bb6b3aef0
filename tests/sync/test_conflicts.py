"""A record changed on two installations since they last agreed: both versions kept."""

from sqlalchemy import select

from riskedu.core.db.models import EducationSession
from riskedu.core.db.sync_models import SyncConflict
from riskedu.core.sessions import load_form, save_session
from riskedu.sync.export import export_bundle
from riskedu.sync.identity import installation_key
from riskedu.sync.importer import import_bundle

from factories import TODAY, valid_form


def export(db, outbox, **kwargs):
    with db.transaction() as session:
        key = installation_key(session, db.installation_id)
    return export_bundle(db, outbox, key, **kwargs)


def edit_notes(db, session_id, notes):
    with db.transaction() as session:
        form = load_form(session, session_id)
        form.notes = notes
        save_session(session, form, by="someone", today=TODAY)


def test_edits_made_apart_are_both_kept_and_the_later_shown(db, hq, outbox):
    with db.transaction() as session:
        saved = save_session(session, valid_form(db), by="Sokha", today=TODAY)
    import_bundle(hq, export(db, outbox).path, accept_unknown=True)
    edit_notes(hq, saved.session_id, "corrected at headquarters")
    edit_notes(db, saved.session_id, "corrected in the field, later")

    report = import_bundle(hq, export(db, outbox).path)
    assert report.conflicts == 1
    with hq.session() as session:
        shown = session.get(EducationSession, saved.session_id)
        kept = session.scalars(select(SyncConflict)).all()
        assert shown.notes == "corrected in the field, later"
        assert [c.data["notes"] for c in kept] == ["corrected at headquarters"]
        assert set(shown.version_vector) == {db.installation_id, hq.installation_id}

    # The same bundle again neither adds a second conflict nor changes the record.
    again = import_bundle(hq, export(db, outbox, full=True).path)
    assert again.conflicts == 0
    with hq.session() as session:
        assert len(session.scalars(select(SyncConflict)).all()) == 1
