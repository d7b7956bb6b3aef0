"""The period summary: every session of a date range and area, in totals, tables and
charts, with page numbers, a header, a footer and the date it was generated."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from riskedu import __version__
from riskedu.core.categories import AGE_BANDS, AUDIENCE, HAZARD, METHOD
from riskedu.core.database import Database
from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message
from riskedu.core.print_details import load_print_details
from riskedu.printing.charts import bar_chart
from riskedu.printing.options import (
    PeriodFilter,
    PrintError,
    PrintOptions,
    PrintResult,
    Progress,
)
from riskedu.printing.output import atomic_output, report
from riskedu.printing.page import (
    GREY,
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
from riskedu.printing.period_data import Group, PeriodFigures, period_figures
from riskedu.printing.records import unit_names
from riskedu.printing.strings import Words
from riskedu.printing.text import draw_text

CTX = "print"
BAD_RANGE = QT_TRANSLATE_NOOP(
    "print", "The period starts ({start}) after it ends ({end}). Swap the dates."
)
AREA_HEADINGS = {
    1: QT_TRANSLATE_NOOP("print", "By province"),
    2: QT_TRANSLATE_NOOP("print", "By district"),
    3: QT_TRANSLATE_NOOP("print", "By commune"),
}


def _number(value: int) -> str:
    return f"{value:,}"


def _key_figures(f: PeriodFigures, w: Words, width: float) -> Block:
    t = f.totals
    items = [
        (w.translate("print", "Sessions"), t.sessions),
        (w.translate("print", "Beneficiaries"), t.total),
        (w.translate("print", "Girls"), t.girls),
        (w.translate("print", "Boys"), t.boys),
        (w.translate("print", "Women"), t.women),
        (w.translate("print", "Men"), t.men),
        (w.translate("print", "With disability"), t.disability),
        (w.translate("print", "Hazard reports"), t.hazard_reports),
    ]
    box = width / 4

    def draw(canvas: Canvas, x: float, y: float) -> None:
        for index, (label, value) in enumerate(items):
            left, top = x + box * (index % 4), y - 46 * (index // 4)
            canvas.setFillColorRGB(0.93, 0.95, 0.98)
            canvas.rect(left + 2, top - 42, box - 4, 40, stroke=0, fill=1)
            canvas.setFillColorRGB(0.11, 0.23, 0.42)
            draw_text(
                canvas, left + box / 2, top - 22, _number(value), 15, align="center", bold=True
            )
            canvas.setFillColorRGB(*GREY)
            draw_text(canvas, left + box / 2, top - 36, label, 8, align="center")
        canvas.setFillColorRGB(0, 0, 0)

    return Block(96, draw)


def _group_rows(groups: list[Group], name) -> list[list[str]]:
    return [
        [
            name(g.key),
            _number(g.sessions),
            _number(g.girls),
            _number(g.boys),
            _number(g.women),
            _number(g.men),
            _number(g.total),
        ]
        for g in groups
    ]


def _group_table(title: str, groups: list[Group], name, w: Words, width: float) -> list[Block]:
    header = [
        title,
        w.translate("print", "Sessions"),
        w.translate("print", "Girls"),
        w.translate("print", "Boys"),
        w.translate("print", "Women"),
        w.translate("print", "Men"),
        w.translate("print", "Total"),
    ]
    widths = [width * 0.34] + [width * 0.11] * 6
    return [heading(title, 11)] + table(header, _group_rows(groups, name), widths)


def _sex_age(f: PeriodFigures, w: Words, width: float) -> list[Block]:
    bands = AGE_BANDS.codes
    by = f.totals.by_age_band
    rows = [
        [
            w.label(AGE_BANDS, b),
            _number(by[b]["female"]),
            _number(by[b]["male"]),
            _number(by[b]["female"] + by[b]["male"]),
        ]
        for b in bands
    ]
    rows.append(
        [
            w.translate("print", "Total"),
            _number(f.totals.female),
            _number(f.totals.male),
            _number(f.totals.total),
        ]
    )
    chart = bar_chart(
        [w.label(AGE_BANDS, b) for b in bands],
        [[by[b]["female"] for b in bands], [by[b]["male"] for b in bands]],
        [w.translate("print", "Female"), w.translate("print", "Male")],
        width,
        170,
    )
    return (
        [heading(w.translate("print", "Sex and age"), 11)]
        + table(
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
        + [chart]
    )


def _hazards(f: PeriodFigures, w: Words, width: float) -> list[Block]:
    blocks = [heading(w.translate("print", "Hazard reports received"), 11)]
    if not f.reports:
        return blocks + [paragraph(w.translate("print", "None"), width)]
    blocks += table(
        [w.translate("print", "Ordnance type"), w.translate("print", "Reports")],
        [[w.label(HAZARD, k), _number(n)] for k, n in f.by_ordnance],
        [width * 0.6, width * 0.2],
    )
    if f.totals.hazard_reports > len(f.reports):
        blocks.append(
            paragraph(
                w.translate("print", "The {count} most recent reports:").format(
                    count=len(f.reports)
                ),
                width,
                color=GREY,
            )
        )
    rows = [
        [
            r.date,
            f.village_names.get(r.village_code, ""),
            r.place,
            w.label(HAZARD, r.ordnance_type),
            r.referred_to,
        ]
        for r in f.reports
    ]
    return blocks + table(
        [
            w.translate("print", "Date"),
            w.translate("print", "Village"),
            w.translate("print", "Place"),
            w.translate("print", "Ordnance type"),
            w.translate("print", "Referred to"),
        ],
        rows,
        [width * 0.14, width * 0.2, width * 0.26, width * 0.22, width * 0.18],
        numeric_from=9,
    )


def period_blocks(f: PeriodFigures, w: Words, width: float) -> list[Block]:
    direct = f.totals.total - f.indirect
    blocks = [
        _key_figures(f, w, width),
        paragraph(
            w.translate(
                "print",
                "Direct beneficiaries: {direct}. Indirect beneficiaries (media): {indirect}. "
                "First-time beneficiaries: {first}.",
            ).format(
                direct=_number(direct),
                indirect=_number(f.indirect),
                first=_number(f.totals.first_time),
            ),
            width,
        ),
        spacer(6),
    ]
    area = w.translate("print", AREA_HEADINGS[f.area_level])
    blocks += _group_table(area, f.by_area, lambda k: f.area_names.get(k, k) or "–", w, width)
    top = f.by_area[:12]
    if top:
        blocks.append(
            bar_chart(
                [f.area_names.get(g.key, g.key) for g in top],
                [[g.total for g in top]],
                [w.translate("print", "Beneficiaries")],
                width,
                190,
            )
        )
    blocks += _sex_age(f, w, width)
    blocks += _group_table(
        w.translate("print", "By method"),
        f.by_method,
        lambda k: w.label(METHOD, k) or "–",
        w,
        width,
    )
    blocks += _group_table(
        w.translate("print", "By audience"),
        f.by_audience,
        lambda k: w.label(AUDIENCE, k) or "–",
        w,
        width,
    )
    return blocks + _hazards(f, w, width)


def _area_title(db: Database, period: PeriodFilter, w: Words) -> str:
    codes = [c for c in (period.province_code, period.district_code) if c]
    if not codes:
        return w.translate("print", "All provinces")
    with db.session() as session:
        version = db.installation().gazetteer_version or "KH-MEF-2025"
        names = unit_names(session, version, codes, w.language)
    return ", ".join(reversed([names.get(c, c) for c in codes]))


def print_period_summary(
    db: Database, period: PeriodFilter, out: Path, options: PrintOptions, progress: Progress | None
) -> PrintResult:
    if period.date_from > period.date_to:
        raise PrintError(
            Message(
                CTX,
                BAD_RANGE,
                {"start": period.date_from.isoformat(), "end": period.date_to.isoformat()},
            )
        )
    w = Words(options.language)
    report(progress, 0, 3)
    with db.session() as session:
        figures = period_figures(session, period, options.language)
    report(progress, 1, 3)
    width, height = page_size(options)
    title = w.translate("print", "Summary of sessions")
    subtitle = w.translate("print", "{start} to {end} · {area}").format(
        start=period.date_from.isoformat(),
        end=period.date_to.isoformat(),
        area=_area_title(db, period, w),
    )
    organisation = load_print_details(db).organisation_name(options.language)
    pages = paginate(period_blocks(figures, w, width - 2 * MARGIN), height - 2 * MARGIN - 70)
    generated = w.translate("print", "Generated on {date} by riskedu {version}").format(
        date=datetime.now().strftime("%Y-%m-%d %H:%M"), version=__version__
    )
    with atomic_output(out) as temp:
        canvas = new_canvas(temp, options, f"{title} {subtitle}")
        for number, page in enumerate(pages, start=1):
            y = _header(canvas, width, height, organisation, title, subtitle)
            for block in page:
                block.draw(canvas, MARGIN, y)
                y -= block.height
            footer_line(
                canvas,
                options,
                generated,
                w.translate("print", "Page {page} of {pages}").format(
                    page=number, pages=len(pages)
                ),
            )
            canvas.showPage()
        report(progress, 2, 3)
        canvas.save()
    report(progress, 3, 3)
    return PrintResult(Path(out), len(pages))


def _header(
    canvas: Canvas, width: float, height: float, organisation: str, title: str, subtitle: str
) -> float:
    top = height - MARGIN
    canvas.setFillColorRGB(0.11, 0.23, 0.42)
    draw_text(canvas, MARGIN, top - 12, organisation, 9)
    draw_text(canvas, MARGIN, top - 34, title, 17, bold=True)
    canvas.setFillColorRGB(0, 0, 0)
    draw_text(canvas, MARGIN, top - 52, subtitle, 10)
    canvas.setStrokeColorRGB(0.75, 0.75, 0.75)
    canvas.line(MARGIN, top - 60, width - MARGIN, top - 60)
    canvas.setStrokeColorRGB(0, 0, 0)
    return top - 66
