"""Exports as the Sync page makes them, between saves, and what a kill may leave.

The folder may hold whole bundles and unfinished ones under a temporary name, never
a `.riskedu` file that is cut short. Every export that returned is there and logged,
and every record the export mark counts as sent is in a bundle on the stick.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from random import Random

from fault_checks import whole_bundles
from kill_harness import Reporter
from save_faults import Model, step

from riskedu.sync.keys import InstallationKey
from riskedu.ui.workspace import Workspace

SAVES = ("new", "edit", "finalise", "reopen", "delete")


def exporting(workspace: Workspace, model: Model, outbox: Path, seed: int):
    """The child's work: a save or two, an export, again, until killed."""
    def work(reporter: Reporter) -> None:
        rng, mine = Random(seed), dict(model)
        reporter.ready()
        for n in range(100_000):
            if rng.random() < 0.6:
                step(workspace, mine, rng, reporter, n, seed)
                continue
            reporter.begin({"op": "export"})
            result = workspace.sync.export(outbox)
            reporter.done({"op": "export", "bundle": result.path.name,
                           "bundle_id": result.bundle_id})
    return work


def saves_only(events: list[dict]) -> list[dict]:
    return [e for e in events if e["op"] in SAVES]


def _sent_sessions(bundles: dict[str, dict]) -> set[tuple[str, int]]:
    return {(record["id"], record["change_counter"])
            for records in bundles.values() for record in records.get("sessions", [])}


def check_exports(connection: sqlite3.Connection, outbox: Path, done: list[dict],
                  key: InstallationKey | None) -> int:
    """Only whole bundles; each returned export there and logged; nothing marked sent
    that no bundle holds. Returns how many bundles the folder holds."""
    bundles = whole_bundles(outbox, key)
    logged = {row[0] for row in connection.execute(
        "SELECT bundle_id FROM bundle_log WHERE direction = 'out'")}
    for event in done:
        if event["op"] == "export":
            assert event["bundle"] in bundles, f"returned export missing: {event['bundle']}"
            assert event["bundle_id"] in logged, f"returned export not logged: {event}"
    mark = connection.execute("SELECT last_counter FROM export_marks "
                              "WHERE destination = 'headquarters'").fetchone()
    own = connection.execute("SELECT id FROM installation").fetchone()[0]
    marked = set(connection.execute(
        "SELECT id, change_counter FROM sessions WHERE installation_id = ? "
        "AND change_counter <= ?", (own, mark[0] if mark else 0)))
    unsent = marked - _sent_sessions(bundles)
    assert not unsent, f"marked as sent but in no bundle: {sorted(unsent)[:3]}"
    return len(bundles)
