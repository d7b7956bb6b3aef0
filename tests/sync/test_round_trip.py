"""Field to headquarters: every record once, later edits applied, repeats harmless."""

from sqlalchemy import func, select

from riskedu.core.db.models import Attendance, EducationSession, Participant
from riskedu.core.db.sync_models import BundleLog, KnownInstallation
from riskedu.core.forms import ParticipantLine
from riskedu.core.queries import SessionFilter, totals
from riskedu.core.sessions import load_form, save_session
from riskedu.sync.export import export_bundle
from riskedu.sync.identity import installation_key
from riskedu.sync.importer import import_bundle

from factories import TODAY, valid_form


def save(db, form, **kwargs):
    with db.transaction() as session:
        return save_session(session, form, by="Sokha", today=TODAY, **kwargs)


def export(db, outbox, **kwargs):
    with db.transaction() as session:
        key = installation_key(session, db.installation_id)
    return export_bundle(db, outbox, key, **kwargs)


def dump(db) -> list:
    """Every row of every table, to compare whole databases."""
    from riskedu.core.db.base import Base

    with db.engine.connect() as connection:
        return [sorted(map(tuple, connection.execute(t.select()).all()), key=repr)
                for t in Base.metadata.sorted_tables]


def session_count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(EducationSession))


def test_a_field_bundle_brings_every_record_to_headquarters(db, hq, outbox):
    form = valid_form(db, notes="Wat Kor pagoda")
    form.participants = [ParticipantLine(name="សុខា", name_latin="Sokha", sex="female")]
    first = save(db, form)
    save(db, valid_form(db, attendance={"male_60_plus": 3}), finalise=True)
    bundle = export(db, outbox)
    assert bundle.full and bundle.counts["sessions"] == 2 and bundle.counts["participants"] == 1

    report = import_bundle(hq, bundle.path, by="officer", accept_unknown=True)
    assert report.applied and report.counts["sessions"] == {"new": 2}
    with db.session() as s_field, hq.session() as s_hq:
        assert totals(s_hq, SessionFilter()) == totals(s_field, SessionFilter())
        assert load_form(s_hq, first.session_id) == load_form(s_field, first.session_id)
        assert s_hq.get(KnownInstallation, db.installation_id).accepted_by == "officer"
        assert s_hq.scalar(select(func.count()).select_from(BundleLog)) == 1


def test_importing_the_same_bundle_again_changes_nothing(db, hq, outbox):
    save(db, valid_form(db))
    bundle = export(db, outbox)
    import_bundle(hq, bundle.path, accept_unknown=True)
    before = dump(hq)
    again = import_bundle(hq, bundle.path)
    assert again.already_imported and not again.applied
    assert again.counts["sessions"] == {"unchanged": 1}
    assert dump(hq) == before


def test_an_incremental_bundle_carries_only_what_changed(db, hq, outbox):
    kept = save(db, valid_form(db))
    edited = save(db, valid_form(db))
    import_bundle(hq, export(db, outbox).path, accept_unknown=True)
    with db.session() as session:
        form = load_form(session, edited.session_id)
    form.attendance["female_0_5"] = 9
    save(db, form)
    second = export(db, outbox)
    assert not second.full and second.counts["sessions"] == 1
    report = import_bundle(hq, second.path)
    assert report.counts["sessions"] == {"updated": 1}
    with hq.session() as session:
        assert session.get(Attendance, edited.session_id).female_0_5 == 9
        assert session.get(EducationSession, kept.session_id) is not None


def test_a_preview_shows_the_counts_and_changes_nothing(db, hq, outbox):
    save(db, valid_form(db))
    bundle = export(db, outbox)
    preview = import_bundle(hq, bundle.path, preview=True)
    assert not preview.applied and preview.counts["sessions"] == {"new": 1}
    assert preview.unknown_signer  # the officer is shown the fingerprint first
    assert session_count(hq) == 0
    with hq.session() as session:
        assert session.scalar(select(func.count()).select_from(KnownInstallation)) == 0


def test_deletions_travel_as_tombstones(db, hq, outbox):
    from riskedu.core.sessions import delete_session

    form = valid_form(db)
    form.participants = [ParticipantLine(name="Dara")]
    saved = save(db, form)
    import_bundle(hq, export(db, outbox).path, accept_unknown=True)
    with db.transaction() as session:
        delete_session(session, saved.session_id)
    report = import_bundle(hq, export(db, outbox).path)
    assert report.counts["sessions"] == {"deleted": 1}
    with hq.session() as session:
        assert session.get(EducationSession, saved.session_id).deleted
        assert all(p.deleted for p in session.scalars(select(Participant)))
