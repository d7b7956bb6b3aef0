"""Fonts for every script riskedu shows, registered from the app's own files at start-up.

Many laptops have no font for Khmer, Lao, Thai or Myanmar, so riskedu ships OFL Noto fonts
(`resources/fonts`, see its README) and never relies on the system for them. The window
font lists families in order: the script font of the window's language first (its
metrics give the line height these scripts need), then the system's font (Latin names,
digits), then Noto Sans and the other script fonts, so a character missing from one
font is taken from the next instead of showing as a box.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from riskedu.resources import resource_path
from riskedu.ui.languages import Language

log = logging.getLogger("riskedu.ui")

FONT_FILES = {  # script → (file in resources/fonts, family it registers)
    "latin": ("NotoSans-Variable.ttf", "Noto Sans"),
    "khmer": ("NotoSansKhmer-Variable.ttf", "Noto Sans Khmer"),
    "lao": ("NotoSansLao-Variable.ttf", "Noto Sans Lao"),
    "thai": ("NotoSansThai-Variable.ttf", "Noto Sans Thai"),
    "myanmar": ("NotoSansMyanmar-Variable.ttf", "Noto Sans Myanmar"),
}
# How much larger than the system's font each script is set: their letters are smaller
# than Latin ones at one point size, and stacked marks need room to stay legible.
SCALE = {"latin": 1.0, "khmer": 1.2, "lao": 1.15, "thai": 1.15, "myanmar": 1.0}
BASE_FONT = "riskedu_base_font"  # application property: the system font before ours

_families: dict[str, str] = {}


def register_fonts() -> dict[str, str]:
    """Register the shipped fonts once; returns {script: family} of those registered."""
    if _families:
        return dict(_families)
    for script, (file_name, family) in FONT_FILES.items():
        path = resource_path("fonts", file_name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if family in families:
            _families[script] = family
        else:
            log.warning("Could not load the font %s", path)
    return dict(_families)


def script_family(script: str) -> str | None:
    """The registered family that shows `script` (None when its file could not load)."""
    return register_fonts().get(script)


def base_font(app: QApplication) -> QFont:
    """The system's window font as it was before riskedu changed it."""
    stored = app.property(BASE_FONT)
    if isinstance(stored, QFont):
        return QFont(stored)
    font = QFont(app.font())
    app.setProperty(BASE_FONT, font)
    return QFont(font)


def font_for(language: Language, base: QFont) -> QFont:
    """The window font for `language`: its script first, every other script after."""
    registered = register_fonts()
    own = registered.get(language.script) if language.script != "latin" else None
    families = [own] if own else []
    families += [family for family in base.families() or [base.family()]
                 if family not in families]
    families += [family for family in registered.values() if family not in families]
    font = QFont(base)
    font.setFamilies(families)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(round(size * SCALE.get(language.script, 1.0) * 2) / 2)
    return font


def apply_font(app: QApplication, language: Language) -> QFont:
    """Make `language`'s font the window font of the whole application."""
    font = font_for(language, base_font(app))
    app.setFont(font)
    return font
