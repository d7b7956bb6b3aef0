"""The Cambodian gazetteer as stored: complete, searchable in Khmer and English, versioned."""

from sqlalchemy import func, select

from riskedu.core import gazetteer
from riskedu.core.db.models import GazetteerUnit, GazetteerVersion

V = gazetteer.CAMBODIA_VERSION


def count(session, level):
    return session.scalar(select(func.count()).select_from(GazetteerUnit)
                          .where(GazetteerUnit.version == V, GazetteerUnit.level == level))


def test_all_levels_are_loaded_once(db):
    with db.session() as s:
        assert count(s, gazetteer.PROVINCE) == 25
        assert count(s, gazetteer.DISTRICT) == 210
        assert count(s, gazetteer.COMMUNE) == 1661
        assert count(s, gazetteer.VILLAGE) == 14576
        assert s.get(GazetteerVersion, V).country == "KH"
        assert gazetteer.ensure_cambodia_gazetteer(s) is False


def test_cascade_from_province_to_village(db):
    with db.session() as s:
        provinces = gazetteer.children(s, V, gazetteer.PROVINCE)
        battambang = next(p for p in provinces if p.name_en == "Battambang")
        districts = gazetteer.children(s, V, gazetteer.DISTRICT, battambang.code)
        assert all(d.parent_code == "02" for d in districts) and len(districts) >= 10
        chain = gazetteer.lineage(s, V, "01020101")
    assert [p.name_en for p in chain] == ["Banteay Meanchey", "Mangkul Bourei",
                                          "Banteay Neang", "Ou Thum"]
    assert chain[-1].name(local=True) == "អូរធំ"


def test_find_village_by_part_of_khmer_or_english_name(db):
    with db.session() as s:
        english = gazetteer.find_villages(s, V, "OU THU")
        khmer = gazetteer.find_villages(s, V, "អូរធំ")
    assert "01020101" in {p.code for p in english}
    assert "01020101" in {p.code for p in khmer}
    assert all(p.level == gazetteer.VILLAGE for p in english + khmer)


def test_repeated_official_codes_stay_selectable(db):
    with db.session() as s:
        first = gazetteer.get_place(s, V, "02140401")
        second = gazetteer.get_place(s, V, "02140401@021405")
    assert (first.parent_code, first.name_en) == ("021404", "Mukh Rea Pir")
    assert (second.parent_code, second.name_en) == ("021405", "Kaoh Thum")
