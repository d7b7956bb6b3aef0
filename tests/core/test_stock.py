"""The stock ledger: balances are the sum of the entries, and never go below zero."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from riskedu.core.db.material_models import StockEntry
from riskedu.core.stock import adjust_stock, balance, balances, receive_stock, stock_history
from riskedu.core.validation import ValidationFailed

from factories import TODAY
from material_factories import add_material

DAY = date(2026, 11, 10)


def receive(db, material_id, quantity, **kwargs):
    kwargs.setdefault("source", "Headquarters store")
    with db.transaction() as session:
        return receive_stock(session, material_id, quantity, day=kwargs.pop("day", DAY),
                             by="Sokha Chan", today=TODAY, **kwargs)


def adjust(db, material_id, reason, quantity, note=""):
    with db.transaction() as session:
        return adjust_stock(session, material_id, reason, quantity, day=DAY, by="Sokha Chan",
                            note=note, today=TODAY)


def current(db, material_id) -> int:
    with db.session() as session:
        return balance(session, material_id)


def problems(failed) -> list[tuple[str, str]]:
    return [(p.field, p.message.format()) for p in failed.value.problems]


def test_the_balance_is_the_sum_of_receipts_hand_outs_and_adjustments(db):
    material = add_material(db)
    receive(db, material, 500, source="UNICEF")
    receive(db, material, 250, language="km")
    adjust(db, material, "lost", 20)
    adjust(db, material, "damaged", 30)
    assert current(db, material) == 700
    count = adjust(db, material, "counted", 690)  # ten fewer on the shelf than on paper
    assert (count.quantity, count.counted) == (-10, 690)
    adjust(db, material, "other", 5, note="Found a box in the car")
    assert current(db, material) == 695
    other = add_material(db, "Other", stock=3)
    with db.session() as session:
        assert balances(session) == {material: 695, other: 3}
        history = stock_history(session, material)
    assert [(m.kind, m.quantity, m.balance_after) for m in history][:2] == \
        [("adjusted", 5, 695), ("adjusted", -10, 690)]
    assert [m.balance_after for m in reversed(history)] == [500, 750, 730, 700, 690, 695]
    assert history[-1].source == "UNICEF" and history[-1].recorded_by == "Sokha Chan"


def test_stock_cannot_go_below_zero_and_the_user_is_told_why(db):
    material = add_material(db, stock=10)
    with pytest.raises(ValidationFailed) as failed:
        adjust(db, material, "lost", 11)
    assert problems(failed) == [("quantity", (
        "Only 10 in stock: taking away 11 would leave less than nothing. If there is more on "
        "the shelf than the record says, count the stock first (Adjust stock → Counted)."))]
    with pytest.raises(ValidationFailed, match="Only 10 in stock"):
        adjust(db, material, "other", -11, note="Mistake")
    assert current(db, material) == 10
    adjust(db, material, "lost", 10)  # down to exactly nothing is allowed
    adjust(db, material, "counted", 0)
    assert current(db, material) == 0
    adjust(db, material, "counted", 40)  # an explicit count brings stock back
    adjust(db, material, "damaged", 40)
    assert current(db, material) == 0


def test_wrong_movements_are_refused_with_every_reason(db):
    material = add_material(db)
    with pytest.raises(ValidationFailed) as failed:
        receive(db, material, 0, source=" ", language="xx", day=TODAY + timedelta(days=1))
    assert [field for field, _ in problems(failed)] == \
        ["entry_date", "quantity", "source", "language"]
    with pytest.raises(ValidationFailed, match="Choose why"):
        adjust(db, material, "stolen", 1)
    with pytest.raises(ValidationFailed, match="Explain the correction"):
        adjust(db, material, "other", 4)
    with pytest.raises(ValidationFailed, match="number counted"):
        adjust(db, material, "counted", -1)
    with pytest.raises(ValidationFailed, match="whole number from 1"):
        adjust(db, material, "lost", True)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(StockEntry)) == 0


def test_ledger_entries_carry_sync_metadata(db):
    material = add_material(db)
    entry = receive(db, material, 5)
    assert entry.installation_id == db.installation_id
    assert entry.change_counter > 0 and entry.updated_at is not None
    assert entry.deleted is False
