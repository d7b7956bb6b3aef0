"""Putting a generated PDF on paper: each page drawn from the QPdfDocument onto a QPrinter.

Pages are rendered as pictures at the printer's resolution (at most `MAX_DPI`, which
keeps a page under ~35 MB in memory) and drawn over the whole sheet: the PDF carries
its own margins, so the paper shows exactly what the preview shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300
POINTS_PER_INCH = 72.0


def page_setup(printer: QPrinter, document: QPdfDocument) -> None:
    """Paper size and orientation of the document's first page, whole sheet usable."""
    printer.setFullPage(True)
    if document.pageCount() < 1:
        return
    size = document.pagePointSize(0)
    width, height = min(size.width(), size.height()), max(size.width(), size.height())
    page_size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "",
                          QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (QPageLayout.Orientation.Landscape if size.width() > size.height()
                   else QPageLayout.Orientation.Portrait)
    printer.setPageLayout(QPageLayout(page_size, orientation, printer.pageLayout().margins()))
    printer.setFromTo(1, document.pageCount())


def chosen_pages(printer: QPrinter, page_count: int) -> list[int]:
    """The page indexes (from 0) the print dialog asked for, in order."""
    first, last = 1, page_count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or page_count, page_count)
    pages = list(range(first - 1, last))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def render_page(document: QPdfDocument, page: int, dpi: int) -> QImage:
    points = document.pagePointSize(page)
    scale = dpi / POINTS_PER_INCH
    size = QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))
    return document.render(page, size, QPdfDocumentRenderOptions())


def _fitted(image: QImage, target: QRectF) -> QRectF:
    """Where the page goes on the sheet: as large as fits, centred, proportions kept."""
    scale = min(target.width() / image.width(), target.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(target.x() + (target.width() - width) / 2,
                  target.y() + (target.height() - height) / 2, width, height)


def print_document(document: QPdfDocument, printer: QPrinter, pages: list[int],
                   keep_going: Callable[[int, int], bool] = lambda done, total: True) -> bool:
    """Draw `pages` onto `printer`; False when `keep_going(done, total)` asked to stop
    (the job is then aborted, so a half-printed job is not sent) or nothing could print."""
    painter = QPainter()
    if not pages or not painter.begin(printer):
        return False
    dpi = min(printer.resolution(), MAX_DPI)
    try:
        for done, page in enumerate(pages):
            if not keep_going(done, len(pages)):
                printer.abort()
                return False
            if done:
                printer.newPage()
            image = render_page(document, page, dpi)
            target = QRectF(painter.viewport())
            painter.drawImage(_fitted(image, target), image)
        keep_going(len(pages), len(pages))
    finally:
        painter.end()
    return True
