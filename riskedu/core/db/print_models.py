"""What printed documents say about the organisation: set once, on this installation."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from riskedu.core.db.base import Base, utc_now


class PrintDetailsRow(Base):
    """The organisation's names by language, logo (a file-store hash) and signatory."""

    __tablename__ = "print_details"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    organisation_names: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    logo_sha256: Mapped[str] = mapped_column(String(64), default="")
    logo_type: Mapped[str] = mapped_column(String(40), default="")
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_title: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
