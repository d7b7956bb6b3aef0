"""Headquarters benchmarks, one per process: `python bench/hq_probes.py PROBE ARGS...`
prints one line of JSON.

xlsx DB: export of the last year of sessions to XLSX, and openpyxl's write-only mode
  alone writing the same number of rows of the same shape (a sample of the real rows,
  repeated), so the ratio is what riskedu's reading and shaping cost on top.
memory DB: the process's peak memory (VmHWM, reset just before) while it exports the
  whole database as CSV, beside its memory before the export.
bundles DIR COUNT SIZE: COUNT field bundles of SIZE demo sessions each, written to DIR.
import DB DIR: every bundle of DIR imported, one after the other, into DB.
"""

from __future__ import annotations

import itertools
import json
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from riskedu.core.database import open_database  # noqa: E402
from riskedu.core.db.models import EducationSession  # noqa: E402
from riskedu.core.exports import export_table  # noqa: E402
from riskedu.core.exports.columns import TABLES  # noqa: E402
from riskedu.core.exports.rows import PRODUCERS, Names, Period  # noqa: E402

SAMPLE = 500


def _reset_peak() -> None:
    """Start this process's peak memory afresh (Linux: VmHWM), so the peak read after an
    export is the export's, not that of opening the database before it."""
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")


def _peak_rss_mb() -> float:
    """This process's peak resident memory since `_reset_peak`."""
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def _rss_mb() -> float:
    """This process's resident memory now."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def _last_year(database) -> tuple[date, date]:
    with database.session() as session:
        end = session.scalar(select(func.max(EducationSession.session_date)))
    return end - timedelta(days=364), end


def _openpyxl_alone(database, period: Period, rows: dict[str, int], out: Path) -> float:
    """Seconds for write-only openpyxl to write `rows` rows per sheet, cycling a sample."""
    from openpyxl import Workbook

    with database.session() as session:
        names = Names(session)
        samples = {name: list(itertools.islice(PRODUCERS[name](session, period, names),
                                               SAMPLE)) for name in TABLES}
    started = time.perf_counter()
    book = Workbook(write_only=True)
    book.create_sheet("Summary").append(["Sessions", rows["sessions"]])
    for name, columns in TABLES.items():
        sheet = book.create_sheet(name)
        sheet.append([c.header for c in columns])
        sheet.append([c.hxl for c in columns])
        for row in itertools.islice(itertools.cycle(samples[name] or [()]), rows[name]):
            sheet.append(row)
    book.save(out)
    return time.perf_counter() - started


def probe_xlsx(target: str) -> dict:
    database = open_database(target)
    start, end = _last_year(database)
    with tempfile.TemporaryDirectory() as folder:
        _reset_peak()
        started = time.perf_counter()
        result = export_table(database, "xlsx", Path(folder) / "year.xlsx", start=start,
                              end=end)
        seconds = time.perf_counter() - started
        peak_mb = _peak_rss_mb()
        size_mb = (Path(folder) / "year.xlsx").stat().st_size / 2**20
        alone = _openpyxl_alone(database, Period(start, end), result.rows,
                                Path(folder) / "alone.xlsx")
    database.close()
    return {"seconds": seconds, "alone_seconds": alone, "ratio": seconds / alone,
            "rows": result.rows, "size_mb": size_mb, "peak_mb": peak_mb, "from": str(start),
            "to": str(end)}


def probe_memory(target: str) -> dict:
    """Peak memory of a CSV export of every row: flat whatever the size when rows stream.
    (Resident memory, not tracemalloc: tracing every allocation would make an export of
    a million sessions take hours.)"""
    database = open_database(target)
    before = _rss_mb()
    with tempfile.TemporaryDirectory() as folder:
        _reset_peak()
        started = time.perf_counter()
        result = export_table(database, "csv", Path(folder) / "all.csv")
        seconds = time.perf_counter() - started
    database.close()
    return {"peak_mb": _peak_rss_mb(), "before_mb": before, "seconds": seconds,
            "rows": sum(result.rows.values())}


def probe_bundles(folder: str, count: str, size: str) -> dict:
    """Bundles of distinct field installations, each `size` demo sessions (full export)."""
    from riskedu.core.demo import generate_demo
    from riskedu.sync.export import export_bundle
    from riskedu.sync.identity import installation_key

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for number in range(int(count)):
        with tempfile.TemporaryDirectory() as work:
            field = open_database(Path(work) / "field.sqlite3")
            generate_demo(field, int(size), seed=number + 1, today=date(2026, 11, 27))
            with field.session() as session:
                key = installation_key(session, field.installation_id)
            export_bundle(field, out, key, full=True)
            field.close()
    return {"seconds": time.perf_counter() - started}


def probe_import(target: str, folder: str) -> dict:
    from riskedu.sync.importer import import_bundle

    database = open_database(target)
    bundles = sorted(Path(folder).glob("*.riskedu*"))
    times, sessions = [], 0
    for path in bundles:
        started = time.perf_counter()
        report = import_bundle(database, path, by="bench", accept_unknown=True)
        times.append(time.perf_counter() - started)
        sessions += report.counts.get("sessions", {}).get("new", 0)
    database.close()
    return {"seconds": sum(times), "bundles": len(bundles), "sessions": sessions,
            "slowest": max(times, default=0.0)}


PROBES = {"xlsx": probe_xlsx, "memory": probe_memory, "bundles": probe_bundles,
          "import": probe_import}

if __name__ == "__main__":
    print(json.dumps(PROBES[sys.argv[1]](*sys.argv[2:])))
