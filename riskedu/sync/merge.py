"""Apply a bundle's records to the database, by the rules of `decide.py`.

Runs inside the caller's transaction: a preview rolls it back, an import commits
it; either way a failure leaves the database as it was. Rows are written with
plain SQL statements, so the incoming versions keep their own sync metadata (the
ORM flush hook that stamps local edits never sees them).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from riskedu.core.dashboard_summary import Touched
from riskedu.core.db.sync_models import SyncConflict
from riskedu.sync import errors as E
from riskedu.sync.bulk import insert_rows
from riskedu.sync.codec import RecordRejected, decode_row, encode_row
from riskedu.sync.decide import Action, Decision, Version, decide
from riskedu.sync.errors import BundleError
from riskedu.sync.progress import NO_PROGRESS, Steps
from riskedu.sync.reader import Bundle
from riskedu.sync.tables import Travelling, travelling_tables
from riskedu.sync.versions import contains, merged

BATCH = 500


@dataclass
class TableOutcome:
    """How many records of one table each action touched."""

    actions: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict[str, int]:
        return {action.value: self.actions[action] for action in Action if self.actions[action]}


_scan = json.JSONDecoder().scan_once  # the parser itself, without json.loads' wrapping


def _parse(line: bytes) -> Any:
    """The JSON value of a line, as `json.loads` gives it (the hot loop of an import)."""
    try:
        text = line.decode()
        value, end = _scan(text, 0)
        if end == len(text):
            return value
    except (ValueError, StopIteration):
        pass
    return json.loads(line)  # anything unusual: its own answer, or its error


def _incoming(bundle: Bundle, spec: Travelling) -> Iterator[list[dict]]:
    name = f"records/{spec.name}.jsonl"
    if name not in bundle.manifest["entries"]:
        return
    batch = []
    for number, line in enumerate(bundle.lines(name), start=1):
        try:
            record = _parse(line)
            if not isinstance(record, dict):
                raise RecordRejected("not an object")
        except (ValueError, RecordRejected):
            raise BundleError(E.BAD_RECORD, file=bundle.path.name, table=spec.name,
                              line=number) from None
        batch.append(record)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _version(row: dict) -> Version:
    return Version(dict(row["version_vector"] or {}), row["updated_at"],
                   row["installation_id"], row["change_counter"], bool(row["deleted"]))


_sync_metadata = itemgetter("version_vector", "updated_at", "installation_id", "change_counter")


def _decode(bundle: Bundle, spec: Travelling, record: dict) -> tuple[dict, dict]:
    children = record.pop("children", {}) if spec.children else {}
    try:
        row = decode_row(spec.table, record)
        if None in _sync_metadata(row):
            raise RecordRejected("no sync metadata")
        if not isinstance(row["version_vector"], dict):
            raise RecordRejected("version_vector is not an object")
        decoded_children = {
            c.table.name: [decode_row(c.table, {**child, c.parent_column: row["id"]})
                           for child in children.get(c.table.name, [])]
            for c in spec.children}
    except (RecordRejected, AttributeError, TypeError, KeyError):
        raise BundleError(E.BAD_RECORD, file=bundle.path.name, table=spec.name,
                          line=record.get("id", "?")) from None
    return row, decoded_children


def _children_of(session: Session, spec: Travelling, record_id: str) -> dict[str, list]:
    return {c.table.name: [encode_row(c.table, r) for r in session.execute(
        select(c.table).where(c.table.c[c.parent_column] == record_id)).mappings()]
        for c in spec.children}


def _replace_children(session: Session, spec: Travelling, record_id: str,
                      children: dict[str, list[dict]]) -> None:
    for child in spec.children:
        session.execute(delete(child.table).where(
            child.table.c[child.parent_column] == record_id))
        rows = children.get(child.table.name, [])
        if rows:
            session.execute(insert(child.table), rows)


def _keep_conflict(session: Session, spec: Travelling, row: dict, children: dict) -> None:
    already = session.scalar(select(SyncConflict.id).where(
        SyncConflict.table_name == spec.name, SyncConflict.record_id == row["id"],
        SyncConflict.installation_id == row["installation_id"],
        SyncConflict.change_counter == row["change_counter"]))
    if already is None:
        data = encode_row(spec.table, row)
        data["children"] = children
        session.add(SyncConflict(
            table_name=spec.name, record_id=row["id"], installation_id=row["installation_id"],
            change_counter=row["change_counter"], version_vector=row["version_vector"],
            updated_at=row["updated_at"], data=data))


def _settle_conflicts(session: Session, spec: Travelling, record_id: str,
                      vector: dict) -> None:
    """Conflict entries that the record's version now contains are resolved by it."""
    for conflict in session.scalars(select(SyncConflict).where(
            SyncConflict.table_name == spec.name, SyncConflict.record_id == record_id,
            SyncConflict.resolved.is_(False))):
        if contains(vector, conflict.version_vector):
            conflict.resolved, conflict.resolution = True, "superseded"


