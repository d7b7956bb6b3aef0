"""Dashboard refresh on a large database, on PostgreSQL and on SQLite.

`python bench/dashboard_bench.py probe URL` prints one JSON line: the seconds of a full
dashboard refresh (every figure) and of a filtered one, medians of several runs. The
`measure_dashboard` function of `run.py` prepares the databases: the demo SQLite
file of `run.py`'s cache, and a PostgreSQL cluster loaded from it with COPY and kept in
`bench/.cache/pg-…/` so later runs only start it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

RUNS = 7
BUDGET = 20.0
# What the dashboard and the checks read (rosters, status history and stock are left out:
# they would only lengthen the one-off load).
TABLES = ("installation", "organisations", "teams", "facilitators", "gazetteer_versions",
          "gazetteer_units", "sessions", "attendance", "hazard_reports", "session_facilitators",
          "dashboard_summary")


def probe(url: str) -> dict:
    """Time `dashboard()` on an open database: all figures, then one province, last year."""
    from riskedu.core.dashboard import DashboardFilter, dashboard
    from riskedu.core.database import open_database
    from riskedu.core.gazetteer import CAMBODIA_VERSION

    database = open_database(url)
    try:
        with database.session() as session:
            newest = session.execute(_newest_date_sql()).scalar()
        newest = date.fromisoformat(str(newest)[:10])
        filters = {"all": DashboardFilter(),
                   "filtered": DashboardFilter(date_from=newest - timedelta(days=365),
                                               date_to=newest, province_code="02")}
        result: dict = {}
        for name, flt in filters.items():
            times: list[float] = []
            # The first run warms the caches and is dropped; slow databases (SQLite with a
            # million sessions) stop repeating after about BUDGET seconds.
            while len(times) < RUNS + 1 and (len(times) < 2 or sum(times[1:]) < BUDGET):
                with database.session() as session:
                    started = time.perf_counter()
                    figures = dashboard(session, flt, CAMBODIA_VERSION)
                    times.append(time.perf_counter() - started)
            result[name] = statistics.median(times[1:])
            result[f"{name}_runs"] = len(times) - 1
            result[f"{name}_sessions"] = figures.sessions
        return result
    finally:
        database.close()


def _newest_date_sql():
    from sqlalchemy import func, select

    from riskedu.core.db.models import EducationSession

    return select(func.max(EducationSession.session_date))


# Loading PostgreSQL from the SQLite demo file -------------------------------------------

def copy_tables(sqlite_file: Path, url: str, wanted: tuple[str, ...] | None = TABLES) -> int:
    """The rows of the `wanted` tables (None: every table) from the SQLite file into the
    (migrated) PostgreSQL database."""
    import psycopg

    from riskedu.core.db.models import Base

    source = sqlite3.connect(sqlite_file)
    copied = 0
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as target:
        tables = [t.name for t in Base.metadata.sorted_tables]
        target.execute("SET session_replication_role = replica")  # no FK triggers: bulk load
        target.execute("TRUNCATE " + ", ".join(tables) + " CASCADE")
        for table in (t for t in tables if wanted is None or t in wanted):
            columns = [row[1] for row in source.execute(f'PRAGMA table_info("{table}")')]
            names = ", ".join(f'"{c}"' for c in columns)
            with target.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                for row in source.execute(f'SELECT {names} FROM "{table}"'):
                    copy.write_row(row)
                    copied += 1
        target.execute("SET session_replication_role = DEFAULT")
        target.commit()
        target.autocommit = True
        target.execute("VACUUM ANALYZE")
    source.close()
    return copied


def _pg_cache(sqlite_file: Path) -> Path:
    return sqlite_file.with_name("pg-" + sqlite_file.stem)


def _server_class():
    from postgres_server import PostgresServer

    class CachedPostgres(PostgresServer):
        """A private server on a data folder kept between runs (stopped cleanly each time)."""

        def __init__(self, data: Path):
            super().__init__()
            self.data = data

        def start_existing(self) -> None:
            self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
                      "-w", "-o", f"-p {self.port} -k {self.socket_dir} "
                      "-c listen_addresses=127.0.0.1", "start")

        def stop(self) -> None:
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
            finally:
                shutil.rmtree(self.root, ignore_errors=True)

    return CachedPostgres


def postgres_with(sqlite_file: Path, notes: list[str]):
    """A started PostgreSQL server holding the SQLite file's data (its cluster is cached)."""
    cached = _pg_cache(sqlite_file)
    server = _server_class()(cached)
    if (cached / "PG_VERSION").exists():
        server.start_existing()
        return server
    shutil.rmtree(cached, ignore_errors=True)
    cached.mkdir()
    if server.as_root:
        shutil.chown(server.root, "postgres", "postgres")
        shutil.chown(cached, "postgres", "postgres")
    try:
        server.start()
        from riskedu.core.database import open_database

        print("Loading PostgreSQL from the demo database ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        open_database(server.url).close()  # the schema, by the same migrations as users get
        rows = copy_tables(sqlite_file, server.url)
    except BaseException:
        server.stop()
        shutil.rmtree(cached, ignore_errors=True)
        raise
    notes.append(f"PostgreSQL loaded once with {rows:,} rows by COPY in "
                 f"{time.perf_counter() - started:.0f} s (cached in {cached.name}/)")
    return server


if __name__ == "__main__" and sys.argv[1:2] == ["probe"]:
    print(json.dumps(probe(sys.argv[2])))
