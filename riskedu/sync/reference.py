"""What only headquarters' reference bundles carry: its signature and the gazetteer."""

from __future__ import annotations

import json

from sqlalchemy import insert
from sqlalchemy.orm import Session

from riskedu.core.db.models import GazetteerUnit, GazetteerVersion, LocalInstallation, Organisation
from riskedu.sync import errors as E
from riskedu.sync.codec import RecordRejected, decode_row
from riskedu.sync.errors import BundleError
from riskedu.sync.reader import Bundle


def check_headquarters(session: Session, installation_id: str, bundle: Bundle) -> None:
    """A reference bundle must be signed by this installation's headquarters, for its
    organisation."""
    installation = session.get(LocalInstallation, installation_id)
    if not installation.headquarters_key or bytes.fromhex(
            installation.headquarters_key) != bundle.signer:
        raise BundleError(E.NOT_FROM_HEADQUARTERS, file=bundle.path.name)
    organisation = installation.organisation_id and session.get(
        Organisation, installation.organisation_id)
    ours = organisation.short_code if organisation else ""
    meant_for = (bundle.manifest.get("destination") or {}).get("organisation_code", "")
    if ours and meant_for != ours:
        raise BundleError(E.OTHER_ORGANISATION, file=bundle.path.name, organisation=meant_for)


def import_gazetteers(session: Session, bundle: Bundle) -> dict[str, dict[str, int]]:
    """Add the gazetteer versions this database does not have yet (a version never
    changes once published, so one already here is left as it is)."""
    counts: dict[str, dict[str, int]] = {}
    for name in bundle.entry_names:
        if not name.startswith("gazetteer/"):
            continue
        lines = bundle.lines(name)
        try:
            head = json.loads(next(lines))["version"]
            version = decode_row(GazetteerVersion.__table__, head)
            if session.get(GazetteerVersion, version["id"]) is not None:
                counts[f"gazetteer:{version['id']}"] = {"unchanged": 1}
                continue
            units = [decode_row(GazetteerUnit.__table__, json.loads(line)["unit"])
                     for line in lines]
        except (StopIteration, KeyError, TypeError, ValueError, RecordRejected):
            raise BundleError(E.BAD_RECORD, file=bundle.path.name, table="gazetteer",
                              line=name) from None
        if any(unit["version"] != version["id"] for unit in units):
            raise BundleError(E.BAD_RECORD, file=bundle.path.name, table="gazetteer", line=name)
        session.execute(insert(GazetteerVersion.__table__), [version])
        if units:
            session.execute(insert(GazetteerUnit.__table__), units)
        counts[f"gazetteer:{version['id']}"] = {"new": len(units)}
    return counts
