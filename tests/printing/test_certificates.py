"""Certificates from a real session: one page each, exact names and villages as text,
fonts embedded as subsets, a QR code that decodes and verifies."""

from __future__ import annotations

import re

import pytest
from pdf_reading import fonts_of, page_count, qr_texts, text_of
from printing_data import KHMER_NAMES, LAO_NAMES, LAO_PLACE, roster_session

from riskedu.printing.api import (
    PrintCancelled,
    PrintError,
    PrintOptions,
    print_certificates,
)

KHMER_VILLAGE = "អូរធំ"  # village 01020101 in the 2025 gazetteer


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_one_page_per_person_with_exact_khmer_and_lao_names(db, tmp_path):
    _, code = roster_session(db)
    result = print_certificates(db, code, tmp_path / "c.pdf", PrintOptions(language="km"))
    assert result.pages == page_count(result.path) == len(KHMER_NAMES + LAO_NAMES)
    for page, name in enumerate(KHMER_NAMES + LAO_NAMES, start=1):
        text = _flat(text_of(result.path, page))
        assert name in text
        assert KHMER_VILLAGE in text
        assert "វិញ្ញាបនបត្រនៃការចូលរួម" in text  # the title, in Khmer
        assert f"{code}-{page:03d}" in text


def test_a_lao_place_outside_the_gazetteer_is_printed_as_written(db, tmp_path):
    _, code = roster_session(db, names=LAO_NAMES, place_text=LAO_PLACE, with_material=False)
    result = print_certificates(db, code, tmp_path / "c.pdf", PrintOptions(language="lo"))
    text = _flat(text_of(result.path))
    assert LAO_PLACE in text and all(name in text for name in LAO_NAMES)


def test_every_font_is_embedded_as_a_subset(db, tmp_path):
    _, code = roster_session(db)
    result = print_certificates(db, code, tmp_path / "c.pdf", PrintOptions(language="km"))
    fonts = fonts_of(result.path)
    # Lao appears only in the names, which are bold.
    assert {f["name"].split("+")[1] for f in fonts} >= {"NotoSansKhmer-Regular",
                                                        "NotoSans-Regular", "NotoSansLao-Bold"}
    assert all(f["embedded"] and re.match(r"^/?[A-Z]{6}\+", f["name"]) for f in fonts), fonts


@pytest.mark.parametrize("paper,landscape", [("A4", False), ("Letter", True)])
def test_paper_sizes_and_orientation(db, tmp_path, paper, landscape):
    from pypdf import PdfReader

    _, code = roster_session(db, names=KHMER_NAMES[:1], with_material=False)
    result = print_certificates(db, code, tmp_path / "c.pdf",
                                PrintOptions(page_size=paper, landscape=landscape))
    box = PdfReader(str(result.path)).pages[0].mediabox
    width, height = round(float(box.width)), round(float(box.height))
    expected = {"A4": (595, 842), "Letter": (612, 792)}[paper]
    assert (width, height) == (expected[::-1] if landscape else expected)
    assert qr_texts(result.path, 1)  # the code still fits and decodes


def test_a_session_without_a_roster_is_refused_with_a_message(db, tmp_path):
    _, code = roster_session(db, names=(), with_material=False)
    with pytest.raises(PrintError) as raised:
        print_certificates(db, code, tmp_path / "c.pdf")
    assert "roster" in str(raised.value.message)
    assert not (tmp_path / "c.pdf").exists()


def test_an_unknown_session_is_refused(db, tmp_path):
    with pytest.raises(PrintError, match="No session XYZ"):
        print_certificates(db, "XYZ", tmp_path / "c.pdf")


def test_cancelling_leaves_nothing_on_disk(db, tmp_path):
    _, code = roster_session(db)
    (tmp_path / "out").mkdir()
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 2

    with pytest.raises(PrintCancelled):
        print_certificates(db, code, tmp_path / "out" / "c.pdf", progress=progress)
    assert calls[-1] == (2, 5)
    assert list((tmp_path / "out").iterdir()) == []


def test_an_existing_file_is_replaced_whole(db, tmp_path):
    _, code = roster_session(db, names=KHMER_NAMES[:2], with_material=False)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "c.pdf"
    out.write_bytes(b"old")
    print_certificates(db, code, out)
    assert out.read_bytes().startswith(b"%PDF") and page_count(out) == 2
    assert [p.name for p in out.parent.iterdir()] == ["c.pdf"]


def test_bold_lines_are_set_in_real_bold_faces_not_stroked(db, tmp_path):
    """The title and name are drawn in the static bold instances of the Noto fonts; a
    stroked regular face (text render mode 2) fills the counters of Khmer letters."""
    from pypdf import PdfReader

    _, code = roster_session(db, names=KHMER_NAMES[:1] + LAO_NAMES[:1], with_material=False)
    result = print_certificates(db, code, tmp_path / "c.pdf", PrintOptions(language="km"))
    names = {f["name"].split("+")[1] for f in fonts_of(result.path)}
    assert {"NotoSansKhmer-Bold", "NotoSansLao-Bold", "NotoSansKhmer-Regular"} <= names
    content = PdfReader(str(result.path)).pages[0].get_contents().get_data()
    assert re.search(rb"\b[1-7] Tr\b", content) is None
