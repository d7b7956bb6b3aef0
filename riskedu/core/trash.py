"""Undoable deletes: a deleted session, material, roster entry or hazard report stays in
the trash, and can be brought back exactly as it was, until it has been exported.

Deleting only sets tombstones (`deleted`); the trash item remembers which ones, so a
restore clears exactly those and no child that was removed earlier for another reason.
Once an export has carried the tombstones (an export mark at or past the deletion's
change counter, or any bundle written after it) the deletion has travelled: it is final
here too, and the item says so instead of offering a restore.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from riskedu.core.db.audit_models import TrashItem
from riskedu.core.db.base import Base
from riskedu.core.db.material_models import Material
from riskedu.core.db.models import EducationSession
from riskedu.core.db.sync_models import BundleLog, ExportMark
from riskedu.core.i18n import QT_TRANSLATE_NOOP
from riskedu.core.stock import balance
from riskedu.core.validation import ValidationFailed, problem

SESSION, MATERIAL, PARTICIPANT = "session", "material", "participant"
HAZARD_REPORT = "hazard_report"
CHILD_KINDS = (PARTICIPANT, HAZARD_REPORT)  # lines of a session, restored into a draft
FIELD = "trash"
ALREADY_EXPORTED = QT_TRANSLATE_NOOP(
    "validation", "{what} was deleted and then exported: the deletion has travelled and "
    "cannot be undone here any more.")
NOT_IN_TRASH = QT_TRANSLATE_NOOP(
    "validation", "This item is no longer in the trash. The list has been refreshed.")
SESSION_GONE = QT_TRANSLATE_NOOP(
    "validation", "The session of {what} was deleted too. Restore the session {code} first.")
SESSION_FINAL = QT_TRANSLATE_NOOP(
    "validation", "The session {code} is final. Reopen it for correction, then restore "
    "{what}.")
MATERIAL_GONE = QT_TRANSLATE_NOOP(
    "validation", "{title} was deleted from the catalogue. Restore it first, then {what}.")
STOCK_SHORT = QT_TRANSLATE_NOOP(
    "validation", "Only {balance} of {title} in stock, but {what} handed out {quantity}. "
    "Record the stock received first, then restore it.")


class TrashRefused(ValidationFailed):
    """A restore that cannot be done; nothing was changed."""

    def __init__(self, text: str, **params):
        super().__init__([problem(FIELD, text, **params)])


@dataclass(frozen=True)
class TrashRow:
    """One deleted item as the Trash view shows it."""

    id: str
    kind: str
    record_id: str
    label: str
    detail: str
    deleted_at: datetime
    deleted_by: str
    exported: bool


def _model(table_name: str):
    return next(m.class_ for m in Base.registry.mappers
                if getattr(m.class_, "__tablename__", None) == table_name)


def put_in_trash(session: Session, kind: str, record, rows: list, *, label: str,
                 detail: str = "", by: str = "") -> TrashItem:
    """Remember a delete just flushed: `record` is the deleted record, `rows` every
    record it tombstoned (itself included)."""
    item = TrashItem(kind=kind, record_id=record.id, label=label, detail=detail,
                     deleted_by=by, counter=record.change_counter,
                     tombstones=[[row.__tablename__, row.id] for row in rows])
    session.add(item)
    return item


def _high_water(session: Session) -> int:
    return session.scalar(select(func.max(ExportMark.last_counter))) or 0


def _last_bundle_out(session: Session) -> datetime | None:
    return session.scalar(select(func.max(BundleLog.logged_at)).where(
        BundleLog.direction == "out"))


def _exported(item: TrashItem, high_water: int, last_out: datetime | None) -> bool:
    return item.counter <= high_water or (last_out is not None and last_out >= item.deleted_at)


def list_trash(session: Session) -> list[TrashRow]:
    """Every deleted item, newest first, each saying whether it can still be restored."""
    high_water, last_out = _high_water(session), _last_bundle_out(session)
    items = session.scalars(select(TrashItem).order_by(TrashItem.deleted_at.desc(),
                                                       TrashItem.id))
    return [TrashRow(i.id, i.kind, i.record_id, i.label, i.detail, i.deleted_at,
                     i.deleted_by, _exported(i, high_water, last_out)) for i in items]


def _rows(session: Session, item: TrashItem) -> list:
    return [row for table, row_id in item.tombstones
            if (row := session.get(_model(table), row_id)) is not None]


def _check_parent(session: Session, item: TrashItem, rows: list) -> None:
    if item.kind not in CHILD_KINDS:
        return
    parent = session.get(EducationSession, rows[0].session_id)
    if parent is None or parent.deleted:
        raise TrashRefused(SESSION_GONE, what=item.label, code=item.detail)
    if parent.status != "draft":
        raise TrashRefused(SESSION_FINAL, what=item.label, code=parent.report_code)


def _check_stock(session: Session, item: TrashItem, rows: list) -> None:
    """Hand-outs come back only when their material is live and the stock is there."""
    wanted: dict[str, int] = defaultdict(int)
    for row in rows:
        if row.__tablename__ == "stock_entries" and row.quantity < 0:
            wanted[row.material_id] -= row.quantity
    for material_id, quantity in wanted.items():
        material = session.get(Material, material_id)
        title = material.titles[0].title if material and material.titles else material_id
        if material is None or material.deleted:
            raise TrashRefused(MATERIAL_GONE, title=title, what=item.label)
        if (now := balance(session, material_id)) < quantity:
            raise TrashRefused(STOCK_SHORT, balance=now, title=title, what=item.label,
                               quantity=quantity)


def restore(session: Session, trash_id: str) -> TrashItem:
    """Bring a deleted item back as it was; refused (nothing changed) once exported,
    or when what it belongs to or the stock it needs is missing."""
    item = session.get(TrashItem, trash_id)
    if item is None:
        raise TrashRefused(NOT_IN_TRASH)
    if _exported(item, _high_water(session), _last_bundle_out(session)):
        raise TrashRefused(ALREADY_EXPORTED, what=item.label)
    rows = _rows(session, item)
    _check_parent(session, item, rows)
    _check_stock(session, item, rows)
    for row in rows:
        row.deleted = False
    session.delete(item)
    session.flush()
    return item


def session_of(session: Session, kind: str, record_id: str) -> str:
    """The session a restored record belongs to ("" for a material)."""
    if kind == SESSION:
        return record_id
    if kind in CHILD_KINDS:
        model = _model("participants" if kind == PARTICIPANT else "hazard_reports")
        row = session.get(model, record_id)
        return row.session_id if row is not None else ""
    return ""
