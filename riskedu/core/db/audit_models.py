"""The audit trail of final records, the trash of undoable deletes, and the app lock.

Audit entries travel (headquarters sees who changed a final record); they are written
once and never changed, so merging them is adding the ones not yet there. The trash
and the lock belong to this database only.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from riskedu.core.db.base import Base, SyncMixin, new_id, utc_now


class AuditEntry(SyncMixin, Base):
    """One event of a final record's life: an edit field by field, finalise, reopen."""

    __tablename__ = "audit_entries"

    record_table: Mapped[str] = mapped_column(String(60), default="sessions")
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    report_code: Mapped[str] = mapped_column(String(60), default="")
    event: Mapped[str] = mapped_column(String(12))
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    changed_by_id: Mapped[str] = mapped_column(String(36), default="")
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    # [{"field": ..., "before": ..., "after": ...}], values as readable text
    changes: Mapped[list[dict]] = mapped_column(JSON, default=list)


class TrashItem(Base):
    """A delete that can still be undone: what was deleted, when, by whom, and the
    tombstones it made (restoring brings back exactly those)."""

    __tablename__ = "trash_items"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20))  # session, material or participant
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    label: Mapped[str] = mapped_column(String(300), default="")
    detail: Mapped[str] = mapped_column(String(300), default="")
    deleted_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    deleted_by: Mapped[str] = mapped_column(String(200), default="")
    # This installation's change counter of the deletion: once an export mark reaches
    # it, the tombstones have travelled and the delete is final.
    counter: Mapped[int] = mapped_column(Integer, default=0)
    tombstones: Mapped[list[list[str]]] = mapped_column(JSON, default=list)  # [table, id]


class AppLock(Base):
    """The passphrase that locks the window (argon2 hash), idle minutes, failed tries."""

    __tablename__ = "app_lock"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    passphrase_hash: Mapped[str] = mapped_column(String(200), default="")
    idle_minutes: Mapped[int] = mapped_column(Integer, default=10)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    blocked_until: Mapped[datetime | None] = mapped_column(DateTime)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
