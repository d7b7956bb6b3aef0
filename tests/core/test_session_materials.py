"""Materials handed out at a session and the stock ledger stay in step through edits,
line removals and deletion; what may have travelled is tombstoned, never erased."""

import pytest
from sqlalchemy import select

from riskedu.core.check import check_database
from riskedu.core.db.material_models import SessionMaterial, StockEntry
from riskedu.core.forms import MaterialLine
from riskedu.core.materials import set_material_active
from riskedu.core.sessions import delete_session, finalise_session, load_form, save_session
from riskedu.core.stock import adjust_stock, balance
from riskedu.core.validation import ValidationFailed

from factories import TODAY, valid_form
from material_factories import add_material


def save(db, form, **kwargs):
    with db.transaction() as session:
        return save_session(session, form, by="Sokha Chan", today=TODAY, **kwargs)


def reload(db, session_id):
    with db.session() as session:
        return load_form(session, session_id)


def stock(db, material_id) -> int:
    with db.session() as session:
        return balance(session, material_id)


def ledger(db, session_id) -> list[tuple[str, int, bool]]:
    """(material, quantity, deleted) of every hand-out entry of a session, tombstones too."""
    with db.session() as session:
        return sorted(tuple(row) for row in session.execute(
            select(StockEntry.material_id, StockEntry.quantity, StockEntry.deleted)
            .where(StockEntry.session_id == session_id)))


def assert_consistent(db):
    assert [str(f) for f in check_database(db.engine, today=TODAY)] == []


def test_handing_out_takes_from_stock_and_edits_correct_the_ledger(db):
    leaflet, poster = add_material(db, stock=100), add_material(db, "Poster", stock=10)
    form = valid_form(db, materials=[MaterialLine(leaflet, "km", 30)])
    result = save(db, form)
    assert (stock(db, leaflet), ledger(db, result.session_id)) == (70, [(leaflet, -30, False)])
    form = reload(db, result.session_id)
    assert [(m.material_id, m.language, m.quantity) for m in form.materials] == \
        [(leaflet, "km", 30)]

    form.materials[0].quantity = 45  # the educator counted again
    form.materials.append(MaterialLine(poster, "", 2))
    save(db, form)
    assert (stock(db, leaflet), stock(db, poster)) == (55, 8)
    assert_consistent(db)

    form = reload(db, result.session_id)
    form.materials[0].material_id = poster  # the wrong material was chosen
    form.materials[0].quantity = 3
    save(db, form)
    assert (stock(db, leaflet), stock(db, poster)) == (100, 5)
    assert ledger(db, result.session_id) == sorted([(poster, -3, False), (poster, -2, False)])
    assert_consistent(db)


def test_a_removed_line_and_a_deleted_session_become_tombstones(db):
    leaflet, poster = add_material(db, stock=100), add_material(db, "Poster", stock=10)
    result = save(db, valid_form(db, materials=[MaterialLine(leaflet, "km", 30),
                                                MaterialLine(poster, "en", 4)]))
    form = reload(db, result.session_id)
    form.materials = form.materials[1:]
    save(db, form)
    assert (stock(db, leaflet), stock(db, poster)) == (100, 6)
    assert ledger(db, result.session_id) == sorted([(leaflet, -30, True), (poster, -4, False)])
    assert_consistent(db)

    with db.transaction() as session:
        delete_session(session, result.session_id)
    assert (stock(db, leaflet), stock(db, poster)) == (100, 10)
    with db.session() as session:
        lines = session.scalars(select(SessionMaterial.deleted)
                                .where(SessionMaterial.session_id == result.session_id)).all()
    assert lines == [True, True]  # still there, to travel as tombstones
    assert [deleted for *_, deleted in ledger(db, result.session_id)] == [True, True]
    assert_consistent(db)


def test_a_session_cannot_hand_out_more_than_is_in_stock(db):
    leaflet = add_material(db, stock=20)
    form = valid_form(db, materials=[MaterialLine(leaflet, "km", 15),
                                     MaterialLine(leaflet, "en", 10)])
    with pytest.raises(ValidationFailed) as failed:
        save(db, form)
    assert [(p.field, p.message.format()) for p in failed.value.problems] == [("materials", (
        "Only 20 of Leaflet: if you find a mine in stock, but this session would hand out 25 "
        "more. Record the stock received first, or count the stock if the record is wrong "
        "(Materials page)."))]
    assert stock(db, leaflet) == 20
    form.materials = form.materials[:1]
    result = save(db, form)
    form = reload(db, result.session_id)
    form.materials[0].quantity = 20  # 15 already out + 5 more: exactly what is left
    save(db, form)
    assert stock(db, leaflet) == 0
    form.materials[0].quantity = 21
    with pytest.raises(ValidationFailed, match="Only 0 of"):
        save(db, form)
    with db.transaction() as session:  # an explicit count makes room
        adjust_stock(session, leaflet, "counted", 1, day=TODAY, by="t", today=TODAY)
    save(db, form)
    assert stock(db, leaflet) == 0


def test_lines_are_checked_before_anything_is_written(db):
    leaflet = add_material(db, stock=5)
    form = valid_form(db, materials=[MaterialLine("", "", 1), MaterialLine("gone", "km", 1),
                                     MaterialLine(leaflet, "xx", 0)])
    with pytest.raises(ValidationFailed) as failed:
        save(db, form)
    assert [p.message.format() for p in failed.value.problems] == [
        "Choose the material of line 1.",
        "Line 2: the material is not in the catalogue any more.",
        "Line 3: the quantity must be a whole number from 1 to 1000000.",
        "Line 3: unknown language xx."]


def test_a_retired_material_stays_on_old_sessions_but_not_on_new_lines(db):
    leaflet = add_material(db, stock=50)
    result = save(db, valid_form(db, materials=[MaterialLine(leaflet, "km", 5)]))
    with db.transaction() as session:
        set_material_active(session, leaflet, False)
    with db.transaction() as session:  # finalising re-saves the old line: allowed
        finalised = finalise_session(session, result.session_id, by="t", today=TODAY)
    assert finalised.status == "final"
    with pytest.raises(ValidationFailed, match="is retired and cannot be handed out"):
        save(db, valid_form(db, materials=[MaterialLine(leaflet, "km", 1)]))
    assert stock(db, leaflet) == 45
