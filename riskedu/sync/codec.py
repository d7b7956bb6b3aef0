"""Rows to JSON-safe dicts and back, by the table's column types.

Decoding is strict: a signed bundle still comes from outside, so a value of the
wrong type, an unknown column or a missing key column is refused (`RecordRejected`)
rather than written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Table, Time


class RecordRejected(ValueError):
    """A record line that does not fit its table."""


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise RecordRejected("not a text")
    return value


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise RecordRejected("not a boolean")
    return value


def _whole(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise RecordRejected("not a whole number")
    return value


def _number(value: Any) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise RecordRejected("not a number")
    return float(value)


def _text_of(length: int | None) -> Callable[[Any], str]:
    def text(value: Any) -> str:
        if not isinstance(value, str):
            raise RecordRejected("not a text")
        if length and len(value) > length:
            raise RecordRejected("text too long")
        return value
    return text


def _decoder(column_type: Any) -> Callable[[Any], Any]:
    if isinstance(column_type, DateTime):
        return lambda v: datetime.fromisoformat(_text(v)).replace(tzinfo=None)
    if isinstance(column_type, Date):
        return lambda v: date.fromisoformat(_text(v))
    if isinstance(column_type, Time):
        return lambda v: time.fromisoformat(_text(v))
    if isinstance(column_type, Boolean):
        return _boolean
    if isinstance(column_type, Integer):
        return _whole
    if isinstance(column_type, Float):
        return _number
    if isinstance(column_type, JSON):
        return lambda v: v
    if isinstance(column_type, String):
        return _text_of(column_type.length)
    raise TypeError(f"unsupported column type {column_type!r}")


@cache
def _decoders(table: Table) -> dict[str, Callable[[Any], Any]]:
    """One converter per column, worked out once per table (decoding is the hot loop)."""
    return {column.name: _decoder(column.type) for column in table.columns}


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
    decoders = _decoders(table)
    try:
        row = {name: None if value is None else decoders[name](value)
               for name, value in data.items()}
    except KeyError:
        raise RecordRejected(f"unknown fields {sorted(set(data) - set(decoders))}") from None
    except (TypeError, ValueError) as error:
        raise RecordRejected(str(error)) from None
    for column in table.primary_key.columns:
        if row.get(column.name) is None:
            raise RecordRejected(f"missing {column.name}")
    return row
