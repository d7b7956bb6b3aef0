"""`export_table`: one export of a period to one file, in the format asked for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from riskedu.core.database import Database
from riskedu.core.exports.columns import FIVE_W, TABLES
from riskedu.core.exports.rows import PRODUCERS, Names, Period
from riskedu.core.exports.summary import summary_rows
from riskedu.core.exports.writers import XlsxBook, atomic_file, write_csv

FORMATS = ("xlsx", "csv", "5w")
SHEET_TITLES = {"sessions": "Sessions", "attendance": "Attendance",
                "materials": "Materials handed out", "hazard_reports": "Hazard reports"}

Progress = Callable[[str, int], None]  # (table, rows written so far)


@dataclass
class ExportResult:
    """What an export wrote: the file and the rows of each table in it."""

    path: Path
    rows: dict[str, int] = field(default_factory=dict)


def export_table(db: Database, fmt: str, out: Path, *, start: date | None = None,
                 end: date | None = None, table: str = "sessions",
                 progress: Progress | None = None) -> ExportResult:
    """Write the sessions dated `start`..`end` (either may be open) to `out`.

    xlsx: a summary sheet and one sheet per table; csv: one table (`table`); 5w: the
    flat who-what-where-when-for-whom list as CSV. `out` appears only once complete.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    if fmt == "csv" and table not in TABLES:
        raise ValueError(f"unknown table {table!r}")
    period, result = Period(start, end), ExportResult(out)

    def tick(name: str):
        return None if progress is None else (lambda done: progress(name, done))

    # One read-only transaction: every sheet sees the same moment of the database.
    with db.session() as session, session.begin(), atomic_file(out) as temporary:
        names = Names(session)
        if fmt == "xlsx":
            book = XlsxBook()
            try:
                book.add_sheet("Summary", None, summary_rows(session, period, names))
                for name, columns in TABLES.items():
                    result.rows[name] = book.add_sheet(
                        SHEET_TITLES[name], columns, PRODUCERS[name](session, period, names),
                        tick(name))
                book.save(temporary)
            except BaseException:
                book.discard()
                raise
        else:
            name = "5w" if fmt == "5w" else table
            columns = FIVE_W if fmt == "5w" else TABLES[table]
            result.rows[name] = write_csv(temporary, columns,
                                          PRODUCERS[name](session, period, names), tick(name))
    return result
