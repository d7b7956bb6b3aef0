"""What an installation knows about sync: other installations, bundles, conflicts, marks."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from riskedu.core.db.base import Base, new_id, utc_now


class KnownInstallation(Base):
    """An installation whose bundles an officer accepted, identified by its public key."""

    __tablename__ = "known_installations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    organisation_code: Mapped[str] = mapped_column(String(20), default="")
    public_key: Mapped[str] = mapped_column(String(64))
    accepted_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    accepted_by: Mapped[str] = mapped_column(String(200), default="")


class BundleLog(Base):
    """A bundle written here or imported here, and what it carried or changed."""

    __tablename__ = "bundle_log"
    __table_args__ = (
        # Officers importing the same bundle at the same moment: one of them logs it.
        Index("uq_bundle_log_imported_once", "bundle_id", unique=True,
              sqlite_where=text("direction = 'in'"), postgresql_where=text("direction = 'in'")),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    bundle_id: Mapped[str] = mapped_column(String(36), index=True)
    direction: Mapped[str] = mapped_column(String(3))  # "out" or "in"
    kind: Mapped[str] = mapped_column(String(12), default="field")
    source_installation_id: Mapped[str] = mapped_column(String(36), default="")
    source_name: Mapped[str] = mapped_column(String(200), default="")
    file_name: Mapped[str] = mapped_column(String(260), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    logged_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    logged_by: Mapped[str] = mapped_column(String(200), default="")
    counts: Mapped[dict] = mapped_column(JSON, default=dict)


class SyncConflict(Base):
    """A version of a record that lost to a concurrent one, kept for a person to decide."""

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    installation_id: Mapped[str] = mapped_column(String(36))
    change_counter: Mapped[int] = mapped_column(Integer)
    version_vector: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    data: Mapped[dict] = mapped_column(JSON, default=dict)  # the record as it travelled
    detected_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolution: Mapped[str] = mapped_column(Text, default="")


class ExportMark(Base):
    """Up to which of this installation's change counters a destination has been sent."""

    __tablename__ = "export_marks"

    destination: Mapped[str] = mapped_column(String(200), primary_key=True)
    last_counter: Mapped[int] = mapped_column(Integer, default=0)
    exported_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
