"""Headquarters' dashboard summary stays exact through imports of field bundles (new
sessions, edits, moves to another area or month, deletions, hazard reports removed) and
through conflict resolution, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date

from summary_workload import (
    Workload,
    assert_same_figures,
    assert_summary_exact,
    filters,
    random_changes,
)

from riskedu.core.dashboard import DashboardFilter, dashboard
from riskedu.core.gazetteer import CAMBODIA_VERSION
from riskedu.core.sessions import load_form, save_session
from riskedu.sync.conflicts import compare, list_conflicts, resolve
from riskedu.sync.export import export_bundle
from riskedu.sync.identity import installation_key
from riskedu.sync.importer import import_bundle, import_bundles

from factories import TODAY


def export(db, outbox):
    with db.transaction() as session:
        key = installation_key(session, db.installation_id)
    return export_bundle(db, outbox, key).path


def edit(db, session_id: str, **changes) -> None:
    with db.transaction() as session:
        form = load_form(session, session_id)
        for name, value in changes.items():
            setattr(form, name, value)
        if form.status != "draft":
            from riskedu.core.sessions import reopen_session

            reopen_session(session, session_id, by="test")
        save_session(session, form, by="test", today=TODAY)


def test_imports_and_conflict_resolution_keep_the_summary_exact(db, second_field, hq, outbox):
    first, second = Workload(db, 11), Workload(second_field, 12)
    bundles = []
    for _ in range(3):  # each round: random writes in both fields, then their bundles
        for _ in range(15):
            first.step()
            second.step()
        bundles += [export(db, outbox), export(second_field, outbox)]
        for path in bundles[-2:]:
            import_bundle(hq, path, accept_unknown=True)
        assert_summary_exact(hq)
    import_bundles(hq, bundles)  # again, all together: nothing changes
    assert_summary_exact(hq)
    with hq.session() as session:
        total = dashboard(session, DashboardFilter(), CAMBODIA_VERSION).sessions
    assert total == len(first.live) + len(second.live) >= 20

    # The same session moved at headquarters and in the field: a conflict, resolved by
    # taking the field's month, place and attendance.
    moved = first.live[0]
    elsewhere = random_changes(first.rnd, first.places)
    edit(hq, moved, session_date=date(2026, 2, 3), report_date=date(2026, 2, 3),
         **{k: elsewhere[k] for k in ("province_code", "district_code", "commune_code",
                                      "village_code")})
    edit(db, moved, session_date=date(2026, 7, 8), report_date=date(2026, 7, 8),
         attendance={**load_attendance(db, moved), "male_18_49": 33})
    assert import_bundle(hq, export(db, outbox)).conflicts == 1
    assert_summary_exact(hq)
    with hq.transaction() as session:
        (conflict,) = list_conflicts(session)
        differing = [f.field for f in compare(session, conflict.id) if f.differs]
        resolve(session, conflict.id, {name: "kept" for name in differing}, by="officer")
    assert_summary_exact(hq)
    assert_same_figures(hq, filters(hq, first.places))


def load_attendance(db, session_id: str) -> dict:
    with db.session() as session:
        return dict(load_form(session, session_id).attendance)
