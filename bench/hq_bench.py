"""Headquarters figures for `run.py`: a big database on PostgreSQL and on SQLite, the
XLSX export of a year, a memory check of streaming, and 50 bundles imported.

Cached in bench/.cache/: the SQLite demo file, a `pg_dump` of the same demo on
PostgreSQL (restored into a private server at each run), and the bundles.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache"
sys.path[:0] = [str(HERE), str(ROOT / "tests")]


def _note(notes: list[str], note: str) -> None:
    """Keep a note for the final table and show it now: a long run tells as it goes."""
    notes.append(note)
    print(f"  {note}", file=sys.stderr, flush=True)


def hq_probe(run_child, *args: str) -> dict:
    _, _, out = run_child([sys.executable, str(HERE / "hq_probes.py"), *map(str, args)])
    return json.loads(out.strip().splitlines()[-1])


def _stamp() -> str:
    from riskedu.core.db.migrate import head_revision
    from riskedu.core.demo import DEMO_FORMAT

    return f"seed1-f{DEMO_FORMAT}-schema{head_revision()}"


def _pg_tool(server, tool: str, *args: str) -> None:
    subprocess.run([str(server.bin / tool), "-h", "127.0.0.1", "-p", str(server.port),
                    "-U", "postgres", *args], check=True, capture_output=True, timeout=7200)


def postgres_demo(server, sqlite_db: Path, sessions: int, notes: list[str]) -> str:
    """A database `hq` on `server` holding the `sessions` demo sessions of `sqlite_db`
    (from the cached dump; the first time, every table copied from `sqlite_db` with COPY
    into a database made by the migrations users get: `riskedu demo` straight into
    PostgreSQL would take hours at a million sessions)."""
    import time

    from dashboard_bench import copy_tables

    from riskedu.core.database import open_database

    dump = CACHE / f"hq-{sessions}-{_stamp()}.pgdump"
    _pg_tool(server, "createdb", "hq")
    url = server.url_for("hq")
    if dump.exists():
        _pg_tool(server, "pg_restore", "-d", "hq", "-j", "2", str(dump))
        return url
    print(f"Loading {sessions:,} demo sessions into PostgreSQL ...", file=sys.stderr,
          flush=True)
    started = time.perf_counter()
    open_database(url).close()
    rows = copy_tables(sqlite_db, url, None)
    notes.append(f"PostgreSQL loaded once with {rows:,} rows of the demo by COPY in "
                 f"{time.perf_counter() - started:.0f} s")
    partial = dump.with_suffix(".part")
    _pg_tool(server, "pg_dump", "-Fc", "-f", str(partial), "hq")
    partial.rename(dump)
    return url


def bundles(run_child, count: int, size: int) -> Path:
    folder = CACHE / f"bundles-{count}x{size}-{_stamp()}"
    if not folder.exists():
        print(f"Writing {count} bundles of {size:,} sessions ...", file=sys.stderr, flush=True)
        partial = folder.with_name(folder.name + ".part")
        hq_probe(run_child, "bundles", partial, count, size)
        partial.rename(folder)
    return folder


def _measure_imports(run_child, server, args, figures: dict, notes: list[str]) -> None:
    folder = bundles(run_child, args.hq_bundles, args.hq_bundle_size)
    _pg_tool(server, "createdb", "hq_import")
    for backend, target in (("pg", server.url_for("hq_import")),
                            ("sqlite", CACHE / "hq-import.sqlite3")):
        if backend == "sqlite":
            for old in CACHE.glob("hq-import.sqlite3*"):
                old.unlink()
        print(f"Importing {args.hq_bundles} bundles ({backend}) ...", file=sys.stderr,
              flush=True)
        imported = hq_probe(run_child, "import", target, folder)
        figures[f"hq_import_s_{backend}"] = imported["seconds"]
        _note(notes, f"import {backend}: {imported['bundles']} bundles, "
                     f"{imported['sessions']:,} sessions in {imported['seconds']:.1f} s "
                     f"(slowest bundle {imported['slowest']:.1f} s)")


def _measure_xlsx(run_child, targets: dict, figures: dict, notes: list[str]) -> dict:
    """The XLSX ratio on each backend; their peak memory (MB) by backend."""
    peaks = {}
    for backend, target in targets.items():
        print(f"Measuring the XLSX export of a year ({backend}) ...", file=sys.stderr,
              flush=True)
        xlsx = hq_probe(run_child, "xlsx", target)
        figures[f"hq_xlsx_ratio_{backend}"] = xlsx["ratio"]
        figures[f"hq_xlsx_s_{backend}"] = xlsx["seconds"]
        peaks[backend] = xlsx["peak_mb"]
        _note(notes, f"XLSX {backend}: {xlsx['from']}..{xlsx['to']}, {xlsx['rows']} rows, "
                     f"{xlsx['size_mb']:.0f} MB in {xlsx['seconds']:.1f} s, peak "
                     f"{xlsx['peak_mb']:.0f} MB; openpyxl write-only alone "
                     f"{xlsx['alone_seconds']:.1f} s")
    return peaks


def _measure_memory(run_child, url: str, xlsx_peaks: dict, figures: dict,
                    notes: list[str]) -> None:
    print("Measuring memory while exporting every row as CSV ...", file=sys.stderr,
          flush=True)
    memory = hq_probe(run_child, "memory", url)
    figures["hq_export_peak_mb"] = max(memory["peak_mb"], *xlsx_peaks.values())
    _note(notes, f"streaming: CSV of the whole PostgreSQL database, {memory['rows']:,} rows "
                 f"in {memory['seconds']:.0f} s, peak {memory['peak_mb']:.0f} MB "
                 f"({memory['before_mb']:.0f} MB before the export)")


def measure_hq(run_child, sqlite_db: Path, args, figures: dict, notes: list[str]) -> None:
    """Bundle import, XLSX export ratio and streaming memory, on PostgreSQL and SQLite."""
    from postgres_server import PostgresServer

    server = PostgresServer().start()
    try:
        url = postgres_demo(server, sqlite_db, args.hq_sessions, notes)
        _measure_imports(run_child, server, args, figures, notes)
        peaks = _measure_xlsx(run_child, {"pg": url, "sqlite": sqlite_db}, figures, notes)
        _measure_memory(run_child, url, peaks, figures, notes)
    finally:
        server.stop()
