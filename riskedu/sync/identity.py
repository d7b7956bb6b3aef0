"""This installation's signing key and the register of installations it trusts."""

from __future__ import annotations

from sqlalchemy.orm import Session

from riskedu.core.db.models import LocalInstallation
from riskedu.core.db.sync_models import KnownInstallation
from riskedu.sync.keys import InstallationKey, fingerprint


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
