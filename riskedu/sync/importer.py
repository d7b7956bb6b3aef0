"""Import bundles: check everything, preview, apply in one transaction, log.

`import_bundle` reads the whole bundle (every hash) before touching the database,
then merges inside a single transaction that a preview rolls back and an import
commits. Any fault leaves the database exactly as it was.
"""

from __future__ import annotations

import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from riskedu.core.database import Database
from riskedu.core.db.busy import is_locked, take_write_turn
from riskedu.core.db.engine import bulk_page_cache
from riskedu.core.db.server import is_retryable, taking_turns
from riskedu.core.db.sync_models import BundleLog
from riskedu.sync import errors as E
from riskedu.sync.attachments import store_attachments
from riskedu.sync.errors import BundleError
from riskedu.sync.identity import (
    KeyMismatch,
    UnknownInstallation,
    check_signer,
    installation_key,
)
from riskedu.sync.keys import InstallationKey
from riskedu.sync.merge import merge_bundle
from riskedu.sync.progress import Progress, Steps
from riskedu.sync.reader import Bundle, open_bundle
from riskedu.sync.reference import check_headquarters, import_gazetteers


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
    kind: str = "field"
    files: int = 0  # attachments stored

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


def _report(bundle: Bundle) -> ImportReport:
    manifest = bundle.manifest
    source = manifest.get("source")
    if manifest.get("kind") not in ("field", "reference") or not isinstance(source, dict):
        raise BundleError(E.NOT_A_BUNDLE, file=bundle.path.name)
    return ImportReport(bundle.path.name, str(manifest.get("bundle_id", "")),
                        str(source.get("name", "")), str(source.get("installation_id", "")),
                        str(manifest.get("created_at", "")), kind=manifest["kind"])


def import_bundles(db: Database, paths: list[Path], *, by: str = "", preview: bool = False,
                   accept_unknown: bool = False,
                   progress: Progress | None = None) -> list[ImportReport]:
    """Merge the bundles at `paths` (oldest first per installation) in one transaction:
    all of them or, on any fault, none. Raises `BundleError` for a bad file and
    `UnknownInstallation` for a signer not yet accepted (unless `accept_unknown`).
    `progress` (records merged, records in all) may cancel before the commit: `Cancelled`
    is raised and the database is as it was.

    Officers importing into one server database at the same moment take turns (a server
    lock), and each import is a serialisable transaction retried when it met a concurrent
    edit: whatever the timing, no record is lost or written twice."""
    with db.session() as session:
        key = installation_key(session, db.installation_id)
    with ExitStack() as stack:
        bundles = [stack.enter_context(open_bundle(p, key)) for p in import_order(paths, key)]
        reports = [_report(bundle) for bundle in bundles]
        with db.session() as session:
            logged = _logged(session, reports)
        steps = Steps(progress, sum(_record_total(b) for b, r in zip(
            bundles, reports, strict=True) if r.bundle_id not in logged))
        for bundle, report in zip(bundles, reports, strict=True):
            if report.bundle_id not in logged:
                bundle.verify_all()  # every byte checked before anything is written
                steps.advance()
        _merge_in_turn(db, bundles, reports, steps, by=by, preview=preview,
                       accept_unknown=accept_unknown)
        return reports


ATTEMPTS = 8  # on a server, tries of an import that met a concurrent one
BUSY_WAIT = 600.0  # seconds an import waits for another writer of a SQLite file


def _merge_in_turn(db: Database, bundles: list[Bundle], reports: list[ImportReport],
                   steps: Steps, **options) -> None:
    """`_merge_all`, tried again when it met another writer: on a server, a concurrent
    import (serialisation failure); on SQLite, any program holding the write lock (each
    try waits the busy timeout), for up to BUSY_WAIT seconds, asking between tries whether
    to go on."""
    attempt, deadline = 0, time.monotonic() + BUSY_WAIT
    while True:
        attempt += 1
        try:
            _merge_all(db, bundles, reports, steps, **options)
            return
        except DBAPIError as error:
            if is_locked(error):
                if time.monotonic() < deadline:
                    steps.advance()  # Cancel answered between waits, not only at our turn
                    continue
                raise BundleError(E.DATABASE_BUSY, file=reports[0].file_name,
                                  minutes=round(BUSY_WAIT / 60)) from None
            if attempt >= ATTEMPTS or not _retryable(error):
                raise


