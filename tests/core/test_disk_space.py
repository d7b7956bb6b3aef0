"""Telling a write that failed for want of room from other failures."""

import errno
import shutil

import pytest
from sqlalchemy import event, text

from riskedu.core.database import open_database
from riskedu.core.disk_space import DiskFull, is_full, no_room
from riskedu.ui.errors import describe_error
from riskedu.ui.workspace import Workspace

from factories import valid_form


@pytest.mark.parametrize(("code", "full"), [(errno.ENOSPC, True), (errno.EFBIG, True),
                                            (errno.EDQUOT, True), (errno.EACCES, False),
                                            (errno.EIO, False)])
def test_error_numbers(tmp_path, code, full):
    assert is_full(OSError(code, "x"), tmp_path) is full


def test_no_room_when_the_folder_lacks_what_is_needed(tmp_path):
    free = shutil.disk_usage(tmp_path).free
    assert no_room(tmp_path, free + 1) and not no_room(tmp_path, 1)
    assert not is_full(ValueError("disk is full"), tmp_path)  # neither OS nor SQLite


def test_sqlites_own_disk_full_on_save_rolls_back_and_says_so(db_path):
    workspace = Workspace(open_database(db_path))
    saved = workspace.save(valid_form(workspace.db, notes="kept"), finalise=False).session_id

    @event.listens_for(workspace.db.engine, "connect")
    def no_more_pages(connection, _record):  # SQLITE_FULL, as on a full disk
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")
    workspace.db.engine.dispose()
    with pytest.raises(DiskFull) as raised:
        workspace.save(valid_form(workspace.db, notes="x" * 200_000), finalise=False)
    assert "database or disk is full" in str(raised.value.orig)
    assert describe_error(raised.value).startswith("The disk is full, so riskedu could not")
    event.remove(workspace.db.engine, "connect", no_more_pages)
    workspace.db.engine.dispose()
    with workspace.db.session() as session:
        count = session.execute(text("SELECT count(*) FROM sessions")).scalar()
    assert count == 1 and saved
    workspace.db.close()
