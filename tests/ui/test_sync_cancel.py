"""Cancel on the Sync page: a long export leaves no file, a long import leaves the
database as it was, and the person is told so; the page is ready for the next try."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from riskedu.core.db.base import Base
from riskedu.core.demo import generate_demo
from riskedu.ui.workspace import Workspace

from factories import TODAY

LEFT = Qt.MouseButton.LeftButton


def dump(db) -> list:
    with db.engine.connect() as connection:
        return [sorted(map(tuple, connection.execute(t.select()).all()), key=repr)
                for t in Base.metadata.sorted_tables]


@pytest.fixture
def field(db):
    generate_demo(db, 1500, seed=4, today=TODAY)  # long enough to cancel half-way
    return db


def open_sync(window, qtbot):
    window.pages.setCurrentWidget(window.sync_page)
    page = window.sync_page
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    return page


def test_a_cancelled_export_writes_no_file_and_says_so(field, window, qtbot, usb, boxes):
    page = open_sync(window, qtbot)
    before = dump(field)
    page.export_to(usb)
    assert page.cancel_button.isVisible() and not page.export_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy and page.export_button.isEnabled(), timeout=20000)
    assert "Export cancelled" in page.export_result.text()
    assert list(usb.iterdir()) == []  # no bundle, no temporary file
    assert dump(field) == before  # nothing marked as sent
    assert not page.progress.isVisible() and not boxes.texts("warning")
    page.export_to(usb)  # the next try is not cancelled
    qtbot.waitUntil(lambda: page.last_export is not None and not page.busy, timeout=60000)
    assert [p.name for p in usb.iterdir()] == [page.last_export.path.name]


def test_a_cancelled_import_changes_nothing_and_says_so(
        field, hq, hq_window, qtbot, monkeypatch, usb, boxes):
    bundle = Workspace(field).sync.export(usb, full=True).path
    page = open_sync(hq_window, qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(bundle)], "")))
    qtbot.mouseClick(page.import_button, LEFT)
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=60000)
    assert page.progress.bar.maximum() > 0  # the check reported how far it was
    dialog = page.preview_dialog
    next(iter(dialog.accept_boxes.values())).setChecked(True)
    before = dump(hq)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    qtbot.mouseClick(page.cancel_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy and page.import_button.isEnabled(), timeout=60000)
    assert "Import cancelled" in page.import_result.text()
    assert "database is unchanged" in page.import_result.text()
    assert dump(hq) == before
    assert not boxes.texts("warning") and not boxes.texts("information")
