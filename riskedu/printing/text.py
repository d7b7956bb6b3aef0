"""Text on a reportlab canvas: shaped per script, searchable, measured, wrapped.

Every line is drawn as one text object inside a `/Span <</ActualText ...>> BDC ... EMC`
marked-content sequence carrying the line's real Unicode: shaped Khmer or Burmese glyphs
(ligatures, reordered vowels) cannot be mapped back to text, and PDF readers (poppler's
`pdftotext`, search, copy) use the ActualText instead.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas

from riskedu.printing.fonts import BOLD, LATIN, font_runs

# Characters a line may be broken before when a word is too long: base letters, unless
# they are stacked under the previous one (Khmer coeng, Myanmar virama) or killed (asat).
_STACKERS = {"\u17d2", "\u1039"}
LATIN_FACES = {LATIN, BOLD[LATIN]}
_LEADING_VOWELS = set("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")


@dataclass(frozen=True)
class Run:
    """A run of one font, ready to draw: its font, (shaped) text and width at its size."""

    font: str
    text: str
    width: float


def _needs_shaping(font: str, chunk: str) -> bool:
    return font not in LATIN_FACES or any(unicodedata.category(c) == "Mn" for c in chunk)


def _shaped_width(shaped: str, font: str, size: float) -> float:
    data = getattr(shaped, "__shapeData__", None)
    if data is None:  # HarfBuzz changed nothing: reportlab draws it as plain text
        return pdfmetrics.stringWidth(shaped, font, size)
    return sum(glyph.x_advance for glyph in data) * size / 1000


@lru_cache(maxsize=20000)
def shaped_runs(text: str, size: float, bold: bool = False) -> tuple[Run, ...]:
    """The runs of `text` at `size`, shaped with HarfBuzz where the script needs it."""
    runs = []
    for font, chunk in font_runs(text, bold):
        if _needs_shaping(font, chunk):
            shaped = shapeStr(chunk, font, size)
            runs.append(Run(font, shaped, _shaped_width(shaped, font, size)))
        else:
            runs.append(Run(font, chunk, pdfmetrics.stringWidth(chunk, font, size)))
    return tuple(runs)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return sum(run.width for run in shaped_runs(text, size, bold))


@lru_cache(maxsize=20000)
def actual_text(text: str) -> str:
    """The marked-content operator that gives a span its Unicode text."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, *,
              align: str = "left", bold: bool = False) -> float:
    """Draw one line at baseline `y` (`x` is its left, centre or right by `align`);
    returns its width."""
    if not text:
        return 0.0
    runs = shaped_runs(text, size, bold)
    width = sum(run.width for run in runs)
    x -= {"left": 0.0, "center": width / 2, "right": width}[align]
    canvas.addLiteral(actual_text(text))
    line = canvas.beginText(x, y)
    for run in runs:
        line.setTextOrigin(x, y)
        line.setFont(run.font, size)
        line.textOut(run.text)
        x += run.width
    canvas.drawText(line)
    canvas.addLiteral("EMC")
    return width


def _break_points(word: str) -> list[int]:
    points = []
    for i in range(1, len(word)):
        char, before = word[i], word[i - 1]
        if (unicodedata.category(char) == "Lo" and before not in _STACKERS
                and before not in _LEADING_VOWELS and word[i + 1:i + 2] != "\u103a"):
            points.append(i)
    return points


def _split_long_word(word: str, size: float, max_width: float, bold: bool) -> list[str]:
    pieces, start = [], 0
    points = _break_points(word) + [len(word)]
    last_fit = None
    for point in points:
        if text_width(word[start:point], size, bold) <= max_width or last_fit is None:
            last_fit = point
            continue
        pieces.append(word[start:last_fit])
        start, last_fit = last_fit, point
    pieces.append(word[start:])
    return [piece for piece in pieces if piece]


def wrap_text(text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    """Lines of at most `max_width`, broken at spaces and zero-width spaces, and inside a
    word too long for a line only between syllables."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.replace("\u200b", "\u200b ").split(" "):
            candidate = f"{current} {word}".strip() if current else word
            candidate = candidate.replace("\u200b ", "\u200b")
            if text_width(candidate, size, bold) <= max_width:
                current = candidate
                continue
            if current:
                lines.append(current)
            pieces = _split_long_word(word, size, max_width, bold)
            lines.extend(pieces[:-1])
            current = pieces[-1] if pieces else ""
        lines.append(current)
    return lines


def fitting_size(text: str, size: float, max_width: float, minimum: float = 6.0,
                 bold: bool = False) -> float:
    """`size`, or smaller so the line fits `max_width` (never under `minimum`)."""
    width = text_width(text, size, bold)
    if width <= max_width:
        return size
    return max(minimum, size * max_width / width)
