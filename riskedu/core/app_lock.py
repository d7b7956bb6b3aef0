"""The optional app lock of a shared laptop: a passphrase asked at start-up and after some
idle minutes.

The argon2 hash lives in the database (table `app_lock`), not in the user's settings:
the lock then belongs to the data it guards, follows the file to another account or
laptop and into its backups, and cannot be lifted by deleting a settings file. It keeps
the window closed to the next user of the laptop; it does not encrypt the file.

Wrong tries are counted in the database too, so restarting the app does not reset
them: after a few, each further try must wait longer (up to five minutes).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from riskedu.core.db.audit_models import AppLock
from riskedu.core.db.base import utc_now
from riskedu.core.i18n import QT_TRANSLATE_NOOP
from riskedu.core.validation import ValidationFailed, problem

MIN_LENGTH = 8
FREE_TRIES = 3
FIRST_WAIT_SECONDS = 5
LONGEST_WAIT_SECONDS = 300
IDLE_MINUTES = (1, 240)
FIELD = "passphrase"

TOO_SHORT = QT_TRANSLATE_NOOP(
    "validation", "The passphrase must have at least {min} characters; a few words are easy "
    "to remember and hard to guess.")
NOT_REPEATED = QT_TRANSLATE_NOOP(
    "validation", "The two passphrases are not the same. Type the new passphrase twice.")
CURRENT_WRONG = QT_TRANSLATE_NOOP(
    "validation", "The current passphrase is wrong, so nothing was changed.")
IDLE_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "validation", "Lock after a whole number of minutes from {min} to {max}.")


@dataclass(frozen=True)
class LockState:
    """Whether the window is locked by a passphrase, and after how many idle minutes."""

    enabled: bool
    idle_minutes: int


@dataclass(frozen=True)
class UnlockAttempt:
    """The answer to one try: unlocked, or wrong (and how long to wait before the next)."""

    unlocked: bool
    wait_seconds: int = 0


def _row(session: Session) -> AppLock:
    row = session.get(AppLock, 1)
    if row is None:
        row = AppLock(id=1, passphrase_hash="", idle_minutes=10, failed_attempts=0)
        session.add(row)
    return row


def lock_state(session: Session) -> LockState:
    row = session.get(AppLock, 1)
    return LockState(bool(row and row.passphrase_hash), row.idle_minutes if row else 10)


def _matches(row: AppLock, passphrase: str) -> bool:
    try:
        return PasswordHasher().verify(row.passphrase_hash, passphrase)
    except (VerificationError, InvalidHashError):
        return False


def _check_current(row: AppLock, current: str | None) -> None:
    if row.passphrase_hash and not _matches(row, current or ""):
        raise ValidationFailed([problem("current_passphrase", CURRENT_WRONG)])


def set_passphrase(session: Session, new: str, repeated: str, *, current: str | None = None,
                   idle_minutes: int | None = None) -> None:
    """Set or change the passphrase (the current one is needed to change it)."""
    row = _row(session)
    _check_current(row, current)
    problems = []
    if len(new) < MIN_LENGTH:
        problems.append(problem(FIELD, TOO_SHORT, min=MIN_LENGTH))
    elif new != repeated:
        problems.append(problem("repeat_passphrase", NOT_REPEATED))
    if idle_minutes is not None and not IDLE_MINUTES[0] <= idle_minutes <= IDLE_MINUTES[1]:
        problems.append(problem("idle_minutes", IDLE_OUT_OF_RANGE, min=IDLE_MINUTES[0],
                                max=IDLE_MINUTES[1]))
    if problems:
        raise ValidationFailed(problems)
    row.passphrase_hash = PasswordHasher().hash(new)
    row.idle_minutes = idle_minutes if idle_minutes is not None else row.idle_minutes
    row.failed_attempts, row.blocked_until, row.changed_at = 0, None, utc_now()
    session.flush()


def remove_passphrase(session: Session, current: str) -> None:
    """Turn the lock off (the current passphrase is needed)."""
    row = _row(session)
    _check_current(row, current)
    row.passphrase_hash, row.failed_attempts, row.blocked_until = "", 0, None
    row.changed_at = utc_now()
    session.flush()


def _wait_after(failed: int) -> int:
    if failed < FREE_TRIES:
        return 0
    return min(FIRST_WAIT_SECONDS * 2 ** (failed - FREE_TRIES), LONGEST_WAIT_SECONDS)


def _seconds_left(row: AppLock, now: datetime) -> int:
    if row.blocked_until is None or row.blocked_until <= now:
        return 0
    return max(1, round((row.blocked_until - now).total_seconds() + 0.49))


def try_unlock(session: Session, passphrase: str, now: datetime | None = None) -> UnlockAttempt:
    """Check a passphrase; while a wait is running every try is refused unchecked."""
    now = now or utc_now()
    row = _row(session)
    if not row.passphrase_hash:
        return UnlockAttempt(True)
    if left := _seconds_left(row, now):
        return UnlockAttempt(False, left)
    if _matches(row, passphrase):
        row.failed_attempts, row.blocked_until = 0, None
        session.flush()
        return UnlockAttempt(True)
    row.failed_attempts += 1
    wait = _wait_after(row.failed_attempts)
    row.blocked_until = now + timedelta(seconds=wait) if wait else None
    session.flush()
    return UnlockAttempt(False, wait)
