"""riskedu benchmarks: `python bench/run.py` (see bench/README.md).

Builds (once, cached under bench/.cache/) a 100,000-session database with
`riskedu demo`, runs every probe of `probes.py` in its own subprocess, and prints
each figure beside its baseline and target from `baselines.json`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache"
BASELINES = HERE / "baselines.json"
SEED = 1


def child_env(settings_dir: str) -> dict[str, str]:
    """Offscreen Qt and private settings/data folders: the user's are never touched."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=settings_dir,
               XDG_DATA_HOME=settings_dir, PYTHONPATH=str(ROOT))
    env.pop("PYTHONSTARTUP", None)
    # An installed app has its byte code compiled; without it every start would
    # compile riskedu's modules again and the figures would not be the users'.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(command: list[str]) -> tuple[float, float, str]:
    """Run a command; (wall seconds, its own peak RSS in MB, stdout)."""
    with tempfile.TemporaryDirectory() as settings_dir, tempfile.TemporaryFile() as out, \
            tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=child_env(settings_dir),
                                   stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)  # wait4: this child's own peak memory
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{stderr}")
    return wall, usage.ru_maxrss / 1024, stdout


def probe(name: str, db: Path) -> dict:
    _, _, out = run_child([sys.executable, str(HERE / "probes.py"), name, str(db)])
    return json.loads(out.strip().splitlines()[-1])


def cache_path(sessions: int) -> Path:
    sys.path.insert(0, str(ROOT))
    from riskedu.core.db.migrate import head_revision
    from riskedu.core.demo import DEMO_FORMAT

    return CACHE / f"demo-{sessions}-seed{SEED}-f{DEMO_FORMAT}-schema{head_revision()}.sqlite3"


def measure_demo(sessions: int, target: Path) -> tuple[float, float]:
    """(seconds, peak MB) of `riskedu demo` for `sessions` into a new file at `target`."""
    for old in target.parent.glob(target.name + "*"):
        old.unlink()
    wall, peak, _ = run_child([sys.executable, "-m", "riskedu", "demo", "--db", str(target),
                               "--sessions", str(sessions), "--seed", str(SEED)])
    return wall, peak


def prepare(sessions: int, skip_demo: bool, figures: dict, notes: list[str]) -> Path:
    """The cached demo database (built if missing); times the build unless skipped."""
    CACHE.mkdir(exist_ok=True)
    cached = cache_path(sessions)
    if cached.exists() and skip_demo:
        return cached
    print(f"Generating {sessions:,} demo sessions ...", file=sys.stderr, flush=True)
    fresh = CACHE / "building.sqlite3"
    figures["demo_s"], peak = measure_demo(sessions, fresh)
    notes.append(f"demo: {sessions:,} sessions, peak memory {peak:,.0f} MB")
    if cached.exists():
        for leftover in fresh.parent.glob(fresh.name + "*"):
            leftover.unlink()
    else:
        for stale in CACHE.glob(f"demo-{sessions}-*"):  # an older demo format or schema
            stale.unlink()
        shutil.move(fresh, cached)
    return cached


