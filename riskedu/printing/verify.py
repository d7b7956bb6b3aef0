"""Telling a genuine certificate from a forged one, offline.

A QR code's text is checked against the issuing installation's public key: this
installation's own, or one in the register of known installations (headquarters
knows every team it accepted bundles from). A bare certificate number is looked up in
the database's rosters instead.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from riskedu.core.database import Database
from riskedu.core.db.models import EducationSession, Participant
from riskedu.core.db.sync_models import KnownInstallation
from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message
from riskedu.printing.certificate_codes import (
    MalformedCode,
    is_signed_code,
    read_code,
    signature_holds,
)
from riskedu.printing.options import Verification
from riskedu.printing.records import place_line
from riskedu.sync.identity import installation_key

CTX = "verify"
GENUINE = QT_TRANSLATE_NOOP(
    "verify", "Genuine: certificate {number} was issued to {name} for the session of {date} "
    "in {village}, and signed by {issuer}.")
FORGED = QT_TRANSLATE_NOOP(
    "verify", "Not genuine: the signature does not match what the certificate says. It was "
    "altered or forged.")
UNKNOWN_ISSUER = QT_TRANSLATE_NOOP(
    "verify", "Cannot be checked here: it was signed by an installation this database does not "
    "know. Check it at headquarters, which knows every team's installation.")
MALFORMED = QT_TRANSLATE_NOOP(
    "verify", "This is not a riskedu certificate code. Scan the QR code again or type the "
    "certificate number printed under it.")
NUMBER_FOUND = QT_TRANSLATE_NOOP(
    "verify", "Recorded: certificate {number} belongs to {name}, session of {date} in "
    "{village}. Check that the printed name is the same.")
NUMBER_UNKNOWN = QT_TRANSLATE_NOOP(
    "verify", "No certificate {number} is recorded in this database. It was not issued here, "
    "or its session has not reached this database yet.")
THIS_INSTALLATION = QT_TRANSLATE_NOOP(
    "verify", "this installation")
_NUMBER = re.compile(r"^(?P<code>.+)-(?P<line>\d{3,})$")


def _public_key(db: Database, installation_id: str) -> tuple[bytes | None, str]:
    with db.session() as session:
        if installation_id == db.installation_id:
            return installation_key(session, installation_id).public_key, THIS_INSTALLATION
        known = session.get(KnownInstallation, installation_id)
        if known is None:
            return None, ""
        return bytes.fromhex(known.public_key), known.name or known.id


def _verify_signed(db: Database, text: str) -> Verification:
    try:
        claim, body, signature = read_code(text)
    except MalformedCode:
        return Verification(False, Message(CTX, MALFORMED))
    details = {"number": claim.number, "name": claim.name, "date": claim.date,
               "village": claim.place, "installation": claim.installation_id}
    public_key, issuer = _public_key(db, claim.installation_id)
    if public_key is None:
        return Verification(False, Message(CTX, UNKNOWN_ISSUER), details)
    if not signature_holds(public_key, body, signature):
        return Verification(False, Message(CTX, FORGED), details)
    details["issuer"] = issuer
    return Verification(True, Message(CTX, GENUINE, {
        "number": claim.number, "name": claim.name, "date": claim.date,
        "village": claim.place, "issuer": issuer}), details)


def _verify_number(db: Database, number: str, language: str) -> Verification:
    match = _NUMBER.match(number)
    unknown = Verification(False, Message(CTX, NUMBER_UNKNOWN, {"number": number}),
                           {"number": number})
    if match is None:
        return unknown
    with db.session() as session:
        found = session.execute(
            select(Participant, EducationSession).join(EducationSession)
            .where(EducationSession.report_code == match["code"],
                   EducationSession.deleted.is_(False), Participant.deleted.is_(False),
                   Participant.position == int(match["line"]) - 1)).first()
        if found is None:
            return unknown
        person, record = found
        village, _ = place_line(session, record, language)
    day = record.session_date.isoformat() if record.session_date else ""
    details = {"number": number, "name": person.name, "date": day, "village": village}
    return Verification(True, Message(CTX, NUMBER_FOUND, details), details)


def verify_certificate(db: Database, code: str, language: str = "en") -> Verification:
    """Whether a QR code's text (or a certificate number) is a genuine certificate.

    A number found in the rosters names its village in `language`, as a certificate
    printed in it does; a QR code names the village it was printed with (it is signed)."""
    text = (code or "").strip()
    if is_signed_code(text):
        return _verify_signed(db, text)
    return _verify_number(db, text, language)
