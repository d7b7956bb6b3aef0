"""Bulk inserts of new records, the bulk of a first import.

On SQLite the rows go straight to the driver's `executemany`, each value converted by
its column type's own SQLAlchemy bind processor, so the stored text is exactly what
`insert()` would store, without its per-row bookkeeping (a quarter of an import's
time at 100,000 sessions). Other databases, and rows that do not carry every column
(whose Python-side defaults `insert()` must fill), take the plain `insert()`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session


def _processors(connection: Connection, table: Table, columns: Sequence[str]
                ) -> list[tuple[int, Callable[[Any], Any], bool]]:
    """(position, bind processor, whether it converts None too) of each column that
    has one: JSON stores None as the text 'null', as `insert()` does."""
    dialect = connection.dialect
    found = []
    for position, name in enumerate(columns):
        column_type = table.c[name].type
        processor = column_type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            found.append((position, processor, column_type.should_evaluate_none))
    return found


def _driver_values(connection: Connection, table: Table, columns: tuple[str, ...],
                   rows: list[dict[str, Any]]) -> list[tuple] | None:
    """The rows as the driver's parameter tuples, column by column (each column's
    conversion in one pass); None unless every row has exactly `columns`."""
    width = len(columns)
    pick = itemgetter(*columns) if width > 1 else lambda row: (row[columns[0]],)
    try:
        if any(len(row) != width for row in rows):
            return None
        by_column = list(zip(*map(pick, rows), strict=True))
    except KeyError:
        return None
    for position, processor, evaluate_none in _processors(connection, table, columns):
        by_column[position] = [processor(value) for value in by_column[position]] \
            if evaluate_none else [None if value is None else processor(value)
                                   for value in by_column[position]]
    return list(zip(*by_column, strict=True))


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert `rows` (Python values by column name) into `table` in the session's
    transaction."""
    if not rows:
        return
    connection = session.connection()
    columns = tuple(rows[0])
    dialect = connection.dialect
    values = None
    if dialect.name == "sqlite" and dialect.paramstyle == "qmark" \
            and set(columns) == set(table.c.keys()):
        session.flush()  # as `session.execute(insert(...))` would: pending objects first
        values = _driver_values(connection, table, columns, rows)
    if values is None:
        session.execute(insert(table), rows)
        return
    quote = dialect.identifier_preparer.quote
    statement = (f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, columns))}) "
                 f"VALUES ({', '.join('?' * len(columns))})")
    connection.exec_driver_sql(statement, values)
