"""Write a field bundle: this installation's changes since the last export, or everything.

Records stream table by table into JSON lines (children embedded under
`"children"`), the bundle is written atomically, read back and checked, and only
then is the export mark moved and the bundle logged.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from riskedu import __version__
from riskedu.core.database import Database
from riskedu.core.db.base import new_id
from riskedu.core.db.models import LocalInstallation, Organisation
from riskedu.core.db.sync_models import BundleLog, ExportMark
from riskedu.sync.codec import encode_row
from riskedu.sync.container import write_bundle
from riskedu.sync.keys import InstallationKey
from riskedu.sync.reader import open_bundle
from riskedu.sync.tables import Travelling, travelling_tables

BATCH = 1000
HEADQUARTERS = "headquarters"


@dataclass(frozen=True)
class ExportResult:
    """The bundle written and what it holds."""

    path: Path
    bundle_id: str
    counts: dict[str, int]
    size: int
    full: bool
    encrypted: bool


def _rows(session: Session, spec: Travelling, installation_id: str, after: int | None
          ) -> Iterator[dict]:
    table = spec.table
    query = select(table).order_by(table.c.change_counter, table.c.id)
    if after is not None:
        query = query.where(table.c.installation_id == installation_id,
                            table.c.change_counter > after)
    batch: list[dict] = []
    for row in session.execute(query.execution_options(yield_per=BATCH)).mappings():
        batch.append(dict(row))
        if len(batch) == BATCH:
            yield from _with_children(session, spec, batch)
            batch = []
    yield from _with_children(session, spec, batch)


def _with_children(session: Session, spec: Travelling, rows: list[dict]) -> Iterator[dict]:
    if not rows:
        return
    ids = [row["id"] for row in rows]
    embedded: dict[str, dict[str, list]] = {i: {} for i in ids}
    for child in spec.children:
        key = child.table.c[child.parent_column]
        for row in session.execute(select(child.table).where(key.in_(ids))).mappings():
            data = encode_row(child.table, row)
            parent = data.pop(child.parent_column)
            embedded[parent].setdefault(child.table.name, []).append(data)
    for row in rows:
        record = encode_row(spec.table, row)
        if spec.children:
            record["children"] = {c.table.name: embedded[row["id"]].get(c.table.name, [])
                                  for c in spec.children}
        yield record


def _lines(records: Iterator[dict], counts: dict[str, int], name: str) -> Iterator[bytes]:
    """JSON lines, handed to the zip a thousand at a time."""
    counts[name] = 0
    lines: list[str] = []
    for record in records:
        counts[name] += 1
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
        if len(lines) == BATCH:
            yield ("\n".join(lines) + "\n").encode()
            lines = []
    if lines:
        yield ("\n".join(lines) + "\n").encode()


def _read_back(path: Path) -> None:
    with open_bundle(path) as written:
        written.verify_all()


def export_bundle(db: Database, out_dir: Path, key: InstallationKey, *, full: bool = False,
                  destination: str = HEADQUARTERS, by: str = "") -> ExportResult:
    """Write this installation's bundle into `out_dir` (sealed to headquarters' key once
    enrolled); nothing is marked sent unless the written file reads back whole."""
    bundle_id = new_id()
    now = datetime.now(UTC)
    with db.session() as session:
        installation = session.get(LocalInstallation, db.installation_id)
        organisation = (session.get(Organisation, installation.organisation_id)
                        if installation.organisation_id else None)
        mark = session.get(ExportMark, destination)
        after = None if full or mark is None else mark.last_counter
        counts: dict[str, int] = {}
        manifest = {
            "kind": "field", "bundle_id": bundle_id, "app_version": __version__,
            "created_at": now.isoformat(), "full": after is None,
            "source": {"installation_id": installation.id, "name": installation.name,
                       "organisation_id": installation.organisation_id or "",
                       "organisation_code": organisation.short_code if organisation else ""},
            "gazetteer_version": installation.gazetteer_version or "",
            "ranges": {installation.id: [(after or 0) + 1, installation.counter]},
            "counts": counts,  # filled while the records stream; the manifest is written last
        }
        entries = ((f"records/{spec.name}.jsonl",
                    _lines(_rows(session, spec, installation.id, after), counts, spec.name))
                   for spec in travelling_tables())
        stamp = now.strftime("%Y%m%d-%H%M%S")
        label = (installation.name or "field").replace(" ", "-")
        # The bundle id in the name: two exports in one second never overwrite each other.
        path = out_dir / f"riskedu-{label}-{stamp}-{bundle_id[:8]}.riskedu"
        recipient = bytes.fromhex(installation.headquarters_key) or None
        write_bundle(path, manifest, entries, key, recipient, check=_read_back)
        last_counter = installation.counter
    with db.transaction() as session:
        mark = session.get(ExportMark, destination) or ExportMark(destination=destination)
        mark.last_counter, mark.exported_at = last_counter, now.replace(tzinfo=None)
        session.add(mark)
        session.add(BundleLog(bundle_id=bundle_id, direction="out", kind="field",
                              source_installation_id=db.installation_id, file_name=path.name,
                              logged_by=by, counts=counts))
    return ExportResult(path, bundle_id, counts, path.stat().st_size, after is None,
                        recipient is not None)


def changed_since(session: Session, installation_id: str, after: int) -> int:
    """How many of this installation's records changed after counter `after`."""
    return sum(session.scalar(select(func.count()).select_from(t.table).where(
        t.table.c.installation_id == installation_id, t.table.c.change_counter > after))
        for t in travelling_tables())
