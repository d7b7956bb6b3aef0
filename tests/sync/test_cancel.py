"""Cancelling a long export or import: progress is reported, and a cancel leaves no file
behind, nothing marked as sent, and the database exactly as it was."""

import pytest
from sqlalchemy import func, select

from riskedu.core.db.base import Base
from riskedu.core.db.models import EducationSession
from riskedu.core.db.sync_models import BundleLog, ExportMark
from riskedu.core.demo import generate_demo
from riskedu.sync.export import export_bundle
from riskedu.sync.identity import installation_key
from riskedu.sync.importer import import_bundle, import_bundles
from riskedu.sync.progress import Cancelled

from factories import TODAY


def key_of(db):
    with db.session() as session:
        return installation_key(session, db.installation_id)


def dump(db) -> list:
    with db.engine.connect() as connection:
        return [sorted(map(tuple, connection.execute(t.select()).all()), key=repr)
                for t in Base.metadata.sorted_tables]


class StopAfter:
    """A progress callback that notes each report and answers 'stop' at report `calls`."""

    def __init__(self, calls: int | None = None):
        self.calls, self.seen = calls, []

    def __call__(self, done: int, total: int) -> bool:
        self.seen.append((done, total))
        return self.calls is None or len(self.seen) < self.calls


@pytest.fixture
def field(db):
    generate_demo(db, 1200, seed=5, today=TODAY)  # more than one batch of every step
    return db


def test_export_reports_its_records_and_a_cancel_leaves_nothing(field, outbox):
    before = dump(field)
    stop = StopAfter(3)
    with pytest.raises(Cancelled):
        export_bundle(field, outbox, key_of(field), progress=stop)
    assert len(stop.seen) == 3 and 0 < stop.seen[-1][0] < stop.seen[-1][1]
    assert list(outbox.iterdir()) == []  # not even a temporary file
    assert dump(field) == before  # no export mark, nothing logged
    with field.session() as session:
        assert session.get(ExportMark, "headquarters") is None
    watch = StopAfter()
    result = export_bundle(field, outbox, key_of(field), progress=watch)
    done = [d for d, _ in watch.seen]
    assert done == sorted(done) and watch.seen[-1][0] == watch.seen[-1][1] == sum(
        result.counts.values())
    assert list(outbox.iterdir()) == [result.path]


def test_a_cancelled_import_changes_nothing_and_can_be_done_again(field, hq, outbox):
    bundle = export_bundle(field, outbox, key_of(field)).path
    import_bundles(hq, [bundle], preview=True, accept_unknown=True)
    before = dump(hq)
    stop = StopAfter(4)
    with pytest.raises(Cancelled):
        import_bundle(hq, bundle, accept_unknown=True, progress=stop)
    assert 0 < stop.seen[-1][0] < stop.seen[-1][1]  # stopped half-way through the records
    assert dump(hq) == before
    last_moment = StopAfter()
    report = import_bundle(hq, bundle, accept_unknown=True, progress=last_moment)
    assert report.applied and last_moment.seen[-1][0] == last_moment.seen[-1][1]
    with hq.session() as session:
        assert session.scalar(select(func.count()).select_from(EducationSession)) == 1200
        assert session.scalar(select(func.count()).select_from(BundleLog)) == 1


def test_a_cancel_at_the_very_end_of_an_import_still_keeps_nothing(field, hq, outbox):
    bundle = export_bundle(field, outbox, key_of(field)).path
    before = dump(hq)
    calls = StopAfter()
    import_bundles(hq, [bundle], preview=True, accept_unknown=True, progress=calls)
    stop = StopAfter(len(calls.seen))  # the last report comes just before the commit
    with pytest.raises(Cancelled):
        import_bundle(hq, bundle, accept_unknown=True, progress=stop)
    assert dump(hq) == before
