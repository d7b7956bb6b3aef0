"""Certificates: one page per person on a session's roster, with a signed QR code."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from riskedu.core.categories import ACTIVITY, PARTICIPANT_ROLE
from riskedu.core.database import Database
from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message
from riskedu.core.print_details import PrintDetails, load_print_details
from riskedu.printing.certificate_codes import CertificateClaim, signed_code
from riskedu.printing.options import PrintError, PrintOptions, PrintResult, Progress
from riskedu.printing.output import atomic_output, report
from riskedu.printing.page import new_canvas, page_size
from riskedu.printing.qr import draw_qr
from riskedu.printing.records import find_session, place_line
from riskedu.printing.strings import Words
from riskedu.printing.text import draw_text, fitting_size, wrap_text
from riskedu.sync.identity import installation_key

CTX = "print"
NO_ROSTER = QT_TRANSLATE_NOOP(
    "print",
    "Session {code} has nobody on its roster. Add the participants' names in the "
    "session's Roster tab, then print the certificates.",
)
INK = (0.11, 0.23, 0.42)


@dataclass(frozen=True)
class Certificate:
    """One certificate's texts and its QR code."""

    number: str
    name: str
    name_latin: str
    role: str
    date: str
    village: str
    area: str
    activity: str
    code: str


def certificate_number(report_code: str, position: int) -> str:
    """Unique per roster line: the session's report code and the line's number."""
    return f"{report_code}-{position + 1:03d}"


def load_certificates(db: Database, session_id: str, words: Words) -> list[Certificate]:
    with db.session() as session:
        record = find_session(session, session_id)
        village, area = place_line(session, record, words.language)
        people = [p for p in record.participants if not p.deleted and p.name.strip()]
        if not people:
            raise PrintError(Message(CTX, NO_ROSTER, {"code": record.report_code}))
        key = installation_key(session, db.installation_id)
        day = record.session_date.isoformat() if record.session_date else ""
        activity = words.label(ACTIVITY, record.activity)
        result = []
        for person in people:
            number = certificate_number(record.report_code, person.position)
            claim = CertificateClaim(number, person.name, day, village, db.installation_id)
            role = (
                ""
                if person.role in ("", "participant")
                else words.label(PARTICIPANT_ROLE, person.role)
            )
            result.append(
                Certificate(
                    number,
                    person.name,
                    person.name_latin,
                    role,
                    day,
                    village,
                    area,
                    activity,
                    signed_code(claim, key),
                )
            )
        return result


