"""Installation keys: Ed25519 to sign bundles, the same key (as X25519) to open sealed ones.

Each installation makes one key pair on first use. Its public key identifies it to
headquarters by a short fingerprint an officer can read out over the phone.
"""

from __future__ import annotations

import hashlib

from nacl.exceptions import BadSignatureError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

PUBLIC_KEY_BYTES = 32


def fingerprint(public_key: bytes) -> str:
    """First 16 bytes of the key's SHA-256, in groups of four hex digits."""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


class InstallationKey:
    """This installation's private key: signs manifests and opens bundles sealed to it."""

    def __init__(self, signing_key: SigningKey):
        self._signing_key = signing_key

    @classmethod
    def generate(cls) -> InstallationKey:
        return cls(SigningKey.generate())

    @classmethod
    def from_seed(cls, seed: bytes) -> InstallationKey:
        return cls(SigningKey(seed))

    @property
    def seed(self) -> bytes:
        """The 32 secret bytes to store (keep them private)."""
        return bytes(self._signing_key)

    @property
    def public_key(self) -> bytes:
        return bytes(self._signing_key.verify_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, data: bytes) -> bytes:
        return self._signing_key.sign(data).signature

    def open_sealed(self, sealed: bytes) -> bytes:
        """Decrypt what `seal_for` sealed to this key (raises nacl's CryptoError if not)."""
        private = PrivateKey(bytes(self._signing_key.to_curve25519_private_key()))
        return SealedBox(private).decrypt(sealed)


def verify_signature(public_key: bytes, data: bytes, signature: bytes) -> bool:
    try:
        VerifyKey(public_key).verify(data, signature)
    except (BadSignatureError, ValueError, TypeError):
        return False
    return True


def seal_for(public_key: bytes, secret: bytes) -> bytes:
    """Encrypt a short secret so only the holder of `public_key`'s private key reads it."""
    recipient = PublicKey(bytes(VerifyKey(public_key).to_curve25519_public_key()))
    return SealedBox(recipient).encrypt(secret)
