"""The catalogue: materials saved with their titles, rules, retiring, listing and filters."""

import pytest
from sqlalchemy import select

from riskedu.core.db.material_models import Material, MaterialTitle
from riskedu.core.materials import (
    MaterialFilter,
    MaterialForm,
    MaterialNotFound,
    TitleLine,
    list_materials,
    load_material_form,
    material_row,
    save_material,
    set_material_active,
)
from riskedu.core.stock import adjust_stock
from riskedu.core.validation import ValidationFailed

from factories import TODAY
from material_factories import add_material, store_of
from material_files import good_pdf


def save(db, form):
    with db.transaction() as session:
        return save_material(session, form, store_of(db))


def rows(db, **flt):
    with db.session() as session:
        return list_materials(session, MaterialFilter(**flt))


def test_a_material_round_trips_with_titles_in_two_languages_and_its_file(db, tmp_path):
    stored = store_of(db).add(good_pdf(tmp_path))
    form = MaterialForm(titles=[TitleLine("km", "ប្រយ័ត្ន មីន"), TitleLine("en", "Danger! Mines")],
                        type="poster", languages=["en", "km"], edition="2nd, 2025",
                        audiences=["farmers", "teachers"], hazards=["uxo", "ap_mine"],
                        notes="A3", low_stock_threshold=5, file=stored)
    material_id = save(db, form)
    with db.session() as session:
        loaded = load_material_form(session, material_id)
        record = session.get(Material, material_id)
    form.id = material_id
    form.languages, form.hazards = ["km", "en"], ["ap_mine", "uxo"]  # kept in list order
    assert loaded == form
    assert record.installation_id == db.installation_id and record.change_counter > 0
    (row,) = rows(db)
    assert (row.title("km"), row.title("en"), row.title("lo")) == \
        ("ប្រយ័ត្ន មីន", "Danger! Mines", "ប្រយ័ត្ន មីន")
    assert row.file == stored and row.balance == 0


def test_every_broken_rule_is_named_and_nothing_is_saved(db):
    form = MaterialForm(titles=[TitleLine("en", "A"), TitleLine("en", "B"), TitleLine("", "C"),
                                TitleLine("km", "  ")],
                        type="hat", languages=["xx"], low_stock_threshold=-1)
    with pytest.raises(ValidationFailed) as failed:
        save(db, form)
    assert [(p.field, p.message.format()) for p in failed.value.problems] == [
        ("titles", "Two titles are in the same language (2); keep one for each language."),
        ("titles", "Choose the language of title 3."),
        ("titles", "Title 4 has a language but no text."),
        ("type", "Choose the type of material."),
        ("languages", "Unknown code: xx."),
        ("low_stock_threshold", "The low-stock warning must be a whole number from 0 to "
                                "1000000."),
    ]
    with pytest.raises(ValidationFailed, match="Enter the material's title"):
        save(db, MaterialForm(titles=[TitleLine("", "")], type="bag"))
    assert rows(db, include_retired=True) == []


def test_editing_titles_updates_them_in_place_and_bumps_the_version(db):
    material_id = add_material(db, "Old title")
    with db.session() as session:
        form = load_material_form(session, material_id)
        before = session.get(Material, material_id).change_counter
    form.titles = [TitleLine("km", "ខិត្តប័ណ្ណ")]
    save(db, form)
    form.titles.append(TitleLine("en", "New title"))
    save(db, form)
    with db.session() as session:
        titles = session.execute(select(MaterialTitle.position, MaterialTitle.language,
                                        MaterialTitle.title)
                                 .where(MaterialTitle.material_id == material_id)).all()
        after = session.get(Material, material_id).change_counter
    assert titles == [(0, "km", "ខិត្តប័ណ្ណ"), (1, "en", "New title")]
    assert after > before


def test_a_retired_material_leaves_the_list_but_keeps_its_record(db):
    kept, retired = add_material(db, "Kept"), add_material(db, "Retired")
    with db.transaction() as session:
        set_material_active(session, retired, False)
    assert [r.title() for r in rows(db)] == ["Kept"]
    assert [(r.title(), r.active) for r in rows(db, include_retired=True)] == \
        [("Kept", True), ("Retired", False)]
    with db.transaction() as session:
        set_material_active(session, retired, True)
    assert len(rows(db)) == 2 and kept
    with pytest.raises(MaterialNotFound), db.transaction() as session:
        set_material_active(session, "no-such-id", False)


def test_filters_by_text_in_any_language_type_language_and_low_stock(db):
    leaflet = add_material(db, "Leaflet for farmers", stock=100, low_stock_threshold=150)
    add_material(db, "Poster", type="poster", languages=["en"],
                 titles=[TitleLine("en", "Poster"), TitleLine("km", "ផ្ទាំងរូបភាព មីន")])
    add_material(db, "Booklet", type="booklet", edition="Farmers' edition", stock=50,
                 low_stock_threshold=10)
    assert {r.title() for r in rows(db, text="farmers")} == {"Leaflet for farmers", "Booklet"}
    assert [r.title() for r in rows(db, text="មីន")] == ["Poster"]
    assert [r.title() for r in rows(db, type="poster")] == ["Poster"]
    assert [r.title() for r in rows(db, language="en")] == ["Poster"]
    assert [r.id for r in rows(db, low_only=True)] == [leaflet]
    with db.transaction() as session:
        adjust_stock(session, leaflet, "counted", 151, day=TODAY, by="t", today=TODAY)
        assert not material_row(session, leaflet).low
