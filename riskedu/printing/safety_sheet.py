"""The standard safety-messages sheet: what everyone should do about explosive items."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from riskedu.core.i18n import QT_TRANSLATE_NOOP
from riskedu.printing.options import PrintOptions
from riskedu.printing.page import MARGIN, page_size
from riskedu.printing.strings import Words
from riskedu.printing.text import draw_text, fitting_size, wrap_text

CTX = "print"
# The core messages of risk education sessions (recognise, avoid, report).
MESSAGES = (
    QT_TRANSLATE_NOOP("print", "Do not touch, move or pick up anything that looks like a mine, "
                      "a bomb or any other explosive item."),
    QT_TRANSLATE_NOOP("print", "Stay away. Warn others, mark the place if you can do it safely, "
                      "and go back the way you came."),
    QT_TRANSLATE_NOOP("print", "Report it at once to the village chief, the police or a mine "
                      "action team."),
    QT_TRANSLATE_NOOP("print", "Do not collect, sell or take apart war scrap metal."),
    QT_TRANSLATE_NOOP("print", "Do not light fires on land that may hold explosive items."),
    QT_TRANSLATE_NOOP("print", "Use only paths and land that people use every day and know to "
                      "be safe."),
    QT_TRANSLATE_NOOP("print", "Teach children: if you see it, do not touch it, and tell an "
                      "adult."),
)
INK = (0.62, 0.07, 0.07)


def draw_safety_sheet(canvas: Canvas, options: PrintOptions, w: Words,
                      organisation: str) -> None:
    """One page of the safety messages in the document's language."""
    width, height = page_size(options)
    text_width = width - 2 * MARGIN - 40
    y = height - MARGIN - 10
    canvas.setFillColorRGB(*INK)
    title = w.translate("print", "Safety messages")
    y -= 30
    draw_text(canvas, width / 2, y, title, fitting_size(title, 28, text_width), align="center",
              bold=True)
    y -= 26
    subtitle = w.translate("print", "Landmines and unexploded ordnance kill and injure. Stay safe:")
    canvas.setFillColorRGB(0, 0, 0)
    for line in wrap_text(subtitle, 13, text_width):
        draw_text(canvas, width / 2, y, line, 13, align="center")
        y -= 20
    size = 13 if height > 700 else 11
    for number, message in enumerate(MESSAGES, start=1):
        y -= size * 0.9
        canvas.setFillColorRGB(*INK)
        canvas.circle(MARGIN + 14, y - size * 0.35, size * 0.9, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        draw_text(canvas, MARGIN + 14, y - size * 0.7, str(number), size, align="center",
                  bold=True)
        canvas.setFillColorRGB(0, 0, 0)
        for line in wrap_text(w.translate("print", message), size, text_width):
            draw_text(canvas, MARGIN + 40, y - size * 0.7, line, size)
            y -= size * 1.6
    y -= 24
    draw_text(canvas, MARGIN + 40, y, w.translate("print", "Report to:"), size, bold=True)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN + 40, y - 26, width - MARGIN, y - 26)
    canvas.setFillColorRGB(0.35, 0.35, 0.35)
    draw_text(canvas, width / 2, MARGIN, organisation, 10, align="center")
    canvas.setFillColorRGB(0, 0, 0)
