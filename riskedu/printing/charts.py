"""Bar charts drawn with reportlab graphics; their labels drawn as shaped, searchable text.

reportlab's chart labels are plain `drawString` calls (no shaping, no ActualText), so
the charts are drawn without labels and every label is placed by `draw_text` at the
positions the chart's axes give.
"""

from __future__ import annotations

import math

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from riskedu.printing.fonts import LATIN
from riskedu.printing.page import Block
from riskedu.printing.text import draw_text, fitting_size

SERIES_COLOURS = (Color(0.80, 0.33, 0.35), Color(0.22, 0.43, 0.69), Color(0.4, 0.6, 0.4))
LABEL_ROOM = 34.0


def _nice_top(value: int) -> tuple[float, float]:
    """A round maximum of the value axis and its step (five steps)."""
    if value <= 0:
        return 5.0, 1.0
    step = 10 ** math.floor(math.log10(value / 5))
    for factor in (1, 2, 2.5, 5, 10):
        if value / (step * factor) <= 5:
            return step * factor * 5, step * factor
    return step * 50, step * 10


def bar_chart(categories: list[str], series: list[list[int]], legend: list[str],
              width: float, height: float) -> Block:
    """A grouped bar chart with its labels and legend, as one block."""
    top, step = _nice_top(max((max(s) for s in series if s), default=0))
    plot_h = height - LABEL_ROOM - 16

    def draw(canvas: Canvas, x: float, y: float) -> None:
        left, bottom, plot_w = x + 40, y - height + LABEL_ROOM, width - 48
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 40, LABEL_ROOM, plot_w, plot_h
        chart.data = [list(s) for s in series]
        chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
        chart.valueAxis.valueStep = step
        chart.valueAxis.labels.visible = 0
        chart.valueAxis.visibleGrid = 1
        chart.valueAxis.gridStrokeColor = Color(0.85, 0.85, 0.85)
        chart.categoryAxis.labels.visible = 0
        chart.categoryAxis.categoryNames = [""] * len(categories)
        # Hidden labels still set their font (Helvetica by default), which would put an
        # unembedded font in the PDF.
        for labels in (chart.valueAxis.labels, chart.categoryAxis.labels, chart.barLabels):
            labels.fontName = LATIN
        chart.barSpacing, chart.groupSpacing = 1, 6
        for index, colour in enumerate(SERIES_COLOURS[:len(series)]):
            chart.bars[index].fillColor = colour
            chart.bars[index].strokeColor = None
        drawing = Drawing(width, height, initialFontName=LATIN)  # no unembedded Helvetica
        drawing.add(chart)
        renderPDF.draw(drawing, canvas, x, y - height)
        _labels(canvas, categories, legend, top, step, left, bottom, plot_w, plot_h)
    return Block(height + 8, draw)


def _labels(canvas: Canvas, categories: list[str], legend: list[str], top: float,
            step: float, left: float, bottom: float, plot_w: float, plot_h: float) -> None:
    canvas.setFillColorRGB(0.3, 0.3, 0.3)
    value = 0.0
    while value <= top + 1e-9:
        draw_text(canvas, left - 4, bottom + plot_h * value / top - 2.5, f"{value:,.0f}", 7,
                  align="right")
        value += step
    slot = plot_w / max(1, len(categories))
    for index, name in enumerate(categories):
        centre = left + slot * (index + 0.5)
        size = fitting_size(name, 7.5, slot * 1.9 if len(categories) < 8 else 60)
        if len(categories) < 8:
            draw_text(canvas, centre, bottom - 11, name, size, align="center")
        else:  # many categories: labels slanted so long names do not overlap
            canvas.saveState()
            canvas.translate(centre + 2, bottom - 4)
            canvas.rotate(35)
            draw_text(canvas, 0, 0, name, size, align="right")
            canvas.restoreState()
    x = left
    for index, name in enumerate(legend):
        canvas.setFillColor(SERIES_COLOURS[index])
        canvas.rect(x, bottom + plot_h + 6, 8, 8, stroke=0, fill=1)
        canvas.setFillColorRGB(0.2, 0.2, 0.2)
        x += 12 + draw_text(canvas, x + 12, bottom + plot_h + 7, name, 8) + 14
    canvas.setFillColorRGB(0, 0, 0)
