"""Files of an export: written under a temporary name, fsynced, then renamed into place.

XLSX uses openpyxl's write-only mode (each row goes to disk as it comes); CSV is UTF-8
with a byte-order mark (spreadsheet programs then read Khmer correctly), a header row
and an HXL hashtag row.
"""

from __future__ import annotations

import csv
import glob
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from riskedu.core.exports.columns import Column
from riskedu.core.leftovers import remove_left_overs, writing

Progress = Callable[[int], None]  # rows written so far
PROGRESS_EVERY = 10_000


@contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """A temporary path beside `target`; renamed to it only when the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_left_overs(target.parent, [f".{glob.escape(target.name)}.*.part"])
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(fd)
    temporary = Path(name)
    try:
        with writing(temporary):  # held while written: not a leftover for another export
            yield temporary
            with temporary.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _counted(rows: Iterable[tuple], progress: Progress | None, done: list[int]) -> Iterator:
    for row in rows:
        done[0] += 1
        if progress is not None and done[0] % PROGRESS_EVERY == 0:
            progress(done[0])
        yield row


def _cell(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return "" if value is None else value


def write_csv(path: Path, columns: list[Column], rows: Iterable[tuple],
              progress: Progress | None = None) -> int:
    """Header, HXL hashtags, then the rows; returns how many rows."""
    done = [0]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.header for c in columns])
        writer.writerow([c.hxl for c in columns])
        writer.writerows(map(lambda row: [_cell(v) for v in row],
                             _counted(rows, progress, done)))
        handle.flush()
    return done[0]


SHEET_ROWS = 1_048_576  # the most rows a worksheet may have (Excel, LibreOffice)
TITLE_LENGTH = 31  # the longest sheet name


def continued_title(title: str, part: int) -> str:
    """The name of a sheet's `part`-th sheet ("Sessions (2)"), within the length allowed."""
    if part == 1:
        return title
    suffix = f" ({part})"
    return title[:TITLE_LENGTH - len(suffix)] + suffix


class XlsxBook:
    """A write-only workbook: sheets appended one after the other, rows streamed. A table
    longer than a worksheet goes on in sheets of the same name numbered (2), (3)..., each
    with the header rows."""

    def __init__(self) -> None:
        from openpyxl import Workbook

        self.book = Workbook(write_only=True)
        self.rows = 0

    def add_sheet(self, title: str, columns: list[Column] | None, rows: Iterable[tuple],
                  progress: Progress | None = None) -> int:
        headers = [] if columns is None else [[c.header for c in columns],
                                                [c.hxl for c in columns]]
        per_sheet = SHEET_ROWS - len(headers)
        done, part, room = [0], 0, 0
        for row in _counted(rows, progress, done):
            if room == 0:
                part, room = part + 1, per_sheet
                sheet = self._sheet(continued_title(title, part), headers)
            sheet.append(row)
            room -= 1
        if part == 0:
            self._sheet(title, headers)
        self.rows += done[0]
        return done[0]

    def _sheet(self, title: str, headers: list[list]):
        sheet = self.book.create_sheet(title)
        if headers:  # before the first row: a write-only sheet writes its view then
            sheet.freeze_panes = "A3"
        for header in headers:
            sheet.append(header)
        return sheet

    def save(self, path: Path) -> None:
        self.book.save(path)

    def discard(self) -> None:
        """Remove the sheets' temporary files after an interrupted export."""
        for sheet in self.book.worksheets:
            try:
                sheet.close()
                sheet._writer.cleanup()  # openpyxl keeps each sheet in a temporary file
            except (AttributeError, OSError, ValueError):
                pass  # already closed by a save that failed part-way
