"""The fonts of printed documents: shipped Noto fonts registered once with reportlab,
and the split of a text into runs, each in the font of its script.

The Noto script fonts (Khmer, Lao, Thai, Myanmar) lack Latin letters and most
punctuation, so a line such as "ភូមិ Kouk Khpos (2026)" is drawn as several runs: each
script run in its script font, the rest in Noto Sans. Marks, joiners and spaces stay in
the run they belong to, so a cluster is never split between two fonts.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from riskedu.resources import resource_path

LATIN = "RiskEduSans"
FONT_FILES = {
    LATIN: "NotoSans-Variable.ttf",
    "RiskEduKhmer": "NotoSansKhmer-Variable.ttf",
    "RiskEduLao": "NotoSansLao-Variable.ttf",
    "RiskEduThai": "NotoSansThai-Variable.ttf",
    "RiskEduMyanmar": "NotoSansMyanmar-Variable.ttf",
}
# reportlab draws a variable font's default (regular) instance only, so each script has a
# static bold instance of the same font (see resources/fonts/README.md).
BOLD = {name: name + "Bold" for name in FONT_FILES}
BOLD_FILES = {BOLD[name]: file_name.replace("-Variable", "-Bold")
              for name, file_name in FONT_FILES.items()}
# Unicode blocks of the scripts that need their own font (first, last, font).
SCRIPT_RANGES = (
    (0x1780, 0x17FF, "RiskEduKhmer"), (0x19E0, 0x19FF, "RiskEduKhmer"),
    (0x0E80, 0x0EFF, "RiskEduLao"),
    (0x0E00, 0x0E7F, "RiskEduThai"),
    (0x1000, 0x109F, "RiskEduMyanmar"), (0xA9E0, 0xA9FF, "RiskEduMyanmar"),
    (0xAA60, 0xAA7F, "RiskEduMyanmar"),
)
# Characters that join the run they are in: joiners, zero-width space, and (if the run's
# font has them) spaces and common punctuation.
JOINERS = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufe0f"}


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, ...]:
    """Register the shipped fonts with reportlab (once); returns their names."""
    for name, file_name in (FONT_FILES | BOLD_FILES).items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    return tuple(FONT_FILES | BOLD_FILES)


@cache
def _glyphs_of(font_name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@lru_cache(maxsize=4096)
def script_font(char: str) -> str | None:
    """The script font a character needs, or None when any font may draw it."""
    code = ord(char)
    for first, last, font in SCRIPT_RANGES:
        if first <= code <= last:
            return font
    return None


def _is_neutral(char: str) -> bool:
    return char in JOINERS or unicodedata.category(char)[0] in "MZP"


@lru_cache(maxsize=8192)
def font_runs(text: str, bold: bool = False) -> tuple[tuple[str, str], ...]:
    """`text` as (font name, substring) runs in order, in the bold faces if `bold`."""
    if bold:
        return tuple((BOLD[font], chunk) for font, chunk in font_runs(text))
    register_fonts()
    runs: list[list[str]] = []
    for char in text:
        font = script_font(char)
        if font is None and runs and _is_neutral(char) and (
                char in JOINERS or ord(char) in _glyphs_of(runs[-1][0])):
            font = runs[-1][0]
        font = font or LATIN
        if runs and runs[-1][0] == font:
            runs[-1][1] += char
        else:
            runs.append([font, char])
    return tuple((font, chunk) for font, chunk in runs)
