"""Fixtures for window tests: offscreen Qt, private settings, answered message boxes,
a main window on the test's own set-up database, and quick ways to add sessions."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import

import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from xml.sax.saxutils import escape  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from riskedu.core.database import open_database  # noqa: E402
from riskedu.core.profile import SetupForm, apply_setup  # noqa: E402
from riskedu.ui import catalogs, language_switch, languages  # noqa: E402
from riskedu.ui.main_window import MainWindow  # noqa: E402
from riskedu.ui.workspace import Workspace  # noqa: E402

from ui_helpers import close_quietly, wait_idle  # noqa: E402

Button = QMessageBox.StandardButton


@dataclass
class MessageBoxes:
    """Stands in for QMessageBox's static functions: records what was shown and answers
    questions from `answers` (first in, first out)."""

    answers: list = field(default_factory=list)
    shown: list[tuple[str, str, str]] = field(default_factory=list)

    def _ask(self, kind: str):
        def ask(parent, title, text, *args, **kwargs):
            self.shown.append((kind, title, text))
            if kind in {"warning", "critical", "information"} and not self.answers:
                return Button.Ok
            assert self.answers, f"unexpected {kind} box: {title}: {text}"
            return self.answers.pop(0)
        return ask

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def private_settings(tmp_path, qapp):
    """Each test reads and writes its own settings file, never the user's."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield


@pytest.fixture(scope="session", autouse=True)
def private_translation_cache(tmp_path_factory):
    """Catalogues compiled by the tests go to a folder of the run, not the user's cache."""
    catalogs.CACHE_DIR = tmp_path_factory.mktemp("translation-cache")
    yield


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """A test that switches the language leaves the application in English."""
    yield
    if languages.current() != "en" or language_switch._installed:
        language_switch.apply_language("en")


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> MessageBoxes:
    recorder = MessageBoxes()
    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder._ask(kind)))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(
        lambda parent, title, text: recorder.shown.append(("about", title, text))))
    return recorder


@pytest.fixture
def workspace(db) -> Workspace:
    return Workspace(db)


@pytest.fixture
def make_qm(tmp_path):
    """Compiles {context: {source: translation}} into `riskedu_{lang}.qm` in tmp_path."""

    def make(lang: str, messages: dict[str, dict[str, str]]) -> Path:
        contexts = "".join(
            f"<context><name>{escape(context)}</name>" + "".join(
                f"<message><source>{escape(source)}</source>"
                f"<translation>{escape(text)}</translation></message>"
                for source, text in entries.items()) + "</context>"
            for context, entries in messages.items())
        ts = tmp_path / f"riskedu_{lang}.ts"
        ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                      f'<TS version="2.1" language="{lang}">{contexts}</TS>', encoding="utf-8")
        lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
        qm = tmp_path / f"riskedu_{lang}.qm"
        subprocess.run([lrelease or "pyside6-lrelease", str(ts), "-qm", str(qm)], check=True,
                       capture_output=True)
        return qm

    return make


@pytest.fixture
def make_window(qtbot, workspace):
    """Opens main windows on the test database; all are closed after the test."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(workspace)  # closed below, before qtbot closes widgets
        window.show()
        wait_idle(qtbot, window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        close_quietly(window)


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


# Headquarters for the sync pages: a set-up database, its window, and a USB stick.

@pytest.fixture(scope="session")
def hq_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("hq-template") / "riskedu.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        apply_setup(session, database.installation_id, SetupForm(
            organisation_name="HALO Trust", organisation_code="HALO", team_name="Team HQ",
            team_code="HQ", educator_name="Information officer"))
    database.close()
    return path


@pytest.fixture
def hq(hq_file, tmp_path):
    path = tmp_path / "hq" / "riskedu.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(hq_file, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def hq_window(hq, qtbot):
    window = MainWindow(Workspace(hq))
    window.show()
    wait_idle(qtbot, window)
    yield window
    close_quietly(window)


@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder
