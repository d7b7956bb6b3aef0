"""The one-page summary of a session: who, where, when, how, for whom, how many."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from riskedu.core.categories import (
    ACTIVITY,
    AGE_BANDS,
    AUDIENCE,
    CATEGORY,
    HAZARD,
    LANGUAGE,
    LOCATION_TYPE,
    METHOD,
    STATUS,
)
from riskedu.core.database import Database
from riskedu.core.db.material_models import SessionMaterial
from riskedu.core.db.models import Attendance, EducationSession, Team
from riskedu.core.i18n import QT_TRANSLATE_NOOP
from riskedu.core.print_details import load_print_details
from riskedu.printing.options import PrintOptions, PrintResult, Progress
from riskedu.printing.output import atomic_output, report
from riskedu.printing.page import (
    MARGIN,
    Block,
    footer_line,
    heading,
    new_canvas,
    page_size,
    paginate,
    paragraph,
    spacer,
    table,
)
from riskedu.printing.records import find_session, place_line
from riskedu.printing.strings import Words
from riskedu.printing.text import draw_text, fitting_size, text_width, wrap_text

CTX = "print"
QT_TRANSLATE_NOOP("print", "Session summary")


def _facts(session: Session, record: EducationSession, w: Words) -> list[tuple[str, str]]:
    village, area = place_line(session, record, w.language)
    times = " – ".join(t.strftime("%H:%M") for t in (record.start_time, record.end_time) if t)
    team = session.get(Team, record.team_id) if record.team_id else None
    hazards = ", ".join(w.label(HAZARD, code) for code in record.hazards or [])
    return [
        (
            w.translate("print", "Date"),
            " ".join(
                filter(
                    None, [record.session_date.isoformat() if record.session_date else "", times]
                )
            ),
        ),
        (w.translate("print", "Place"), ", ".join(filter(None, [village, area]))),
        (w.translate("print", "Location type"), w.label(LOCATION_TYPE, record.location_type)),
        (w.translate("print", "Team"), team.name if team else ""),
        (w.translate("print", "Facilitators"), ", ".join(f.name for f in record.facilitators)),
        (w.translate("print", "Category"), w.label(CATEGORY, record.category)),
        (w.translate("print", "Activity"), w.label(ACTIVITY, record.activity)),
        (w.translate("print", "Method"), w.label(METHOD, record.method)),
        (w.translate("print", "Number of sessions"), str(record.session_count)),
        (w.translate("print", "Primary audience"), w.label(AUDIENCE, record.audience)),
        (w.translate("print", "Hazards discussed"), hazards),
    ]


def _facts_block(facts: list[tuple[str, str]], width: float, size: float = 9.5) -> Block:
    label_width = min(150.0, max(text_width(label, size) for label, _ in facts) + 14)
    rows = [
        (label, wrap_text(value or "–", size, width - label_width - 8)) for label, value in facts
    ]
    leading = size * 1.6

    def draw(canvas: Canvas, x: float, y: float) -> None:
        for label, lines in rows:
            canvas.setFillColorRGB(0.35, 0.35, 0.35)
            draw_text(canvas, x, y - leading + 3, label, fitting_size(label, size, label_width - 6))
            canvas.setFillColorRGB(0, 0, 0)
            for line in lines:
                y -= leading
                draw_text(canvas, x + label_width, y + 3, line, size)

    return Block(leading * sum(len(lines) for _, lines in rows) + 6, draw)


def _attendance_blocks(a: Attendance | None, w: Words, width: float) -> list[Block]:
    def count(field: str) -> int:
        return getattr(a, field) if a is not None else 0

    rows = []
    for band in AGE_BANDS.codes:
        female, male = count(f"female_{band}"), count(f"male_{band}")
        rows.append([w.label(AGE_BANDS, band), str(female), str(male), str(female + male)])
    female, male = sum(int(r[1]) for r in rows), sum(int(r[2]) for r in rows)
    rows.append([w.translate("print", "Total"), str(female), str(male), str(female + male)])
    grid = table(
        [
            w.translate("print", "Age"),
            w.translate("print", "Female"),
            w.translate("print", "Male"),
            w.translate("print", "Total"),
        ],
        rows,
        [width * 0.4, width * 0.2, width * 0.2, width * 0.2],
        total_row=True,
    )
    derived = [
        w.translate("print", "Girls"),
        w.translate("print", "Boys"),
        w.translate("print", "Women"),
        w.translate("print", "Men"),
        w.translate("print", "Female with disability"),
        w.translate("print", "Male with disability"),
        w.translate("print", "First-time beneficiaries"),
    ]
    values = [
        str(count(f))
        for f in ("girls", "boys", "women", "men", "disabled_female", "disabled_male", "first_time")
    ]
    totals = table(derived, [values], [width / 7] * 7, numeric_from=0, size=8)
    return grid + [spacer(6)] + totals


def _materials_rows(session: Session, record: EducationSession, w: Words) -> list[list[str]]:
    lines = session.scalars(
        select(SessionMaterial)
        .where(SessionMaterial.session_id == record.id, SessionMaterial.deleted.is_(False))
        .order_by(SessionMaterial.position)
    )
    rows = []
    for line in lines:
        titles = {t.language: t.title for t in line.material.titles}
        title = titles.get(w.language) or next(iter(titles.values()), "")
        rows.append([title, w.label(LANGUAGE, line.language), str(line.quantity)])
    return rows


def _hazard_rows(record: EducationSession, w: Words) -> list[list[str]]:
    return [
        [r.place, w.label(HAZARD, r.ordnance_type), r.description, r.referred_to]
        for r in record.hazard_reports
        if not r.deleted
    ]


def _signatures(w: Words, width: float) -> Block:
    roles = [w.translate("print", "Facilitator"), w.translate("print", "Village chief")]

    def draw(canvas: Canvas, x: float, y: float) -> None:
        column = width / 2
        for index, role in enumerate(roles):
            left = x + column * index
            draw_text(canvas, left, y - 12, role, 9.5, bold=True)
            for row, label in enumerate(
                (
                    w.translate("print", "Name"),
                    w.translate("print", "Signature"),
                    w.translate("print", "Date"),
                )
            ):
                base = y - 40 - row * 24
                draw_text(canvas, left, base, label, 8.5)
                canvas.setLineWidth(0.5)
                canvas.line(left + 62, base - 2, left + column - 24, base - 2)

    return Block(112, draw)


def summary_blocks(
    session: Session, record: EducationSession, w: Words, width: float
) -> list[Block]:
    blocks = [
        _facts_block(_facts(session, record, w), width),
        spacer(4),
        heading(w.translate("print", "Participants by sex and age"), 11),
    ]
    blocks += _attendance_blocks(record.attendance, w, width)
    materials = _materials_rows(session, record, w)
    blocks.append(heading(w.translate("print", "Materials handed out"), 11))
    blocks += (
        table(
            [
                w.translate("print", "Material"),
                w.translate("print", "Language"),
                w.translate("print", "Quantity"),
            ],
            materials,
            [width * 0.6, width * 0.25, width * 0.15],
            numeric_from=2,
        )
        if materials
        else [paragraph(w.translate("print", "None"), width)]
    )
    reports = _hazard_rows(record, w)
    blocks.append(heading(w.translate("print", "Hazard reports raised"), 11))
    blocks += (
        table(
            [
                w.translate("print", "Place"),
                w.translate("print", "Ordnance type"),
                w.translate("print", "Description"),
                w.translate("print", "Referred to"),
            ],
            reports,
            [width * 0.25, width * 0.22, width * 0.33, width * 0.2],
            numeric_from=9,
        )
        if reports
        else [paragraph(w.translate("print", "None"), width)]
    )
    return blocks + [spacer(10), _signatures(w, width)]


def _title(
    canvas: Canvas, options: PrintOptions, organisation: str, code: str, status: str, w: Words
) -> float:
    width, height = page_size(options)
    top = height - MARGIN
    canvas.setFillColorRGB(0.11, 0.23, 0.42)
    draw_text(canvas, MARGIN, top - 12, organisation, 10)
    draw_text(canvas, MARGIN, top - 36, w.translate("print", "Session summary"), 18, bold=True)
    canvas.setFillColorRGB(0, 0, 0)
    draw_text(canvas, width - MARGIN, top - 12, code, 10, align="right")
    draw_text(canvas, width - MARGIN, top - 26, status, 9, align="right")
    return top - 52


def print_session_summary(
    db: Database, session_id: str, out: Path, options: PrintOptions, progress: Progress | None
) -> PrintResult:
    w = Words(options.language)
    organisation = load_print_details(db).organisation_name(options.language)
    width, height = page_size(options)
    report(progress, 0, 1)
    with db.session() as session:
        record = find_session(session, session_id)
        code, status = record.report_code, w.label(STATUS, record.status)
        blocks = summary_blocks(session, record, w, width - 2 * MARGIN)
    pages = paginate(blocks, height - 2 * MARGIN - 64)
    with atomic_output(out) as temp:
        canvas = new_canvas(temp, options, w.translate("print", "Session summary") + " " + code)
        for number, page in enumerate(pages, start=1):
            y = _title(canvas, options, organisation, code, status, w)
            for block in page:
                block.draw(canvas, MARGIN, y)
                y -= block.height
            footer_line(
                canvas,
                options,
                code,
                w.translate("print", "Page {page} of {pages}").format(
                    page=number, pages=len(pages)
                ),
            )
            canvas.showPage()
        canvas.save()
    report(progress, 1, 1)
    return PrintResult(Path(out), len(pages))
