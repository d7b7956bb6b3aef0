"""Rows to JSON-safe dicts and back, by the table's column types.

Decoding is strict: a signed bundle still comes from outside, so a value of the
wrong type, an unknown column or a missing key column is refused (`RecordRejected`)
rather than written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from operator import itemgetter
from types import NoneType
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Table, Time


class RecordRejected(ValueError):
    """A record line that does not fit its table."""


# How a column's JSON value is checked and converted.
TEXT, BOOLEAN, WHOLE, NUMBER, ANY_JSON, DATETIME, DATE, TIME = range(8)
_EXACT = {TEXT: (str, "not a text"), WHOLE: (int, "not a whole number"),  # a bool is
          BOOLEAN: (bool, "not a boolean")}  # not a whole number: JSON gives exact types


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


def _datetime(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo is None else moment.replace(tzinfo=None)


_CONVERT = {DATETIME: _datetime, DATE: date.fromisoformat, TIME: time.fromisoformat}


@dataclass(frozen=True)
class _Plan:
    """What a record of one shape (its fields and their JSON types) still needs once
    its types are known to fit: texts to measure and values to convert."""

    limited: tuple[tuple[Callable[[dict], tuple], int], ...]  # texts of one limit
    converted: tuple[tuple[str, Callable[[Any], Any]], ...]


def _check_type(kind: int, cls: type) -> None:
    """RecordRejected unless a JSON value of type `cls` fits a column of `kind`."""
    if kind in _EXACT:
        expected, message = _EXACT[kind]
        if cls is not expected:
            raise RecordRejected(message)
    elif kind == NUMBER:
        if cls is not int and cls is not float:
            raise RecordRejected("not a number")
    elif kind != ANY_JSON and cls is not str:
        raise RecordRejected("not a text")  # dates and times travel as ISO texts


def _plan(table: Table, names: tuple[str, ...], types: tuple[type, ...]) -> _Plan:
    """The checks of every type for a shape, done once: RecordRejected if one misfits."""
    kinds = _kinds(table)
    unknown = set(names) - set(kinds)
    if unknown:
        raise RecordRejected(f"unknown fields {sorted(unknown)}")
    limited: dict[int, list[str]] = {}
    converted = []
    for name, cls in zip(names, types, strict=True):
        kind, limit = kinds[name]
        if cls is NoneType:
            continue
        _check_type(kind, cls)
        if kind == TEXT and limit:
            limited.setdefault(limit, []).append(name)
        elif kind == NUMBER and cls is int:
            converted.append((name, float))
        elif kind in _CONVERT:
            converted.append((name, _CONVERT[kind]))
    for column in table.primary_key.columns:
        if column.name not in names or types[names.index(column.name)] is NoneType:
            raise RecordRejected(f"missing {column.name}")
    return _Plan(tuple((_picker(fields), limit) for limit, fields in limited.items()),
                 tuple(converted))


def _picker(names: list[str]) -> Callable[[dict], tuple]:
    """The values of `names` in a row, always as a tuple."""
    if len(names) == 1:
        name = names[0]
        return lambda row: (row[name],)
    return itemgetter(*names)


@cache
def _plans(table: Table) -> dict[tuple, _Plan]:
    """The plans of the shapes met so far (a table's records come in a few shapes)."""
    return {}


PLANS_KEPT = 4096  # shapes per table: odd bundles cannot grow the cache without end


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
    """Python values for `table`'s columns; every primary-key column must be present.

    Decoding is the hot loop of an import: the types of a record's values are checked
    once per shape (its fields and their types, as one key), not value by value."""
    shape = (tuple(data), tuple(map(type, data.values())))
    plans = _plans(table)
    plan = plans.get(shape)
    if plan is None:
        plan = _plan(table, *shape)
        if len(plans) < PLANS_KEPT:
            plans[shape] = plan
    row = dict(data)
    for texts, limit in plan.limited:
        if max(map(len, texts(row))) > limit:
            raise RecordRejected("text too long")
    try:
        for name, convert in plan.converted:
            row[name] = convert(row[name])
    except (TypeError, ValueError) as error:
        raise RecordRejected(str(error)) from None
    return row
