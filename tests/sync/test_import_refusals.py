"""Bad bundles at headquarters: a clear reason, and the database exactly as it was."""

import pytest

from riskedu.core.db.base import Base
from riskedu.core.sessions import save_session
from riskedu.sync import errors as E
from riskedu.sync.container import write_bundle
from riskedu.sync.errors import BundleError
from riskedu.sync.export import export_bundle
from riskedu.sync.identity import UnknownInstallation, installation_key
from riskedu.sync.importer import import_bundle, import_bundles
from riskedu.sync.keys import InstallationKey

from factories import TODAY, valid_form


def dump(db) -> list:
    with db.engine.connect() as connection:
        return [sorted(map(tuple, connection.execute(t.select()).all()), key=repr)
                for t in Base.metadata.sorted_tables]


@pytest.fixture
def bundle(db, outbox):
    with db.transaction() as session:
        save_session(session, valid_form(db), by="t", today=TODAY)
        key = installation_key(session, db.installation_id)
    return export_bundle(db, outbox, key).path


def refused(hq, path, **kwargs) -> str:
    before = dump(hq)
    with pytest.raises(BundleError) as failure:
        import_bundle(hq, path, **kwargs)
    assert dump(hq) == before
    return failure.value.message.text


def test_a_truncated_bundle_changes_nothing(hq, bundle):
    bundle.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    assert refused(hq, bundle, accept_unknown=True) == E.TRUNCATED


def test_an_unknown_installation_needs_an_officers_yes(hq, bundle):
    before = dump(hq)
    with pytest.raises(UnknownInstallation) as unknown:
        import_bundle(hq, bundle)
    assert len(unknown.value.fingerprint) == 39 and dump(hq) == before
    assert import_bundle(hq, bundle, accept_unknown=True).applied


def test_another_key_claiming_a_known_installation_is_refused(db, hq, bundle, outbox):
    import_bundle(hq, bundle, accept_unknown=True)
    impostor = write_bundle(outbox / "impostor.riskedu", {
        "kind": "field", "bundle_id": "x", "source": {"installation_id": db.installation_id,
                                                      "name": "HALO Team 3"}},
        [], InstallationKey.generate())
    assert refused(hq, impostor, accept_unknown=True) == E.BAD_SIGNATURE


def test_a_signed_record_that_does_not_fit_is_refused(db, hq, outbox):
    with db.transaction() as session:
        key = installation_key(session, db.installation_id)
    odd = write_bundle(outbox / "odd.riskedu", {
        "kind": "field", "bundle_id": "y", "source": {"installation_id": db.installation_id,
                                                      "name": "HALO Team 3"}},
        [("records/sessions.jsonl", [b'{"id": "s1", "session_count": "many"}\n'])], key)
    assert refused(hq, odd, accept_unknown=True) == E.BAD_RECORD




def test_one_bad_file_among_several_imports_none(db, hq, outbox, bundle):
    broken = outbox / "broken.riskedu"
    broken.write_bytes(bundle.read_bytes()[:-40])
    before = dump(hq)
    with pytest.raises(BundleError):
        import_bundles(hq, [bundle, broken], accept_unknown=True)
    assert dump(hq) == before


def test_files_picked_in_any_order_import_oldest_first(db, hq, outbox, bundle):
    with db.transaction() as session:
        save_session(session, valid_form(db, notes="second trip"), by="t", today=TODAY)
        key = installation_key(session, db.installation_id)
    later = export_bundle(db, outbox, key).path
    with pytest.raises(BundleError) as refused_alone:
        import_bundle(hq, later, accept_unknown=True)
    assert refused_alone.value.message.text in (E.MISSING_EARLIER,)
    reports = import_bundles(hq, [later, bundle], accept_unknown=True)
    assert [r.file_name for r in reports] == [bundle.name, later.name]
    assert all(r.applied for r in reports)
