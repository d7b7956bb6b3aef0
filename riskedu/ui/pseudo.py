"""The pseudo-locale `en-XA`: every English string accented, stretched and bracketed.

`riskedu --lang en-XA` shows the window with "[Šéššîöñ ďáţé: ·····]" for "Session
date:". A label whose closing bracket is missing is cut; text still in plain English was
never marked for translation (or lupdate missed it); accents on capitals show whether
tall letters fit. It is generated from `translations/riskedu_en.ts`, so it holds exactly
what lupdate extracted. Placeholders, markup and accelerators are kept as they are.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

_ACCENTS = str.maketrans(
    "acdeghijklnorstuwyzACDEGHIJKLNORSTUWYZ",
    "áçďéĝĥíĵķĺñöŕšţüŵýžÁÇĎÉĜĤÍĴĶĹÑÖŔŠŢÜŴÝŽ")
# Kept exactly: {placeholders}, %n %Ln %1, <markup>, &entities; and the '&' of accelerators.
_KEEP = re.compile(r"\{[^{}]*\}|%L?n|%\d+|<[^<>]*>|&[a-zA-Z]+;|&&|&")
PAD = "·"


def _grow(length: int) -> int:
    """How many padding characters a text of `length` visible characters gets (short
    texts grow most, as real translations of them do)."""
    share = 0.6 if length <= 10 else 0.4 if length <= 30 else 0.3
    return max(2, math.ceil(length * share))


def pseudo_text(text: str) -> str:
    """The pseudo-translation of one English text."""
    if not text.strip():
        return text
    parts, visible, position = [], 0, 0
    for match in _KEEP.finditer(text):
        plain = text[position:match.start()]
        parts += [plain.translate(_ACCENTS), match.group()]
        visible += len(plain)
        position = match.end()
    plain = text[position:]
    parts.append(plain.translate(_ACCENTS))
    visible += len(plain)
    return f"[{''.join(parts)} {PAD * _grow(visible)}]"


def write_pseudo_ts(english_ts: Path, target: Path) -> None:
    """Write a .ts whose every translation is the pseudo-text of its English source."""
    tree = ET.parse(english_ts)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            for _ in range(2):  # English: one, other
                ET.SubElement(translation, "numerusform").text = pseudo_text(source)
        else:
            translation.text = pseudo_text(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)