def measure(db: Path, repeat: int, figures: dict, notes: list[str]) -> None:
    step = "window open (riskedu and bare PySide6)"
    print(f"Measuring {step} ...", file=sys.stderr, flush=True)
    windows, bares = [], []
    for _ in range(repeat):  # alternated, so a change in the machine's load hits both
        windows.append(probe("window", db))
        bares.append(probe("bare", db))
    figures["window_open_s"] = statistics.median(w["seconds"] for w in windows)
    bare = statistics.median(b["seconds"] for b in bares)
    figures["window_vs_bare"] = figures["window_open_s"] / bare
    figures["window_launch_s"] = statistics.median(w["since_process_start"] for w in windows)
    bare_launch = statistics.median(b["since_process_start"] for b in bares)
    cpu_ratio = statistics.median(w["cpu_seconds"] for w in windows) / statistics.median(
        b["cpu_seconds"] for b in bares)
    notes.append(f"bare PySide6 window: {bare * 1000:.0f} ms from QApplication, "
                 f"{bare_launch:.2f} s from process start; riskedu imports "
                 f"{statistics.median(w['imports'] for w in windows):.2f} s; CPU time "
                 f"(all threads) riskedu / bare {cpu_ratio:.1f}x")
    print("Measuring filter changes ...", file=sys.stderr, flush=True)
    filters = probe("filters", db)
    figures["filter_change_ms"] = filters["worst_ms"]
    notes.append("filter change medians (ms): " + ", ".join(
        f"{name} {ms:.0f}" for name, ms in filters["medians_ms"].items()))
    print("Measuring riskedu stats ...", file=sys.stderr, flush=True)
    runs = []
    for _ in range(max(repeat, 5)):
        wall, _, out = run_child([sys.executable, "-m", "riskedu", "stats", "--db", str(db),
                                  "--json"])
        runs.append(wall)
        if json.loads(out)["sessions"] < 1:
            raise RuntimeError("stats saw an empty database")
    figures["stats_cli_s"] = statistics.median(runs)
    figures["stats_query_s"] = probe("stats_query", db)["seconds"]
    print("Measuring memory while browsing ...", file=sys.stderr, flush=True)
    browse = probe("browse", db)
    figures["browse_peak_mb"] = browse["peak_rss_mb"]
    notes.append(f"browsing: {browse['rows_scrolled']:,} rows scrolled; sort by total "
                 f"{browse['sort_ms']['total']} ms, by village {browse['sort_ms']['village']} ms; "
                 "then the filter changes again under the village sort")


def sync_probe(name: str, db: Path) -> dict:
    _, _, out = run_child([sys.executable, str(HERE / "sync_probes.py"), name, str(db)])
    return json.loads(out.strip().splitlines()[-1])


def measure_sync(db: Path, figures: dict, notes: list[str]) -> None:
    print("Measuring sync export and import ...", file=sys.stderr, flush=True)
    exported = sync_probe("export", db)
    figures["sync_export_ratio"] = exported["ratio"]
    imported = sync_probe("import", db)
    figures["sync_import_ratio"] = imported["ratio"]
    figures["sync_reimport_s"] = imported["reimport_seconds"]
    small = prepare(1_000, True, {}, [])
    large_inc = statistics.median(sync_probe("incremental", db)["seconds"] for _ in range(3))
    small_inc = statistics.median(sync_probe("incremental", small)["seconds"]
                                  for _ in range(3))
    figures["sync_incremental_ratio"] = large_inc / small_inc
    notes.append(f"sync: full export {exported['seconds']:.1f} s ({exported['size_mb']:.0f} MB"
                 f") vs raw rows to JSON lines {exported['raw_seconds']:.1f} s; import into an "
                 f"empty database {imported['seconds']:.1f} s vs raw executemany "
                 f"{imported['raw_seconds']:.1f} s; 100 changed sessions exported in "
                 f"{large_inc * 1000:.0f} ms (100,000 sessions) and {small_inc * 1000:.0f} ms "
                 "(1,000)")


def measure_dashboard(sessions: int, figures: dict, notes: list[str]) -> None:
    """Dashboard refresh (every figure) on PostgreSQL and on SQLite, same demo data."""
    from dashboard_bench import postgres_with

    db = prepare(sessions, True, {}, notes)
    print(f"Measuring the dashboard on {sessions:,} sessions ...", file=sys.stderr, flush=True)
    results = {}
    server = postgres_with(db, notes)
    try:
        for name, url in (("pg", server.url), ("sqlite", str(db))):
            _, _, out = run_child([sys.executable, str(HERE / "dashboard_bench.py"), "probe",
                                   url])
            results[name] = json.loads(out.strip().splitlines()[-1])
    finally:
        server.stop()
    figures["dashboard_pg_s"] = results["pg"]["all"]
    figures["dashboard_sqlite_s"] = results["sqlite"]["all"]
    notes.append(f"dashboard on {results['pg']['all_sessions']:,} sessions: one province over "
                 f"a year ({results['pg']['filtered_sessions']:,} sessions) "
                 f"{results['pg']['filtered'] * 1000:.0f} ms on PostgreSQL, "
                 f"{results['sqlite']['filtered'] * 1000:.0f} ms on SQLite")


