"""A certificate's QR code, decoded from a rendering of the page, verifies on the issuing
installation and at headquarters; altered or forged codes are refused."""

from __future__ import annotations

import base64
import json

import pytest
from pdf_reading import qr_texts
from printing_data import KHMER_NAMES, roster_session

from riskedu.core.database import open_database
from riskedu.core.db.sync_models import KnownInstallation
from riskedu.printing.api import PrintOptions, print_certificates, verify_certificate
from riskedu.printing.certificate_codes import PREFIX
from riskedu.sync.identity import installation_key
from riskedu.sync.keys import InstallationKey


def _printed_code(db, tmp_path, names=KHMER_NAMES[:2]) -> str:
    _, code = roster_session(db, names=names, with_material=False)
    result = print_certificates(db, code, tmp_path / "c.pdf", PrintOptions(language="km"))
    [text] = qr_texts(result.path, 2)
    return text


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _body(code: str) -> dict:
    body = code[len(PREFIX):].split(".")[0]
    return json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


def test_the_printed_code_is_genuine_on_this_installation(db, tmp_path):
    code = _printed_code(db, tmp_path)
    verification = verify_certificate(db, code)
    assert verification.genuine, verification.message
    assert verification.details["name"] == KHMER_NAMES[1]
    assert verification.details["village"] == "អូរធំ"
    assert verification.details["number"].endswith("-002")


def test_a_changed_name_is_refused(db, tmp_path):
    code = _printed_code(db, tmp_path)
    body = _body(code)
    body["p"] = "Someone Else"
    signature = code.split(".")[1]
    forged = f"{PREFIX}{_b64(json.dumps(body, ensure_ascii=False).encode())}.{signature}"
    verification = verify_certificate(db, forged)
    assert not verification.genuine and "Not genuine" in str(verification.message)


def test_a_code_signed_with_another_key_is_refused(db, tmp_path):
    code = _printed_code(db, tmp_path)
    body = json.dumps(_body(code), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode()
    forged = f"{PREFIX}{_b64(body)}.{_b64(InstallationKey.generate().sign(body))}"
    assert not verify_certificate(db, forged).genuine


def test_garbage_is_not_a_certificate(db):
    for text in (PREFIX + "xx.yy", PREFIX, "hello", ""):
        verification = verify_certificate(db, text)
        assert not verification.genuine and str(verification.message)


def test_headquarters_verifies_through_its_register_of_installations(db, tmp_path):
    code = _printed_code(db, tmp_path)
    headquarters = open_database(tmp_path / "hq.sqlite3")
    try:
        unknown = verify_certificate(headquarters, code)
        assert not unknown.genuine and "headquarters" in str(unknown.message)
        with db.session() as session:
            public_key = installation_key(session, db.installation_id).public_key
        with headquarters.transaction() as session:
            session.add(KnownInstallation(id=db.installation_id, name="HALO Team 3 laptop",
                                          public_key=public_key.hex()))
        known = verify_certificate(headquarters, code)
        assert known.genuine and known.details["issuer"] == "HALO Team 3 laptop"
    finally:
        headquarters.close()


def test_a_certificate_number_is_looked_up_in_the_rosters(db, tmp_path):
    _, report_code = roster_session(db, names=KHMER_NAMES, with_material=False)
    found = verify_certificate(db, f"{report_code}-003")
    assert found.genuine and found.details["name"] == KHMER_NAMES[2]
    assert not verify_certificate(db, f"{report_code}-009").genuine


@pytest.mark.parametrize("language,village", [("en", "Ou Thum"), ("km", "អូរធំ")])
def test_a_number_names_its_village_in_the_language_asked(db, language, village):
    _, report_code = roster_session(db, names=KHMER_NAMES, with_material=False)
    found = verify_certificate(db, f"{report_code}-001", language)
    assert found.genuine and found.details["village"] == village
    assert village in str(found.message)
