"""Two programs writing one SQLite file: an import waits its turn while another holds the
write lock (another import, a backup, a save), and says so clearly when it waited too long,
having changed nothing. Headquarters on a plain file, two officers importing at once."""

import sqlite3
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import func, select
from test_round_trip import dump, export

from riskedu.core.db.models import EducationSession
from riskedu.core.demo import generate_demo
from riskedu.sync import errors as E
from riskedu.sync import importer
from riskedu.sync.errors import BundleError
from riskedu.sync.importer import import_bundle
from riskedu.sync.progress import Cancelled

from factories import TODAY

pytestmark = pytest.mark.sqlite_only("the write lock of a file")


def hold_write_lock(path, seconds: float) -> threading.Thread:
    """Another program writing to the file for `seconds` (its write lock taken now)."""
    holder = sqlite3.connect(path, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")

    def release() -> None:
        time.sleep(seconds)
        holder.rollback()
        holder.close()

    thread = threading.Thread(target=release)
    thread.start()
    return thread


def sessions(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(EducationSession))


def test_an_import_waits_for_another_writer_then_runs(db, hq, outbox):
    generate_demo(db, 40, seed=4, today=TODAY)
    bundle = export(db, outbox).path
    holder = hold_write_lock(hq.path, 7.0)  # longer than one busy timeout (5 s)
    started = time.monotonic()
    report = import_bundle(hq, bundle, accept_unknown=True)
    waited = time.monotonic() - started
    holder.join()
    assert report.applied and report.counts["sessions"] == {"new": 40}
    assert waited >= 6.5  # it did wait for the other writer
    assert sessions(hq) == 40


def test_an_import_that_waited_too_long_says_so_and_changes_nothing(db, hq, outbox,
                                                                     monkeypatch):
    generate_demo(db, 10, seed=4, today=TODAY)
    bundle = export(db, outbox).path
    monkeypatch.setattr(importer, "BUSY_WAIT", 1.0)
    before = dump(hq)
    holder = hold_write_lock(hq.path, 8.0)
    with pytest.raises(BundleError) as refused:
        import_bundle(hq, bundle, accept_unknown=True)
    holder.join()
    assert refused.value.message.text == E.DATABASE_BUSY
    assert "another riskedu is writing" in str(refused.value.message)
    assert dump(hq) == before


def test_cancel_is_answered_while_an_import_waits_its_turn(db, hq, outbox):
    """The officer gives up waiting: the import stops within one busy timeout (5 s), not
    when the other writer finishes, having changed nothing."""
    generate_demo(db, 10, seed=4, today=TODAY)
    bundle = export(db, outbox).path
    before = dump(hq)
    holder = hold_write_lock(hq.path, 9.0)
    started = time.monotonic()

    def cancel_after_a_second(done: int, total: int) -> bool:
        return time.monotonic() - started < 1.0

    with pytest.raises(Cancelled):
        import_bundle(hq, bundle, progress=cancel_after_a_second, accept_unknown=True)
    stopped = time.monotonic() - started
    holder.join()
    assert stopped < 7.5  # the other writer held on until 9 s
    assert dump(hq) == before


def test_two_officers_importing_into_one_file_at_once_both_land(db, hq, second_field,
                                                                 outbox, tmp_path):
    """Two `riskedu import` processes started together on one headquarters file: both
    succeed, and every session is there exactly once."""
    generate_demo(db, 1200, seed=4, today=TODAY)
    generate_demo(second_field, 1200, seed=5, today=TODAY)
    first = export(db, outbox).path
    other_outbox = tmp_path / "usb2"
    other_outbox.mkdir()
    second = export(second_field, other_outbox).path
    hq_path = hq.path
    hq.close()
    officers = [subprocess.Popen(
        [sys.executable, "-m", "riskedu", "import", "--db", str(hq_path), str(bundle),
         "--yes"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for bundle in (first, second)]
    results = [officer.communicate(timeout=600) for officer in officers]
    assert [o.returncode for o in officers] == [0, 0], results
    plain = sqlite3.connect(hq_path)
    try:
        assert plain.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert plain.execute("SELECT count(*), count(DISTINCT id) FROM sessions").fetchone() \
            == (2400, 2400)
        assert plain.execute("SELECT count(*) FROM bundle_log WHERE direction = 'in'") \
            .fetchone() == (2,)
    finally:
        plain.close()