class CertificatePage:
    """Draws certificates on pages of one size, in one language."""

    def __init__(
        self,
        canvas: Canvas,
        options: PrintOptions,
        details: PrintDetails,
        logo: Path | None,
        words: Words,
    ):
        self.canvas, self.words, self.details, self.logo = canvas, words, details, logo
        self.width, self.height = page_size(options)
        self.scale = min(self.height / 842, 1.0)
        self.organisation = details.organisation_name(words.language)

    def _frame(self) -> None:
        canvas, width, height = self.canvas, self.width, self.height
        canvas.setStrokeColorRGB(*INK)
        canvas.setLineWidth(2.5)
        canvas.rect(24, 24, width - 48, height - 48)
        canvas.setLineWidth(0.8)
        canvas.rect(31, 31, width - 62, height - 62)

    def _centred(
        self, y: float, text: str, size: float, *, bold: bool = False, color=(0, 0, 0)
    ) -> float:
        """Draw `text` centred (wrapped to the page) from `y` down; return the next y."""
        self.canvas.setFillColorRGB(*color)
        lines = wrap_text(text, size, self.width - 150, bold=bold)
        for line in lines:
            y -= size * 1.45
            draw_text(self.canvas, self.width / 2, y, line, size, align="center", bold=bold)
        self.canvas.setFillColorRGB(0, 0, 0)
        return y - size * 0.35

    def draw(self, certificate: Certificate) -> None:
        w, s = self.words, self.scale
        self._frame()
        y = self.height - 62 * s
        if self.logo is not None:
            side = 62 * s
            self.canvas.drawImage(
                str(self.logo),
                self.width / 2 - side / 2,
                y - side,
                side,
                side,
                preserveAspectRatio=True,
                mask="auto",
            )
            y -= side + 6
        y = self._centred(y, self.organisation, 13 * s, color=INK)
        y = self._centred(
            y - 14 * s,
            w.translate("print", "Certificate of participation"),
            30 * s,
            bold=True,
            color=INK,
        )
        y = self._centred(y - 16 * s, w.translate("print", "This certifies that"), 12 * s)
        name_size = fitting_size(certificate.name, 28 * s, self.width - 150, bold=True)
        y = self._centred(y - 6 * s, certificate.name, name_size, bold=True)
        if certificate.name_latin and certificate.name_latin != certificate.name:
            y = self._centred(y, certificate.name_latin, 12 * s, color=(0.35, 0.35, 0.35))
        if certificate.role:
            y = self._centred(
                y, w.translate("print", "as {role}").format(role=certificate.role), 12 * s
            )
        y = self._centred(
            y - 8 * s,
            w.translate("print", "has taken part in explosive ordnance risk education"),
            12 * s,
        )
        if certificate.activity:
            y = self._centred(y, certificate.activity, 12.5 * s, bold=True)
        y = self._centred(
            y - 4 * s,
            w.translate("print", "in {village}").format(village=certificate.village),
            14 * s,
            bold=True,
        )
        if certificate.area:
            y = self._centred(y, certificate.area, 11 * s)
        self._centred(
            y - 4 * s, w.translate("print", "on {date}").format(date=certificate.date), 12 * s
        )
        self._signature_and_code(certificate)
        self.canvas.showPage()

    def _signature_and_code(self, certificate: Certificate) -> None:
        canvas, w, s = self.canvas, self.words, self.scale
        # The QR code and its two lines of text stay inside the frame in every orientation.
        left, base = 72, 64 + 40 * s
        canvas.setLineWidth(0.6)
        canvas.line(left, base, left + 210, base)
        name = self.details.signatory_name or w.translate("print", "Signature")
        draw_text(canvas, left, base - 15, name, 11, bold=bool(self.details.signatory_name))
        if self.details.signatory_title:
            draw_text(canvas, left, base - 30, self.details.signatory_title, 9.5)
        side = 96 * s
        qr_x, qr_y = self.width - 72 - side, 60.0
        draw_qr(canvas, certificate.code, qr_x, qr_y, side)
        canvas.setFillColorRGB(0.3, 0.3, 0.3)
        label = w.translate("print", "Certificate No. {number}").format(number=certificate.number)
        draw_text(
            canvas,
            qr_x + side / 2,
            qr_y - 10,
            label,
            fitting_size(label, 8, side + 60),
            align="center",
        )
        draw_text(
            canvas,
            qr_x + side / 2,
            qr_y - 21,
            w.translate("print", "Scan to check it is genuine"),
            fitting_size(w.translate("print", "Scan to check it is genuine"), 7, side + 60),
            align="center",
        )
        canvas.setFillColorRGB(0, 0, 0)


def print_certificates(
    db: Database, session_id: str, out: Path, options: PrintOptions, progress: Progress | None
) -> PrintResult:
    words = Words(options.language)
    certificates = load_certificates(db, session_id, words)
    details = load_print_details(db)
    total = len(certificates)
    report(progress, 0, total)
    with atomic_output(out) as temp:
        canvas = new_canvas(temp, options, words.translate("print", "Certificate of participation"))
        page = CertificatePage(canvas, options, details, details.logo_path(db), words)
        for done, certificate in enumerate(certificates, start=1):
            page.draw(certificate)
            report(progress, done, total)
        canvas.save()
    return PrintResult(Path(out), total)
