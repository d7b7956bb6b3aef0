"""The files a bundle's records refer to: stored in this installation's file store."""

from __future__ import annotations

import tempfile
from pathlib import Path

from riskedu.core.filestore import FileStore, files_root
from riskedu.sync import errors as E
from riskedu.sync.errors import BundleError
from riskedu.sync.reader import Bundle

PREFIX = "files/"


def store_attachments(bundle: Bundle, database_path: Path | None) -> int:
    """Copy every `files/<sha256>` entry into the store (once); return how many."""
    store = FileStore(files_root(database_path))
    stored = 0
    for name in bundle.entry_names:
        if not name.startswith(PREFIX):
            continue
        expected = name[len(PREFIX):]
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / expected
            with copy.open("wb") as handle:
                for chunk in bundle.chunks(name):
                    handle.write(chunk)
            if store.add(copy).sha256 != expected:
                raise BundleError(E.HASH_MISMATCH, file=bundle.path.name, name=name)
        stored += 1
    return stored
