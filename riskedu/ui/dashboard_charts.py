"""The dashboard's charts (QtCharts): clickable bars and a sex × age pyramid.

Value axes are `QCategoryAxis` with labels we format ourselves, so numbers follow the
window's locale (digits and grouping), which QValueAxis's printf format cannot do.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
)
from PySide6.QtCore import QMargins, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from riskedu.ui.text import format_count

BAR_COLOUR = QColor("#2f6f9f")
ROW_HEIGHT = 26  # pixels per horizontal bar, room for Khmer labels' stacked marks
FEMALE_COLOUR, MALE_COLOUR = QColor("#c0504d"), QColor("#4f81bd")


@dataclass(frozen=True)
class BarItem:
    """One bar: the figure key it drills into, its label and its value."""

    key: str
    label: str
    value: int


def nice_step(largest: int, ticks: int = 4) -> int:
    """A round step (1, 2 or 5 × 10^n) giving about `ticks` steps up to `largest`."""
    if largest <= ticks:
        return 1
    raw = largest / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def count_axis(largest: int, *, mirrored: bool = False) -> QCategoryAxis:
    """A value axis from 0 (or -top when mirrored) to a round top, labelled in the locale."""
    step = nice_step(largest)
    top = max(step, math.ceil(largest / step) * step)
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(-top if mirrored else 0, top)
    axis.setTruncateLabels(False)
    if mirrored:  # labels must be unique: the left side's carry a trailing space
        for value in range(top, 0, -step):
            axis.append(format_count(value) + " ", -value)
    for value in range(0, top + 1, step):
        axis.append(format_count(value), value)
    axis.setGridLineVisible(True)
    return axis


def _category_axis(labels: list[str]) -> QCategoryAxis:
    """Bars at 0..n-1, each label centred on its bar."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(-0.5, len(labels) - 0.5)
    axis.setTruncateLabels(False)
    axis.setGridLineVisible(False)
    for index, label in enumerate(labels):
        if label:
            axis.append(label, index)
    return axis


class ClickableChart(QChartView):
    """A chart whose bars say which figure they show: `bar_clicked(kind, key)`."""

    bar_clicked = Signal(str, str)

    def __init__(self, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.chart_ = QChart()
        self.chart_.legend().hide()
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        # Room on the right for half of the last value label, which is centred on the axis end.
        self.chart_.setMargins(QMargins(4, 4, 40, 4))
        self.chart_.setBackgroundRoundness(0)
        self.setChart(self.chart_)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.series: QAbstractBarSeries | None = None
        self.keys: list[str] = []

    def set_title(self, text: str) -> None:
        self.chart_.setTitle(text)

    def _reset(self) -> None:
        self.chart_.removeAllSeries()
        for axis in self.chart_.axes():
            self.chart_.removeAxis(axis)

    def _attach(self, series: QAbstractBarSeries, bars, values) -> None:
        series.setBarWidth(0.75)
        self.chart_.addSeries(series)
        self.series = series
        series.clicked.connect(self._clicked)
        series.hovered.connect(self._hovered)

    def _clicked(self, index: int, barset: QBarSet) -> None:
        key = self.key_of(index, barset)
        if key is not None:
            self.bar_clicked.emit(self.kind, key)

    def key_of(self, index: int, barset: QBarSet) -> str | None:
        return self.keys[index] if 0 <= index < len(self.keys) else None

    def _hovered(self, status: bool, index: int, barset: QBarSet) -> None:
        if status and 0 <= index < barset.count():
            QToolTip.showText(QCursor.pos(), self.tip(index, barset))
        else:
            QToolTip.hideText()

    def tip(self, index: int, barset: QBarSet) -> str:
        return f"{self.tip_labels[index]}: {format_count(int(abs(barset.at(index))))}"

    def bar_position(self, index: int, set_index: int = 0) -> QPoint:
        """Where bar `index` of set `set_index` is drawn, in view coordinates (for tests)."""
        barset = self.series.barSets()[set_index]
        value = barset.at(index) / 2
        horizontal = isinstance(self.series, (QHorizontalBarSeries, QHorizontalStackedBarSeries))
        point = QPointF(value, index) if horizontal else QPointF(index, value)
        scene = self.chart_.mapToScene(self.chart_.mapToPosition(point, self.series))
        return self.mapFromScene(scene)

    def show_bars(self, bars: list[BarItem], *, horizontal: bool,
                  axis_labels: list[str] | None = None) -> None:
        """One bar per item (top to bottom when horizontal); `axis_labels` default to
        the bars' labels (a time axis names only some bars)."""
        self._reset()
        if horizontal:  # every label needs a line of its own, or Qt hides every other one
            self.setMinimumHeight(max(220, ROW_HEIGHT * len(bars) + 110))
        self.keys = [bar.key for bar in bars]
        self.tip_labels = [bar.label for bar in bars]
        values = [bar.value for bar in bars]
        barset = QBarSet("")
        barset.setColor(BAR_COLOUR)
        barset.append(values if not horizontal else values[::-1])
        if horizontal:  # Qt draws the first bar at the bottom: reverse to read top-down
            self.keys.reverse()
            self.tip_labels.reverse()
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(barset)
        self._attach(series, bars, values)
        labels = axis_labels if axis_labels is not None else [b.label for b in bars]
        categories = _category_axis(labels[::-1] if horizontal else labels)
        counts = count_axis(max(values, default=0))
        self.chart_.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal
                            else Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(counts, Qt.AlignmentFlag.AlignBottom if horizontal
                            else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(counts)


class PyramidChart(ClickableChart):
    """Women and girls to the left, men and boys to the right, one row per age band."""

    def show_pyramid(self, bands: list[tuple[str, str]], female: list[int], male: list[int],
                     sex_labels: tuple[str, str]) -> None:
        """`bands`: (code, label) youngest first; drawn youngest at the bottom."""
        self._reset()
        self.band_codes = [code for code, _ in bands]
        self.tip_labels = [label for _, label in bands]
        sets = []
        for label, values, colour, sign in ((sex_labels[0], female, FEMALE_COLOUR, -1),
                                            (sex_labels[1], male, MALE_COLOUR, 1)):
            barset = QBarSet(label)
            barset.setColor(colour)
            barset.append([sign * v for v in values])
            sets.append(barset)
        self.female_set, self.male_set = sets
        series = QHorizontalStackedBarSeries()
        for barset in sets:
            series.append(barset)
        self._attach(series, bands, female + male)
        categories = _category_axis([label for _, label in bands])
        counts = count_axis(max(female + male, default=0), mirrored=True)
        self.chart_.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart_.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(counts)
        self.chart_.legend().show()
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def key_of(self, index: int, barset: QBarSet) -> str | None:
        if not 0 <= index < len(self.band_codes):
            return None
        sex = "female" if barset is self.female_set else "male"
        return f"{sex}_{self.band_codes[index]}"

    def tip(self, index: int, barset: QBarSet) -> str:
        return f"{barset.label()}, {self.tip_labels[index]}: " \
            f"{format_count(int(abs(barset.at(index))))}"
