"""Thai, Burmese and Vietnamese documents: names, places and labels in their scripts, drawn
in the right embedded fonts and read back by poppler as the exact Unicode typed."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest
from pdf_reading import fonts_of, page_count, text_of
from printing_data import roster_session

from riskedu.printing.api import (
    PeriodFilter,
    PrintOptions,
    print_certificates,
    print_period_summary,
    print_session_summary,
)
from riskedu.printing.strings import Words

# Names and places chosen for what breaks: Thai marks stacked over vowels (น้ำ, ผู้),
# Burmese medials ya, ra, wa, ha alone and combined (ကျော်, မြင့်, မွေ့, ရွှေ, လှိုင်),
# Vietnamese letters with two diacritics (ễ, ườ, ố, ặ, ấ), typed composed and decomposed.
SCRIPTS = {
    "th": dict(names=("สมชาย ใจดี", "น้ำฝน ศรีสุข", "ผู้ใหญ่ บุญเลิศ"),
               place="บ้านน้ำขุ่น", hazard="ทุ่งนาข้างวัดป่า", font="NotoSansThai-Regular"),
    "my": dict(names=("မောင်ကျော်မြင့်", "ဒေါ်ခင်မွေ့", "ဦးထွန်းလှိုင်"),
               place="ရွှေကျင်ရွာ", hazard="ဘုန်းကြီးကျောင်း မြောက်ဘက် လယ်ကွင်း",
               font="NotoSansMyanmar-Regular"),
    "vi": dict(names=("Nguyễn Thị Hường", "Trần Quốc Tuấn",
                      unicodedata.normalize("NFD", "Đặng Thị Ngọc Ánh")),
               place="Thôn Cồn Tiên", hazard="Ruộng lúa phía bắc chùa",
               font="NotoSans-Regular"),
}
YEAR = PeriodFilter(date(2026, 1, 1), date(2026, 12, 31))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _session(db, lang: str) -> str:
    data = SCRIPTS[lang]
    _, code = roster_session(db, names=data["names"], place_text=data["place"],
                             hazard_place=data["hazard"], with_material=False)
    return code


def _font_names(pdf) -> set[str]:
    fonts = fonts_of(pdf)
    assert fonts and all(f["embedded"] for f in fonts)
    assert all(re.fullmatch(r"[A-Z]{6}\+.+", f["name"].lstrip("/")) for f in fonts)  # subsets
    return {f["name"].split("+")[1] for f in fonts}


def _translated(lang: str, english: str) -> str:
    text = Words(lang).translate("print", english)
    assert text != english, f"no {lang} translation of {english!r}"
    return text


@pytest.mark.parametrize("lang", SCRIPTS)
def test_certificates_carry_exact_names_place_and_labels(db, tmp_path, lang):
    data = SCRIPTS[lang]
    code = _session(db, lang)
    result = print_certificates(db, code, tmp_path / "c.pdf", PrintOptions(language=lang))
    assert result.pages == page_count(result.path) == len(data["names"])
    title = _translated(lang, "Certificate of participation")
    for page, name in enumerate(data["names"], start=1):
        text = _flat(text_of(result.path, page))
        assert name in text, (name, text)
        assert data["place"] in text and title in text
        assert f"{code}-{page:03d}" in text
    assert data["font"] in _font_names(result.path)


@pytest.mark.parametrize("lang", SCRIPTS)
def test_session_summary_carries_exact_place_report_and_labels(db, tmp_path, lang):
    data = SCRIPTS[lang]
    code = _session(db, lang)
    result = print_session_summary(db, code, tmp_path / "s.pdf", PrintOptions(language=lang))
    assert result.pages == page_count(result.path) == 1
    text = _flat(text_of(result.path))
    for expected in (data["place"], data["hazard"], code, _translated(lang, "Session summary"),
                     _translated(lang, "Girls"), _translated(lang, "Hazard reports raised")):
        assert expected in text, (expected, text)
    assert data["font"] in _font_names(result.path)


@pytest.mark.both_backends
def test_period_summary_in_burmese_lists_the_burmese_hazard_place(db, tmp_path):
    _session(db, "my")
    result = print_period_summary(db, YEAR, tmp_path / "p.pdf", PrintOptions(language="my"))
    text = _flat(text_of(result.path))
    for expected in (SCRIPTS["my"]["hazard"], _translated("my", "Summary of sessions"),
                     _translated("my", "Hazard reports received"), "Banteay Meanchey"):
        assert expected in text, expected
    assert "NotoSansMyanmar-Regular" in _font_names(result.path)
