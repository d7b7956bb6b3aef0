"""The app lock: an argon2 hash in the database, changes need the current passphrase,
and wrong tries wait longer and longer, also across restarts."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from riskedu.core.app_lock import (
    lock_state,
    remove_passphrase,
    set_passphrase,
    try_unlock,
)
from riskedu.core.database import open_database
from riskedu.core.db.audit_models import AppLock
from riskedu.core.db.base import utc_now
from riskedu.core.validation import ValidationFailed

PHRASE = "mango rice river"


def lock(db, **kwargs):
    with db.transaction() as session:
        set_passphrase(session, PHRASE, PHRASE, **kwargs)


def attempt(db, text, now=None):
    with db.transaction() as session:
        return try_unlock(session, text, now)


def test_the_passphrase_is_kept_only_as_an_argon2_hash(db):
    with db.session() as session:
        assert lock_state(session).enabled is False
    lock(db, idle_minutes=5)
    with db.session() as session:
        row = session.scalars(select(AppLock)).one()
        assert row.passphrase_hash.startswith("$argon2id$") and PHRASE not in row.passphrase_hash
        assert lock_state(session).enabled and lock_state(session).idle_minutes == 5
    assert attempt(db, PHRASE).unlocked
    assert not attempt(db, "mango rice rivers").unlocked


@pytest.mark.parametrize(("new", "repeated", "minutes", "field"), [
    ("short", "short", None, "passphrase"),
    ("long enough", "long enougg", None, "repeat_passphrase"),
    ("long enough", "long enough", 0, "idle_minutes"),
])
def test_a_bad_new_passphrase_is_refused_and_nothing_changes(db, new, repeated, minutes,
                                                                field):
    with db.transaction() as session, pytest.raises(ValidationFailed) as refused:
        set_passphrase(session, new, repeated, idle_minutes=minutes)
    assert [p.field for p in refused.value.problems] == [field]
    with db.session() as session:
        assert not lock_state(session).enabled


def test_changing_or_removing_needs_the_current_passphrase(db):
    lock(db)
    with db.transaction() as session, pytest.raises(ValidationFailed, match="current"):
        set_passphrase(session, "another phrase", "another phrase", current="guess")
    with db.transaction() as session, pytest.raises(ValidationFailed, match="current"):
        remove_passphrase(session, "guess")
    assert attempt(db, PHRASE).unlocked
    with db.transaction() as session:
        set_passphrase(session, "another phrase", "another phrase", current=PHRASE)
    assert attempt(db, "another phrase").unlocked and not attempt(db, PHRASE).unlocked
    with db.transaction() as session:
        remove_passphrase(session, "another phrase")
        assert not lock_state(session).enabled


def test_wrong_tries_wait_longer_and_longer_even_after_a_restart(db, db_path):
    lock(db)
    now = utc_now()
    waits = [attempt(db, "wrong", now).wait_seconds for _ in range(3)]
    assert waits == [0, 0, 5]
    # While waiting even the right passphrase is refused, unchecked.
    assert attempt(db, PHRASE, now + timedelta(seconds=2)).wait_seconds == 3
    db.close()
    again = open_database(db_path)
    try:
        later = now + timedelta(seconds=6)
        assert attempt(again, "wrong", later).wait_seconds == 10
        assert attempt(again, "wrong", later + timedelta(seconds=11)).wait_seconds == 20
        far = later + timedelta(hours=1)
        for _ in range(8):
            far += timedelta(seconds=301)
            last = attempt(again, "wrong", far)
        assert last.wait_seconds == 300
        assert attempt(again, PHRASE, far + timedelta(seconds=301)).unlocked
        assert attempt(again, "wrong", far + timedelta(seconds=302)).wait_seconds == 0
    finally:
        again.close()
