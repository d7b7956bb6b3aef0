"""A session keeps the installation that created it (`origin_installation_id`) through
bundles and edits elsewhere; a bundle of format 1, from before origins were kept, still
imports, its sessions taking their last editor as origin."""

import json

from test_round_trip import export, save

from riskedu.core.db.models import EducationSession
from riskedu.sync import container
from riskedu.sync.container import write_bundle
from riskedu.sync.identity import installation_key
from riskedu.sync.importer import import_bundle
from riskedu.sync.reader import open_bundle

from factories import valid_form


def origin_and_editor(db, session_id) -> tuple[str, str]:
    with db.session() as session:
        record = session.get(EducationSession, session_id)
        return record.origin_installation_id, record.installation_id


def test_the_origin_travels_and_survives_an_edit_at_headquarters(db, hq, outbox,
                                                                  second_field):
    saved = save(db, valid_form(db))
    import_bundle(hq, export(db, outbox).path, accept_unknown=True)
    assert origin_and_editor(hq, saved.session_id) == (db.installation_id,) * 2
    with hq.transaction() as session:  # an officer corrects it
        session.get(EducationSession, saved.session_id).notes = "corrected at headquarters"
    assert origin_and_editor(hq, saved.session_id) == (db.installation_id, hq.installation_id)
    hq_outbox = outbox / "from-hq"
    hq_outbox.mkdir()
    import_bundle(second_field, export(hq, hq_outbox).path, accept_unknown=True)
    assert origin_and_editor(second_field, saved.session_id) == (db.installation_id,
                                                                 hq.installation_id)


def as_format_1(path, tmp_path, key):
    """The bundle as riskedu 0.1 wrote it: format 1, sessions without an origin."""
    with open_bundle(path) as bundle:
        manifest = {k: v for k, v in bundle.manifest.items()
                    if k not in ("format", "format_version", "signer", "entries")}
        entries = []
        for name in bundle.entry_names:
            data = bundle.read(name)
            if name == "records/sessions.jsonl":
                records = [json.loads(line) for line in data.splitlines()]
                assert all("origin_installation_id" in r for r in records)
                data = b"".join(json.dumps({k: v for k, v in r.items()
                                            if k != "origin_installation_id"}).encode() + b"\n"
                                for r in records)
            entries.append((name, [data]))
    saved_version, container.FORMAT_VERSION = container.FORMAT_VERSION, 1
    try:
        return write_bundle(tmp_path / "old.riskedu", manifest, entries, key)
    finally:
        container.FORMAT_VERSION = saved_version


def test_a_format_1_bundle_imports_with_its_last_editor_as_origin(db, hq, outbox, tmp_path):
    saved = save(db, valid_form(db))
    with db.transaction() as session:
        key = installation_key(session, db.installation_id)
    old = as_format_1(export(db, outbox).path, tmp_path, key)
    with open_bundle(old) as bundle:
        assert bundle.manifest["format_version"] == 1
    report = import_bundle(hq, old, accept_unknown=True)
    assert report.applied and report.counts["sessions"] == {"new": 1}
    assert origin_and_editor(hq, saved.session_id) == (db.installation_id,) * 2
