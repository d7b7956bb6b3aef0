"""Switching the window's language while it runs: translators, locale, font, the menu.

Installing or removing a Qt translator makes Qt send `LanguageChange` to every widget,
and each `retranslate_ui()` redraws its texts; no restart is needed. Numbers and dates
follow the language's locale (`QLocale`), and the font puts the language's script first.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from riskedu.ui import settings
from riskedu.ui.catalogs import qm_file
from riskedu.ui.fonts import apply_font, base_font, font_for, register_fonts
from riskedu.ui.languages import LANGUAGES, current, language, normalise, set_current
from riskedu.ui.text import locale_changed
from riskedu.ui.widgets import Retranslating

log = logging.getLogger("riskedu.ui")
_installed: list[QTranslator] = []


def qt_catalogue(code: str) -> Path | None:
    """Qt's own translation of its dialogs and buttons, where Qt ships the language."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    locale_name = language(code).locale_name
    for name in (locale_name, locale_name.split("_")[0]):
        if (folder / f"qtbase_{name}.qm").is_file():
            return folder / f"qtbase_{name}.qm"
    return None


def apply_language(code: str | None) -> list[str]:
    """Make the whole application speak `code` (English when riskedu does not speak it);
    returns the catalogues loaded."""
    app = QApplication.instance()
    wanted = language(code or "en")
    if code and normalise(code) is None:
        log.warning("riskedu has no translation for %r; using English", code)
    changed = bool(_installed)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(wanted.locale)
    locale_changed()
    set_current(wanted.code)
    register_fonts()
    apply_font(app, wanted)
    loaded = []
    # English too: its catalogue holds the plural forms ("1 village", "2 villages").
    for qm in (qt_catalogue(wanted.code), qm_file(wanted.code)):
        translator = QTranslator(app)
        if qm is not None and translator.load(str(qm)):
            app.installTranslator(translator)  # the last installed is asked first
            _installed.append(translator)
            loaded.append(str(qm))
    for widget in app.topLevelWidgets():
        widget.setLocale(QLocale())  # spin boxes and date edits redraw their digits
    if not changed and not loaded:  # no translator event: ask for a redraw all the same
        QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
    return loaded


def choose_language(code: str) -> None:
    """The user's choice: remembered for the next start, and applied now."""
    settings.LANGUAGE.set(code)
    apply_language(code)


class LanguageMenu(Retranslating, QMenu):
    """Lists every language in its own script; choosing one switches the window to it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.items: dict[str, QAction] = {}
        base = base_font(QApplication.instance())
        for lang in LANGUAGES:
            item = QAction(lang.menu_text, self)
            item.setCheckable(True)
            item.setData(lang.code)
            item.setFont(font_for(lang, base))  # each name in its own script's font
            item.triggered.connect(lambda _checked=False, c=lang.code: choose_language(c))
            self.group.addAction(item)
            self.addAction(item)
            self.items[lang.code] = item
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        title = self.tr("&Language")
        if title.replace("&", "") != "Language":  # findable by someone who reads English
            title += " · Language"
        self.setTitle(title)
        checked = self.items.get(current())
        for code, item in self.items.items():
            item.setChecked(item is checked or code == current())
