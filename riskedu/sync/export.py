"""Write bundles: a field installation's changes for headquarters, or headquarters'
reference data (catalogue, teams, facilitators, gazetteer) for its field teams.

Records stream table by table into JSON lines (children embedded under
`"children"`), followed by the files the records refer to. The bundle is written
atomically and read back whole before the export mark moves and the bundle is
logged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from riskedu import __version__
from riskedu.core.database import Database
from riskedu.core.db.base import new_id
from riskedu.core.db.models import GazetteerUnit, GazetteerVersion, LocalInstallation, Organisation
from riskedu.core.db.sync_models import BundleLog, ExportMark
from riskedu.core.filestore import FileStore, files_root
from riskedu.sync.codec import encode_row
from riskedu.sync.container import write_bundle
from riskedu.sync.keys import InstallationKey
from riskedu.sync.progress import NO_PROGRESS, Progress, Steps
from riskedu.sync.reader import open_bundle
from riskedu.sync.tables import Travelling, travelling_tables

BATCH = 1000
HEADQUARTERS = "headquarters"
REFERENCE_TABLES = ("organisations", "teams", "facilitators", "materials")
Entries = Iterable[tuple[str, Iterable[bytes]]]


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


def _lines(records: Iterable[dict], counts: dict[str, int], name: str,
           attachments: dict[str, str], steps: Steps = NO_PROGRESS) -> Iterator[bytes]:
    """JSON lines, handed to the zip a thousand at a time; notes the files records use.
    Each thousand is a step of `steps` (which may cancel the export)."""
    counts[name] = 0
    lines: list[str] = []
    for record in records:
        counts[name] += 1
        if record.get("file_sha256") and not record.get("deleted"):
            attachments[record["file_sha256"]] = record.get("file_type", "")
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
        if len(lines) == BATCH:
            steps.advance(len(lines))
            yield ("\n".join(lines) + "\n").encode()
            lines = []
    if lines:
        steps.advance(len(lines))
        yield ("\n".join(lines) + "\n").encode()


def _file_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            yield chunk


def _entries(session: Session, db: Database, specs: list[Travelling], installation_id: str,
             after: int | None, counts: dict[str, int], steps: Steps = NO_PROGRESS) -> Entries:
    attachments: dict[str, str] = {}
    for spec in specs:
        records = _rows(session, spec, installation_id, after)
        yield f"records/{spec.name}.jsonl", _lines(records, counts, spec.name, attachments,
                                                    steps)
    store = FileStore(files_root(db.path))
    for sha256, media_type in sorted(attachments.items()):
        if store.has(sha256, media_type):  # a file missing here is reported by `check`
            yield f"files/{sha256}", _file_chunks(store.path_of(sha256, media_type))


def _gazetteer_entries(session: Session, counts: dict[str, int]) -> Entries:
    for version in session.scalars(select(GazetteerVersion).order_by(GazetteerVersion.id)):
        units = session.execute(select(GazetteerUnit.__table__).where(
            GazetteerUnit.version == version.id).order_by(GazetteerUnit.code)).mappings()
        head = encode_row(GazetteerVersion.__table__,
                          {c: getattr(version, c) for c in GazetteerVersion.__table__.c.keys()})
        records = [{"version": head}, *({"unit": dict(u)} for u in units)]
        counts[f"gazetteer:{version.id}"] = len(records) - 1
        yield f"gazetteer/{version.id}.jsonl", _lines(records, {}, version.id, {})


def _read_back(path: Path) -> None:
    with open_bundle(path) as written:
        written.verify_all()


def _source(session: Session, installation: LocalInstallation) -> dict:
    organisation = (session.get(Organisation, installation.organisation_id)
                    if installation.organisation_id else None)
    return {"installation_id": installation.id, "name": installation.name,
            "organisation_id": installation.organisation_id or "",
            "organisation_code": organisation.short_code if organisation else ""}


def _bundle_path(out_dir: Path, installation: LocalInstallation, kind: str, bundle_id: str,
                 now: datetime) -> Path:
    label = (installation.name or kind).replace(" ", "-").replace("/", "-")
    # The bundle id in the name: two exports in one second never overwrite each other.
    return out_dir / f"riskedu-{kind}-{label}-{now:%Y%m%d-%H%M%S}-{bundle_id[:8]}.riskedu"


def export_bundle(db: Database, out_dir: Path, key: InstallationKey, *, full: bool = False,
                  destination: str = HEADQUARTERS, by: str = "",
                  progress: Progress | None = None) -> ExportResult:
    """Write this installation's bundle into `out_dir` (sealed to headquarters' key once
    enrolled); nothing is marked sent unless the written file reads back whole.
    `progress` (records written, records in all) may cancel: `Cancelled` is raised and
    no file is left behind."""
    bundle_id, now, counts = new_id(), datetime.now(UTC), {}
    with db.session() as session:
        installation = session.get(LocalInstallation, db.installation_id)
        mark = session.get(ExportMark, destination)
        after = None if full or mark is None else mark.last_counter
        manifest = {
            "kind": "field", "bundle_id": bundle_id, "app_version": __version__,
            "created_at": now.isoformat(), "full": after is None,
            "source": _source(session, installation),
            "gazetteer_version": installation.gazetteer_version or "",
            "ranges": {installation.id: [(after or 0) + 1, installation.counter]},
            "counts": counts,  # filled while the records stream; the manifest is written last
        }
        path = _bundle_path(out_dir, installation, "field", bundle_id, now)
        recipient = bytes.fromhex(installation.headquarters_key) or None
        specs = list(travelling_tables())
        steps = Steps(progress, _record_count(session, specs, installation.id, after))
        steps.advance()  # a cancel before the first record leaves no file either
        entries = _entries(session, db, specs, installation.id, after, counts, steps)
        write_bundle(path, manifest, entries, key, recipient,
                     check=lambda written: (_read_back(written), steps.advance()))
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


def export_reference(db: Database, out_dir: Path, key: InstallationKey, *,
                     by: str = "") -> ExportResult:
    """Headquarters' reference bundle for its field teams: organisations, teams,
    facilitators, the materials catalogue with its files, and the gazetteer."""
    bundle_id, now, counts = new_id(), datetime.now(UTC), {}
    with db.session() as session:
        installation = session.get(LocalInstallation, db.installation_id)
        source = _source(session, installation)
        manifest = {
            "kind": "reference", "bundle_id": bundle_id, "app_version": __version__,
            "created_at": now.isoformat(), "full": True, "source": source,
            "destination": {"organisation_code": source["organisation_code"]},
            "counts": counts,
        }
        specs = [t for t in travelling_tables() if t.name in REFERENCE_TABLES]
        path = _bundle_path(out_dir, installation, "reference", bundle_id, now)

        def entries() -> Entries:
            yield from _entries(session, db, specs, installation.id, None, counts)
            yield from _gazetteer_entries(session, counts)
        write_bundle(path, manifest, entries(), key, check=_read_back)
    with db.transaction() as session:
        session.add(BundleLog(bundle_id=bundle_id, direction="out", kind="reference",
                              source_installation_id=db.installation_id, file_name=path.name,
                              logged_by=by, counts=counts))
    return ExportResult(path, bundle_id, counts, path.stat().st_size, True, False)


def _record_count(session: Session, specs: list[Travelling], installation_id: str,
                  after: int | None) -> int:
    """How many records an export of `specs` writes (the steps of its progress)."""
    total = 0
    for spec in specs:
        query = select(func.count()).select_from(spec.table)
        if after is not None:
            query = query.where(spec.table.c.installation_id == installation_id,
                                spec.table.c.change_counter > after)
        total += session.scalar(query)
    return total


def changed_since(session: Session, installation_id: str, after: int) -> int:
    """How many of this installation's records changed after counter `after`."""
    return sum(session.scalar(select(func.count()).select_from(t.table).where(
        t.table.c.installation_id == installation_id, t.table.c.change_counter > after))
        for t in travelling_tables())
