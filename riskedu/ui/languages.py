"""The languages riskedu speaks: codes, names in their own script, locales and scripts.

A language code is what `riskedu --lang` and the settings hold (`km`, `lo`, `th`, `my`,
`vi`, `fil`, `en`). `en-XA` is the pseudo-locale: English stretched and accented, to
find clipped layouts and strings nobody marked for translation.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale

PSEUDO = "en-XA"


@dataclass(frozen=True)
class Language:
    """One language of the window: its code, own name, English name, locale and script."""

    code: str
    native_name: str
    english_name: str
    locale_name: str
    script: str = "latin"  # which font family shows it: latin, khmer, lao, thai, myanmar

    @property
    def locale(self) -> QLocale:
        return QLocale(self.locale_name)

    @property
    def menu_text(self) -> str:
        """How the language menu names it: in its own script, then in English."""
        if self.native_name == self.english_name:
            return self.native_name
        return f"{self.native_name} – {self.english_name}"


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", "en_US"),
    Language("km", "ភាសាខ្មែរ", "Khmer", "km_KH", "khmer"),
    Language("lo", "ພາສາລາວ", "Lao", "lo_LA", "lao"),
    Language("th", "ภาษาไทย", "Thai", "th_TH", "thai"),
    Language("my", "မြန်မာဘာသာ", "Burmese", "my_MM", "myanmar"),
    Language("vi", "Tiếng Việt", "Vietnamese", "vi_VN"),
    Language("fil", "Filipino", "Filipino", "fil_PH"),
)
TRANSLATED = tuple(language.code for language in LANGUAGES if language.code != "en")
PSEUDO_LANGUAGE = Language(PSEUDO, "Pseudo-English", "Pseudo-English", "en_US")
_BY_CODE = {language.code: language for language in (*LANGUAGES, PSEUDO_LANGUAGE)}

# The language of each gazetteer's local names, by the country code its version starts
# with (KH-MEF-2025: Khmer). Local names are shown when the window speaks that language.
GAZETTEER_LANGUAGES = {"KH": "km", "LA": "lo", "TH": "th", "MM": "my", "VN": "vi", "PH": "fil"}

_current = "en"


def normalise(code: str | None) -> str | None:
    """The supported language a code or locale name means ('km_KH' → 'km'), or None."""
    if not code:
        return None
    text = code.strip().replace("_", "-")
    if text.lower() == PSEUDO.lower():
        return PSEUDO
    base = text.split("-")[0].lower()
    if base == "tl":  # Tagalog: Filipino is its standard form
        base = "fil"
    return base if base in _BY_CODE else None


def language(code: str) -> Language:
    """The language of a supported code (English for anything else)."""
    return _BY_CODE.get(normalise(code) or "en", LANGUAGES[0])


def system_language() -> str:
    """The language of the computer's locale when riskedu speaks it, else English."""
    return normalise(QLocale.system().name()) or "en"


def current() -> str:
    """The code of the language the window speaks now."""
    return _current


def set_current(code: str) -> None:
    global _current
    _current = language(code).code


def shows_local_names(gazetteer_version: str) -> bool:
    """Whether place names of this gazetteer are shown in their local script (Khmer names
    for Cambodia's when the window speaks Khmer)."""
    country = gazetteer_version.split("-")[0].upper()
    return GAZETTEER_LANGUAGES.get(country) == _current
