"""Property: however installations edit, delete and export, and however headquarters
imports the bundles (any order, repeats, refusals retried), it ends in one state with
every installation's latest version of every record."""

import os
import random
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from riskedu.core.database import open_database
from riskedu.core.db.models import EducationSession
from riskedu.core.db.sync_models import SyncConflict
from riskedu.core.sessions import delete_session, load_form, save_session
from riskedu.sync.errors import BundleError
from riskedu.sync.export import export_bundle
from riskedu.sync.identity import installation_key
from riskedu.sync.importer import import_bundle

from factories import TODAY, valid_form
from installations import fresh

steps = st.lists(st.tuples(st.integers(0, 1), st.sampled_from(["add", "edit", "delete",
                                                                "export", "full"]),
                           st.integers(0, 10_000)), min_size=3, max_size=14)


def _act(db, action, pick, outbox, bundles):
    with db.session() as session:
        live = session.scalars(select(EducationSession.id).where(
            EducationSession.deleted.is_(False)).order_by(EducationSession.id)).all()
    if action == "add" or (action in ("edit", "delete") and not live):
        with db.transaction() as session:
            save_session(session, valid_form(db, notes=f"n{pick}"), by="t", today=TODAY)
    elif action == "edit":
        with db.transaction() as session:
            form = load_form(session, live[pick % len(live)])
            form.notes, form.attendance["male_0_5"] = f"edit {pick}", pick % 50
            save_session(session, form, by="t", today=TODAY)
    elif action == "delete":
        with db.transaction() as session:
            delete_session(session, live[pick % len(live)])
    else:
        with db.transaction() as session:
            key = installation_key(session, db.installation_id)
        bundles.append(export_bundle(db, outbox, key, full=action == "full").path)


def _import_all(hq, bundles, rng) -> None:
    """An officer importing in a random order, repeating some, retrying refusals."""
    pending = bundles + rng.sample(bundles, k=len(bundles) // 2)
    rng.shuffle(pending)
    for _ in range(len(pending) * len(pending) + 1):
        if not pending:
            return
        path = pending.pop(0)
        try:
            import_bundle(hq, path, accept_unknown=True)
        except BundleError as refused:
            assert "earlier bundle" in str(refused)
            pending.append(path)
    raise AssertionError("bundles never all imported")


def _state(db) -> tuple:
    with db.session() as session:
        records = sorted((s.id, s.notes, s.deleted, s.attendance.male_0_5,
                          tuple(sorted(s.version_vector.items())))
                         for s in session.scalars(select(EducationSession)))
        conflicts = sorted((c.record_id, c.installation_id, c.change_counter, c.resolved)
                           for c in session.scalars(select(SyncConflict)))
    return records, conflicts


@settings(max_examples=int(os.environ.get("RISKEDU_PROPERTY_EXAMPLES", "12")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(plan=steps, seed=st.integers(0, 2**32))
def test_any_import_order_ends_in_the_same_state(set_up_database_file, installation_files,
                                                 tmp_path_factory, plan, seed):
    outbox = tmp_path_factory.mktemp("usb")
    first_field = tmp_path_factory.mktemp("field1") / "riskedu.sqlite3"
    shutil.copyfile(set_up_database_file, first_field)
    fields = [open_database(first_field), fresh(installation_files, tmp_path_factory, "field2")]
    # Two headquarters databases that receive the same files in different orders.
    hqs = [fresh(installation_files, tmp_path_factory, "hq") for _ in range(2)]
    try:
        _run(plan, seed, fields, hqs, outbox)
    finally:
        for database in (*fields, *hqs):
            database.close()


def _run(plan, seed, fields, hqs, outbox) -> None:
    bundles = []
    for who, action, pick in plan:
        _act(fields[who], action, pick, outbox, bundles)
    for field in fields:  # the last trip to town carries everything still unsent
        _act(field, "export", 0, outbox, bundles)

    for number, hq in enumerate(hqs):
        _import_all(hq, bundles, random.Random(seed + number))
    first = _state(hqs[0])
    expected = sorted(r for field in fields for r in _state(field)[0])
    assert first[0] == expected  # every latest version, exactly once
    assert first[1] == []  # fields never share records: nothing to conflict
    assert _state(hqs[1]) == first  # another order, the same database

    _import_all(hqs[0], bundles, random.Random(seed + 2))  # everything again: no change
    assert _state(hqs[0]) == first
