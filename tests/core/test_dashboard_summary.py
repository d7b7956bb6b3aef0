"""The dashboard summary stays exact: after random saves, edits, finalisations, deletes and
restores from the trash it equals a recomputation from the sessions, and the dashboard's
figures read from it equal those computed from the sessions alone, for every kind of
filter (whole months, cut months, one day, open periods, area, team, status).
On SQLite and on PostgreSQL."""

from __future__ import annotations

import random
import shutil
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from summary_workload import (
    Workload,
    assert_same_figures,
    assert_summary_exact,
    filters,
    villages,
)

from riskedu.core.dashboard import DashboardFilter, dashboard, split_period
from riskedu.core.dashboard_summary import T, rebuild_is_cheaper
from riskedu.core.database import open_database
from riskedu.core.demo import generate_demo
from riskedu.core.gazetteer import CAMBODIA_VERSION
from riskedu.core.sessions import save_session

from factories import TODAY, valid_form


@pytest.mark.parametrize("seed", [1, 2])
def test_random_writes_keep_the_summary_exact(db, seed):
    work = Workload(db, seed)
    for number in range(60):
        work.step()
        if number % 6 == 5:
            assert_summary_exact(db)
    assert_summary_exact(db)
    with db.session() as session:
        figures = dashboard(session, DashboardFilter(), CAMBODIA_VERSION)
    assert figures.sessions == len(work.live) > 10  # the workload did write
    assert figures.hazard_reports > 0 and figures.by_method and figures.by_audience
    assert_same_figures(db, filters(db, work.places))


def test_a_demo_fills_the_summary_of_what_it_adds(db):
    Workload(db, 3).step()
    generate_demo(db, 1500, seed=5, today=TODAY)
    assert_summary_exact(db)
    assert_same_figures(db, filters(db, villages(db)) + [
        DashboardFilter(date_from=TODAY - timedelta(days=400), date_to=TODAY - timedelta(days=3))])


def test_a_bulk_write_of_most_sessions_rebuilds_the_summary_on_sqlite_only(db):
    """A first import or a big demo rebuilds the summary in one pass (SQLite lets one
    writer in at a time); a smaller one, and any on a server, refreshes its districts."""
    generate_demo(db, 300, seed=7, today=TODAY)
    generate_demo(db, 12, seed=8, today=TODAY)  # the refresh path: 12 of 312
    assert_summary_exact(db)
    with db.engine.connect() as connection:
        choices = [rebuild_is_cheaper(connection, n) for n in (0, 155, 156, 312)]
    on_sqlite = db.engine.dialect.name == "sqlite"
    assert choices == ([False, False, True, True] if on_sqlite else [False] * 4)


@pytest.mark.parametrize(("start", "end", "whole", "edges"), [
    (None, None, (None, None), []),
    (date(2026, 3, 1), date(2026, 6, 30), (date(2026, 3, 1), date(2026, 6, 30)), []),
    (date(2026, 3, 10), date(2026, 6, 12), (date(2026, 4, 1), date(2026, 5, 31)),
     [(date(2026, 3, 10), date(2026, 3, 31)), (date(2026, 6, 1), date(2026, 6, 12))]),
    (date(2026, 4, 5), date(2026, 4, 25), None, [(date(2026, 4, 5), date(2026, 4, 25))]),
    (date(2026, 4, 20), date(2026, 5, 10), None, [(date(2026, 4, 20), date(2026, 5, 10))]),
    (date(2026, 12, 2), None, (date(2027, 1, 1), None),
     [(date(2026, 12, 2), date(2026, 12, 31))]),
    (None, date(2024, 2, 28), (None, date(2024, 1, 31)),
     [(date(2024, 2, 1), date(2024, 2, 28))]),
    (None, date(2024, 2, 29), (None, date(2024, 2, 29)), []),
    (date(2026, 5, 9), date(2026, 5, 1), None, []),
])
def test_a_period_is_split_into_whole_months_and_cut_ones(start, end, whole, edges):
    assert split_period(DashboardFilter(date_from=start, date_to=end)) == (whole, edges)


@pytest.mark.sqlite_only("the schema fixtures are SQLite files")
@pytest.mark.parametrize("revision", ["0008", "0011"])  # before the summary; before category
def test_the_migration_fills_the_summary_of_an_older_database(tmp_path, db_path, revision):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / f"schema-{revision}.sqlite3", path)
    database = open_database(path)
    try:
        with database.session() as session:
            rows = session.execute(select(T.c.breakdown, T.c.month, T.c.category,
                                          T.c.breakdown_value)).all()
            figures = dashboard(session, DashboardFilter(), "KH-TEST-2024")
            direct = dashboard(session, DashboardFilter(category="direct"), "KH-TEST-2024")
        assert_summary_exact(database)
    finally:
        database.close()
    # The fixture's two sessions: 55 people met in person with a hazard report, and a
    # radio broadcast still a draft, counting nobody yet.
    assert set(rows) == {
        ("", 202503, "direct", ""), ("method", 202503, "direct", "interactive"),
        ("audience", 202503, "direct", "farmers"), ("", 202503, "indirect", ""),
        ("method", 202503, "indirect", "other"), ("audience", 202503, "indirect", "children")}
    assert (figures.sessions, figures.beneficiaries, figures.hazard_reports) == (2, 55, 1)
    assert (direct.sessions, direct.beneficiaries, direct.hazard_reports) == (1, 55, 1)


def test_officers_saving_in_the_same_district_at_once_keep_it_exact(db):
    """Two officers (two connections) save sessions of the same district and month side by
    side: no save fails or is lost from the figures."""
    target = db.path or db.engine.url.render_as_string(hide_password=False)
    other = open_database(target)
    start, errors, saved = threading.Barrier(2), [], []

    def officer(database, seed: int) -> None:
        rnd = random.Random(seed)
        try:
            start.wait()
            for _ in range(12):
                form = valid_form(database, session_date=date(2026, 6, rnd.randint(1, 28)),
                                  attendance={"male_18_49": rnd.randint(1, 9)})
                with database.transaction() as session:
                    saved.append(save_session(session, form, by="officer",
                                              today=TODAY).session_id)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=officer, args=(d, n)) for n, d in enumerate((db, other))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    assert errors == [] and len(saved) == 24
    assert_summary_exact(db)
    with db.session() as session:
        assert dashboard(session, DashboardFilter(), CAMBODIA_VERSION).sessions == 24
