"""The material files go with the backups: a round trip brings back the records and
the files they point at, each file is kept once however many backups need it, and a
damaged stored file is not spread into the backups."""

import shutil

import pytest

from riskedu.core.backup_files import pool_of, stored_files
from riskedu.core.backups import backup_database, list_backups
from riskedu.core.database import open_database
from riskedu.core.db.material_models import Material
from riskedu.core.filestore import files_root, sha256_of
from riskedu.core.restore import restore_database

from material_factories import add_material, store_of
from material_files import good_pdf, good_png

pytestmark = pytest.mark.sqlite_only("backups and restores are of SQLite files")


def _files(root) -> dict[str, bytes]:
    return {f"{p.parent.name}/{p.name}": p.read_bytes() for p in stored_files(root)}


def _with_file(db, tmp_path, title: str, source) -> str:
    return add_material(db, title, file=store_of(db).add(source))


def test_round_trip_brings_back_the_material_files(db, tmp_path):
    poster = _with_file(db, tmp_path, "Poster", good_png(tmp_path, colour="red"))
    _with_file(db, tmp_path, "Leaflet", good_pdf(tmp_path))
    store = files_root(db.path)
    before = _files(store)
    assert len(before) == 2
    backup = backup_database(db.path, tmp_path / "stick")
    assert _files(pool_of(tmp_path / "stick", db.path.stem)) == before
    db.close()
    shutil.rmtree(store)  # the laptop's files lost with it, say

    done = restore_database(db.path, backup.path)

    assert done.files == 2 and _files(store) == before
    for path in stored_files(store):
        assert sha256_of(path) == path.stem
    reopened = open_database(db.path)
    try:
        with reopened.session() as session:
            material = session.get(Material, poster)
        assert store_of(reopened).verify(material.file_sha256, material.file_type)
    finally:
        reopened.close()


def test_each_file_is_kept_once_and_a_damaged_one_is_not_copied(db, tmp_path):
    _with_file(db, tmp_path, "Poster", good_png(tmp_path, colour="red"))
    folder = tmp_path / "stick"
    backup_database(db.path, folder)
    backup_database(db.path, folder)
    assert len(list_backups(folder)) == 2
    assert len(list(stored_files(pool_of(folder, db.path.stem)))) == 1
    _with_file(db, tmp_path, "Map", good_png(tmp_path, "map.png", colour="blue"))
    damaged = next(p for p in stored_files(files_root(db.path))
                   if not (pool_of(folder, db.path.stem) / p.parent.name / p.name).exists())
    damaged.write_bytes(damaged.read_bytes()[:-10])  # a bad sector, say
    backup_database(db.path, folder)
    pooled = list(stored_files(pool_of(folder, db.path.stem)))
    assert len(pooled) == 1 and all(sha256_of(p) == p.stem for p in pooled)
    assert not any(p.name.startswith(".") for p in pool_of(folder, db.path.stem).rglob("*"))
