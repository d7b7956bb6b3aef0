"""What must hold on disk after any fault: a sound database and only whole bundles."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from riskedu.core.backup_files import POOL_SUFFIX, stored_files
from riskedu.core.backups import parse_backup
from riskedu.core.db.snapshot import integrity_problems, read_only_uri
from riskedu.core.filestore import sha256_of
from riskedu.sync.errors import BundleError
from riskedu.sync.keys import InstallationKey
from riskedu.sync.reader import open_bundle

# Names the app writes while a bundle is unfinished; the import dialog lists *.riskedu only.
TEMPORARY_SUFFIXES = (".riskedu.part", ".riskedu.sealed.part")


@contextmanager
def checked_database(path: Path) -> Iterator[sqlite3.Connection]:
    """The database after the fault (a hot journal is recovered on opening), checked
    whole by SQLite itself, for the test to read."""
    with closing(sqlite3.connect(path)) as connection:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        assert problems == ["ok"], f"integrity_check: {problems[:5]}"
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        assert not broken, f"foreign_key_check: {broken[:5]}"
        yield connection


def database_rows(path: Path) -> dict[str, list]:
    """Every row of every table, to show a failed operation changed nothing."""
    with closing(sqlite3.connect(path)) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(map(repr, connection.execute(f'SELECT * FROM "{t}"')))
                for t in tables}


def bundle_records(path: Path, key: InstallationKey | None = None) -> dict[str, list[dict]]:
    """A bundle's records per table after every check the importer makes; each entry's
    lines must be as many as the signed manifest counts (a whole bundle)."""
    with open_bundle(path, key) as bundle:
        bundle.verify_all()
        counts = bundle.manifest["counts"]
        records = {}
        for name in bundle.entry_names:
            if name.startswith("records/"):
                table = name.removeprefix("records/").removesuffix(".jsonl")
                records[table] = [json.loads(line) for line in bundle.lines(name) if line]
                assert len(records[table]) == counts[table], f"{path.name}: {table} short"
        return records


def whole_bundles(folder: Path, key: InstallationKey | None = None) -> dict[str, dict]:
    """Every bundle in `folder`, each of which must be whole; anything else there may
    only be an unfinished bundle under a temporary name."""
    bundles = {}
    for path in sorted(folder.iterdir()):
        if path.name.endswith(".riskedu"):
            try:
                bundles[path.name] = bundle_records(path, key)
            except BundleError as refused:
                raise AssertionError(f"a broken bundle is left: {refused}") from None
        else:
            assert path.name.endswith(TEMPORARY_SUFFIXES), f"unexpected file {path.name}"
    return bundles


def check_backups(folder: Path, done: list[dict]) -> None:
    """Every file under a backup's name is a whole database that passes its integrity
    check; anything else is an unfinished copy under its hidden temporary name (which
    listing ignores); the last backup that returned is there."""
    for path in folder.iterdir():
        if path.name.endswith(POOL_SUFFIX):  # the material files: each whole or absent
            assert all(sha256_of(p) == p.stem for p in stored_files(path)), path.name
            continue
        if parse_backup(path) is None:
            assert path.name.startswith(".") and ".partial" in path.name, path.name
            continue
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as copy:
            assert integrity_problems(copy) == [], f"{path.name} is damaged"
            assert copy.execute("SELECT count(*) FROM sessions").fetchone()[0] >= 0
    if done:
        assert (folder / done[-1]["file"]).is_file(), f"{done[-1]['file']} is gone"


def temporaries(folder: Path) -> list[str]:
    """The names of unfinished bundles and backup copies in `folder`."""
    return sorted(p.name for p in folder.iterdir()
                  if p.name.endswith(TEMPORARY_SUFFIXES) or ".partial" in p.name)


def _written_name(temporary: str) -> str:
    """The file a temporary was to become: `x.riskedu` for `x.riskedu.sealed.part`,
    `x.sqlite3` for `.x.sqlite3.partial-journal`."""
    return temporary.lstrip(".").split(".riskedu")[0].split(".sqlite3")[0]


def check_tidied(folder: Path, op: str, done: list[dict], in_flight: dict | None) -> None:
    """Once an `op` returned in a run, the temporaries earlier kills left are gone: all
    that may remain is those of the `op` in flight when this run was killed."""
    if not any(event["op"] == op for event in done):
        return
    left = temporaries(folder)
    if in_flight is None or in_flight["op"] != op:
        assert left == [], f"left over after a {op} returned: {left}"
    else:
        assert len({_written_name(name) for name in left}) <= 1, f"left over: {left}"

