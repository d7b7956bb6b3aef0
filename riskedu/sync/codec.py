"""Rows to JSON-safe dicts and back, by the table's column types.

Decoding is strict: a signed bundle still comes from outside, so a value of the
wrong type, an unknown column or a missing key column is refused (`RecordRejected`)
rather than written.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Table, Time


class RecordRejected(ValueError):
    """A record line that does not fit its table."""


# How a column's JSON value is checked and converted (decoding is the hot loop of an
# import: one branch per value, no call per value).
TEXT, BOOLEAN, WHOLE, NUMBER, ANY_JSON, DATETIME, DATE, TIME = range(8)


def _kind(column_type: Any) -> tuple[int, int]:
    """(kind, maximum text length or 0) of a column type."""
    if isinstance(column_type, DateTime):
        return DATETIME, 0
    if isinstance(column_type, Date):
        return DATE, 0
    if isinstance(column_type, Time):
        return TIME, 0
    if isinstance(column_type, Boolean):
        return BOOLEAN, 0
    if isinstance(column_type, Integer):
        return WHOLE, 0
    if isinstance(column_type, Float):
        return NUMBER, 0
    if isinstance(column_type, JSON):
        return ANY_JSON, 0
    if isinstance(column_type, String):
        return TEXT, column_type.length or 0
    raise TypeError(f"unsupported column type {column_type!r}")


@cache
def _kinds(table: Table) -> dict[str, tuple[int, int]]:
    """Each column's kind, worked out once per table."""
    return {column.name: _kind(column.type) for column in table.columns}


def _value(kind: int, limit: int, value: Any) -> Any:
    """`value` (not None) as the Python value of a column of `kind`, or RecordRejected."""
    cls = type(value)
    if kind == TEXT:
        if cls is not str:
            raise RecordRejected("not a text")
        if limit and len(value) > limit:
            raise RecordRejected("text too long")
        return value
    if kind == WHOLE:
        if cls is not int:  # JSON gives exact types: a bool is not a whole number here
            raise RecordRejected("not a whole number")
        return value
    if kind == BOOLEAN:
        if cls is not bool:
            raise RecordRejected("not a boolean")
        return value
    if kind == NUMBER:
        if cls is not int and cls is not float:
            raise RecordRejected("not a number")
        return float(value)
    if kind == ANY_JSON:
        return value
    if cls is not str:
        raise RecordRejected("not a text")
    if kind == DATETIME:
        return datetime.fromisoformat(value).replace(tzinfo=None)
    return date.fromisoformat(value) if kind == DATE else time.fromisoformat(value)


@cache
def _dated_columns(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.columns if isinstance(c.type, DateTime | Date | Time))


def encode_row(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    encoded = dict(row)
    for name in _dated_columns(table):  # everything else is JSON-ready as it is
        if encoded[name] is not None:
            encoded[name] = encoded[name].isoformat()
    return encoded


def decode_row(table: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """Python values for `table`'s columns; every primary-key column must be present."""
    kinds = _kinds(table)
    row: dict[str, Any] = {}
    try:
        for name, value in data.items():
            if value is None:
                row[name] = None
                continue
            kind, limit = kinds[name]
            # Texts and whole numbers are most of the values: checked here, not in a call.
            if kind == TEXT and type(value) is str and (not limit or len(value) <= limit) \
                    or kind == WHOLE and type(value) is int:
                row[name] = value
            else:
                row[name] = _value(kind, limit, value)
    except KeyError:
        raise RecordRejected(f"unknown fields {sorted(set(data) - set(kinds))}") from None
    except (TypeError, ValueError) as error:
        raise RecordRejected(str(error)) from None
    for column in table.primary_key.columns:
        if row.get(column.name) is None:
            raise RecordRejected(f"missing {column.name}")
    return row
