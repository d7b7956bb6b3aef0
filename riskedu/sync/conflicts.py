"""Conflicts kept by imports, and a person's resolution of them.

A conflict entry holds the version of a record that lost to a concurrent one (the
other is shown). Resolving writes the chosen values, field by field, as a new local
edit through the ORM: the flush hook stamps it with this installation's next
counter on top of a vector that contains both versions, so the resolution is
newer than either and travels as a plain update, never as a new conflict.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from riskedu.core.db.base import Base
from riskedu.core.db.sync_models import KnownInstallation, SyncConflict
from riskedu.sync.codec import decode_row, encode_row
from riskedu.sync.tables import Travelling, travelling_tables
from riskedu.sync.versions import contains, merged

# Sync metadata: never a field a person chooses.
SYNC_COLUMNS = frozenset({"id", "installation_id", "change_counter", "updated_at",
                          "version_vector", "origin_installation_id"})
Choice = Literal["current", "kept"]


class ConflictGone(LookupError):
    """The conflict was resolved already, or its record no longer exists."""


@dataclass(frozen=True)
class ConflictRow:
    """One unresolved conflict as the list shows it."""

    id: str
    table_name: str
    record_id: str
    label: str  # what a person recognises the record by (a report code, a name)
    installation_id: str
    installation_name: str
    kept_updated_at: datetime
    detected_at: datetime


@dataclass(frozen=True)
class FieldVersions:
    """One field of a conflicting record: the shown (current) and the kept value."""

    field: str
    current: Any
    kept: Any

    @property
    def differs(self) -> bool:
        return self.current != self.kept


LABEL_COLUMNS = ("report_code", "name", "short_code", "title", "reference")


def _spec(table_name: str) -> Travelling:
    for spec in travelling_tables():
        if spec.name == table_name:
            return spec
    raise ConflictGone(table_name)


def table_of(table_name: str) -> Table:
    """The travelling table a conflict is about."""
    return _spec(table_name).table


def _label(data: Mapping[str, Any]) -> str:
    return next((str(data[c]) for c in LABEL_COLUMNS if data.get(c)), "")


def list_conflicts(session: Session) -> list[ConflictRow]:
    """Unresolved conflicts, the most recently found first."""
    names = dict(session.execute(select(KnownInstallation.id, KnownInstallation.name)).all())
    conflicts = session.scalars(select(SyncConflict).where(SyncConflict.resolved.is_(False))
                                .order_by(SyncConflict.detected_at.desc(), SyncConflict.id))
    return [ConflictRow(c.id, c.table_name, c.record_id, _label(c.data or {}),
                        c.installation_id, names.get(c.installation_id, ""), c.updated_at,
                        c.detected_at) for c in conflicts]


def unresolved_count(session: Session) -> int:
    return len(session.scalars(select(SyncConflict.id).where(
        SyncConflict.resolved.is_(False))).all())


def _open_conflict(session: Session, conflict_id: str) -> tuple[SyncConflict, Travelling, dict]:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.resolved:
        raise ConflictGone(conflict_id)
    spec = _spec(conflict.table_name)
    row = session.execute(select(spec.table).where(
        spec.table.c.id == conflict.record_id)).mappings().first()
    if row is None:
        raise ConflictGone(conflict_id)
    return conflict, spec, encode_row(spec.table, row)


def _children(session: Session, spec: Travelling, record_id: str) -> dict[str, list[dict]]:
    return {child.table.name: [encode_row(child.table, r) for r in session.execute(
        select(child.table).where(child.table.c[child.parent_column] == record_id)).mappings()]
        for child in spec.children}


def _plain_children(spec: Travelling, children: Mapping[str, list]) -> dict[str, list[dict]]:
    """Child rows without their parent key, in a stable order, to compare two versions."""
    plain = {}
    for child in spec.children:
        rows = [{k: v for k, v in row.items() if k != child.parent_column}
                for row in children.get(child.table.name) or []]
        plain[child.table.name] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True,
                                                                        default=str))
    return plain


def compare(session: Session, conflict_id: str) -> list[FieldVersions]:
    """Every field of the record (children as one field each): current and kept value."""
    conflict, spec, current = _open_conflict(session, conflict_id)
    kept = conflict.data or {}
    fields = [FieldVersions(c.name, current.get(c.name), kept.get(c.name))
              for c in spec.table.columns if c.name not in SYNC_COLUMNS]
    current_children = _plain_children(spec, _children(session, spec, conflict.record_id))
    kept_children = _plain_children(spec, kept.get("children") or {})
    fields += [FieldVersions(name, rows, kept_children[name])
               for name, rows in current_children.items()]
    return fields


def _mapper(table_name: str):
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table_name:
            return mapper
    raise ConflictGone(table_name)


def _take_column(record: object, mapper, spec: Travelling, name: str, value: Any) -> None:
    decoded = decode_row(spec.table, {"id": "-", name: value})[name]
    attribute = mapper.get_property_by_column(spec.table.c[name]).key
    setattr(record, attribute, decoded)


def _take_children(session: Session, spec: Travelling, record_id: str, name: str,
                   rows: list[dict]) -> None:
    child = next(c for c in spec.children if c.table.name == name)
    session.execute(delete(child.table).where(child.table.c[child.parent_column] == record_id))
    decoded = [decode_row(child.table, {**r, child.parent_column: record_id}) for r in rows]
    if decoded:
        session.execute(insert(child.table), decoded)


def resolve(session: Session, conflict_id: str, choice: Mapping[str, Choice], by: str
            ) -> None:
    """Keep, per field, the current or the kept value (fields not named stay current);
    the result is a new local edit containing both versions, and the conflict is
    marked resolved. Other kept versions it contains are settled with it."""
    conflict, spec, _current = _open_conflict(session, conflict_id)
    mapper = _mapper(spec.name)
    record = session.get(mapper.class_, conflict.record_id)
    kept = conflict.data or {}
    taken = sorted(f for f, which in choice.items() if which == "kept")
    children = {c.table.name for c in spec.children}
    for name in taken:
        if name in children:
            _take_children(session, spec, conflict.record_id, name,
                           _plain_children(spec, kept.get("children") or {})[name])
        elif name in spec.table.c and name not in SYNC_COLUMNS:
            _take_column(record, mapper, spec, name, kept.get(name))
        else:
            raise KeyError(name)
    # Contains both versions; the flush hook adds this installation's next counter on top.
    record.version_vector = merged(record.version_vector or {}, conflict.version_vector or {})
    flag_modified(record, "version_vector")  # a new edit even when every field stays
    session.flush()
    how = "current" if not taken else (
        "kept" if all(which == "kept" for which in choice.values()) else "merged")
    for other in session.scalars(select(SyncConflict).where(
            SyncConflict.table_name == spec.name, SyncConflict.record_id == conflict.record_id,
            SyncConflict.resolved.is_(False))):
        if other.id == conflict.id or contains(record.version_vector, other.version_vector):
            other.resolved = True
            other.resolution = f"{how} by {by}" if other.id == conflict.id else "superseded"

