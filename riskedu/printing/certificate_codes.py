"""The signed payload of a certificate's QR code, and checking one.

A payload says what the certificate certifies (number, name, date, place, issuing
installation) and is signed with the issuing installation's Ed25519 key. Any
installation that knows the issuer's public key checks it without a network: the
issuer itself, and headquarters through its register of known installations.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from riskedu.sync.keys import InstallationKey, verify_signature

PREFIX = "RISKEDU-CERT1:"


@dataclass(frozen=True)
class CertificateClaim:
    """What a certificate says, as signed."""

    number: str
    name: str
    date: str
    place: str
    installation_id: str

    def to_json(self) -> dict[str, str]:
        # Short keys: a smaller payload is a coarser QR code, easier to scan from paper.
        return {"n": self.number, "p": self.name, "d": self.date, "v": self.place,
                "i": self.installation_id}

    @classmethod
    def from_json(cls, data: dict) -> CertificateClaim:
        return cls(str(data["n"]), str(data["p"]), str(data["d"]), str(data["v"]),
                   str(data["i"]))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _canonical(claim: CertificateClaim) -> bytes:
    return json.dumps(claim.to_json(), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def signed_code(claim: CertificateClaim, key: InstallationKey) -> str:
    """The QR text: prefix, the claim as JSON and its signature, both base64url."""
    body = _canonical(claim)
    return f"{PREFIX}{_b64(body)}.{_b64(key.sign(body))}"


def is_signed_code(text: str) -> bool:
    return text.strip().startswith(PREFIX)


class MalformedCode(ValueError):
    """Text that is not a certificate code (cut, mistyped, or of another program)."""


def read_code(text: str) -> tuple[CertificateClaim, bytes, bytes]:
    """(claim, signed bytes, signature) of a code; `MalformedCode` if it is not one."""
    try:
        body_text, signature_text = text.strip()[len(PREFIX):].split(".")
        body, signature = _unb64(body_text), _unb64(signature_text)
        claim = CertificateClaim.from_json(json.loads(body.decode("utf-8")))
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError):
        raise MalformedCode(text) from None
    return claim, body, signature


def signature_holds(public_key: bytes, body: bytes, signature: bytes) -> bool:
    return verify_signature(public_key, body, signature)
