"""Session summary, period summary and handouts from real data, read back as text; the
summaries, which query the data, from SQLite and from PostgreSQL."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pdf_reading import fonts_of, page_count, text_of
from printing_data import roster_session
from pypdf import PdfReader

from riskedu.core.print_details import (
    PrintDetails,
    PrintDetailsRefused,
    load_print_details,
    save_print_details,
    with_logo,
)
from riskedu.printing.api import (
    PeriodFilter,
    PrintError,
    PrintOptions,
    print_certificates,
    print_handout,
    print_period_summary,
    print_session_summary,
)

from material_factories import add_material, store_of
from material_files import good_pdf, good_png

YEAR = PeriodFilter(date(2026, 1, 1), date(2026, 12, 31))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.both_backends
def test_session_summary_in_khmer_is_one_page_with_places_counts_and_reports(db, tmp_path):
    _, code = roster_session(db)
    result = print_session_summary(db, code, tmp_path / "s.pdf", PrintOptions(language="km"))
    text = _flat(text_of(result.path))
    assert result.pages == page_count(result.path) == 1
    for expected in ("សេចក្តីសង្ខេបវគ្គ", "អូរធំ", "បន្ទាយមានជ័យ", code,
                     "ចម្ការស្វាយ ខាងជើងវត្ត", "Mortar shell in a rice field", "CMAC",
                     "Leaflet: if you find a mine", "មេភូមិ"):
        assert expected in text, expected
    rows = _flat(text_of(result.path, layout=True))
    assert "12 9 7 4 1 0 20" in rows  # girls, boys, women, men, disability by sex, first-time
    assert all(f["embedded"] for f in fonts_of(result.path))


@pytest.mark.both_backends
def test_session_summary_in_english(db, tmp_path):
    _, code = roster_session(db)
    text = _flat(text_of(print_session_summary(db, code, tmp_path / "s.pdf").path, layout=True))
    for expected in ("Session summary", "Ou Thum", "Banteay Meanchey", "Interactive group",
                     "Unexploded ordnance", "Total 19 13 32", "Page 1 of 1"):
        assert expected in text, expected


@pytest.mark.both_backends
def test_period_summary_has_totals_tables_page_numbers_and_generated_line(db, tmp_path):
    roster_session(db)
    roster_session(db, with_material=False)
    result = print_period_summary(db, YEAR, tmp_path / "p.pdf")
    text = _flat(text_of(result.path, layout=True))
    assert result.pages == page_count(result.path) >= 1
    assert "Summary of sessions" in text and "2026-01-01 to 2026-12-31" in text
    assert re.search(r"Banteay Meanchey 2 24 18 14 8 64", text)
    assert f"Page {result.pages} of {result.pages}" in text
    assert "Generated on" in text and "Unexploded ordnance" in text


@pytest.mark.both_backends
def test_period_summary_of_a_province_in_khmer_lists_its_districts(db, tmp_path):
    roster_session(db)
    period = PeriodFilter(date(2026, 1, 1), date(2026, 12, 31), province_code="01")
    result = print_period_summary(db, period, tmp_path / "p.pdf", PrintOptions(language="km"))
    text = _flat(text_of(result.path))
    assert "តាមស្រុក" in text and "មង្គលបូរី" in text


@pytest.mark.both_backends
def test_an_empty_period_still_prints_and_a_reversed_one_is_refused(db, tmp_path):
    empty = print_period_summary(db, PeriodFilter(date(2020, 1, 1), date(2020, 1, 2)),
                                 tmp_path / "p.pdf")
    assert "Sessions" in text_of(empty.path)
    with pytest.raises(PrintError, match="Swap the dates"):
        print_period_summary(db, PeriodFilter(date(2026, 2, 1), date(2026, 1, 1)),
                             tmp_path / "q.pdf")


def test_standard_safety_sheet_in_khmer_and_lao(db, tmp_path):
    khmer = print_handout(db, None, 3, tmp_path / "km.pdf", PrintOptions(language="km"))
    assert khmer.pages == page_count(khmer.path) == 3
    assert "សារសុវត្ថិភាព" in _flat(text_of(khmer.path, 3))
    lao = print_handout(db, None, 1, tmp_path / "lo.pdf", PrintOptions(language="lo"))
    assert "ຂໍ້ຄວາມຄວາມປອດໄພ" in _flat(text_of(lao.path))


def test_a_material_s_picture_and_pdf_pages_are_printed_n_times(db, tmp_path):
    picture = add_material(db, "Poster", file_sha256="", type="poster")
    with db.transaction() as session:
        from riskedu.core.db.material_models import Material
        stored = store_of(db).add(good_png(tmp_path))
        record = session.get(Material, picture)
        record.file_sha256, record.file_type = stored.sha256, stored.media_type
    assert print_handout(db, picture, 4, tmp_path / "h.pdf").pages == 4
    leaflet = add_material(db, "Leaflet")
    with db.transaction() as session:
        source = good_pdf(tmp_path)
        stored = store_of(db).add(source)
        record = session.get(Material, leaflet)
        record.file_sha256, record.file_type = stored.sha256, stored.media_type
    result = print_handout(db, leaflet, 2, tmp_path / "l.pdf")
    assert result.pages == page_count(result.path) == 2 * page_count(source)


def test_a_material_without_a_file_or_bad_copies_is_refused(db, tmp_path):
    material = add_material(db, "Leaflet")
    with pytest.raises(PrintError, match="no file to print"):
        print_handout(db, material, 1, tmp_path / "h.pdf")
    with pytest.raises(PrintError, match="from 1 to 1000"):
        print_handout(db, None, 0, tmp_path / "h.pdf")
    assert not (tmp_path / "h.pdf").exists()


def test_print_details_are_saved_once_and_printed(db, tmp_path):
    assert load_print_details(db).organisation_name("km") == "HALO Trust"
    details = with_logo(db, PrintDetails(organisation_names={"en": "HALO Trust Cambodia",
                                                             "km": "ហាឡូ ត្រាស់ កម្ពុជា"},
                                         signatory_name="Chea Dara",
                                         signatory_title="Programme manager"),
                        good_png(tmp_path, "logo.png"))
    save_print_details(db, details)
    loaded = load_print_details(db)
    assert loaded.organisation_name("km") == "ហាឡូ ត្រាស់ កម្ពុជា"
    assert loaded.organisation_name("lo") == "HALO Trust Cambodia"
    assert loaded.logo_path(db).is_file()
    _, code = roster_session(db, names=("សុខ ចាន់ធា",), with_material=False)
    result = print_certificates(db, code, tmp_path / "c.pdf", PrintOptions(language="km"))
    text = _flat(text_of(result.path))
    assert "ហាឡូ ត្រាស់ កម្ពុជា" in text and "Chea Dara" in text
    objects = PdfReader(str(result.path)).pages[0]["/Resources"]["/XObject"].values()
    assert [o.get_object()["/Subtype"] for o in objects] == ["/Image"]  # the logo


def test_too_long_details_and_a_pdf_logo_are_refused(db, tmp_path):
    from riskedu.core.file_content import FileRefused

    with pytest.raises(PrintDetailsRefused, match="longer than 200"):
        save_print_details(db, PrintDetails(signatory_name="x" * 201))
    with pytest.raises(FileRefused, match="not a picture"):
        with_logo(db, PrintDetails(), good_pdf(tmp_path))
