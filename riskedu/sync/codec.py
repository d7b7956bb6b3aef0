"""Rows to JSON-safe dicts and back, by the table's column types.

Decoding is strict: a signed bundle still comes from outside, so a value of the
wrong type, an unknown column or a missing key column is refused (`RecordRejected`)
rather than written.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Table, Time


class RecordRejected(ValueError):
    """A record line that does not fit its table."""


def encode_value(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, DateTime | Date | Time):
        return value.isoformat()
    return value


def _decode_value(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(_text(value)).replace(tzinfo=None)
    if isinstance(column_type, Date):
        return date.fromisoformat(_text(value))
    if isinstance(column_type, Time):
        return time.fromisoformat(_text(value))
    if isinstance(column_type, Boolean):
        if not isinstance(value, bool):
            raise RecordRejected("not a boolean")
        return value
    if isinstance(column_type, Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            raise RecordRejected("not a whole number")
        return value
    if isinstance(column_type, Float):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise RecordRejected("not a number")
        return float(value)
    if isinstance(column_type, JSON):
        return value
    if isinstance(column_type, String):
        text = _text(value)
        if column_type.length and len(text) > column_type.length:
            raise RecordRejected("text too long")
        return text
    raise RecordRejected(f"unsupported column type {column_type!r}")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise RecordRejected("not a text")
    return value


def encode_row(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    return {c.name: encode_value(c.type, row[c.name]) for c in table.columns}


def decode_row(table: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """Python values for `table`'s columns; every primary-key column must be present."""
    unknown = set(data) - set(table.columns.keys())
    if unknown:
        raise RecordRejected(f"unknown fields {sorted(unknown)}")
    missing = [c.name for c in table.primary_key.columns if data.get(c.name) is None]
    if missing:
        raise RecordRejected(f"missing {missing}")
    try:
        return {name: _decode_value(table.columns[name].type, value)
                for name, value in data.items()}
    except (TypeError, ValueError) as error:
        raise RecordRejected(str(error)) from None
