"""Writing the bundle file: a zip with a signed manifest listing every entry's SHA-256.

Writing is atomic (temporary file, fsync, rename): the bundle is either absent or
complete. A full disk or a read-only folder raises `BundleError` saying so. An
encrypted bundle is a zip holding an envelope (see `envelope.py`) around such a zip.
`reader.py` opens and checks both.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath
from typing import IO, Any

from riskedu.core.leftovers import remove_left_overs, writing
from riskedu.sync.envelope import encrypt_stream, new_file_key
from riskedu.sync.errors import not_written
from riskedu.sync.keys import InstallationKey, fingerprint, seal_for

FORMAT = "riskedu-bundle"
FORMAT_VERSION = 2  # 2: sessions carry origin_installation_id (absent in 1: filled on import)
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
ENVELOPE, PAYLOAD = "envelope.json", "payload.enc"
# The names a bundle has while it is written (removed at the next export when left).
TEMPORARIES = ("riskedu-*.riskedu.part", "riskedu-*.riskedu.sealed.part")


def safe_name(name: str) -> bool:
    """A relative POSIX name that stays inside the bundle's folder."""
    path = PurePosixPath(name)
    return (bool(name) and "\\" not in name and not path.is_absolute()
            and ".." not in path.parts and ":" not in name and not name.endswith("/"))


def _fsync_dir(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_signed_zip(raw: IO[bytes], manifest: dict[str, Any],
                      entries: Iterable[tuple[str, Iterable[bytes]]],
                      key: InstallationKey) -> None:
    listed: dict[str, dict[str, Any]] = {}
    # Level 1: JSON lines still shrink several times, at a fraction of level 6's time.
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, chunks in entries:
            if not safe_name(name) or name in listed or name in (MANIFEST, SIGNATURE):
                raise ValueError(f"bad entry name {name!r}")
            digest, size = hashlib.sha256(), 0
            with archive.open(name, "w", force_zip64=True) as out:
                for chunk in chunks:
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
            listed[name] = {"sha256": digest.hexdigest(), "size": size}
        signed = {**manifest, "format": FORMAT, "format_version": FORMAT_VERSION,
                  "signer": key.public_key.hex(), "entries": listed}
        data = json.dumps(signed, ensure_ascii=False, sort_keys=True, indent=1).encode()
        archive.writestr(MANIFEST, data)
        archive.writestr(SIGNATURE, key.sign(data).hex())


def _write_envelope(raw: IO[bytes], inner: IO[bytes], recipient: bytes) -> None:
    file_key = new_file_key()
    envelope = {"format": FORMAT, "format_version": FORMAT_VERSION, "encrypted": True,
                "recipient": fingerprint(recipient),
                "sealed_key": base64.b64encode(seal_for(recipient, file_key)).decode()}
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(ENVELOPE, json.dumps(envelope, indent=1))
        with archive.open(PAYLOAD, "w", force_zip64=True) as out:
            encrypt_stream(inner, out, file_key)


def write_bundle(path: Path, manifest: dict[str, Any],
                 entries: Iterable[tuple[str, Iterable[bytes]]], key: InstallationKey,
                 recipient: bytes | None = None,
                 check: Callable[[Path], None] | None = None) -> Path:
    """Write a signed bundle (sealed to `recipient`'s public key when given) atomically:
    the file at `path` is either absent or complete. `check` is called on the plain
    bundle before it is sealed or put in place (to read it back)."""
    plain = path.with_name(path.name + ".part")
    sealed = path.with_name(path.name + ".sealed.part")
    remove_left_overs(path.parent, TEMPORARIES)
    try:
        with writing(plain):  # held while written: not a leftover for another export
            _write_atomically(plain, sealed, path, manifest, entries, key, recipient, check)
    except BaseException as error:
        _remove_quietly(plain, sealed)
        if isinstance(error, OSError):  # full disk, read-only folder, stick pulled out
            raise not_written(error, path.parent) from error
        raise
    return path


def _write_atomically(plain: Path, sealed: Path, path: Path, manifest: dict[str, Any],
                      entries: Iterable[tuple[str, Iterable[bytes]]], key: InstallationKey,
                      recipient: bytes | None, check: Callable[[Path], None] | None) -> None:
    with open(plain, "wb") as raw:
        _write_signed_zip(raw, manifest, entries, key)
        raw.flush()
        os.fsync(raw.fileno())
    if check is not None:
        check(plain)
    if recipient is not None:
        with writing(sealed):
            with open(plain, "rb") as inner, open(sealed, "wb") as raw:
                _write_envelope(raw, inner, recipient)
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(sealed, path)
        plain.unlink()
    else:
        os.replace(plain, path)
    _fsync_dir(path.parent)


def _remove_quietly(*paths: Path) -> None:
    """Remove temporary files; one that cannot be removed (the folder is read-only or
    gone) must not hide why the bundle was not written."""
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass
