"""Printing benchmarks, one per process: `python bench/print_probes.py PROBE DB` prints JSON.

certificates: 1,000 certificates with Khmer names (shaped, searchable, signed QR codes)
÷ the same pages drawn with plain reportlab canvas calls, no shaping and no ActualText.
period: the period summary of every session of the database (all provinces, all dates).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from riskedu.core.database import open_database  # noqa: E402
from riskedu.core.forms import ParticipantLine  # noqa: E402
from riskedu.core.profile import SetupForm, apply_setup  # noqa: E402
from riskedu.core.sessions import new_session_form, save_session  # noqa: E402
from riskedu.printing.api import (  # noqa: E402
    PeriodFilter,
    PrintOptions,
    print_certificates,
    print_period_summary,
)
from riskedu.printing.certificates import load_certificates  # noqa: E402
from riskedu.printing.fonts import register_fonts  # noqa: E402
from riskedu.printing.qr import draw_qr  # noqa: E402
from riskedu.printing.strings import Words  # noqa: E402

PEOPLE = 1000
GIVEN = ("សុខ", "ចាន់", "ស្រី", "កែវ", "បុប្ផា", "វណ្ណា", "សុភា", "រតនា", "ពិសិដ្ឋ", "បណ្តិត")
FAMILY = ("ចាន់ធា", "ស្រីពៅ", "សុវណ្ណ", "ប៊ុនថន", "ណារិទ្ធ", "ផល្លា", "សម្ផស្ស", "ឧត្តម")


def _roster_database(folder: Path):
    db = open_database(folder / "bench.sqlite3")
    with db.transaction() as session:
        apply_setup(session, db.installation_id, SetupForm(
            organisation_name="HALO Trust", organisation_code="HALO", team_name="Team 3",
            team_code="T3", educator_name="Sokha Chan", educator_sex="female"))
    with db.transaction() as session:
        form = new_session_form(session, session.get(
            type(db.installation()), db.installation_id), today=date(2026, 11, 27))
        form.session_date = form.report_date = date(2026, 11, 20)
        form.province_code, form.district_code = "01", "0102"
        form.commune_code, form.village_code = "010201", "01020101"
        form.location_type, form.audience, form.activity = "community_centre", "farmers", \
            "direct_re"
        form.attendance.update({"female_18_49": 500, "male_18_49": 500})
        form.participants = [ParticipantLine(
            name=f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // 10) % len(FAMILY)]}", sex="female")
            for i in range(PEOPLE)]
        code = save_session(session, form, by="bench").report_code
    return db, code


def _plain_pages(db, code: str, out: Path) -> None:
    """The same certificates with plain canvas calls: unshaped text, same QR codes."""
    words = Words("km")
    certificates = load_certificates(db, code, words)
    register_fonts()
    canvas = Canvas(str(out), initialFontName="RiskEduSans")
    texts = [words.translate("print", t) for t in (
        "Certificate of participation", "This certifies that",
        "has taken part in explosive ordnance risk education")]
    for c in certificates:
        canvas.rect(24, 24, 547, 794)
        canvas.rect(31, 31, 533, 780)
        for y, (font, size, text) in zip(range(760, 300, -40), (
                ("RiskEduSans", 13, "HALO Trust"), ("RiskEduKhmer", 30, texts[0]),
                ("RiskEduKhmer", 12, texts[1]), ("RiskEduKhmer", 28, c.name),
                ("RiskEduKhmer", 12, texts[2]), ("RiskEduKhmer", 12.5, c.activity),
                ("RiskEduKhmer", 14, c.village), ("RiskEduKhmer", 11, c.area),
                ("RiskEduSans", 12, c.date)), strict=False):
            canvas.setFont(font, size)
            canvas.drawCentredString(297, y, text)
        canvas.line(72, 120, 282, 120)
        draw_qr(canvas, c.code, 427, 68, 96)
        canvas.setFont("RiskEduSans", 8)
        canvas.drawCentredString(475, 58, c.number)
        canvas.showPage()
    canvas.save()


def probe_certificates(_db_path: str) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        db, code = _roster_database(Path(folder))
        started = time.perf_counter()
        print_certificates(db, code, Path(folder) / "c.pdf", PrintOptions(language="km"))
        printed = time.perf_counter() - started
        started = time.perf_counter()
        _plain_pages(db, code, Path(folder) / "plain.pdf")
        plain = time.perf_counter() - started
        db.close()
    return {"seconds": printed, "plain_seconds": plain, "ratio": printed / plain}


def probe_period(db_path: str) -> dict:
    db = open_database(db_path)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        result = print_period_summary(db, PeriodFilter(date(1990, 1, 1), date(2100, 1, 1)),
                                      Path(folder) / "p.pdf")
        seconds = time.perf_counter() - started
    db.close()
    return {"seconds": seconds, "pages": result.pages}


PROBES = {"certificates": probe_certificates, "period": probe_period}

if __name__ == "__main__":
    print(json.dumps(PROBES[sys.argv[1]](sys.argv[2] if len(sys.argv) > 2 else "")))
