"""Import bundles: check everything, preview, apply in one transaction, log.

`import_bundle` reads the whole bundle (every hash) before touching the database,
then merges inside a single transaction that a preview rolls back and an import
commits. Any fault leaves the database exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from riskedu.core.database import Database
from riskedu.core.db.sync_models import BundleLog
from riskedu.sync import errors as E
from riskedu.sync.errors import BundleError
from riskedu.sync.identity import (
    KeyMismatch,
    UnknownInstallation,
    check_signer,
    installation_key,
)
from riskedu.sync.keys import InstallationKey
from riskedu.sync.merge import merge_bundle
from riskedu.sync.reader import open_bundle


@dataclass
class ImportReport:
    """What a bundle brought (or would bring, for a preview)."""

    file_name: str
    bundle_id: str
    source_name: str
    source_installation_id: str
    created_at: str
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    already_imported: bool = False
    applied: bool = False
    unknown_signer: str = ""  # the fingerprint to show when the installation is new

    def total(self, action: str) -> int:
        return sum(c.get(action, 0) for c in self.counts.values())

    @property
    def conflicts(self) -> int:
        return self.total("conflict-theirs-shown") + self.total("conflict-ours-shown")


class _RollBack(Exception):
    """Ends a preview: the transaction is rolled back, nothing is kept."""


def _check_source(session, report: ImportReport, signer: bytes, file_name: str, *,
                  preview: bool, accept: bool, by: str) -> None:
    try:
        check_signer(session, report.source_installation_id, report.source_name, signer,
                     accept=accept and not preview, by=by)
    except KeyMismatch:
        raise BundleError(E.BAD_SIGNATURE, file=file_name) from None
    except UnknownInstallation as unknown:
        if not preview:
            raise
        report.unknown_signer = unknown.fingerprint


def import_bundle(db: Database, path: Path, *, by: str = "", preview: bool = False,
                  accept_unknown: bool = False) -> ImportReport:
    """Merge the bundle at `path`. Raises `BundleError` (nothing changed) for a bad file,
    `UnknownInstallation` for a signer not yet accepted (unless `accept_unknown`)."""
    with db.session() as session:
        key = installation_key(session, db.installation_id)
    with open_bundle(path, key) as bundle:
        bundle.verify_all()
        manifest = bundle.manifest
        source = manifest.get("source") or {}
        if manifest.get("kind") != "field" or not isinstance(source, dict):
            raise BundleError(E.NOT_A_BUNDLE, file=path.name)
        report = ImportReport(path.name, str(manifest.get("bundle_id", "")),
                              str(source.get("name", "")),
                              str(source.get("installation_id", "")),
                              str(manifest.get("created_at", "")))
        try:
            with db.session() as session, session.begin():
                _check_source(session, report, bundle.signer, path.name, preview=preview,
                              accept=accept_unknown, by=by)
                report.already_imported = session.scalar(select(BundleLog.id).where(
                    BundleLog.bundle_id == report.bundle_id, BundleLog.direction == "in")
                ) is not None
                report.counts = merge_bundle(session, bundle)
                if preview or report.already_imported:  # a repeat changes nothing
                    raise _RollBack
                session.add(BundleLog(
                    bundle_id=report.bundle_id, direction="in", kind="field",
                    source_installation_id=report.source_installation_id,
                    source_name=report.source_name, file_name=path.name, logged_by=by,
                    created_at=_parse_time(report.created_at), counts=report.counts))
        except _RollBack:
            return report
        except IntegrityError:
            raise BundleError(E.MISSING_EARLIER, file=path.name) from None
        report.applied = True
        return report


def _parse_time(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return datetime(1970, 1, 1)


def import_order(paths: list[Path], key: InstallationKey | None = None) -> list[Path]:
    """Bundles of one installation oldest first (by the counters they cover), so that
    files picked in any order import like they were made."""
    def first_counter(path: Path) -> tuple[str, int, str]:
        try:
            with open_bundle(path, key) as bundle:
                source = bundle.manifest["source"]["installation_id"]
                start = bundle.manifest["ranges"][source][0]
                return (str(source), int(start), path.name)
        except (BundleError, KeyError, TypeError, ValueError, IndexError):
            return ("", 0, path.name)  # sealed or odd files: their import will say why
    return sorted(paths, key=first_counter)
