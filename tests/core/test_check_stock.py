"""`riskedu check` finds a stock ledger that disagrees with the sessions, balances below zero,
and material files that are missing or altered."""

import pytest
from sqlalchemy import text, update

from riskedu.core.check import check_database
from riskedu.core.db.material_models import SessionMaterial, StockEntry
from riskedu.core.forms import MaterialLine
from riskedu.core.materials import MaterialForm, TitleLine, save_material
from riskedu.core.sessions import save_session

from factories import TODAY, valid_form
from material_factories import add_material, store_of
from material_files import good_png


def faults(db) -> list[str]:
    return [f"{f.check}: {f.message}" for f in check_database(db.engine, today=TODAY)]


def handed_out(db, material_id, quantity=10) -> str:
    with db.transaction() as session:
        return save_session(session, valid_form(db, materials=[
            MaterialLine(material_id, "km", quantity)]), by="t", today=TODAY).session_id


def raw(db, statement) -> None:
    with db.engine.begin() as connection:
        connection.execute(statement)


def test_a_consistent_ledger_has_no_faults(db):
    handed_out(db, add_material(db, stock=50))
    assert faults(db) == []


def test_a_hand_out_that_disagrees_with_its_line_is_a_fault(db):
    material = add_material(db, "Leaflet", stock=50)
    session_id = handed_out(db, material)
    raw(db, update(StockEntry).where(StockEntry.session_id == session_id).values(quantity=-7))
    assert faults(db) == [f"stock: material Leaflet [{material}] x 10 is recorded in the "
                          f"ledger as material Leaflet [{material}] x 7"]
    raw(db, update(StockEntry).where(StockEntry.session_id == session_id).values(deleted=True))
    assert faults(db) == [f"stock: material Leaflet [{material}] x 10 has no hand-out in the "
                          "stock ledger"]


def test_leftover_hand_outs_and_negative_balances_are_faults(db):
    material = add_material(db, "Leaflet", stock=5)
    session_id = handed_out(db, material, 5)
    raw(db, update(SessionMaterial).where(SessionMaterial.session_id == session_id)
        .values(deleted=True))
    raw(db, text("UPDATE stock_entries SET quantity = 3 WHERE kind = 'received'"))
    found = faults(db)
    assert "stock: balance is -2, below zero" in found
    assert any("still counts for a removed line or a deleted session" in f for f in found)


@pytest.mark.sqlite_only("a server's files live with each installation: not checked there")
def test_missing_and_altered_files_are_faults(db, tmp_path):
    store = store_of(db)
    stored = store.add(good_png(tmp_path))
    with db.transaction() as session:
        save_material(session, MaterialForm(titles=[TitleLine("en", "Poster")], type="poster",
                                            file=stored), store)
    assert faults(db) == []
    path = store.path_of(stored.sha256, stored.media_type)
    path.write_bytes(b"changed")
    assert faults(db) == ["files: file poster.png was altered or damaged (its SHA-256 no "
                          "longer matches)"]
    path.unlink()
    assert faults(db)[0].startswith("files: file poster.png is missing from ")
