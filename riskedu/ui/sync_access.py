"""The window's door to sync: export, import, the bundle history, the register of known
installations, enrolment and conflicts.

Each call opens its own short session, so exports, imports and reads may run on a
worker thread. Holds no rule of its own: the rules live in `riskedu.sync`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from riskedu.core.database import Database
from riskedu.core.db.models import LocalInstallation
from riskedu.core.db.sync_models import BundleLog, KnownInstallation, SyncConflict
from riskedu.sync import conflicts
from riskedu.sync.conflict_names import Names, dated_fields, names_for
from riskedu.sync.export import ExportResult, export_bundle
from riskedu.sync.identity import enrolment, installation_key, trust_enrolment
from riskedu.sync.importer import ImportReport, import_bundles
from riskedu.sync.keys import fingerprint
from riskedu.sync.progress import Progress

HISTORY_LIMIT = 500


@dataclass(frozen=True)
class Identity:
    """This installation's name and fingerprint, and headquarters' when enrolled."""

    name: str
    fingerprint: str
    headquarters_fingerprint: str  # "" when not enrolled: bundles are not encrypted


@dataclass(frozen=True)
class Comparison:
    """A conflict's fields side by side, with what is needed to show them readably."""

    fields: list[conflicts.FieldVersions]
    names: Names  # of the records and places the fields refer to
    kinds: dict[str, str]  # dated fields: "date", "time" or "datetime"


@dataclass(frozen=True)
class HistoryRow:
    """A bundle written here (out) or imported here (in)."""

    direction: str
    file_name: str
    source_name: str
    created_at: datetime
    logged_at: datetime
    logged_by: str
    records: int


@dataclass(frozen=True)
class KnownRow:
    """An installation whose bundles were accepted here."""

    id: str
    name: str
    fingerprint: str
    accepted_at: datetime
    accepted_by: str


def _record_count(counts: Mapping) -> int:
    total = 0
    for value in (counts or {}).values():
        if isinstance(value, int):
            total += value
        elif isinstance(value, dict):
            total += sum(n for n in value.values() if isinstance(n, int))
    return total


class SyncAccess:
    """Sync for one open database and educator (who is recorded as having done it)."""

    def __init__(self, db: Database, by: Callable[[], str]):
        self.db = db
        self._by = by

    # Bundles -------------------------------------------------------------------------

    def export(self, out_dir: Path, full: bool = False,
               progress: Progress | None = None) -> ExportResult:
        with self.db.session() as session:
            key = installation_key(session, self.db.installation_id)
        return export_bundle(self.db, out_dir, key, full=full, by=self._by(),
                             progress=progress)

    def preview(self, paths: list[Path], progress: Progress | None = None
                ) -> list[ImportReport]:
        return import_bundles(self.db, paths, by=self._by(), preview=True, progress=progress)

    def import_files(self, paths: list[Path], accept_unknown: bool,
                     progress: Progress | None = None) -> list[ImportReport]:
        return import_bundles(self.db, paths, by=self._by(), accept_unknown=accept_unknown,
                              progress=progress)

    def history(self) -> list[HistoryRow]:
        with self.db.session() as session:
            logs = session.scalars(select(BundleLog).order_by(
                BundleLog.logged_at.desc(), BundleLog.id).limit(HISTORY_LIMIT))
            return [HistoryRow(log.direction, log.file_name, log.source_name,
                               log.created_at, log.logged_at, log.logged_by,
                               _record_count(log.counts)) for log in logs]

    def installations(self) -> list[KnownRow]:
        with self.db.session() as session:
            known = session.scalars(select(KnownInstallation).order_by(
                KnownInstallation.name, KnownInstallation.id))
            return [KnownRow(k.id, k.name, fingerprint(bytes.fromhex(k.public_key)),
                             k.accepted_at, k.accepted_by) for k in known]

    # Enrolment -----------------------------------------------------------------------

    def identity(self) -> Identity:
        with self.db.session() as session:
            installation = session.get(LocalInstallation, self.db.installation_id)
            key = installation_key(session, self.db.installation_id)
            hq = installation.headquarters_key
            return Identity(installation.name, key.fingerprint,
                            fingerprint(bytes.fromhex(hq)) if hq else "")

    def save_enrolment(self, path: Path) -> None:
        """Headquarters: the file that lets field installations encrypt to it."""
        with self.db.session() as session:
            data = enrolment(session, self.db.installation_id)
        temporary = path.with_name(path.name + ".part")
        temporary.write_text(json.dumps(data, indent=1, ensure_ascii=False), "utf-8")
        temporary.replace(path)

    def load_enrolment(self, path: Path) -> str:
        """Field: encrypt bundles to headquarters from now on; its fingerprint. Raises
        `OSError`, `ValueError` (not JSON) or `EnrolmentRefused`."""
        data = json.loads(path.read_text("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
        with self.db.transaction() as session:
            return trust_enrolment(session, self.db.installation_id, data)

    # Conflicts -----------------------------------------------------------------------

    def conflicts(self) -> list[conflicts.ConflictRow]:
        with self.db.session() as session:
            return conflicts.list_conflicts(session)

    def compare(self, conflict_id: str) -> Comparison:
        with self.db.session() as session:
            fields = conflicts.compare(session, conflict_id)
            conflict = session.get(SyncConflict, conflict_id)
            values = {f.field: (f.current, f.kept) for f in fields}
            version = next((v for v in values.get("gazetteer_version", ()) if v), "")
            return Comparison(fields, names_for(session, values, version),
                              dated_fields(conflicts.table_of(conflict.table_name)))

    def resolve(self, conflict_id: str, choice: Mapping[str, conflicts.Choice]) -> None:
        with self.db.transaction() as session:
            conflicts.resolve(session, conflict_id, choice, by=self._by())
