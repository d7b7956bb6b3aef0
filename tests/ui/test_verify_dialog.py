"""Verify a certificate in the window: the code read from a real certificate's QR code
is genuine, an altered one is not, a certificate number is looked up, nothing typed asks."""

from __future__ import annotations

import base64
import json

import zxingcpp
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument

from riskedu.printing.api import PrintOptions, print_certificates
from riskedu.ui.language_switch import apply_language
from riskedu.ui.verify_dialog import VerifyDialog

from print_helpers import KHMER_NAMES, roster_session


def qr_text_of_first_certificate(db, session_id: str, tmp_path) -> str:
    """Print the certificates for real, draw page 1 and read its QR code like a phone."""
    out = tmp_path / "certificates.pdf"
    print_certificates(db, session_id, out, PrintOptions(language="km"))
    document = QPdfDocument()
    document.load(str(out))
    size = document.pagePointSize(0)
    image = document.render(0, QSize(round(size.width() * 3), round(size.height() * 3)))
    picture = tmp_path / "page.png"
    image.save(str(picture))
    page = Image.open(picture).convert("RGBA")  # the PDF page has no background: paper white
    found = zxingcpp.read_barcodes(Image.alpha_composite(
        Image.new("RGBA", page.size, "white"), page).convert("L"))
    document.close()
    assert found, "no QR code found on the certificate"
    return found[0].text


def forged(code: str, name: str) -> str:
    """The code with another name, keeping the original signature."""
    prefix, rest = code.split(":", 1)
    body, signature = rest.split(".")
    claim = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claim["p"] = name
    new_body = base64.urlsafe_b64encode(json.dumps(claim, ensure_ascii=False).encode()) \
        .decode().rstrip("=")
    return f"{prefix}:{new_body}.{signature}"


def dialog_on(qtbot, workspace) -> VerifyDialog:
    dialog = VerifyDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_genuine_certificate_is_confirmed_with_what_it_certifies(qtbot, db, workspace,
                                                                   tmp_path):
    saved = roster_session(db)
    code = qr_text_of_first_certificate(db, saved.session_id, tmp_path)
    dialog = dialog_on(qtbot, workspace)
    dialog.code.setPlainText(code)
    dialog.check_button.click()
    assert dialog.verification.genuine
    text = dialog.result.text()
    assert "Genuine certificate" in text and KHMER_NAMES[0] in text
    assert f"{saved.report_code}-001" in text and "this installation" in text


def test_an_altered_certificate_is_refused(qtbot, db, workspace, tmp_path):
    saved = roster_session(db)
    code = qr_text_of_first_certificate(db, saved.session_id, tmp_path)
    dialog = dialog_on(qtbot, workspace)
    dialog.code.setPlainText(forged(code, "Someone Else"))
    assert dialog.check() is False
    text = dialog.result.text()
    assert "Not confirmed as genuine" in text and "altered or forged" in text


def test_a_certificate_number_is_looked_up(qtbot, db, workspace):
    saved = roster_session(db)
    dialog = dialog_on(qtbot, workspace)
    dialog.code.setPlainText(f"  {saved.report_code}-002 ")
    assert dialog.check() is True
    assert KHMER_NAMES[1] in dialog.result.text()
    dialog.code.setPlainText(f"{saved.report_code}-099")
    assert dialog.check() is False
    assert "No certificate" in dialog.result.text()


def test_nothing_typed_asks_for_a_code(qtbot, workspace):
    dialog = dialog_on(qtbot, workspace)
    assert dialog.check() is None
    assert dialog.result.text() == "Paste or type a certificate code first."


def test_the_tools_menu_opens_the_dialog(qtbot, window):
    assert window.printing.verify in window.printing.tools_menu.actions()
    dialog = window.printing.open_verify()
    assert isinstance(dialog, VerifyDialog) and dialog.isVisible()
    dialog.reject()


def test_the_dialog_names_the_village_in_the_window_s_language(qtbot, db, workspace):
    saved = roster_session(db)
    dialog = dialog_on(qtbot, workspace)
    dialog.code.setPlainText(f"{saved.report_code}-001")
    assert dialog.check() is True
    assert "Ou Thum" in dialog.result.text() and "អូរធំ" not in dialog.result.text()
    apply_language("km")
    assert dialog.check() is True
    assert "អូរធំ" in dialog.result.text() and "Ou Thum" not in dialog.result.text()


def test_a_result_shown_follows_a_change_of_language(qtbot, db, workspace):
    """The result already shown is told again in the new language, village included,
    without pressing Check (and for the code checked, not one typed since)."""
    saved = roster_session(db)
    dialog = dialog_on(qtbot, workspace)
    dialog.code.setPlainText(f"{saved.report_code}-001")
    dialog.check()
    dialog.code.setPlainText("half typed")
    apply_language("km")
    qtbot.waitUntil(lambda: "អូរធំ" in dialog.result.text())
    assert "Ou Thum" not in dialog.result.text() and dialog.verification.genuine
    assert dialog.checked_code == f"{saved.report_code}-001"
