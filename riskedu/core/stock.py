"""The stock ledger: receive and adjust stock, read balances and history.

A material's balance is the sum of its live ledger entries, worked out when asked and
never stored. No write may take a balance below zero: handing out or writing off more
than is in stock is refused with the balance in the message, and the user records
what was received, or counts the stock, first. Hand-outs of sessions are kept in
step with their session lines by `session_stock`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from riskedu.core.categories import ADJUST_REASON, LANGUAGE
from riskedu.core.db.material_models import Material, StockEntry
from riskedu.core.db.models import EducationSession
from riskedu.core.i18n import QT_TRANSLATE_NOOP
from riskedu.core.validation import EARLIEST_DATE, Problem, ValidationFailed, problem

MAX_QUANTITY = 1_000_000

QUANTITY_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "validation", "The quantity must be a whole number from 1 to {max}.")
COUNT_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "validation", "The number counted must be a whole number from 0 to {max}.")
CHANGE_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "validation", "The correction must be a whole number other than 0, at most {max} either "
    "way.")
SOURCE_MISSING = QT_TRANSLATE_NOOP(
    "validation", "Enter where the stock came from (for example the warehouse or the donor).")
REASON_MISSING = QT_TRANSLATE_NOOP("validation", "Choose why the stock is adjusted.")
NOTE_MISSING = QT_TRANSLATE_NOOP("validation", "Explain the correction in the note.")
ENTRY_DATE_INVALID = QT_TRANSLATE_NOOP(
    "validation", "The date must be between 1990 and today.")
UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP("validation", "Unknown language: {code}.")
BELOW_ZERO = QT_TRANSLATE_NOOP(
    "validation", "Only {balance} in stock: taking away {quantity} would leave less than "
    "nothing. If there is more on the shelf than the record says, count the stock first "
    "(Adjust stock → Counted).")

S = StockEntry
# Within a day: deliveries first, then hand-outs, then losses and counts (end of the day).
_KIND_ORDER = case((S.kind == "received", 0), (S.kind == "handed_out", 1), else_=2)


@dataclass(frozen=True)
class StockMove:
    """One line of a material's stock history, with the balance after it."""

    id: str
    day: date
    kind: str
    quantity: int
    balance_after: int
    language: str
    source: str
    reason: str
    counted: int | None
    note: str
    recorded_by: str
    session_id: str | None
    report_code: str


def balance_column():
    """A correlated subquery: the balance of `Material` in a select over materials."""
    return (select(func.coalesce(func.sum(S.quantity), 0))
            .where(S.material_id == Material.id, S.deleted.is_(False))
            .correlate(Material).scalar_subquery())


def _sums() -> Select:
    return (select(S.material_id, func.coalesce(func.sum(S.quantity), 0))
            .where(S.deleted.is_(False)).group_by(S.material_id))


def balance(session: Session, material_id: str) -> int:
    """How many copies of a material are in stock now."""
    return int(session.scalar(select(func.coalesce(func.sum(S.quantity), 0)).where(
        S.material_id == material_id, S.deleted.is_(False))))


def balances(session: Session) -> dict[str, int]:
    """The balance of every material with ledger entries."""
    return {material_id: int(total) for material_id, total in session.execute(_sums())}


def is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_day(day: date, today: date | None) -> list[Problem]:
    if not EARLIEST_DATE <= day <= (today or date.today()):
        return [problem("entry_date", ENTRY_DATE_INVALID)]
    return []


def _live_material(session: Session, material_id: str) -> Material:
    from riskedu.core.materials import live_material

    return live_material(session, material_id)


def below_zero(balance_now: int, taken: int) -> Problem:
    return problem("quantity", BELOW_ZERO, balance=balance_now, quantity=taken)


def receive_stock(session: Session, material_id: str, quantity: int, *, day: date,
                  source: str, by: str, language: str = "", note: str = "",
                  today: date | None = None) -> StockEntry:
    """Record copies received (from a warehouse, a donor, headquarters...)."""
    _live_material(session, material_id)
    problems = _check_day(day, today)
    if not is_count(quantity) or not 1 <= quantity <= MAX_QUANTITY:
        problems.append(problem("quantity", QUANTITY_OUT_OF_RANGE, max=MAX_QUANTITY))
    if not source.strip():
        problems.append(problem("source", SOURCE_MISSING))
    if language and language not in LANGUAGE:
        problems.append(problem("language", UNKNOWN_LANGUAGE, code=language))
    if problems:
        raise ValidationFailed(problems)
    entry = S(material_id=material_id, kind="received", quantity=quantity, entry_date=day,
              source=source.strip(), language=language, note=note.strip(), recorded_by=by)
    session.add(entry)
    session.flush()
    return entry


def _adjustment(reason: str, quantity: int, now: int) -> tuple[int, list[Problem]]:
    """The signed change an adjustment makes, and what is wrong with it."""
    if reason not in ADJUST_REASON:
        return 0, [problem("reason", REASON_MISSING)]
    if reason == "counted":
        if not is_count(quantity) or not 0 <= quantity <= MAX_QUANTITY:
            return 0, [problem("quantity", COUNT_OUT_OF_RANGE, max=MAX_QUANTITY)]
        return quantity - now, []
    if reason == "other":
        if not is_count(quantity) or quantity == 0 or abs(quantity) > MAX_QUANTITY:
            return 0, [problem("quantity", CHANGE_OUT_OF_RANGE, max=MAX_QUANTITY)]
        return quantity, []
    if not is_count(quantity) or not 1 <= quantity <= MAX_QUANTITY:  # lost, damaged
        return 0, [problem("quantity", QUANTITY_OUT_OF_RANGE, max=MAX_QUANTITY)]
    return -quantity, []


def adjust_stock(session: Session, material_id: str, reason: str, quantity: int, *,
                 day: date, by: str, note: str = "", today: date | None = None) -> StockEntry:
    """Record copies lost or damaged (`quantity` taken away), a count (`quantity` is the
    number on the shelf) or another correction (`quantity` signed, with a note)."""
    _live_material(session, material_id)
    now = balance(session, material_id)
    change, problems = _adjustment(reason, quantity, now)
    problems += _check_day(day, today)
    if reason == "other" and not note.strip():
        problems.append(problem("note", NOTE_MISSING))
    if not problems and now + change < 0:
        problems.append(below_zero(now, -change))
    if problems:
        raise ValidationFailed(problems)
    entry = S(material_id=material_id, kind="adjusted", quantity=change, entry_date=day,
              reason=reason, counted=quantity if reason == "counted" else None,
              note=note.strip(), recorded_by=by)
    session.add(entry)
    session.flush()
    return entry


def stock_history(session: Session, material_id: str) -> list[StockMove]:
    """Every live movement of a material, newest first, with the balance after each."""
    rows = session.execute(
        select(S, func.coalesce(EducationSession.report_code, ""))
        .outerjoin(EducationSession, EducationSession.id == S.session_id)
        .where(S.material_id == material_id, S.deleted.is_(False))
        .order_by(S.entry_date, _KIND_ORDER, S.updated_at, S.id)).all()
    moves, running = [], 0
    for entry, code in rows:
        running += entry.quantity
        moves.append(StockMove(entry.id, entry.entry_date, entry.kind, entry.quantity, running,
                               entry.language, entry.source, entry.reason, entry.counted,
                               entry.note, entry.recorded_by, entry.session_id, code))
    moves.reverse()
    return moves
