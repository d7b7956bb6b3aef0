"""Document text in the language chosen for a document, without Qt.

A document's language is independent of the window's, and printing runs without Qt,
so the translations are read straight from the shipped Qt Linguist sources
(`translations/riskedu_<lang>.ts`): the strings printing modules mark with
`QT_TRANSLATE_NOOP`, and the category labels the window translates too. Drafts not
yet confirmed by a reviewer are used, as the window uses them; English is the source.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from functools import cache
from pathlib import Path

from riskedu.core.categories import Choices
from riskedu.core.i18n import Message
from riskedu.resources import shipped_folder

DOCUMENT_LANGUAGES = ("en", "km", "lo", "th", "my", "vi", "fil")
_CHECKOUT = Path(__file__).resolve().parents[2] / "translations"


def _catalogue_file(language: str) -> Path:
    folder = _CHECKOUT if _CHECKOUT.is_dir() else shipped_folder(
        "riskedu_translations", "translations")
    return folder / f"riskedu_{language}.ts"


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, English text) -> translation, for every translated string of a language."""
    path = _catalogue_file(language)
    if language == "en" or not path.is_file():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            if translation.text and message.findtext("source"):
                found[(name, message.findtext("source"))] = translation.text
    return found


class Words:
    """Translates document strings and category labels into one language."""

    def __init__(self, language: str):
        self.language = language
        self._catalogue = catalogue(language)

    def translate(self, context: str, text: str) -> str:
        """The translation of a marked string (its placeholders still to fill)."""
        return self._catalogue.get((context, text), text)

    def label(self, choices: Choices, code: str | None) -> str:
        """A category's label (the code itself when it is not a known one)."""
        return self.translate(choices.context, choices.label(code)) if code else ""

    def message(self, message: Message) -> str:
        return message.format(self._catalogue.get((message.context, message.text)))
