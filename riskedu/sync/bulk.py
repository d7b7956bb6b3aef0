"""Bulk inserts of new records, the bulk of a first import.

On SQLite the rows go straight to the driver's `executemany`, each value converted by
its column type's own SQLAlchemy bind processor, so the stored text is exactly what
`insert()` would store, without its per-row bookkeeping (a quarter of an import's
time at 100,000 sessions). Other databases, and rows that do not carry every column
(whose Python-side defaults `insert()` must fill), take the plain `insert()`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session


def _processors(connection: Connection, table: Table, columns: Sequence[str]
                ) -> list[tuple[int, Callable[[Any], Any]]]:
    dialect = connection.dialect
    found = []
    for position, name in enumerate(columns):
        column_type = table.c[name].type
        processor = column_type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            found.append((position, processor))
    return found


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert `rows` (Python values by column name) into `table` in the session's
    transaction."""
    if not rows:
        return
    connection = session.connection()
    columns = tuple(rows[0])
    whole = set(columns) == set(table.c.keys()) and all(
        tuple(row) == columns for row in rows)
    dialect = connection.dialect
    if dialect.name != "sqlite" or dialect.paramstyle != "qmark" or not whole:
        session.execute(insert(table), rows)
        return
    session.flush()  # as `session.execute(insert(...))` would: pending objects first
    processors = _processors(connection, table, columns)
    values = []
    for row in rows:
        value = list(row.values())
        for position, processor in processors:
            if value[position] is not None:
                value[position] = processor(value[position])
        values.append(tuple(value))
    quote = dialect.identifier_preparer.quote
    statement = (f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, columns))}) "
                 f"VALUES ({', '.join('?' * len(columns))})")
    connection.exec_driver_sql(statement, values)
