"""Materials a session hands out, and the ledger entries that follow them.

Each live line of a live session has exactly one live `handed_out` ledger entry of the
same material and quantity (negative), dated on the session. Editing a line updates
its entry; removing a line or deleting the session turns both into tombstones (they
may already have travelled). `riskedu check` verifies the pairing.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from riskedu.core.categories import LANGUAGE
from riskedu.core.db.base import new_id
from riskedu.core.db.material_models import Material, SessionMaterial, StockEntry
from riskedu.core.db.models import EducationSession
from riskedu.core.forms import MaterialLine
from riskedu.core.i18n import QT_TRANSLATE_NOOP
from riskedu.core.stock import MAX_QUANTITY, balance, is_count
from riskedu.core.validation import Problem, problem

FIELD = "materials"
LINE_MATERIAL_MISSING = QT_TRANSLATE_NOOP("validation", "Choose the material of line {row}.")
LINE_MATERIAL_UNKNOWN = QT_TRANSLATE_NOOP(
    "validation", "Line {row}: the material is not in the catalogue any more.")
LINE_MATERIAL_RETIRED = QT_TRANSLATE_NOOP(
    "validation", "Line {row}: {title} is retired and cannot be handed out any more.")
LINE_QUANTITY = QT_TRANSLATE_NOOP(
    "validation", "Line {row}: the quantity must be a whole number from 1 to {max}.")
LINE_LANGUAGE = QT_TRANSLATE_NOOP("validation", "Line {row}: unknown language {code}.")
NOT_ENOUGH_STOCK = QT_TRANSLATE_NOOP(
    "validation", "Only {balance} of {title} in stock, but this session would hand out "
    "{quantity} more. Record the stock received first, or count the stock if the record is "
    "wrong (Materials page).")


def _lines(session: Session, session_id: str) -> list[SessionMaterial]:
    return list(session.scalars(select(SessionMaterial).where(
        SessionMaterial.session_id == session_id).order_by(SessionMaterial.position)))


def _title(material: Material) -> str:
    return material.titles[0].title if material.titles else material.id


def material_line_problems(session: Session, lines: list[MaterialLine],
                           session_id: str | None) -> list[Problem]:
    """What is wrong with a session's material lines, stock included, before any write."""
    old = {line.id: line for line in (_lines(session, session_id) if session_id else [])
           if not line.deleted}
    problems: list[Problem] = []
    wanted: dict[str, int] = defaultdict(int)
    for row, line in enumerate(lines, start=1):
        material = session.get(Material, line.material_id) if line.material_id else None
        before = old.get(line.id) if line.id else None
        if not line.material_id:
            problems.append(problem(FIELD, LINE_MATERIAL_MISSING, row=row))
        elif material is None or material.deleted:
            problems.append(problem(FIELD, LINE_MATERIAL_UNKNOWN, row=row))
        elif not material.active and (before is None or before.material_id != material.id):
            problems.append(problem(FIELD, LINE_MATERIAL_RETIRED, row=row,
                                    title=_title(material)))
        if not is_count(line.quantity) or not 1 <= line.quantity <= MAX_QUANTITY:
            problems.append(problem(FIELD, LINE_QUANTITY, row=row, max=MAX_QUANTITY))
        elif material is not None:
            wanted[material.id] += line.quantity
        if line.language and line.language not in LANGUAGE:
            problems.append(problem(FIELD, LINE_LANGUAGE, row=row, code=line.language))
    for line in old.values():  # what this session already took is back on the shelf
        wanted[line.material_id] -= line.quantity
    for material_id, more in wanted.items():
        if more > 0 and more > (now := balance(session, material_id)):
            problems.append(problem(FIELD, NOT_ENOUGH_STOCK, balance=now, quantity=more,
                                    title=_title(session.get(Material, material_id))))
    return problems


def _entries(session: Session, session_id: str) -> dict[str, StockEntry]:
    entries = session.scalars(select(StockEntry).where(
        StockEntry.session_id == session_id, StockEntry.deleted.is_(False)))
    return {entry.session_material_id: entry for entry in entries}


def write_material_lines(session: Session, record: EducationSession, lines: list[MaterialLine],
                         *, by: str, today: date | None = None) -> None:
    """Make the session's lines and ledger entries what `lines` say (checked beforehand)."""
    new = inspect(record).pending  # a session not yet written has no lines to read
    existing = {} if new else {line.id: line for line in _lines(session, record.id)}
    entries = {} if new else _entries(session, record.id)
    day = record.session_date or today or date.today()
    kept = set()
    for position, line in enumerate(lines):
        row = existing.get(line.id) if line.id else None
        if row is None:
            row = SessionMaterial(id=new_id(), session_id=record.id)
            session.add(row)
        row.position, row.deleted = position, False
        row.material_id, row.language, row.quantity = (line.material_id, line.language,
                                                       line.quantity)
        entry = entries.get(row.id)
        if entry is None:
            entry = StockEntry(kind="handed_out", session_id=record.id,
                               session_material_id=row.id, recorded_by=by)
            session.add(entry)
        entry.material_id, entry.quantity = line.material_id, -line.quantity
        entry.language, entry.entry_date = line.language, day
        kept.add(row.id)
    for row_id, row in existing.items():
        if row_id not in kept:
            row.deleted = True
            if row_id in entries:
                entries[row_id].deleted = True


def delete_material_lines(session: Session, session_id: str) -> list:
    """Tombstone a deleted session's lines and its hand-outs (the stock comes back);
    returns what it tombstoned."""
    rows = [row for row in _lines(session, session_id) if not row.deleted]
    rows += list(_entries(session, session_id).values())
    for row in rows:
        row.deleted = True
    return rows


def load_material_lines(session: Session, session_id: str) -> list[MaterialLine]:
    return [MaterialLine(line.material_id, line.language, line.quantity, line.id)
            for line in _lines(session, session_id) if not line.deleted]
