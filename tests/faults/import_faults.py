"""Imports as the Sync page makes them, and what a kill may leave: each bundle's
records all there or none, in the order imported, with the files they refer to."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from fault_checks import bundle_records
from kill_harness import Reporter

from riskedu.core.database import Database
from riskedu.core.filestore import FileStore, files_root
from riskedu.core.forms import ParticipantLine
from riskedu.core.materials import MaterialForm, TitleLine, save_material
from riskedu.core.sessions import delete_session, load_form, save_session
from riskedu.sync.export import export_bundle
from riskedu.sync.identity import installation_key
from riskedu.ui.workspace import Workspace

from factories import TODAY, valid_form
from material_files import good_pdf


@dataclass
class Outcome:
    """What the database holds once bundles `0..applied-1` are imported."""

    sessions: dict[str, tuple[str, bool]]  # id -> notes, deleted
    participants: set[str]
    materials: dict[str, tuple[str, str]]  # id -> file sha256, media type


def _save(db: Database, form, n: int) -> str:
    form.participants = [ParticipantLine(name=f"Dara {n}", sex="male"),
                         ParticipantLine(name=f"Sokha {n}", sex="female")]
    with db.transaction() as session:
        return save_session(session, form, by="Dara", today=TODAY).session_id


def _edit(db: Database, session_id: str, notes: str) -> None:
    with db.transaction() as session:
        form = load_form(session, session_id)
        form.notes = notes
        save_session(session, form, by="Dara", today=TODAY)


def _poster(db: Database, folder: Path) -> None:
    store = FileStore(files_root(db.path))
    stored = store.add(good_pdf(folder, "poster.pdf"))
    with db.transaction() as session:
        save_material(session, MaterialForm(titles=[TitleLine("en", "Do not touch")],
                                            type="poster", languages=["km"], file=stored),
                      store)


def make_bundles(source: Database, outbox: Path, folder: Path) -> list[Path]:
    """Four incremental bundles: new sessions; more and edits; a poster with its file;
    a deletion."""
    with source.session() as session:
        key = installation_key(session, source.installation_id)
    first = [_save(source, valid_form(source, notes=f"first {n}"), n) for n in range(6)]
    paths = [export_bundle(source, outbox, key).path]
    for n in range(5):
        _save(source, valid_form(source, notes=f"second {n}"), n)
    _edit(source, first[0], "edited in the second bundle")
    _edit(source, first[1], "edited too")
    paths.append(export_bundle(source, outbox, key).path)
    _poster(source, folder)
    for n in range(4):
        _save(source, valid_form(source, notes=f"third {n}"), n)
    paths.append(export_bundle(source, outbox, key).path)
    with source.transaction() as session:
        delete_session(session, first[2])
    _save(source, valid_form(source, notes="fourth"), 0)
    paths.append(export_bundle(source, outbox, key).path)
    return paths


def outcomes(paths: list[Path]) -> list[Outcome]:
    """What the database must hold after none, the first, the first two... bundles."""
    result = [Outcome({}, set(), {})]
    for path in paths:
        records = bundle_records(path)
        last = result[-1]
        sessions, participants = dict(last.sessions), set(last.participants)
        materials = dict(last.materials)
        for record in records.get("sessions", []):
            sessions[record["id"]] = (record["notes"], record["deleted"])
        participants |= {record["id"] for record in records.get("participants", [])}
        for record in records.get("materials", []):
            materials[record["id"]] = (record["file_sha256"], record["file_type"])
        result.append(Outcome(sessions, participants, materials))
    return result


def importing(workspace: Workspace, paths: list[Path], together: bool):
    """The child's work: import the bundles one by one, or all at once."""
    def work(reporter: Reporter) -> None:
        reporter.ready()
        groups = [list(range(len(paths)))] if together else [[i] for i in range(len(paths))]
        for group in groups:
            reporter.begin({"op": "import", "bundles": group})
            workspace.sync.import_files([paths[i] for i in group], accept_unknown=True)
            reporter.done({"op": "import", "bundles": group})
    return work


def restore(pristine: Path, target: Path) -> None:
    """Put the destination back as it was before any import (its file store too)."""
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(pristine, target)
    shutil.rmtree(files_root(target), ignore_errors=True)


def check_import(connection: sqlite3.Connection, target: Path, bundle_ids: list[str],
                 expected: list[Outcome], done: list[dict]) -> int:
    """The bundles imported are a prefix of those given, each whole, none in part, their
    files stored; returns how many were imported."""
    logged = {row[0] for row in connection.execute(
        "SELECT bundle_id FROM bundle_log WHERE direction = 'in'")}
    applied = [b in logged for b in bundle_ids]
    count = sum(applied)
    assert applied == [True] * count + [False] * (len(applied) - count), applied
    returned = {i for event in done for i in event["bundles"]}
    assert all(applied[i] for i in returned), f"returned imports not logged: {returned}"
    outcome = expected[count]
    sessions = {i: (notes, bool(deleted)) for i, notes, deleted in connection.execute(
        "SELECT id, notes, deleted FROM sessions")}
    assert sessions == outcome.sessions, f"sessions after {count} bundles differ"
    participants = {row[0] for row in connection.execute("SELECT id FROM participants")}
    assert participants == outcome.participants, f"participants after {count} bundles"
    materials = {row[0] for row in connection.execute("SELECT id FROM materials")}
    assert materials == set(outcome.materials), f"materials after {count} bundles"
    store = FileStore(files_root(target))
    for sha256, media_type in outcome.materials.values():
        assert store.verify(sha256, media_type), f"file {sha256[:8]} of a material missing"
    return count
