"""Printing's windows in each language: the three options dialogs, the preview, the
Reports page, the organisation details and the Verify dialog (with a result) are built
and drawn offscreen, then checked for Qt warnings, texts drawn as boxes, texts cut by too
small widgets and windows larger than a laptop's screen (en-XA: stretched English)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from riskedu.core.database import open_database
from riskedu.ui.language_switch import apply_language
from riskedu.ui.languages import PSEUDO
from riskedu.ui.main_window import MainWindow
from riskedu.ui.organisation_dialog import OrganisationDialog
from riskedu.ui.print_options import CERTIFICATES, HANDOUTS, SUMMARY, PrintOptionsDialog
from riskedu.ui.print_preview import PrintPreview
from riskedu.ui.verify_dialog import VerifyDialog
from riskedu.ui.workspace import Workspace

from print_helpers import make_pdf, roster_session
from screen_checks import QtMessages, cut_texts, tofu, too_big
from ui_helpers import close_quietly

LANGUAGES = ["en", "km", "lo", "th", "my", "vi", "fil", PSEUDO]


@dataclass
class Shown:
    """What one language's printing windows showed, and what was wrong with them."""

    lang: str
    warnings: list[str] = field(default_factory=list)
    tofu: list[str] = field(default_factory=list)
    cuts: list[str] = field(default_factory=list)
    too_big: list[str] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)


def look_at(widget: QWidget, shown: Shown) -> None:
    widget.show()
    for _ in range(5):
        QApplication.instance().processEvents()
    widget.grab()
    name = type(widget).__name__
    shown.cuts += [f"{name}: {cut}" for cut in cut_texts(widget)]
    shown.tofu += tofu(widget)
    shown.too_big += [reason for reason in [too_big(widget)] if reason]
    shown.titles[name + str(len(shown.titles))] = widget.windowTitle()


@pytest.fixture(scope="module", params=LANGUAGES)
def shown(request, qapp, tmp_path_factory, set_up_database_file) -> Shown:
    lang = request.param
    folder = tmp_path_factory.mktemp(f"print-shown-{lang}")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(folder / "settings"))
    shutil.copyfile(set_up_database_file, folder / "riskedu.sqlite3")
    db = open_database(folder / "riskedu.sqlite3")
    code = roster_session(db).report_code
    result = Shown(lang)
    window = None
    widgets: list[QWidget] = []
    try:
        with QtMessages() as messages:
            apply_language(lang)
            workspace = Workspace(db)
            window = MainWindow(workspace)
            window.resize(1280, 720)
            window.show()
            window.pages.setCurrentWidget(window.pages.page("reports"))
            look_at(window, result)
            for kind in (CERTIFICATES, SUMMARY, HANDOUTS):
                widgets.append(PrintOptionsDialog(kind, code, window))
            widgets.append(OrganisationDialog(workspace, workspace.printing.load_details(),
                                              window))
            verify = VerifyDialog(workspace, window)
            verify.code.setPlainText(f"{code}-001")
            verify.check()
            widgets.append(verify)
            widgets.append(PrintPreview(make_pdf(folder / "doc.pdf", 3), code, code, window))
            for widget in widgets:
                look_at(widget, result)
        result.warnings = messages.warnings
        yield result
    finally:
        for widget in widgets:
            widget.close()
            widget.deleteLater()
        if window is not None:
            close_quietly(window)
        apply_language("en")
        db.close()


def test_built_without_qt_warnings(shown):
    assert shown.warnings == []


def test_no_text_shows_as_boxes_or_in_a_font_that_cannot_shape_it(shown):
    assert shown.tofu == []


def test_no_text_is_cut(shown):
    assert shown.cuts == []


def test_the_windows_fit_a_laptop_screen(shown):
    assert shown.too_big == []


def test_the_windows_speak_the_language(shown):
    titles = sorted(shown.titles.values())
    if shown.lang == "en":
        assert "Verify a certificate" in titles and "Print certificates" in titles
    else:
        assert "Verify a certificate" not in titles and "Print certificates" not in titles
