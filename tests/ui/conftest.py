"""Fixtures for window tests: offscreen Qt, private settings, answered message boxes,
a main window on the test's own set-up database, and quick ways to add sessions."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import

from dataclasses import dataclass, field  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from riskedu.ui.main_window import MainWindow  # noqa: E402
from riskedu.ui.workspace import Workspace  # noqa: E402

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


def wait_idle(qtbot, window: MainWindow) -> None:
    """Wait until the list and totals have been read."""
    qtbot.waitUntil(lambda: not window.busy, timeout=5000)


def close_quietly(window: MainWindow) -> None:
    editor = window.editor
    if editor is not None:
        editor._baseline = editor.collect()[0].to_json()  # no "unsaved changes" question
        editor.reject()
    window.close()
    window.shutdown()


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
