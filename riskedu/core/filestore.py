"""Content-addressed store of material files in the data folder, next to the database.

A file lives at `files/ab/abcdef….pdf`, named by the SHA-256 of its bytes: adding
the same file twice stores it once, and a name can never point at other content.
A file is copied to a temporary name, hashed and checked while it is there, then
renamed into place: a crash leaves no half file under a real name. Previews are
cached beside the files, in `files/previews/`, named by the same hash.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from riskedu.core import file_content
from riskedu.core.file_content import EXTENSIONS, FileRefused, media_type_of, refuse
from riskedu.paths import data_dir

MAX_FILE_BYTES = 25 * 1024 * 1024
CHUNK = 1024 * 1024
FOLDER = "files"


@dataclass(frozen=True)
class StoredFile:
    """A file in the store: its hash, type, size and the name it was added under."""

    sha256: str
    media_type: str
    size: int
    name: str


def files_root(database_path: Path | None) -> Path:
    """The store's folder: beside a database file, or in the data folder for a server."""
    if database_path is None:
        return data_dir() / "server-files"
    return database_path.parent / FOLDER


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class FileStore:
    """Adds checked files by content and hands out their paths and previews."""

    def __init__(self, root: Path, max_bytes: int = MAX_FILE_BYTES):
        self.root = root
        self.max_bytes = max_bytes

    def path_of(self, sha256: str, media_type: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.{EXTENSIONS.get(media_type, 'bin')}"

    def has(self, sha256: str, media_type: str) -> bool:
        return self.path_of(sha256, media_type).is_file()

    def verify(self, sha256: str, media_type: str) -> bool:
        """Whether the stored file is there and its bytes still hash to its name."""
        path = self.path_of(sha256, media_type)
        return path.is_file() and sha256_of(path) == sha256

    def _too_large(self, name: str, size: int) -> FileRefused:
        return refuse(file_content.TOO_LARGE, name, size=f"{size / 1048576:.1f}",
                      limit=self.max_bytes // 1048576)

    def _media_type(self, source: Path, name: str) -> tuple[str, int]:
        try:
            size = source.stat().st_size
            with source.open("rb") as handle:
                head = handle.read(1024)
        except OSError as error:
            raise refuse(file_content.UNREADABLE, name,
                         reason=error.strerror or type(error).__name__) from None
        if size == 0:
            raise refuse(file_content.EMPTY, name)
        if size > self.max_bytes:
            raise self._too_large(name, size)
        media_type = media_type_of(head)
        if media_type is None:
            raise refuse(file_content.WRONG_TYPE, name)
        return media_type, size

    def _copy_hashing(self, source: Path, target: int, name: str) -> tuple[str, int]:
        digest, size = hashlib.sha256(), 0
        try:
            with source.open("rb") as reader, os.fdopen(target, "wb") as writer:
                while chunk := reader.read(CHUNK):
                    size += len(chunk)
                    if size > self.max_bytes:  # it grew while being copied
                        raise self._too_large(name, size)
                    digest.update(chunk)
                    writer.write(chunk)
                writer.flush()
                os.fsync(writer.fileno())
        except OSError as error:
            raise refuse(file_content.UNREADABLE, name,
                         reason=error.strerror or type(error).__name__) from None
        return digest.hexdigest(), size

    def add(self, source: Path) -> StoredFile:
        """Check `source` and store it (once). Raises `FileRefused` saying why not."""
        source = Path(source)
        name = source.name
        if source.is_dir():
            raise refuse(file_content.WRONG_TYPE, name)
        media_type, _ = self._media_type(source, name)
        self.root.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        temp = Path(temp_name)
        try:
            sha256, size = self._copy_hashing(source, handle, name)
            file_content.check_content(temp, media_type, name)  # the copy, not the source
            final = self.path_of(sha256, media_type)
            if final.is_file() and sha256_of(final) == sha256:
                return StoredFile(sha256, media_type, size, name)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp, final)  # also heals a stored copy that went bad
            _fsync_folder(final.parent)
            return StoredFile(sha256, media_type, size, name)
        finally:
            temp.unlink(missing_ok=True)

    def preview_png(self, sha256: str, media_type: str, side: int) -> bytes:
        """A PNG of the file's picture or first page within `side` pixels (cached)."""
        cached = self.root / "previews" / sha256[:2] / f"{sha256}-{side}.png"
        try:
            return cached.read_bytes()
        except OSError:
            pass
        source = self.path_of(sha256, media_type)
        if not source.is_file():
            raise FileNotFoundError(2, "missing from the file store", str(source))
        buffer = io.BytesIO()
        file_content.render_preview(source, media_type, side).save(buffer, "PNG",
                                                                   optimize=True)
        data = buffer.getvalue()
        try:  # the cache is a convenience: a read-only folder only costs a new render
            cached.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=cached.parent, prefix=".preview-")
            with os.fdopen(handle, "wb") as writer:
                writer.write(data)
            os.replace(temp, cached)
        except OSError:
            pass
        return data