def print_probe(name: str, db: Path) -> dict:
    _, _, out = run_child([sys.executable, str(HERE / "print_probes.py"), name, str(db)])
    return json.loads(out.strip().splitlines()[-1])


def measure_print(db: Path, figures: dict, notes: list[str]) -> None:
    print("Measuring printing ...", file=sys.stderr, flush=True)
    certificates = print_probe("certificates", db)
    figures["print_certificates_ratio"] = certificates["ratio"]
    period = min((print_probe("period", db) for _ in range(3)), key=lambda r: r["seconds"])
    figures["print_period_s"] = period["seconds"]
    notes.append(f"printing: 1,000 Khmer certificates in {certificates['seconds']:.1f} s, the "
                 f"same pages with plain canvas calls {certificates['plain_seconds']:.1f} s; "
                 f"period summary of every session: {period['pages']} pages")


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms" or unit == "MB":
        return f"{value:,.0f} {unit}"
    return f"{value:.2f} {unit}" if unit != "x" else f"{value:.1f}x"


def report(figures: dict, baselines: dict, notes: list[str]) -> bool:
    """Print the table; True when every figure with a target is within it."""
    rows = [("Measurement", "Now", "Baseline", "Now/base", "Target", "")]
    within = True
    for key, spec in baselines["metrics"].items():
        if key not in figures:
            continue
        now, base, target, unit = figures[key], spec.get("baseline"), spec.get("target"), \
            spec["unit"]
        ok = target is None or now <= target
        within &= ok
        rows.append((spec["label"], _number(now, unit), _number(base, unit),
                     f"{now / base:.2f}" if base else "-", _number(target, unit),
                     "" if target is None else ("ok" if ok else "OVER")))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                        for i, (cell, w) in enumerate(zip(row, widths, strict=True))).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))
    for note in notes:
        print(f"* {note}")
    print(f"* machine: {baselines.get('machine', '?')}")
    return within


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each fast probe")
    parser.add_argument("--skip-demo", action="store_true",
                        help="do not time demo generation when the cached database exists")
    parser.add_argument("--dashboard-sessions", type=int, default=1_000_000, metavar="N",
                        help="sessions of the dashboard benchmark's database (0: skip it)")
    parser.add_argument("--only-dashboard", action="store_true",
                        help="run the dashboard benchmark alone")
    parser.add_argument("--hq-sessions", type=int, default=1_000_000, metavar="N",
                        help="sessions of the headquarters export benchmark (0: skip it)")
    parser.add_argument("--hq-bundles", type=int, default=50, help="bundles imported")
    parser.add_argument("--hq-bundle-size", type=int, default=2_000,
                        help="sessions per bundle")
    parser.add_argument("--only-hq", action="store_true",
                        help="run the headquarters export and import benchmark alone")
    parser.add_argument("--update-baselines", action="store_true",
                        help="store this run's figures as the new baselines")
    args = parser.parse_args()
    baselines = json.loads(BASELINES.read_text(encoding="utf-8"))
    figures: dict[str, float] = {}
    notes: list[str] = []
    if not (args.only_dashboard or args.only_hq):
        db = prepare(args.sessions, args.skip_demo, figures, notes)
        notes.append(f"database: {db.relative_to(ROOT)} ({db.stat().st_size / 2**20:,.0f} MB)")
        measure(db, args.repeat, figures, notes)
        measure_sync(db, figures, notes)
        measure_print(db, figures, notes)
    if args.dashboard_sessions and not args.only_hq:
        measure_dashboard(args.dashboard_sessions, figures, notes)
    if args.hq_sessions and not args.only_dashboard:
        from hq_bench import measure_hq

        hq_db = prepare(args.hq_sessions, True, {}, notes)
        measure_hq(run_child, hq_db, args, figures, notes)
    within = report(figures, baselines, notes)
    if args.update_baselines:
        for key, value in figures.items():
            baselines["metrics"][key]["baseline"] = round(value, 3)
        BASELINES.write_text(json.dumps(baselines, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
