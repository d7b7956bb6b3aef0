"""QR codes drawn straight onto the canvas as one path.

reportlab's `QrCodeWidget` builds one shape object per run of dark modules and scores
all eight mask patterns in pure Python, twice per code (for its bounds, then to draw):
about a second per certificate. Here the code is encoded once with one fixed mask
(every mask is valid; the reader learns it from the code's format bits) and its dark
runs are filled as a single path.
"""

from __future__ import annotations

from itertools import groupby

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

MASK_PATTERN = 0
QUIET_ZONE = 2  # modules of white around the code (inside the given side)


def qr_modules(text: str) -> list[list[bool]]:
    """The dark (True) and light modules of `text` as a QR code, error correction M."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.version = code.calculate_version()
    code.makeImpl(False, MASK_PATTERN)
    return code.modules


def draw_qr(canvas: Canvas, text: str, x: float, y: float, side: float) -> None:
    """Draw the QR code of `text` as a square of `side` points with its corner at (x, y)."""
    modules = qr_modules(text)
    box = side / (len(modules) + 2 * QUIET_ZONE)
    path = canvas.beginPath()
    for row_number, row in enumerate(modules):
        top = y + side - (row_number + QUIET_ZONE + 1) * box
        column = 0
        for dark, run in groupby(row):
            count = len(list(run))
            if dark:
                path.rect(x + (column + QUIET_ZONE) * box, top, count * box, box)
            column += count
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
