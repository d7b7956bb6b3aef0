"""The shipped fonts: registered at start-up, and able to draw every character of every
translation, so no text of a catalogue can show as boxes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QFont, QRawFont

from riskedu.resources import resource_path
from riskedu.ui.catalogs import ts_file
from riskedu.ui.fonts import FONT_FILES, font_for, register_fonts
from riskedu.ui.languages import TRANSLATED, language


def characters(lang: str) -> set[str]:
    root = ET.parse(ts_file(lang)).getroot()
    texts = [node.text or "" for node in root.iter() if node.tag in ("translation",
                                                                     "numerusform")]
    return {char for text in texts for char in text if not char.isspace()} - {"&"}


def test_every_shipped_font_is_registered(qapp):
    assert set(register_fonts()) == set(FONT_FILES)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_window_font_of_a_language_has_every_character_of_its_translations(lang, qapp):
    font = font_for(language(lang), QFont("Noto Sans", 10))
    files = {family: file for file, family in FONT_FILES.values()}
    raw = [QRawFont(str(resource_path("fonts", files[family])), 12)
           for family in font.families() if family in files]
    assert len(raw) == len(FONT_FILES) and all(face.isValid() for face in raw)
    missing = sorted(char for char in characters(lang)
                     if not any(face.supportsCharacter(ord(char)) for face in raw))
    assert missing == []
    if language(lang).script != "latin":  # its own script first: its line height
        assert font.families()[0] == FONT_FILES[language(lang).script][1]
