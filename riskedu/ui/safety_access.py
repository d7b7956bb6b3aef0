"""The window's door to the trash, the audit trail and the app lock. Holds no rule of its
own; each call is one short transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from riskedu.core import app_lock, audit, materials, sessions, trash
from riskedu.core.database import Database


@dataclass(frozen=True)
class HistoryEntry:
    """One event of a record's audit trail, as the History dialog shows it."""

    event: str
    changed_by: str
    changed_at: datetime  # UTC
    changes: tuple[tuple[str, str, str], ...]  # (field, before, after)


@dataclass(frozen=True)
class Restored:
    """What a restore brought back."""

    kind: str
    record_id: str
    session_id: str = ""  # the session it belongs to (itself for a session)


class SafetyAccess:
    """Deletes that can be undone, the trash, record histories and the app lock."""

    def __init__(self, db: Database, by: Callable[[], str]):
        self.db = db
        self._by = by
        self.last_deleted: str | None = None  # the trash item Undo brings back

    # Deletes and the trash -------------------------------------------------------------

    def delete_session(self, session_id: str) -> str:
        with self.db.transaction() as session:
            self.last_deleted = sessions.delete_session(session, session_id, by=self._by())
        return self.last_deleted

    def delete_material(self, material_id: str) -> str:
        with self.db.transaction() as session:
            self.last_deleted = materials.delete_material(session, material_id, by=self._by())
        return self.last_deleted

    def trash(self) -> list[trash.TrashRow]:
        with self.db.session() as session:
            return trash.list_trash(session)

    def restore(self, trash_id: str) -> Restored:
        with self.db.transaction() as session:
            item = session.get(trash.TrashItem, trash_id)
            kind = item.kind if item is not None else ""
            record_id = sessions.restore_from_trash(session, trash_id, by=self._by())
            session_id = trash.session_of(session, kind, record_id)
        if self.last_deleted == trash_id:
            self.last_deleted = None
        return Restored(kind, record_id, session_id)

    # History -----------------------------------------------------------------------------

    def history(self, session_id: str) -> list[HistoryEntry]:
        with self.db.session() as session:
            return [HistoryEntry(e.event, e.changed_by, e.changed_at, tuple(
                (c["field"], c["before"], c["after"]) for c in e.changes))
                for e in audit.history(session, session_id)]

    # The app lock ------------------------------------------------------------------------

    def lock_state(self) -> app_lock.LockState:
        with self.db.session() as session:
            return app_lock.lock_state(session)

    def try_unlock(self, passphrase: str) -> app_lock.UnlockAttempt:
        with self.db.transaction() as session:
            return app_lock.try_unlock(session, passphrase)

    def set_passphrase(self, new: str, repeated: str, current: str | None,
                       idle_minutes: int) -> None:
        with self.db.transaction() as session:
            app_lock.set_passphrase(session, new, repeated, current=current,
                                    idle_minutes=idle_minutes)

    def remove_passphrase(self, current: str) -> None:
        with self.db.transaction() as session:
            app_lock.remove_passphrase(session, current)
