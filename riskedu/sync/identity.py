"""This installation's signing key and the register of installations it trusts."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from riskedu.core.db.models import LocalInstallation, Organisation
from riskedu.core.db.sync_models import KnownInstallation
from riskedu.sync.keys import InstallationKey, fingerprint, verify_signature


def installation_key(session: Session, installation_id: str) -> InstallationKey:
    """The installation's key (its seed is made with the installation)."""
    installation = session.get(LocalInstallation, installation_id)
    return InstallationKey.from_seed(bytes.fromhex(installation.signing_seed))


class UnknownInstallation(Exception):
    """A bundle signed by an installation not in the register: an officer must accept it."""

    def __init__(self, installation_id: str, name: str, public_key: bytes):
        super().__init__(f"{name} ({fingerprint(public_key)})")
        self.installation_id, self.name, self.public_key = installation_id, name, public_key

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


class KeyMismatch(Exception):
    """A bundle names a known installation but is signed by another key."""


def check_signer(session: Session, installation_id: str, name: str, public_key: bytes,
                 *, accept: bool, by: str) -> None:
    """Raise unless the signer is registered with this key; register it when `accept`."""
    known = session.get(KnownInstallation, installation_id)
    if known is not None:
        if known.public_key != public_key.hex():
            raise KeyMismatch(installation_id)
        return
    if not accept:
        raise UnknownInstallation(installation_id, name, public_key)
    session.add(KnownInstallation(id=installation_id, name=name, public_key=public_key.hex(),
                                  accepted_by=by))


ENROLMENT_FORMAT = "riskedu-enrolment"


def enrolment(session: Session, installation_id: str) -> dict:
    """What headquarters hands to its field installations: its public key, self-signed."""
    installation = session.get(LocalInstallation, installation_id)
    key = installation_key(session, installation_id)
    organisation = installation.organisation_id and session.get(
        Organisation, installation.organisation_id)
    body = {"format": ENROLMENT_FORMAT, "format_version": 1,
            "headquarters": installation.name,
            "organisation_code": organisation.short_code if organisation else "",
            "organisation_name": organisation.name if organisation else "",
            "public_key": key.public_key.hex()}
    return {**body, "signature": key.sign(_canonical(body)).hex()}


def _canonical(body: dict) -> bytes:
    return json.dumps(body, sort_keys=True, ensure_ascii=False).encode()


class EnrolmentRefused(ValueError):
    """An enrolment file that is damaged, not riskedu's, or of another organisation."""


def trust_enrolment(session: Session, installation_id: str, data: dict) -> str:
    """Remember headquarters' key from its enrolment; return its fingerprint."""
    try:
        body = {k: v for k, v in data.items() if k != "signature"}
        public_key = bytes.fromhex(body["public_key"])
        signature = bytes.fromhex(data["signature"])
    except (KeyError, ValueError, TypeError, AttributeError):
        raise EnrolmentRefused("not an enrolment file") from None
    if body.get("format") != ENROLMENT_FORMAT or not verify_signature(
            public_key, _canonical(body), signature):
        raise EnrolmentRefused("not a valid enrolment file")
    installation = session.get(LocalInstallation, installation_id)
    organisation = installation.organisation_id and session.get(
        Organisation, installation.organisation_id)
    ours = organisation.short_code if organisation else ""
    if ours and body.get("organisation_code") != ours:
        raise EnrolmentRefused(f"made for {body.get('organisation_code')}, not {ours}")
    installation.headquarters_key = public_key.hex()
    return fingerprint(public_key)
