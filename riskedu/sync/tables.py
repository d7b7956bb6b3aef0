"""Which tables travel in bundles, in which order, and what travels inside them.

A travelling table is one with sync metadata (`SyncMixin`). A table without it
whose primary key holds a cascading foreign key to a travelling table (attendance,
a session's facilitator links, a material's titles) travels inside that table's
records. Both are found from the models, so a new table cannot be forgotten.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Table

from riskedu.core.db import models  # noqa: F401 - registers every table
from riskedu.core.db.base import Base


@dataclass(frozen=True)
class Child:
    """A table travelling inside its parent's records, keyed by `parent_column`."""

    table: Table
    parent_column: str


@dataclass(frozen=True)
class Travelling:
    """A table whose records travel, with the child tables embedded in them."""

    table: Table
    children: tuple[Child, ...]

    @property
    def name(self) -> str:
        return self.table.name


def _is_travelling(table: Table) -> bool:
    return {"id", "installation_id", "change_counter", "updated_at", "deleted"} <= set(
        table.columns.keys())


def _parent_of(table: Table) -> tuple[str, str] | None:
    for key in table.foreign_keys:
        column = key.parent
        if column.primary_key and key.ondelete == "CASCADE" and _is_travelling(
                key.column.table):
            return key.column.table.name, column.name
    return None


@cache
def travelling_tables() -> tuple[Travelling, ...]:
    """Travelling tables, parents before the tables that refer to them."""
    ordered = [t for t in Base.metadata.sorted_tables if _is_travelling(t)]
    children: dict[str, list[Child]] = {t.name: [] for t in ordered}
    for table in Base.metadata.sorted_tables:
        if _is_travelling(table):
            continue
        parent = _parent_of(table)
        if parent is not None:
            children[parent[0]].append(Child(table, parent[1]))
    return tuple(Travelling(t, tuple(children[t.name])) for t in ordered)
