"""A damaged database at start-up: no crash; the offer to restore the latest good backup
(with what would be lost), to open another file, or to quit."""

import shutil
import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog

from riskedu.core.backups import backup_database, list_backups
from riskedu.core.database import open_database
from riskedu.core.sessions import save_session
from riskedu.ui import settings
from riskedu.ui.app import open_or_explain
from riskedu.ui.damaged_dialog import Choice, DamagedDatabaseDialog
from riskedu.ui.main_window import MainWindow
from riskedu.ui.window_host import WindowHost
from riskedu.ui.workspace import Workspace

from factories import TODAY, valid_form
from ui_helpers import close_quietly


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "backups"
    settings.BACKUP_FOLDER.set(str(path))
    return path


@pytest.fixture
def answer(monkeypatch):
    """Answers the damaged-database dialog with `choices` (in order); keeps what it said."""
    seen: list[DamagedDatabaseDialog] = []
    choices: list[Choice] = []

    def exec_(dialog):
        seen.append(dialog)
        dialog._choose(choices.pop(0))
        return dialog.result()

    monkeypatch.setattr(DamagedDatabaseDialog, "exec", exec_)
    return seen, choices


def _sessions(path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM sessions").fetchone()[0]
    finally:
        connection.close()


def _damage_schema_page(path) -> None:
    """Garbage over the schema's page: SQLite cannot even list the tables."""
    with path.open("r+b") as handle:
        handle.seek(100)
        handle.write(b"\xff" * 300)


def _damage_data_pages(path) -> None:
    """Garbage in the middle of some pages: the file opens, `quick_check` finds it."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(4096 * 40, size, 4096 * 7):
            handle.seek(offset + 8)
            handle.write(b"\xde\xad" * 100)


def _with_backup_then_more(db, folder) -> str:
    with db.transaction() as session:
        save_session(session, valid_form(db, notes="kept"), by="t", today=TODAY)
    backup = backup_database(db.path, folder)
    with db.transaction() as session:
        save_session(session, valid_form(db, notes="lost"), by="t", today=TODAY)
    db.close()
    return backup


def test_restoring_the_latest_good_backup_opens_it(db, folder, answer, qtbot):
    backup = _with_backup_then_more(db, folder)
    _damage_schema_page(db.path)
    damaged = db.path.read_bytes()
    seen, choices = answer
    choices.append(Choice.RESTORE)
    opened = open_or_explain(db.path)
    try:
        assert opened is not None
        with opened.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT notes FROM sessions").scalars().all() \
                == ["kept"]
    finally:
        opened.close()
    [dialog] = seen
    text = dialog.explanation.text()
    assert "is damaged (database disk image is malformed)" in text
    assert "The latest good backup was taken on" in text
    assert "Sessions 1" in text  # what the backup holds
    assert "The current database cannot be read" in text
    assert dialog.restore_button.isVisibleTo(dialog)
    kept = next(db.path.parent.glob("riskedu.before-restore-*.sqlite3"))
    assert kept.read_bytes() == damaged
    assert backup.path.exists()


def test_quit_leaves_the_damaged_file_as_it_is(db, folder, answer):
    _with_backup_then_more(db, folder)
    _damage_schema_page(db.path)
    before = db.path.read_bytes()
    seen, choices = answer
    choices.append(Choice.QUIT)
    assert open_or_explain(db.path) is None
    assert db.path.read_bytes() == before
    assert not list(db.path.parent.glob("*before-restore*"))


def test_without_a_backup_another_file_can_be_opened(db, folder, answer, tmp_path,
                                                       monkeypatch):
    other = tmp_path / "copy" / "riskedu.sqlite3"
    other.parent.mkdir()
    db.close()
    shutil.copyfile(db.path, other)
    _damage_schema_page(db.path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(other), "")))
    seen, choices = answer
    choices.append(Choice.OPEN_OTHER)
    opened = open_or_explain(db.path)
    try:
        assert opened is not None and opened.path == other
    finally:
        opened.close()
    [dialog] = seen
    assert not dialog.restore_button.isVisibleTo(dialog)
    assert "No good backup of it was found" in dialog.explanation.text()


def _start_window(database):
    window = MainWindow(Workspace(database))
    window.show()
    return window


@pytest.fixture
def host_on(qapp):
    """Runs a `WindowHost` on a database; closes whatever it has open at the end."""
    hosts = []

    def make(database) -> WindowHost:
        hosts.append(WindowHost(database, _start_window, open_database))
        return hosts[-1]

    qapp.setQuitOnLastWindowClosed(False)
    yield make
    for host in hosts:
        window = host.window
        host.close()
        if window is not None:
            close_quietly(window)
    qapp.setQuitOnLastWindowClosed(True)


def _window_reading_everything(database):
    """A window whose first reads cross every page of the gazetteer (as the place filters
    of a big database may)."""
    with database.engine.connect() as connection:
        connection.exec_driver_sql("SELECT count(*), max(name_en) FROM gazetteer_units").all()
    return _start_window(database)


def test_a_window_that_cannot_read_a_damaged_file_offers_the_restore(
        db, folder, answer, host_on):
    _with_backup_then_more(db, folder)
    _damage_data_pages(db.path)
    damaged = open_database(db.path)  # it opens: the damage shows once the window reads
    seen, choices = answer
    choices.append(Choice.RESTORE)
    host = host_on(damaged)
    host.starter = _window_reading_everything
    assert host.start()  # no crash: the offer came before any window
    [dialog] = seen
    assert "The latest good backup was taken on" in dialog.explanation.text()
    assert _sessions(db.path) == 1
    assert host.db is not damaged and host.db.path == db.path and host.window.isVisible()


def test_damage_found_by_the_quick_check_in_the_background_offers_the_restore(
        db, folder, answer, host_on, qtbot):
    host = host_on(db)
    assert host.start()
    qtbot.waitUntil(lambda: list_backups(folder) != [], timeout=20_000)  # start-up backup
    first = host.window
    with db.transaction() as session:
        save_session(session, valid_form(db, notes="after the backup"), by="t", today=TODAY)
    first.shutdown()
    _damage_data_pages(db.path)
    seen, choices = answer
    choices.append(Choice.RESTORE)
    host.check_integrity()
    qtbot.waitUntil(lambda: host.window is not None and host.window is not first,
                    timeout=20_000)
    [dialog] = seen
    text = dialog.explanation.text()
    assert "is damaged" in text and "The latest good backup was taken on" in text
    assert not first.isVisible() and host.window.isVisible()
    assert _sessions(db.path) == 0  # the backup at start-up, before the session
    assert next(db.path.parent.glob("riskedu.before-restore-*.sqlite3")).exists()
