"""The kill loops: saves, exports and imports killed again and again, each kill followed
by every check. Shared by the fault tests and `bench/faults.py` (a longer run)."""

from __future__ import annotations

import shutil
import statistics
from dataclasses import dataclass
from pathlib import Path
from random import Random

from export_faults import check_exports, exporting, saves_only
from fault_checks import check_backups, check_tidied, checked_database, temporaries
from import_faults import check_import, importing, make_bundles, outcomes, restore
from kill_harness import Reporter, kill_at_random, replayable, run_to_end
from save_faults import check_saves, open_warm, read_states, saving

from riskedu.core import backups
from riskedu.core.database import open_database
from riskedu.core.db.models import LocalInstallation
from riskedu.sync.keys import InstallationKey
from riskedu.sync.reader import open_bundle
from riskedu.ui.workspace import Workspace

SAVE_SPAN = 0.15  # CPU seconds of the child before the kill, at most: a few saves
EXPORT_SPAN = 0.4  # a few saves and exports
BACKUP_SPAN = 0.4  # a few backups
IMPORT_SPAN = 1.25  # times a child's whole import: some kills after every bundle returned
TIMED_IMPORTS = 3


@dataclass
class Tally:
    """What the kills met: how many, how many operations had returned, how many kills
    fell in the middle of the operation under test."""

    kills: int = 0
    returned: int = 0
    amid: int = 0


def kill_saves(db_path: Path, kills: int, seed: int) -> Tally:
    workspace = open_warm(db_path)
    with checked_database(db_path) as connection:
        model = read_states(connection)
    rng, tally = Random(seed), Tally()
    for kill in range(kills):
        with replayable(seed, kill):
            run = kill_at_random(saving(workspace, model, rng.randrange(1 << 30)),
                                 rng.uniform(0, SAVE_SPAN), engines=[workspace.db.engine])
            with checked_database(db_path) as connection:
                model = check_saves(connection, model, run.done, run.in_flight)
        tally.kills += 1
        tally.returned += len(run.done)
        tally.amid += run.in_flight is not None
    workspace.db.close()
    return tally


def _enrol(workspace: Workspace) -> InstallationKey:
    """Headquarters' key trusted: bundles are sealed to it."""
    headquarters = InstallationKey.generate()
    with workspace.db.transaction() as session:
        installation = session.get(LocalInstallation, workspace.db.installation_id)
        installation.headquarters_key = headquarters.public_key.hex()
    return headquarters


def kill_exports(db_path: Path, outbox: Path, kills: int, seed: int, sealed: bool) -> Tally:
    workspace = open_warm(db_path)
    headquarters = _enrol(workspace) if sealed else None
    workspace.sync.export(outbox)  # the export path warm too
    with checked_database(db_path) as connection:
        model = read_states(connection)
    rng, tally = Random(seed), Tally()
    for kill in range(kills):
        with replayable(seed, kill):
            run = kill_at_random(exporting(workspace, model, outbox, rng.randrange(1 << 30)),
                                 rng.uniform(0, EXPORT_SPAN), engines=[workspace.db.engine])
            exporting_now = bool(run.in_flight and run.in_flight["op"] == "export")
            with checked_database(db_path) as connection:
                model = check_saves(connection, model, saves_only(run.done),
                                    None if exporting_now else run.in_flight)
                check_exports(connection, outbox, run.done, headquarters)
            check_tidied(outbox, "export", run.done, run.in_flight)
        tally.kills += 1
        tally.returned += sum(event["op"] == "export" for event in run.done)
        tally.amid += exporting_now
    workspace.sync.export(outbox)  # the next export, not killed, leaves none at all
    assert temporaries(outbox) == []
    workspace.db.close()
    return tally


def kill_imports(db_path: Path, source_file: Path, folder: Path, kills: int,
                 seed: int) -> Tally:
    """Bundles of another installation (`source_file`, copied) imported into `db_path`,
    which is put back as it was before each run."""
    source_path = folder / "source" / "riskedu.sqlite3"
    source_path.parent.mkdir()
    shutil.copyfile(source_file, source_path)
    outbox = folder / "usb"
    outbox.mkdir()
    source = open_database(source_path)
    paths = make_bundles(source, outbox, folder)
    source.close()
    expected, bundle_ids = outcomes(paths), []
    for path in paths:
        with open_bundle(path) as bundle:
            bundle_ids.append(bundle.manifest["bundle_id"])
    pristine = folder / "pristine.sqlite3"
    shutil.copyfile(db_path, pristine)
    workspace = Workspace(open_database(db_path))
    workspace.sync.import_files(paths, accept_unknown=True)  # the import path warm
    span = IMPORT_SPAN * _import_time(workspace, paths, pristine, db_path)
    rng, tally = Random(seed), Tally()
    for kill in range(kills):
        with replayable(seed, kill):
            workspace.db.engine.dispose()
            restore(pristine, db_path)
            run = kill_at_random(importing(workspace, paths, rng.random() < 0.3),
                                 rng.uniform(0, span), engines=[workspace.db.engine])
            with checked_database(db_path) as connection:
                count = check_import(connection, db_path, bundle_ids, expected, run.done)
        tally.kills += 1
        tally.returned += count
        tally.amid += 0 < count < len(paths)
    workspace.db.close()
    return tally


def _import_time(workspace: Workspace, paths: list[Path], pristine: Path,
                 db_path: Path) -> float:
    """CPU seconds a child takes to import every bundle one by one, from "ready" (the
    median of a few runs): the kills' delays are drawn from it, so that they fall amid
    the imports and after them however fast the machine and the import code are."""
    times = []
    for _ in range(TIMED_IMPORTS):
        workspace.db.engine.dispose()
        restore(pristine, db_path)
        done = run_to_end(importing(workspace, paths, False), engines=[workspace.db.engine])
        times.append(done[-1]["cpu"])
    return statistics.median(times)


def backing_up(db_path: Path, folder: Path):
    """The child's work: back up again and again, as the automatic backups do."""
    def work(reporter: Reporter) -> None:
        reporter.ready()
        for _ in range(100_000):
            reporter.begin({"op": "backup"})
            taken = backups.backup_database(db_path, folder)
            reporter.done({"op": "backup", "file": taken.path.name})
    return work


def kill_backups(db_path: Path, folder: Path, kills: int, seed: int) -> Tally:
    rng, tally = Random(seed), Tally()
    for kill in range(kills):
        with replayable(seed, kill):
            run = kill_at_random(backing_up(db_path, folder), rng.uniform(0, BACKUP_SPAN))
            with checked_database(db_path):
                pass
            check_backups(folder, run.done)
            check_tidied(folder, "backup", run.done, run.in_flight)
        tally.kills += 1
        tally.returned += len(run.done)
        tally.amid += run.in_flight is not None
    backups.backup_database(db_path, folder)  # the next backup, not killed, leaves none
    assert temporaries(folder) == []
    return tally
