"""Opening a bundle: every check before any record is trusted.

In order: the file is a zip; no name climbs out of its folder; it cannot unpack to
an absurd size; an encrypted bundle opens with this installation's key; the
manifest is riskedu's, of a format this version reads, and correctly signed by the
key it names; the entries are exactly those listed, with the listed sizes. Each
entry's SHA-256 is checked as it is read (`Bundle.verify_all` reads them all).
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from nacl.exceptions import CryptoError

from riskedu.sync import errors as E
from riskedu.sync.container import (
    ENVELOPE,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    PAYLOAD,
    SIGNATURE,
    safe_name,
)
from riskedu.sync.envelope import EnvelopeBroken, decrypt_stream
from riskedu.sync.errors import BundleError
from riskedu.sync.keys import InstallationKey, verify_signature

MAX_UNPACKED = 4 * 1024**3  # far above 100,000 sessions with their files
MAX_RATIO = 200  # a deflated entry may shrink this much, no more (decompression bombs)
MAX_MANIFEST = 16 * 1024**2
ZIP_MAGIC = b"PK\x03\x04"
# What zipfile raises on damaged input: bad headers, CRC, truncated or unknown
# compression, flags for encryption or patches it does not support, bad names.
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
              NotImplementedError, RuntimeError, struct.error, UnicodeDecodeError)


class Bundle:
    """An opened, checked bundle: its signed manifest and hash-checked entries."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, manifest: dict[str, Any],
                 encrypted: bool, holder: IO[bytes] | None = None):
        self.path, self.manifest, self.encrypted = path, manifest, encrypted
        self._archive, self._holder = archive, holder

    @property
    def signer(self) -> bytes:
        return bytes.fromhex(self.manifest["signer"])

    @property
    def entry_names(self) -> list[str]:
        return sorted(self.manifest["entries"])

    def chunks(self, name: str, size: int = 1024 * 1024) -> Iterator[bytes]:
        """The entry's bytes in pieces; raises `BundleError` at the end if its hash is off."""
        expected = self.manifest["entries"].get(name)
        if expected is None:
            raise BundleError(E.MISSING_ENTRY, file=self.path.name, name=name)
        digest = hashlib.sha256()
        try:
            with self._archive.open(name) as stream:
                while piece := stream.read(size):
                    digest.update(piece)
                    yield piece
        except ZIP_ERRORS:
            raise BundleError(E.TRUNCATED, file=self.path.name) from None
        if digest.hexdigest() != expected["sha256"]:
            raise BundleError(E.HASH_MISMATCH, file=self.path.name, name=name)

    def read(self, name: str) -> bytes:
        return b"".join(self.chunks(name))

    def lines(self, name: str) -> Iterator[bytes]:
        """The entry's lines (for JSON lines), hash-checked once the last line is read."""
        rest = b""
        for piece in self.chunks(name):
            rest += piece
            *complete, rest = rest.split(b"\n")
            yield from complete
        if rest:
            yield rest

    def verify_all(self) -> None:
        """Read every entry once, checking every hash."""
        for name in self.entry_names:
            for _ in self.chunks(name):
                pass

    def close(self) -> None:
        self._archive.close()
        if self._holder is not None:
            self._holder.close()

    def __enter__(self) -> Bundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open_zip(source: Path | IO[bytes], label: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(source)
    except ZIP_ERRORS:
        raise BundleError(E.TRUNCATED, file=label) from None
    names = [info.filename for info in archive.infolist()]
    for name in names:
        if not safe_name(name):
            archive.close()
            raise BundleError(E.UNSAFE_PATH, file=label, name=name)
    if len(set(names)) != len(names):
        archive.close()
        raise BundleError(E.NOT_A_BUNDLE, file=label)
    total = 0
    for info in archive.infolist():
        total += info.file_size
        bomb = info.file_size > 1024**2 and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        if bomb or total > MAX_UNPACKED:
            archive.close()
            raise BundleError(E.TOO_LARGE, file=label, limit=MAX_UNPACKED // 1024**2)
    return archive


def _read_json(archive: zipfile.ZipFile, name: str, label: str) -> tuple[dict, bytes]:
    try:
        info = archive.getinfo(name)
        if info.file_size > MAX_MANIFEST:
            raise BundleError(E.NOT_A_BUNDLE, file=label)
        data = archive.read(name)
        parsed = json.loads(data)
    except KeyError:
        raise BundleError(E.NOT_A_BUNDLE, file=label) from None
    except (json.JSONDecodeError, RecursionError):
        raise BundleError(E.NOT_A_BUNDLE, file=label) from None
    except ZIP_ERRORS:
        raise BundleError(E.TRUNCATED, file=label) from None
    if not isinstance(parsed, dict) or parsed.get("format") != FORMAT:
        raise BundleError(E.NOT_A_BUNDLE, file=label)
    return parsed, data


def _signed_manifest(archive: zipfile.ZipFile, label: str) -> dict[str, Any]:
    manifest, data = _read_json(archive, MANIFEST, label)
    version = manifest.get("format_version")
    if not isinstance(version, int):
        raise BundleError(E.NOT_A_BUNDLE, file=label)
    if version > FORMAT_VERSION:
        raise BundleError(E.NEWER_FORMAT, file=label, version=version,
                          app_version=manifest.get("app_version", "?"))
    try:
        signature = bytes.fromhex(archive.read(SIGNATURE).decode("ascii"))
        signer = bytes.fromhex(manifest["signer"])
    except KeyError:
        raise BundleError(E.BAD_SIGNATURE, file=label) from None
    except (TypeError, *ZIP_ERRORS):
        raise BundleError(E.BAD_SIGNATURE, file=label) from None
    if not verify_signature(signer, data, signature):
        raise BundleError(E.BAD_SIGNATURE, file=label)
    listed = manifest.get("entries")
    if not isinstance(listed, dict):
        raise BundleError(E.NOT_A_BUNDLE, file=label)
    present = {i.filename: i.file_size for i in archive.infolist()
               if i.filename not in (MANIFEST, SIGNATURE)}
    for name, meta in listed.items():
        if name not in present:
            raise BundleError(E.MISSING_ENTRY, file=label, name=name)
        if not isinstance(meta, dict) or meta.get("size") != present[name]:
            raise BundleError(E.HASH_MISMATCH, file=label, name=name)
    for name in present:
        if name not in listed:
            raise BundleError(E.UNLISTED_ENTRY, file=label, name=name)
    return manifest


def _decrypted(archive: zipfile.ZipFile, key: InstallationKey | None,
               label: str) -> IO[bytes]:
    envelope, _ = _read_json(archive, ENVELOPE, label)
    if key is None:
        raise BundleError(E.NO_KEY, file=label)
    try:
        sealed = base64.b64decode(envelope["sealed_key"], validate=True)
        file_key = key.open_sealed(sealed)
    except (KeyError, ValueError, TypeError, CryptoError):
        raise BundleError(E.NOT_FOR_US, file=label,
                          fingerprint=envelope.get("recipient", "?")) from None
    holder = tempfile.TemporaryFile()
    try:
        with archive.open(PAYLOAD) as payload:
            decrypt_stream(payload, holder, file_key, MAX_UNPACKED)
    except (EnvelopeBroken, KeyError, *ZIP_ERRORS):
        holder.close()
        raise BundleError(E.TRUNCATED, file=label) from None
    holder.seek(0)
    return holder


def open_bundle(path: Path, key: InstallationKey | None = None) -> Bundle:
    """Open and check the bundle at `path` (decrypting it with `key` when sealed).

    Raises `BundleError` with the reason for the user; the file is never changed.
    """
    label = path.name
    try:
        with open(path, "rb") as handle:
            if handle.read(4) != ZIP_MAGIC:
                raise BundleError(E.NOT_A_BUNDLE, file=label)
    except (IsADirectoryError, FileNotFoundError, PermissionError):
        raise BundleError(E.NOT_A_BUNDLE, file=label) from None
    archive = _open_zip(path, label)
    holder = None
    try:
        if ENVELOPE in archive.namelist():
            holder = _decrypted(archive, key, label)
            archive.close()
            archive = _open_zip(holder, label)
        manifest = _signed_manifest(archive, label)
    except BaseException:
        archive.close()
        if holder is not None:
            holder.close()
        raise
    return Bundle(path, archive, manifest, encrypted=holder is not None, holder=holder)
