"""The material files (and the printing logo) of a database in its backups.

They live in the file store beside the database (`files/ab/<sha256>.<ext>`), not in it,
so a backup copies them too: into `<stem>-backup-files/` beside the backups, stored by
content like the store itself. Each file is kept there once however many backups need
it, and nothing is ever removed from it (the store does not remove files either, so it
grows no faster than the store). Files are copied before the backup gets its final name:
a backup under its name always has its files. A copy is written under a temporary name,
checked against the hash in its name and renamed; a damaged stored file is not spread.
Restoring copies back every file the store lacks (or holds damaged).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from riskedu.core.db.snapshot import fsync_folder
from riskedu.core.filestore import CHUNK, files_root, sha256_of
from riskedu.core.leftovers import remove_left_overs, writing

POOL_SUFFIX = "-backup-files"
TEMPORARY = ".*.partial"


def pool_of(folder: Path, stem: str) -> Path:
    """Where the backups of database `stem` in `folder` keep its files."""
    return folder / f"{stem}{POOL_SUFFIX}"


def stored_files(root: Path) -> Iterator[Path]:
    """The files of a store (or a pool): `ab/<sha256>.<ext>`, previews left out."""
    try:
        folders = sorted(p for p in root.iterdir() if p.is_dir() and len(p.name) == 2)
    except OSError:
        return
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.is_file() and not path.name.startswith(".") and \
                    path.stem.startswith(folder.name):
                yield path


def _intact(path: Path) -> bool:
    try:
        return sha256_of(path) == path.stem
    except OSError:
        return False


def _present(source: Path, target: Path, verify: bool) -> bool:
    """Whether `target` already holds `source`: written only whole and checked, a copy
    of the right size is trusted, unless asked to `verify` it (a restore, which is rare)."""
    try:
        same_size = target.stat().st_size == source.stat().st_size
    except OSError:
        return False
    return same_size and (not verify or _intact(target))


def _copy_checked(source: Path, target: Path, verify: bool) -> bool:
    """Copy `source` to `target` unless it is there; False when nothing was copied
    (already there, or the source does not match its name: damaged)."""
    if _present(source, target, verify):
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.partial")
    with writing(temporary):
        try:
            digest = hashlib.sha256()
            with source.open("rb") as reader, temporary.open("wb") as writer:
                while chunk := reader.read(CHUNK):
                    digest.update(chunk)
                    writer.write(chunk)
                writer.flush()
                os.fsync(writer.fileno())
            if digest.hexdigest() != source.stem:
                return False
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
    fsync_folder(target.parent)
    return True


def _copy_all(source_root: Path, target_root: Path, verify: bool = False) -> int:
    copied = 0
    for path in stored_files(source_root):
        folder = target_root / path.parent.name
        remove_left_overs(folder, [TEMPORARY])  # of a copy cut short
        copied += _copy_checked(path, folder / path.name, verify)
    return copied


def back_up_files(database: Path, folder: Path) -> int:
    """Copy the store's files of `database` into its backups' pool in `folder`; how
    many were new. Raises `OSError` (full disk, read-only folder)."""
    return _copy_all(files_root(database), pool_of(folder, database.stem))


def restore_files(pool: Path, database: Path) -> int:
    """Copy back into the store of `database` the pool's files it lacks; how many."""
    return _copy_all(pool, files_root(database), verify=True)
