"""What each `riskedu` sub-command does: open the database, ask the core, print.

No Qt here. Problems a user can meet become a `CommandError` (one line, exit 1),
never a traceback. The demo and check machinery is imported only by its command:
`stats` must answer within a second, start-up included.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from riskedu.core.database import Database, open_database
from riskedu.core.db.files import DatabaseUnusable, check_database_file
from riskedu.core.gazetteer import CAMBODIA_VERSION, PROVINCE, get_place
from riskedu.core.queries import SessionFilter, SessionRow, iter_sessions, totals
from riskedu.paths import default_database_target, shown_target

PROGRESS_FROM = 10_000  # sessions; smaller demo runs are quiet


class CommandError(Exception):
    """A problem the user can act on: one line, and the exit status to return."""

    def __init__(self, message: str, status: int = 1):
        super().__init__(message)
        self.status = status


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def database_target(db: str | None) -> str:
    return db or default_database_target()


@contextmanager
def opened(db: str | None) -> Iterator[Database]:
    """The database at `db` (created or upgraded as needed), closed afterwards."""
    target = database_target(db)
    try:
        database = open_database(target)
    except DatabaseUnusable as error:
        raise CommandError(str(error)) from None
    except (SQLAlchemyError, OSError) as error:
        raise CommandError(f"cannot open {shown_target(target)}: {_first_line(error)}") from None
    try:
        yield database
    except SQLAlchemyError as error:
        raise CommandError(f"database error in {shown_target(target)}: {_first_line(error)}"
                           ) from None
    finally:
        database.close()


def session_filter(args: argparse.Namespace, database: Database) -> SessionFilter:
    province = args.province or ""
    if province:
        with database.session() as session:
            place = get_place(session, CAMBODIA_VERSION, province)
        if place is None or place.level != PROVINCE:
            raise CommandError(f"no province with code {province} (Cambodia: 01 to 25)", 2)
    return SessionFilter(date_from=args.date_from, date_to=args.date_to, province_code=province,
                         status=getattr(args, "status", None) or "")


def _json_text(value: object) -> str:
    utf8 = (getattr(sys.stdout, "encoding", "") or "").lower().replace("-", "") == "utf8"
    return json.dumps(value, ensure_ascii=not utf8)


def demo(args: argparse.Namespace, db: str | None) -> int:
    """`riskedu demo`: add N sessions, with progress on stderr for big runs."""
    from riskedu.core.demo import generate_demo

    def progress(done: int, total: int) -> None:
        if total >= PROGRESS_FROM:
            print(f"demo: {done:,} of {total:,} sessions", file=sys.stderr, flush=True)

    started = time.perf_counter()
    with opened(db) as database:
        result = generate_demo(database, args.sessions, seed=args.seed, today=args.until,
                               progress=progress)
    print(f"Added {result.sessions:,} sessions ({result.participants:,} named participants, "
          f"{result.hazard_reports:,} hazard reports, {result.material_lines:,} materials "
          f"handed out, {result.stock_entries:,} stock movements) to "
          f"{shown_target(database_target(db))} in {time.perf_counter() - started:.1f} s.")
    return 0


def stats(args: argparse.Namespace, db: str | None) -> int:
    """`riskedu stats`: totals of the filtered sessions, as JSON or a table."""
    with opened(db) as database:
        flt = session_filter(args, database)
        with database.session() as session:
            result = totals(session, flt).to_json()
    if args.json:
        print(_json_text(result))
        return 0
    rows = [("Sessions", result["sessions"]), ("Beneficiaries", result["total"]),
            ("  Girls (under 18)", result["girls"]), ("  Boys (under 18)", result["boys"]),
            ("  Women (18+)", result["women"]), ("  Men (18+)", result["men"]),
            ("Persons with disability", result["disability"]),
            ("First-time beneficiaries", result["first_time"]),
            ("Hazard reports", result["hazard_reports"])]
    for label, value in rows:
        print(f"{label:<26}{value:>12,}")
    print(f"\n{'Age band':<10}{'Female':>12}{'Male':>12}{'Total':>12}")
    for band, counts in result["by_age_band"].items():
        label = band.replace("_plus", "+").replace("_", "-")
        print(f"{label:<10}{counts['female']:>12,}{counts['male']:>12,}"
              f"{counts['female'] + counts['male']:>12,}")
    return 0


def row_json(row: SessionRow) -> dict:
    """One session of `riskedu sessions --json`."""
    return {"id": row.id, "report_code": row.report_code,
            "date": row.session_date.isoformat() if row.session_date else None,
            "province": row.province_en, "village": row.village(),
            "village_local": row.village(local=True), "status": row.status,
            "activity": row.activity, "girls": row.girls, "boys": row.boys,
            "women": row.women, "men": row.men, "total": row.total,
            "disability": row.disability}


def _row_text(row: SessionRow) -> str:
    day = row.session_date.isoformat() if row.session_date else "-"
    return (f"{day:<11}{row.report_code:<28}{row.province_en[:18]:<19}{row.village()[:22]:<23}"
            f"{row.status:<9}{row.girls:>6}{row.boys:>6}{row.women:>6}{row.men:>6}"
            f"{row.total:>7}")


def sessions(args: argparse.Namespace, db: str | None) -> int:
    """`riskedu sessions`: the filtered list, streamed (never the whole table in memory)."""
    out = sys.stdout
    with opened(db) as database:
        flt = session_filter(args, database)
        with database.session() as session:
            rows = iter_sessions(session, flt)
            if args.json:
                separator = "[\n  "
                for row in rows:
                    out.write(separator + _json_text(row_json(row)))
                    separator = ",\n  "
                out.write("[]\n" if separator.startswith("[") else "\n]\n")
                return 0
            print(f"{'Date':<11}{'Report code':<28}{'Province':<19}{'Village':<23}"
                  f"{'Status':<9}{'Girls':>6}{'Boys':>6}{'Women':>6}{'Men':>6}{'Total':>7}")
            for row in rows:
                out.write(_row_text(row) + "\n")
    return 0


def check(args: argparse.Namespace, db: str | None) -> int:
    """`riskedu check`: print each fault on one line; exit 1 on any, 0 when clean."""
    from riskedu.core.check import check_database
    from riskedu.core.db.engine import make_engine

    target = database_target(db)
    path = Path(target).expanduser() if "://" not in target else None
    if path is None or not path.exists():
        # A new file is created at the current schema; a server is reached (or the reason
        # it cannot be is told) and brought to the current schema.
        with opened(db):
            pass
    if path is not None:
        try:
            check_database_file(path)
        except DatabaseUnusable as error:
            raise CommandError(str(error)) from None
    engine = make_engine(target)
    try:
        faults = check_database(engine)
    except SQLAlchemyError as error:
        raise CommandError(f"cannot check {shown_target(target)}: {_first_line(error)}"
                           ) from None
    finally:
        engine.dispose()
    for fault in faults:
        print(fault)
    if faults:
        print(f"{len(faults)} fault(s) in {shown_target(target)}", file=sys.stderr)
        return 1
    print(f"No faults in {shown_target(target)}.")
    return 0