def _explained(session: Session, spec: Travelling, record_id: str, theirs: dict,
               ours: dict) -> bool:
    """Whether the shown version holds nothing that the arriving version and the versions
    already kept do not (an earlier edit of the arriving one, shown beside a kept one)."""
    known = dict(theirs)
    for vector in session.scalars(select(SyncConflict.version_vector).where(
            SyncConflict.table_name == spec.name, SyncConflict.record_id == record_id,
            SyncConflict.resolved.is_(False))):
        known = merged(known, vector or {})
    return contains(known, ours)


def _insert_new(session: Session, spec: Travelling, fresh: list[tuple[dict, dict]]) -> None:
    """Records not seen before, written in bulk (nearly all of a first import)."""
    if not fresh:
        return
    insert_rows(session, spec.table, [row for row, _ in fresh])
    for child in spec.children:
        insert_rows(session, child.table,
                    [r for _, children in fresh for r in children.get(child.table.name, [])])


def _apply(session: Session, spec: Travelling, row: dict, children: dict,
           ours: dict | None, decision: Decision) -> None:
    table, record_id = spec.table, row["id"]
    # Kept versions that the arriving version itself contains are settled by it (not by
    # the union a conflict gives the record, which would settle every conflict at once).
    _settle_conflicts(session, spec, record_id, row["version_vector"])
    if decision.action is Action.CONFLICT_OURS_SHOWN:
        _keep_conflict(session, spec, row, children)
    elif decision.action is Action.CONFLICT_THEIRS_SHOWN and not _explained(
            session, spec, record_id, row["version_vector"], ours["version_vector"]):
        _keep_conflict(session, spec, ours, _children_of(session, spec, record_id))
    if decision.action.takes_theirs:
        values = {**row, "version_vector": decision.vector}
        session.execute(update(table).where(table.c.id == record_id).values(values))
        _replace_children(session, spec, record_id, children)
    else:
        session.execute(update(table).where(table.c.id == record_id)
                        .values(version_vector=decision.vector))


def _note(touched: Touched, spec: Travelling, row: dict, ours: dict | None) -> None:
    """Remember what a written record changes in the dashboard summary."""
    if spec.name == "sessions":
        touched.session_rows(row, ours)
    elif spec.name == "hazard_reports":
        touched.sessions(row.get("session_id"), (ours or {}).get("session_id"))


def _is_empty(session: Session, spec: Travelling) -> bool:
    return session.execute(select(spec.table.c.id).limit(1)).first() is None


def _local_rows(session: Session, spec: Travelling, ids: list[str]) -> dict[str, dict]:
    if not ids:
        return {}
    return {r["id"]: dict(r) for r in session.execute(
        select(spec.table).where(spec.table.c.id.in_(ids))).mappings()}


def merge_bundle(session: Session, bundle: Bundle, steps: Steps = NO_PROGRESS
                 ) -> dict[str, dict[str, int]]:
    """Apply every record of `bundle`; return per table how many were new, updated...
    Each record is a step of `steps` (which may cancel: the caller rolls back). The
    dashboard summary's touched groups are recomputed once, at the end."""
    outcome: dict[str, dict[str, int]] = {}
    touched = Touched()
    for spec in travelling_tables():
        result = TableOutcome()
        # Into an empty table (a first import) only records of this bundle can be there:
        # no need to look the others up.
        written: set[str] | None = set() if _is_empty(session, spec) else None
        for batch in _incoming(bundle, spec):
            decoded = [_decode(bundle, spec, record) for record in batch]
            ids = [row["id"] for row, _ in decoded]
            wanted = ids if written is None else [i for i in ids if i in written]
            if written is not None:
                written.update(ids)
            local = _local_rows(session, spec, wanted)
            fresh: list[tuple[dict, dict]] = []
            for row, children in decoded:
                ours = local.get(row["id"])
                if ours is None:  # most of a first import: new, as `decide` says
                    _note(touched, spec, row, None)
                    fresh.append((row, children))
                    local[row["id"]] = row
                    continue
                decision = decide(_version(row), _version(ours))
                result.actions[decision.action] += 1
                if decision.action is Action.NEW or decision.action.takes_theirs:
                    _note(touched, spec, row, ours)
                if decision.action is Action.NEW:
                    fresh.append((row, children))
                elif decision.action is not Action.UNCHANGED:
                    _apply(session, spec, row, children, ours, decision)
                if decision.action is not Action.UNCHANGED:
                    local[row["id"]] = {**row, "version_vector": decision.vector} \
                        if decision.action.takes_theirs else {**(ours or {}),
                                                              "version_vector": decision.vector}
            if fresh:
                result.actions[Action.NEW] += len(fresh)
            _insert_new(session, spec, fresh)
            steps.advance(len(batch))
        if result.actions:
            outcome[spec.name] = result.as_dict()
    touched.apply(session.connection())
    return outcome
