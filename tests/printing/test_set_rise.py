"""reportlab's setRise fault, corrected in `riskedu.printing.reportlab_fix`: Khmer glyphs
must sit where HarfBuzz puts them, not stay lowered after a below-base mark."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfgen.canvas import Canvas

from riskedu.printing import reportlab_fix
from riskedu.printing.fonts import register_fonts
from riskedu.printing.text import draw_text, shaped_runs

TRAINING = "បណ្តុះបណ្តាល ផ្ទុះ"  # "training", "explode": coeng ligatures lowered by HarfBuzz
SIZE = 20


@pytest.fixture
def without_fix():
    reportlab_fix.remove()
    shaped_runs.cache_clear()
    yield
    reportlab_fix.apply()


def _rises_of_glyphs(text: str) -> list[float]:
    """The text rise in force for each glyph shown, read from the PDF's content stream."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    draw_text(canvas, 50, 700, text, SIZE)
    canvas.save()
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    rise, rises = 0.0, []
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"Ts":
            rise = float(operands[0])
        elif operator == b"Tj":
            rises += [rise] * len(operands[0])
        elif operator == b"TJ":
            rises += [rise] * sum(len(item) for item in operands[0]
                                  if isinstance(item, (bytes, str)))
    return rises


def _harfbuzz_rises(text: str) -> list[float]:
    rises = []
    for run in shaped_runs(text, SIZE):
        data = getattr(run.text, "__shapeData__", None)
        rises += [round(SIZE * g.y_offset / 1000, 6) for g in data] if data else [0.0] * len(
            run.text)
    return rises


def test_glyphs_are_raised_and_lowered_exactly_as_harfbuzz_positions_them():
    expected = _harfbuzz_rises(TRAINING)
    assert any(expected) and expected[-1] == 0  # the text has lowered marks, and ends on base
    assert [round(r, 6) for r in _rises_of_glyphs(TRAINING)] == expected


def test_without_the_fix_glyphs_after_a_lowered_mark_stay_lowered(without_fix):
    """The fault the fix corrects is real in this reportlab: the comparison above fails."""
    drawn = [round(r, 6) for r in _rises_of_glyphs(TRAINING)]
    assert drawn != _harfbuzz_rises(TRAINING)
    assert drawn[-1] != 0  # the last base consonant is drawn below the line


def test_set_rise_records_a_rise_that_replaces_the_previous_operator():
    canvas = Canvas(io.BytesIO())
    text = canvas.beginText(0, 100)
    text.setRise(-3)
    text.setRise(-5)  # merged into the previous Ts operator
    assert text._rise == -5 and text._code[-1] == "-5 Ts"
    text.setRise(0)
    assert text._rise == 0 and text._y == 100
