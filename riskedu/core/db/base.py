"""Declarative base and the sync metadata every travelling record carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import JSON, Boolean, DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Base of all riskedu tables (constraint names fixed for portable migrations)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncMixin:
    """Stable UUID, last-changing installation, its change counter, UTC time, tombstone,
    and the version vector (installation id -> counter of its edits this version holds).

    The columns are filled by `riskedu.core.db.stamping` on every flush; code never
    sets them by hand. `updated_at` is naive UTC so SQLite and PostgreSQL agree.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    installation_id: Mapped[str] = mapped_column(String(36), default="")
    change_counter: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    version_vector: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
