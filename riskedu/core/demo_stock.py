"""Demo materials and stock: the starter catalogue, hand-outs at demo sessions, deliveries.

Each demo session may hand out materials that suit it (leaflets for a village
session, booklets for children, T-shirts for trained focal points...). Deliveries are
then placed just before the hand-out that would have emptied the shelf, in whole
boxes, so the history never shows less than nothing; a few losses follow.
Rows are written with bulk inserts like the sessions, from their own seeded stream,
so the sessions of a seed stay what they were.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import count as numbers_from

from sqlalchemy import insert
from sqlalchemy.orm import Session

from riskedu.core.db.base import utc_now
from riskedu.core.db.material_models import Material, SessionMaterial, StockEntry
from riskedu.core.db.stamping import bulk_stamp, reserve_counters
from riskedu.core.filestore import FileStore
from riskedu.core.starter_catalogue import add_starter_catalogue, starter_materials
from riskedu.core.stock import balances

SOURCES = ("Headquarters store, Phnom Penh", "Provincial office", "Donor shipment",
           "Printing house delivery")


@dataclass(frozen=True)
class HandOutSession:
    """What the stock demo needs to know of one demo session."""

    id: str
    day: date
    category: str
    audience: str
    attendees: int
    children: int
    by: str


@dataclass(frozen=True)
class DemoStock:
    """What the stock demo added."""

    materials: int
    lines: int
    entries: int


def _box(kind: str) -> int:
    return {"leaflet": 1000, "poster": 100, "booklet": 500, "handout": 500,
            "t_shirt": 50, "bag": 50, "flip_chart": 10}.get(kind, 100)


def _pick(rng: random.Random, session: HandOutSession) -> list[tuple[str, int]]:
    """(material type, quantity) handed out at one session."""
    picks = []
    if session.category == "direct":
        if rng.random() < 0.55:
            picks.append(("leaflet", max(1, min(session.attendees, rng.randint(10, 60)))))
        if rng.random() < 0.3:
            picks.append(("poster", rng.randint(1, 3)))
        if session.audience == "children_students" and rng.random() < 0.5:
            picks.append(("booklet", max(1, session.children)))
        if session.audience == "scrap_metal":
            picks.append(("handout", max(1, session.attendees)))
        if session.audience == "children_students" and rng.random() < 0.1:
            picks.append(("bag", rng.randint(5, 20)))
    elif session.category == "training":
        if rng.random() < 0.6:
            picks.append(("t_shirt", max(1, min(session.attendees, 30))))
        if rng.random() < 0.3:
            picks.append(("flip_chart", 1))
    return picks


class _Ledger:
    """Rows of lines and entries, given their sync metadata when all are known."""

    def __init__(self) -> None:
        self.lines: list[dict] = []
        self.entries: list[dict] = []

    @staticmethod
    def meta() -> dict:
        return {"id": str(uuid.uuid4()), "deleted": False}

    def stamp(self, session: Session) -> None:
        """Give every row the next number of this installation's change counter."""
        rows = self.lines + self.entries
        installation_id, first = reserve_counters(session, max(len(rows), 1))
        counter, now = numbers_from(first), utc_now()
        for row in rows:
            row.update(bulk_stamp(installation_id, next(counter), now))

    def entry(self, **values) -> None:
        defaults = {"language": "", "source": "", "reason": "", "counted": None, "note": "",
                    "session_id": None, "session_material_id": None}
        self.entries.append(self.meta() | defaults | values)


def _deliveries(rng: random.Random, ledger: _Ledger, material_id: str, kind: str,
                moves: list[tuple[date, int]], start: int, threshold: int) -> None:
    """Receipts before each hand-out that would empty the shelf, a few losses; about half
    the materials end at or under their warning (the last delivery was a small one)."""
    running, box, last = start, _box(kind), None
    for day, quantity in sorted(moves, key=lambda move: move[0]):
        if running < quantity:
            boxes = -(-(quantity - running + rng.randint(0, 3 * box)) // box)
            ledger.entry(material_id=material_id, kind="received", quantity=boxes * box,
                         entry_date=day - timedelta(days=rng.randint(1, 20)),
                         source=rng.choice(SOURCES), recorded_by="Demo store keeper")
            last = ledger.entries[-1]
            running += boxes * box
        running -= quantity
        if running > 20 and rng.random() < 0.004:
            lost = rng.randint(1, max(1, running // 20))
            ledger.entry(material_id=material_id, kind="adjusted", quantity=-lost,
                         entry_date=day, reason=rng.choice(("lost", "damaged")),
                         note="Soaked in the rain on the way" if rng.random() < 0.5 else "",
                         recorded_by="Demo store keeper")
            last, running = None, running - lost  # a later loss: keep the delivery whole
    target = rng.randint(0, max(threshold, 1))
    if last is not None and running > target and rng.random() < 0.5:
        # Everything after the last delivery only took stock away, so a smaller delivery
        # lowers the rest of the history by the same amount, down to `target` at the end.
        last["quantity"] -= running - target


def add_demo_stock(session: Session, store: FileStore, sessions: list[HandOutSession],
                   seed: int, languages: Callable[[str], str] = lambda _: "km") -> DemoStock:
    """The starter catalogue (if missing), hand-outs at `sessions` and the deliveries."""
    added = add_starter_catalogue(session, store)
    rng = random.Random(seed * 7919 + 3)
    kinds = {s.form.type: s.form for s in starter_materials()}
    live = {m.id: m for m in session.query(Material).filter(
        Material.id.in_([f.id for f in kinds.values()]), Material.deleted.is_(False))}
    picks = [(s, kind, quantity) for s in sessions for kind, quantity in _pick(rng, s)
             if kinds.get(kind) and kinds[kind].id in live]
    ledger = _Ledger()
    moves: dict[str, list[tuple[date, int]]] = {}
    positions: dict[str, int] = {}
    for hand_out, kind, quantity in picks:
        material_id = kinds[kind].id
        line = ledger.meta() | {"session_id": hand_out.id, "material_id": material_id,
                                "language": languages(kind), "quantity": quantity,
                                "position": positions.get(hand_out.id, 0)}
        positions[hand_out.id] = line["position"] + 1
        ledger.lines.append(line)
        ledger.entry(material_id=material_id, kind="handed_out", quantity=-quantity,
                     entry_date=hand_out.day, language=line["language"],
                     session_id=hand_out.id, session_material_id=line["id"],
                     recorded_by=hand_out.by)
        moves.setdefault(material_id, []).append((hand_out.day, quantity))
    now = balances(session)
    for kind, form in kinds.items():
        if form.id in live:
            _deliveries(rng, ledger, form.id, kind, moves.get(form.id, []),
                        now.get(form.id, 0), live[form.id].low_stock_threshold)
    ledger.stamp(session)
    if ledger.lines:
        session.execute(insert(SessionMaterial.__table__), ledger.lines)
    if ledger.entries:
        session.execute(insert(StockEntry.__table__), ledger.entries)
    return DemoStock(len(added), len(ledger.lines), len(ledger.entries))
