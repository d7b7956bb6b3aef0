"""Encrypt a bundle to headquarters' key: XChaCha20-Poly1305 secretstream, key sealed.

A random file key encrypts the bundle in authenticated chunks (libsodium's
secretstream, so a cut or altered file is detected, never half-trusted); the file
key is sealed to the recipient's public key. Streams, so a large bundle never
sits in memory whole.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

from nacl import bindings as sodium
from nacl.exceptions import CryptoError

CHUNK = 64 * 1024
_LENGTH = struct.Struct(">I")
_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE


class EnvelopeBroken(Exception):
    """The encrypted stream is cut short, altered or not meant for this key."""


def new_file_key() -> bytes:
    return sodium.crypto_secretstream_xchacha20poly1305_keygen()


def encrypt_stream(source: BinaryIO, target: BinaryIO, file_key: bytes) -> None:
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    target.write(sodium.crypto_secretstream_xchacha20poly1305_init_push(state, file_key))
    chunk = source.read(CHUNK)
    while True:
        following = source.read(CHUNK)
        tag = _MESSAGE if following else _FINAL
        sealed = sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk, None, tag)
        target.write(_LENGTH.pack(len(sealed)) + sealed)
        if not following:
            return
        chunk = following


def decrypt_stream(source: BinaryIO, target: BinaryIO, file_key: bytes,
                   limit: int) -> None:
    """Decrypt into `target`; raise `EnvelopeBroken` on any fault or past `limit` bytes."""
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    header = source.read(sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES)
    try:
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, header, file_key)
        written = 0
        while True:
            prefix = source.read(_LENGTH.size)
            if len(prefix) < _LENGTH.size:
                raise EnvelopeBroken("cut short")
            (length,) = _LENGTH.unpack(prefix)
            if length > CHUNK + 64:
                raise EnvelopeBroken("chunk too long")
            sealed = source.read(length)
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(state, sealed, None)
            written += len(plain)
            if written > limit:
                raise EnvelopeBroken("too large")
            target.write(plain)
            if tag == _FINAL:
                if source.read(1):
                    raise EnvelopeBroken("data after the end")
                return
    except (CryptoError, ValueError, TypeError) as error:
        raise EnvelopeBroken(str(error)) from None
