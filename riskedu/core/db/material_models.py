"""Education materials, their stock ledger and the materials a session hands out.

Materials and ledger entries travel (catalogue from headquarters to the field, stock
movements back), so they carry `SyncMixin` metadata; a material's titles travel
inside it. A material's balance is the sum of its live ledger entries: it is never
stored, so it cannot disagree with the history that explains it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from riskedu.core.db.base import Base, SyncMixin

if TYPE_CHECKING:
    from riskedu.core.db.models import EducationSession


class Material(SyncMixin, Base):
    """A poster, leaflet, booklet, T-shirt... of the catalogue, with its optional file."""

    __tablename__ = "materials"

    type: Mapped[str] = mapped_column(String(20), default="other")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    edition: Mapped[str] = mapped_column(String(100), default="")
    audiences: Mapped[list[str]] = mapped_column(JSON, default=list)
    hazards: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    low_stock_threshold: Mapped[int] = mapped_column(Integer, default=0)
    sample: Mapped[bool] = mapped_column(Boolean, default=False)
    # The file, content-addressed in the data folder's store (see core/filestore.py).
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    file_type: Mapped[str] = mapped_column(String(40), default="")
    file_name: Mapped[str] = mapped_column(String(260), default="")
    file_size: Mapped[int] = mapped_column(Integer, default=0)

    titles: Mapped[list[MaterialTitle]] = relationship(
        back_populates="material", cascade="all, delete-orphan",
        order_by="MaterialTitle.position")


class MaterialTitle(Base):
    """A material's title in one language (travels inside its material)."""

    __tablename__ = "material_titles"
    __sync_parent__ = "material"

    material_id: Mapped[str] = mapped_column(
        ForeignKey("materials.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    language: Mapped[str] = mapped_column(String(10), default="")
    title: Mapped[str] = mapped_column(String(300))

    material: Mapped[Material] = relationship(back_populates="titles")


class SessionMaterial(SyncMixin, Base):
    """A line of a session: so many copies of a material, in a language, handed out."""

    __tablename__ = "session_materials"

    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"),
                                            index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    material_id: Mapped[str] = mapped_column(ForeignKey("materials.id"), index=True)
    language: Mapped[str] = mapped_column(String(10), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=0)

    # Declared so a flush writes a new session and its material before the line.
    session: Mapped[EducationSession] = relationship()
    material: Mapped[Material] = relationship()


class StockEntry(SyncMixin, Base):
    """One movement of a material's stock: received, handed out or adjusted.

    `quantity` is signed (received > 0, handed out < 0). A handed-out entry belongs
    to one session line and follows it; a count keeps the number counted as well.
    """

    __tablename__ = "stock_entries"
    __table_args__ = (Index("ix_stock_entries_material", "material_id", "deleted"),)

    material_id: Mapped[str] = mapped_column(ForeignKey("materials.id"))
    kind: Mapped[str] = mapped_column(String(12))
    quantity: Mapped[int] = mapped_column(Integer)
    entry_date: Mapped[date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(10), default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(String(12), default="")
    counted: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id"), index=True)
    session_material_id: Mapped[str | None] = mapped_column(
        ForeignKey("session_materials.id"), index=True)

    # Declared so a flush writes the rows an entry refers to before the entry.
    material: Mapped[Material] = relationship()
    session: Mapped[EducationSession | None] = relationship()
    line: Mapped[SessionMaterial | None] = relationship()


MATERIAL_SYNC_MODELS = (Material, SessionMaterial, StockEntry)
