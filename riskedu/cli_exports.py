"""`riskedu export-table`: spreadsheets for partners (XLSX, CSV with HXL, 5W).

No Qt. The file appears only when complete; a bad argument exits 2, a database or file
that cannot be used exits 1, each in one line.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from riskedu.cli_commands import CommandError, opened

PROGRESS_FROM = 100_000  # rows; smaller exports are quiet


def add_parser(sub, db_option, parse_date) -> None:
    export = sub.add_parser(
        "export-table", help="spreadsheets for partners: xlsx, csv (with HXL) or 5w",
        description="Write the sessions of a period for partners: xlsx (a summary and "
        "sheets of sessions, attendance, materials handed out and hazard reports), csv "
        "(one table, with an HXL hashtag row) or 5w (who, what, where, when, for whom, as "
        "CSV with HXL). Columns: docs/exports.md.")
    db_option(export, "to read")
    export.add_argument("--format", dest="export_format", required=True,
                        choices=("xlsx", "csv", "5w"), help="kind of file")
    export.add_argument("--out", metavar="FILE", required=True, type=Path,
                        help="file to write (replaced only once the new one is complete)")
    export.add_argument("--table", default="sessions",
                        choices=("sessions", "attendance", "materials", "hazard_reports"),
                        help="which table a csv holds (default sessions)")
    export.add_argument("--from", dest="date_from", metavar="DATE", type=parse_date,
                        help="only sessions on or after DATE (YYYY-MM-DD)")
    export.add_argument("--to", dest="date_to", metavar="DATE", type=parse_date,
                        help="only sessions on or before DATE (YYYY-MM-DD)")
    export.set_defaults(handler=run_export_table)


def run_export_table(args: argparse.Namespace, db: str | None) -> int:
    from riskedu.core.exports import export_table

    out: Path = args.out.expanduser()
    if out.is_dir():
        raise CommandError(f"{out} is a folder: give the name of the file to write", 2)

    def progress(table: str, done: int) -> None:
        if done % PROGRESS_FROM == 0:
            print(f"export-table: {table}: {done:,} rows", file=sys.stderr, flush=True)

    started = time.perf_counter()
    with opened(db) as database:
        try:
            result = export_table(database, args.export_format, out, start=args.date_from,
                                  end=args.date_to, table=args.table, progress=progress)
        except OSError as error:
            raise CommandError(f"cannot write {out}: {error.strerror or error}") from None
    counts = ", ".join(f"{n:,} {table.replace('_', ' ')}" for table, n in result.rows.items())
    print(f"Wrote {out} ({counts}) in {time.perf_counter() - started:.1f} s.")
    return 0
