"""Two officers importing into one PostgreSQL database at the same moment: whatever the
timing, every record arrives once, at its latest version, and each bundle is logged once.

Each round starts both imports together (a barrier) on a fresh headquarters database;
enough rounds that a race left open would show.
"""

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from riskedu.core.database import open_database
from riskedu.core.db.models import Attendance, EducationSession, Participant
from riskedu.core.db.sync_models import BundleLog, SyncConflict
from riskedu.core.forms import ParticipantLine
from riskedu.core.sessions import load_form, save_session
from riskedu.sync.export import export_bundle
from riskedu.sync.identity import installation_key
from riskedu.sync.importer import import_bundle

from factories import TODAY, valid_form
from installations import fresh, set_up_role

ROUNDS = 8
ROOT = Path(__file__).resolve().parents[2]


def _save(db, form):
    with db.transaction() as session:
        return save_session(session, form, by="t", today=TODAY).session_id


def _export(db, outbox, **options):
    with db.session() as session:
        key = installation_key(session, db.installation_id)
    return export_bundle(db, outbox, key, **options).path


@pytest.fixture(scope="module")
def bundles(set_up_database_file, installation_files, tmp_path_factory):
    """Team A's first bundle, its later full bundle (newer versions of the same records
    and more), and team B's bundle; plus each team's database to compare with."""
    outbox = tmp_path_factory.mktemp("usb")
    team_a_file = tmp_path_factory.mktemp("team_a") / "riskedu.sqlite3"
    shutil.copyfile(set_up_database_file, team_a_file)
    team_a, team_b = open_database(team_a_file), fresh(installation_files, tmp_path_factory,
                                                       "field2")
    ids = []
    for number in range(20):
        form = valid_form(team_a, notes=f"first {number}")
        form.participants = [ParticipantLine(name=f"P{number}", sex="female")]
        ids.append(_save(team_a, form))
    first = _export(team_a, outbox)
    middle = None
    for edit in ("edited", "edited again"):
        for session_id in ids[::2]:
            with team_a.session() as session:
                form = load_form(session, session_id)
            form.notes, form.attendance["male_0_5"] = f"{edit} {session_id[:4]}", 3
            _save(team_a, form)
        middle = middle or _export(team_a, outbox, full=True)
    for number in range(10):
        _save(team_a, valid_form(team_a, notes=f"later {number}"))
    later = _export(team_a, outbox, full=True)
    for number in range(15):
        _save(team_b, valid_form(team_b, notes=f"team B {number}"))
    other = _export(team_b, outbox)
    yield {"first": first, "middle": middle, "later": later, "other": other,
           "teams": (team_a, team_b)}
    team_a.close()
    team_b.close()


def _latest(databases) -> dict:
    rows = {}
    for database in databases:
        with database.session() as session:
            rows.update({r.id: (r.change_counter, r.notes, r.version_vector) for r in
                         session.scalars(select(EducationSession))})
    return rows


def _state(hq) -> tuple[dict, int, int, list, int]:
    with hq.session() as session:
        sessions = {r.id: (r.change_counter, r.notes, r.version_vector) for r in
                    session.scalars(select(EducationSession))}
        count = session.scalar
        return (sessions, count(select(func.count()).select_from(Attendance)),
                count(select(func.count()).select_from(Participant)),
                sorted(session.scalars(select(BundleLog.bundle_id)
                                       .where(BundleLog.direction == "in"))),
                count(select(func.count()).select_from(SyncConflict)))


def _at_once(hq_url: str, *imports: list) -> list:
    """Each list of bundles imported by its own officer (own connection pool), together."""
    start, results = threading.Barrier(len(imports)), [None] * len(imports)

    def officer(index: int, paths: list) -> None:
        database = open_database(hq_url)
        try:
            start.wait()
            results[index] = [import_bundle(database, p, by=f"officer {index}",
                                            accept_unknown=True) for p in paths]
        except Exception as error:  # reported below: the test fails with it
            results[index] = error
        finally:
            database.close()

    threads = [threading.Thread(target=officer, args=(i, paths))
               for i, paths in enumerate(imports)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for result in results:
        if isinstance(result, Exception):
            raise result
    return results


def _url(database) -> str:
    return database.engine.url.render_as_string(hide_password=False)


@pytest.mark.parametrize("round_number", range(ROUNDS))
def test_different_bundles_at_the_same_moment(bundles, server_database, round_number):
    hq = server_database("hq", set_up_role("hq"))
    import_bundle(hq, bundles["first"], accept_unknown=True)
    # Both officers bring newer versions of the same sessions (one of them the newest);
    # one of them brings team B's too.
    _at_once(_url(hq), [bundles["middle"], bundles["other"]], [bundles["later"]])
    sessions, attendance, participants, logged, conflicts = _state(hq)
    assert sessions == _latest(bundles["teams"])  # none missing, none old, none extra
    assert attendance == len(sessions) == 45 and participants == 20
    assert len(logged) == len(set(logged)) == 4
    assert conflicts == 0


@pytest.mark.parametrize("round_number", range(ROUNDS))
def test_the_same_bundle_at_the_same_moment(bundles, server_database, round_number):
    hq = server_database("hq", set_up_role("hq"))
    reports = _at_once(_url(hq), [bundles["later"]], [bundles["later"]])
    outcomes = sorted((r[0].applied, r[0].already_imported) for r in reports)
    assert outcomes == [(False, True), (True, False)]  # one imported it, one found it done
    sessions, attendance, participants, logged, conflicts = _state(hq)
    assert sessions == _latest(bundles["teams"][:1])
    assert attendance == len(sessions) == 30 and participants == 20
    assert len(logged) == 1 and conflicts == 0


def test_two_import_commands_at_the_same_moment(bundles, server_database):
    """Two `riskedu import` processes on the same server: same outcome as one after the
    other."""
    hq = server_database("hq", set_up_role("hq"))
    for _ in range(2):
        runs = [subprocess.Popen([sys.executable, "-m", "riskedu", "import", "--db", _url(hq),
                                  "--yes", str(bundles[name]), str(bundles["other"])],
                                 cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True) for name in ("first", "later")]
        for run in runs:
            _, err = run.communicate(timeout=120)
            assert run.returncode == 0, err
    sessions, attendance, _, logged, conflicts = _state(hq)
    assert sessions == _latest(bundles["teams"])
    assert attendance == len(sessions) and len(logged) == len(set(logged)) == 3
    assert conflicts == 0
