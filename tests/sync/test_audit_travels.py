"""The audit trail travels: headquarters shows the same history as the field laptop,
and importing it again (or in another bundle) adds nothing."""

from riskedu.core.audit import history
from riskedu.core.sessions import load_form, reopen_session, save_session
from riskedu.sync.export import export_bundle
from riskedu.sync.identity import installation_key
from riskedu.sync.importer import import_bundle

from factories import TODAY, valid_form


def export(db, outbox, **kwargs):
    with db.transaction() as session:
        key = installation_key(session, db.installation_id)
    return export_bundle(db, outbox, key, **kwargs)


def trail(db, session_id) -> list[tuple]:
    with db.session() as session:
        return [(e.id, e.event, e.changed_by, e.changed_by_id, e.changed_at, e.changes,
                 e.report_code) for e in history(session, session_id)]


def correct_notes(db, session_id, notes):
    with db.transaction() as session:
        reopen_session(session, session_id, by="Sokha Chan")
        form = load_form(session, session_id)
        form.notes = notes
        save_session(session, form, by="Sokha Chan", finalise=True, today=TODAY)


def test_field_history_arrives_whole_at_headquarters(db, hq, outbox):
    with db.transaction() as session:
        saved = save_session(session, valid_form(db, notes="Wat Kor"), by="Sokha Chan",
                             finalise=True, today=TODAY)
    correct_notes(db, saved.session_id, "Wat Kor pagoda")
    first = export(db, outbox)
    assert first.counts["audit_entries"] == 3
    import_bundle(hq, first.path, accept_unknown=True)
    assert trail(hq, saved.session_id) == trail(db, saved.session_id)
    assert [row[1] for row in trail(hq, saved.session_id)] == [
        "finalised", "reopened", "finalised"]

    correct_notes(db, saved.session_id, "Wat Kor pagoda, east gate")
    second = export(db, outbox)
    assert second.counts["audit_entries"] == 2  # only the new entries travel
    report = import_bundle(hq, second.path)
    assert report.counts["audit_entries"] == {"new": 2}
    assert trail(hq, saved.session_id) == trail(db, saved.session_id)
    assert trail(hq, saved.session_id)[-1][5] == [
        {"field": "notes", "before": "Wat Kor pagoda", "after": "Wat Kor pagoda, east gate"}]

    again = import_bundle(hq, export(db, outbox, full=True).path)
    assert again.counts["audit_entries"] == {"unchanged": 5}
    assert len(trail(hq, saved.session_id)) == 5
