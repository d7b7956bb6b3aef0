"""Pages of a document: canvas set-up, paper sizes, and a simple block layout.

Summaries are laid out as a list of blocks (a heading, a wrapped paragraph, a chunk of
a table), each knowing its height and how to draw itself. Blocks are put on pages
first and drawn after, so every page knows the total ("Page 2 of 5").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.pdfgen.canvas import Canvas

from riskedu import __version__
from riskedu.printing.fonts import LATIN, register_fonts
from riskedu.printing.options import PrintOptions
from riskedu.printing.text import draw_text, fitting_size, wrap_text

PAGE_SIZES = {"A4": A4, "Letter": letter}
MARGIN = 42.0  # points: about 15 mm, inside what office printers can reach
GREY = (0.45, 0.45, 0.45)
RULE = (0.75, 0.75, 0.75)
SHRINK_LIMIT = 0.8  # a header shrunk more than this is wrapped instead
LINE_STEP = 1.2  # line distance in a wrapped header, in font sizes


def page_size(options: PrintOptions) -> tuple[float, float]:
    size = PAGE_SIZES.get(options.page_size, A4)
    return landscape(size) if options.landscape else size


def new_canvas(path: Path, options: PrintOptions, title: str) -> Canvas:
    """A canvas with the shipped fonts registered and the document's metadata."""
    register_fonts()
    canvas = Canvas(str(path), pagesize=page_size(options), initialFontName=LATIN,
                    initialFontSize=10, pageCompression=1, lang=options.language)
    canvas.setTitle(title)
    canvas.setCreator(f"riskedu {__version__}")
    canvas.setProducer(f"riskedu {__version__} (reportlab)")
    return canvas


@dataclass
class Block:
    """Something of a known height drawn with its top-left corner at (x, y)."""

    height: float
    draw: Callable[[Canvas, float, float], None]
    keep_with_next: bool = False


def paginate(blocks: list[Block], room: float) -> list[list[Block]]:
    """Blocks grouped into pages of at most `room` points of height; a heading is kept
    with what follows it."""
    pages: list[list[Block]] = [[]]
    used = 0.0
    for index, block in enumerate(blocks):
        needed = block.height
        if block.keep_with_next and index + 1 < len(blocks):
            needed += blocks[index + 1].height
        if pages[-1] and used + needed > room:
            pages.append([])
            used = 0.0
        pages[-1].append(block)
        used += block.height
    return pages


def heading(text: str, size: float = 13) -> Block:
    def draw(canvas: Canvas, x: float, y: float) -> None:
        draw_text(canvas, x, y - size * 1.3, text, size, bold=True)
    return Block(size * 2.0, draw, keep_with_next=True)


def paragraph(text: str, width: float, size: float = 9.5, color=None) -> Block:
    lines = wrap_text(text, size, width)
    leading = size * 1.55

    def draw(canvas: Canvas, x: float, y: float) -> None:
        if color:
            canvas.setFillColorRGB(*color)
        for number, line in enumerate(lines):
            draw_text(canvas, x, y - leading * (number + 1) + size * 0.35, line, size)
        canvas.setFillColorRGB(0, 0, 0)
    return Block(leading * len(lines) + size * 0.4, draw)


def spacer(height: float) -> Block:
    return Block(height, lambda canvas, x, y: None)


def _cell(canvas: Canvas, x: float, y: float, width: float, text: str, size: float,
          numeric: bool, bold: bool) -> None:
    size = fitting_size(text, size, width - 6, bold=bold)
    if numeric:
        draw_text(canvas, x + width - 3, y, text, size, align="right", bold=bold)
    else:
        draw_text(canvas, x + 3, y, text, size, bold=bold)


def _header_lines(header: list[str], widths: list[float], size: float) -> list[list[str]]:
    """Each header cell as lines: one when it fits at a readable size, else wrapped (a
    Burmese or Khmer label is often twice as wide as its column)."""
    return [wrap_text(text, size, width - 6, bold=True)
            if fitting_size(text, size, width - 6, minimum=0, bold=True) < size * SHRINK_LIMIT
            else [text]
            for text, width in zip(header, widths, strict=True)]


def table(header: list[str], rows: list[list[str]], widths: list[float], *,
          size: float = 8.5, numeric_from: int = 1, total_row: bool = False,
          chunk: int = 32) -> list[Block]:
    """A table as blocks of at most `chunk` rows, each repeating the header."""
    row_height = size * 1.95
    head = _header_lines(header, widths, size)
    head_height = row_height + size * LINE_STEP * (max(map(len, head)) - 1)
    chunks = [rows[i:i + chunk] for i in range(0, len(rows), chunk)] or [[]]
    blocks = []
    for number, part in enumerate(chunks):
        last = number == len(chunks) - 1

        def draw(canvas: Canvas, x: float, y: float, part=part, last=last) -> None:
            _draw_header(canvas, x, y, head, head_height, widths, size, numeric_from)
            _draw_rows(canvas, x, y - head_height, part, widths, size, numeric_from,
                       total_row and last)
        blocks.append(Block(head_height + row_height * len(part) + 6, draw))
    return blocks


def _draw_header(canvas: Canvas, x: float, y: float, head: list[list[str]], height: float,
                 widths: list[float], size: float, numeric_from: int) -> None:
    canvas.setFillColorRGB(0.92, 0.93, 0.95)
    canvas.rect(x, y - height, sum(widths), height, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    left = x
    for column, (lines, width) in enumerate(zip(head, widths, strict=True)):
        for number, line in enumerate(lines):
            baseline = y - size * (1.95 - 0.62) - size * LINE_STEP * number
            _cell(canvas, left, baseline, width, line, size, column >= numeric_from, True)
        left += width
    _rule(canvas, x, y - height, sum(widths))


def _rule(canvas: Canvas, x: float, y: float, width: float) -> None:
    canvas.setStrokeColorRGB(*RULE)
    canvas.setLineWidth(0.5)
    canvas.line(x, y, x + width, y)
    canvas.setStrokeColorRGB(0, 0, 0)


def _draw_rows(canvas: Canvas, x: float, y: float, rows: list[list[str]],
               widths: list[float], size: float, numeric_from: int, total_row: bool) -> None:
    row_height = size * 1.95
    for index, cells in enumerate(rows):
        top = y - row_height * index
        baseline = top - row_height + size * 0.62
        bold = total_row and index == len(rows) - 1
        left = x
        for column, (text, width) in enumerate(zip(cells, widths, strict=True)):
            _cell(canvas, left, baseline, width, text, size, column >= numeric_from, bold)
            left += width
        _rule(canvas, x, top - row_height, sum(widths))


def footer_line(canvas: Canvas, options: PrintOptions, left: str, right: str) -> None:
    """A thin rule and two texts at the bottom of the page (e.g. generated-on, page n)."""
    width, _ = page_size(options)
    canvas.setStrokeColorRGB(*RULE)
    canvas.line(MARGIN, MARGIN - 6, width - MARGIN, MARGIN - 6)
    canvas.setFillColorRGB(*GREY)
    draw_text(canvas, MARGIN, MARGIN - 18, left, 7.5)
    draw_text(canvas, width - MARGIN, MARGIN - 18, right, 7.5, align="right")
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setStrokeColorRGB(0, 0, 0)
