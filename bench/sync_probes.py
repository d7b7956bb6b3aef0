"""Sync benchmarks, one per process: `python bench/sync_probes.py PROBE DB` prints JSON.

Each compares riskedu's bundle code with the plainest way to do the same I/O:
raw `sqlite3` rows written as JSON lines (export), raw `executemany` of the same
rows (import).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from riskedu.core.database import open_database  # noqa: E402
from riskedu.sync.export import export_bundle  # noqa: E402
from riskedu.sync.identity import installation_key  # noqa: E402
from riskedu.sync.importer import import_bundle  # noqa: E402
from riskedu.sync.tables import travelling_tables  # noqa: E402


def _names() -> list[str]:
    return [t.name for t in travelling_tables()] + [
        c.table.name for t in travelling_tables() for c in t.children]


def _raw_export(db_path: str, out: Path) -> float:
    started = time.perf_counter()
    connection = sqlite3.connect(db_path)
    with open(out, "w", encoding="utf-8") as handle:
        for name in _names():
            cursor = connection.execute(f'SELECT * FROM "{name}"')  # noqa: S608 - our names
            columns = [d[0] for d in cursor.description]
            for row in cursor:
                handle.write(json.dumps(dict(zip(columns, row, strict=True)),
                                        ensure_ascii=False) + "\n")
    connection.close()
    return time.perf_counter() - started


def _export(db_path: str, out_dir: Path, full: bool = True):
    database = open_database(db_path)
    with database.session() as session:
        key = installation_key(session, database.installation_id)
    started = time.perf_counter()
    result = export_bundle(database, out_dir, key, full=full)
    seconds = time.perf_counter() - started
    database.close()
    return seconds, result


def probe_export(db_path: str) -> dict:
    """Full export vs raw rows to JSON lines."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "db.sqlite3"
        shutil.copyfile(db_path, copy)
        raw = _raw_export(str(copy), Path(folder) / "raw.jsonl")
        seconds, result = _export(str(copy), Path(folder))
        return {"seconds": seconds, "raw_seconds": raw, "ratio": seconds / raw,
                "size_mb": result.size / 2**20, "sessions": result.counts["sessions"]}


def _raw_import(bundle_rows: dict[str, list[dict]], schema_db: Path) -> float:
    connection = sqlite3.connect(schema_db)
    started = time.perf_counter()
    for name, rows in bundle_rows.items():
        if rows:
            columns = list(rows[0])
            sql = (f'INSERT INTO "{name}" ({", ".join(columns)}) '  # noqa: S608 - our names
                   f'VALUES ({", ".join("?" * len(columns))})')
            connection.executemany(sql, [[json.dumps(v) if isinstance(v, dict | list) else v
                                          for v in r.values()] for r in rows])
    connection.commit()
    seconds = time.perf_counter() - started
    connection.close()
    return seconds


def probe_import(db_path: str) -> dict:
    """Import of a full bundle into an empty database, vs executemany; then a re-import."""
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        copy = folder / "field.sqlite3"
        shutil.copyfile(db_path, copy)
        _, result = _export(str(copy), folder)
        source = sqlite3.connect(copy)
        source.row_factory = sqlite3.Row
        rows = {name: [dict(r) for r in source.execute(f'SELECT * FROM "{name}"')]  # noqa: S608
                for name in _names()}
        source.close()
        empty = open_database(folder / "empty.sqlite3")  # schema and gazetteer, no records
        empty.close()
        shutil.copyfile(folder / "empty.sqlite3", folder / "raw.sqlite3")
        raw = _raw_import(rows, folder / "raw.sqlite3")
        hq = open_database(folder / "empty.sqlite3")
        started = time.perf_counter()
        import_bundle(hq, result.path, accept_unknown=True)
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        again = import_bundle(hq, result.path)
        reimport = time.perf_counter() - started
        hq.close()
        assert again.already_imported
        return {"seconds": seconds, "raw_seconds": raw, "ratio": seconds / raw,
                "reimport_seconds": reimport}


def _incremental(db_path: str, folder: Path, changes: int) -> float:
    from sqlalchemy import select

    from riskedu.core.db.models import EducationSession

    copy = folder / "inc.sqlite3"
    shutil.copyfile(db_path, copy)
    _export(str(copy), folder)  # everything sent once
    database = open_database(copy)
    with database.transaction() as session:  # the same number of edits on any database
        records = session.scalars(select(EducationSession).order_by(EducationSession.id)
                                  .limit(changes)).all()
        for record in records:
            record.notes = "changed for the benchmark"  # stamped like any edit
        ids = [record.id for record in records]
    database.close()
    seconds, result = _export(str(copy), folder, full=False)
    assert result.counts["sessions"] == len(ids)
    return seconds


def probe_incremental(db_path: str) -> dict:
    """An export of 100 changed sessions on this database."""
    with tempfile.TemporaryDirectory() as folder:
        return {"seconds": _incremental(db_path, Path(folder), 100)}


PROBES = {"export": probe_export, "import": probe_import, "incremental": probe_incremental}

if __name__ == "__main__":
    print(json.dumps(PROBES[sys.argv[1]](sys.argv[2])))