def _retryable(error: DBAPIError) -> bool:
    # 23505: a unique key another officer's import wrote first; the next try sees it.
    state = getattr(error.orig, "sqlstate", None)
    return is_retryable(error) or state == "23505"


def _logged(session: Session, reports: list[ImportReport]) -> set[str]:
    return set(session.scalars(select(BundleLog.bundle_id).where(
        BundleLog.direction == "in", BundleLog.bundle_id.in_([r.bundle_id for r in reports]))))


def _merge_all(db: Database, bundles: list[Bundle], reports: list[ImportReport],
               steps: Steps, *, by: str, preview: bool, accept_unknown: bool) -> None:
    """One attempt: merge every bundle in one transaction (rolled back for a preview)."""
    current = reports[0] if reports else None
    try:
        # The lock is granted before the transaction starts, so its snapshot holds what
        # the officer before committed.
        with taking_turns(db.engine, "import"), db.session() as session, session.begin():
            if db.engine.dialect.name == "postgresql":
                session.connection(execution_options={"isolation_level": "SERIALIZABLE"})
            else:  # SQLite: the write lock from the first read, so nothing changes under it
                take_write_turn(session)
            logged = _logged(session, reports)
            with bulk_page_cache(session.connection()):
                for bundle, current in zip(bundles, reports, strict=True):
                    current.applied, current.counts = False, {}
                    current.already_imported = current.bundle_id in logged
                    _merge_one(session, db, bundle, current, steps, by=by, preview=preview,
                               accept_unknown=accept_unknown)
                    logged.add(current.bundle_id)
            steps.advance()  # the last moment to cancel: nothing is kept yet
            if preview or not any(r.applied for r in reports):
                raise _RollBack  # a preview, or only repeats: nothing to keep
            # Files before the commit: a record never lands without its file (a crash
            # after storing them leaves unused files, harmless: they go by content).
            for bundle, report in zip(bundles, reports, strict=True):
                if report.applied:
                    report.files = store_attachments(bundle, db.path)
    except _RollBack:
        for report in reports:
            report.applied = False
    except IntegrityError as error:
        if _retryable(error):
            raise
        raise BundleError(E.MISSING_EARLIER, file=current.file_name) from None


def _merge_one(session: Session, db: Database, bundle: Bundle, report: ImportReport,
               steps: Steps, *, by: str, preview: bool, accept_unknown: bool) -> None:
    if report.kind == "reference":
        check_headquarters(session, db.installation_id, bundle)
    else:
        _check_source(session, report, bundle.signer, bundle.path.name, preview=preview,
                      accept=accept_unknown, by=by)
    if report.already_imported:
        # Its records are all here already: say so without reading them.
        report.counts = _unchanged(bundle)
        return
    report.counts = merge_bundle(session, bundle, steps)
    if report.kind == "reference":
        report.counts.update(import_gazetteers(session, bundle))
    report.applied = True
    session.add(_log_entry(report, by))
    session.flush()  # the log's unique key is checked here, inside the turn


def _record_total(bundle: Bundle) -> int:
    """How many records a bundle's manifest says it carries (the steps of an import)."""
    counts = bundle.manifest.get("counts")
    if not isinstance(counts, dict):
        return 0
    return sum(n for t, n in counts.items()
               if isinstance(n, int) and not str(t).startswith("gazetteer:"))


def _unchanged(bundle: Bundle) -> dict[str, dict[str, int]]:
    counts = bundle.manifest.get("counts")
    if not isinstance(counts, dict):
        return {}
    return {str(t): {"unchanged": n} for t, n in counts.items() if isinstance(n, int) and n}


def import_bundle(db: Database, path: Path, **options) -> ImportReport:
    """Merge one bundle; see `import_bundles`."""
    return import_bundles(db, [path], **options)[0]


def _log_entry(report: ImportReport, by: str) -> BundleLog:
    return BundleLog(bundle_id=report.bundle_id, direction="in", kind=report.kind,
                     source_installation_id=report.source_installation_id,
                     source_name=report.source_name, file_name=report.file_name,
                     logged_by=by, created_at=_parse_time(report.created_at),
                     counts=report.counts)


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
