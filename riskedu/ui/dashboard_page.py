"""The Dashboard page: headline figures and charts for a filter, each clickable down to the
sessions behind it. Figures are read off the GUI thread; the newest filter wins."""

from __future__ import annotations

import math

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.categories import AGE_BANDS, AUDIENCE, CATEGORY, METHOD, SEX
from riskedu.core.dashboard import Bar, Dashboard
from riskedu.core.dashboard_drill import Figure
from riskedu.ui.background import QueryRunner
from riskedu.ui.dashboard_access import DashboardAccess
from riskedu.ui.dashboard_charts import BarItem, ClickableChart, PyramidChart
from riskedu.ui.dashboard_filters import DashboardFilterBar
from riskedu.ui.drill_dialog import DrillDialog
from riskedu.ui.errors import describe_error
from riskedu.ui.languages import shows_local_names
from riskedu.ui.text import choice_label, format_count
from riskedu.ui.widgets import Retranslating
from riskedu.ui.workspace import Workspace

TILES = ("all", "people", "disability_female", "disability_male", "hazard_reports")


def month_label(key: str) -> str:
    year, month = (int(part) for part in key.split("-"))
    return QLocale().toString(QDate(year, month, 1), "MMM yyyy")


class DashboardPage(Retranslating, QWidget):
    """Figures of the filter bar's filter; `open_session(id)` asks the window to edit one."""

    open_session = Signal(str)
    refreshed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.version = workspace.profile.gazetteer_version
        self.access = DashboardAccess(workspace.db, self.version)
        self.runner = QueryRunner(self)
        self.figures: Dashboard | None = None
        self.drill: DrillDialog | None = None
        self.filters = DashboardFilterBar(workspace, self.access)
        self.measure, self.measure_label, self.state = QComboBox(), QLabel(), QLabel()
        self.measure_label.setBuddy(self.measure)
        self.tiles = {key: QPushButton() for key in TILES}
        self.charts = {"month": ClickableChart("month"), "province": ClickableChart("province"),
                       "method": ClickableChart("method"),
                       "audience": ClickableChart("audience")}
        self.pyramid = PyramidChart("sex_age")
        self._build()
        self.retranslate_ui()
        self.filters.changed.connect(self.refresh)
        self.measure.currentIndexChanged.connect(self._draw)
        for chart in (*self.charts.values(), self.pyramid):
            chart.bar_clicked.connect(self._bar_clicked)
        for key, tile in self.tiles.items():
            tile.clicked.connect(lambda _=False, k=key: self._tile_clicked(k))

    def _build(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(self.measure_label)
        tools.addWidget(self.measure)
        tools.addStretch(1)
        tools.addWidget(self.state)
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            tiles.addWidget(tile)
        grid = QGridLayout()
        grid.addWidget(self.charts["month"], 0, 0, 1, 2)
        grid.addWidget(self.charts["province"], 1, 0)
        grid.addWidget(self.pyramid, 1, 1)
        grid.addWidget(self.charts["method"], 2, 0)
        grid.addWidget(self.charts["audience"], 2, 1)
        self.pyramid.setMinimumHeight(420)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addLayout(tiles)
        inner.addLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.filters)
        layout.addLayout(tools)
        layout.addWidget(scroll, 1)

    def retranslate_ui(self) -> None:
        current = self.measure.currentIndex()
        self.measure_label.setText(self.tr("&Bars show:"))
        blocked = self.measure.blockSignals(True)
        self.measure.clear()
        self.measure.addItem(self.tr("Beneficiaries"), "people")
        self.measure.addItem(self.tr("Sessions"), "sessions")
        self.measure.setCurrentIndex(max(current, 0))
        self.measure.blockSignals(blocked)
        self._draw()

    # Reading -------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()  # records may have changed (edits, imports) since the last visit

    def refresh(self) -> None:
        flt = self.filters.current_filter()
        self.state.setText(self.tr("Updating…"))
        self.runner.submit("figures", lambda: self.access.figures(flt), self._loaded,
                           self._failed)

    def _loaded(self, figures: Dashboard) -> None:
        self.figures = figures
        self.state.setText("")
        self._draw()
        self.refreshed.emit()

    def _failed(self, error: BaseException) -> None:
        self.state.setText(describe_error(error))

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def shutdown(self) -> None:
        self.runner.shutdown()
        if self.drill is not None:
            self.drill.runner.shutdown()

    # Drawing -------------------------------------------------------------------------

    def _value(self, bar: Bar) -> int:
        return bar.sessions if self.measure.currentData() == "sessions" else bar.beneficiaries

    def label(self, kind: str, key: str) -> str:
        """The translated name of a bar (a month, a province, a method, an audience)."""
        if kind == "month":
            return month_label(key)
        if not key:
            return self.tr("Not recorded")
        if kind == "province":
            en, local = (self.figures.province_names if self.figures else {}).get(key, (key, key))
            return local if shows_local_names(self.version) and local else en
        return choice_label({"method": METHOD, "audience": AUDIENCE}[kind], key)

    def _draw(self) -> None:
        d = self.figures or Dashboard()
        self._draw_tiles(d)
        measure = self.measure.currentText()
        titles = {"month": self.tr("{measure} by month"),
                  "province": self.tr("{measure} by province"),
                  "method": self.tr("{measure} by method"),
                  "audience": self.tr("{measure} by primary audience")}
        for kind, chart in self.charts.items():
            bars = getattr(d, f"by_{kind}")
            items = [BarItem(b.key, self.label(kind, b.key), self._value(b)) for b in bars]
            chart.set_title(titles[kind].format(measure=measure))
            chart.show_bars(items, horizontal=kind != "month",
                            axis_labels=self._month_axis(items) if kind == "month" else None)
        bands = [(code, choice_label(AGE_BANDS, code)) for code in AGE_BANDS.codes]
        self.pyramid.set_title(self.tr("Beneficiaries by sex and age"))
        self.pyramid.show_pyramid(
            bands, [d.by_sex_age.get(f"female_{c}", 0) for c in AGE_BANDS.codes],
            [d.by_sex_age.get(f"male_{c}", 0) for c in AGE_BANDS.codes],
            (choice_label(SEX, "female"), choice_label(SEX, "male")))

    @staticmethod
    def _month_axis(items: list[BarItem]) -> list[str]:
        """Name at most about a dozen months (every 1, 2, 3, 6 or 12), the rest blank."""
        every = next((n for n in (1, 2, 3, 6, 12) if math.ceil(len(items) / n) <= 12), 12)
        return [item.label if (int(item.key[5:]) - 1) % every == 0 else "" for item in items]

    def _draw_tiles(self, d: Dashboard) -> None:
        texts = {
            "all": (self.tr("Sessions"), d.sessions),
            "people": (self.tr("Beneficiaries"), d.beneficiaries),
            "disability_female": (self.tr("Women and girls with disability"),
                                  d.disabled_female),
            "disability_male": (self.tr("Men and boys with disability"), d.disabled_male),
            "hazard_reports": (self.tr("Hazard reports received"), d.hazard_reports),
        }
        for key, (label, value) in texts.items():
            self.tiles[key].setText(f"{format_count(value)}\n{label}")
        people = {bar.key: bar.beneficiaries for bar in d.by_category}
        if people.get("indirect") and len(people) > 1:  # media reach beside people met
            self.tiles["people"].setText(self.tiles["people"].text() + "\n" + self.tr(
                "of which indirect (media): {n}").format(n=format_count(people["indirect"])))
        self._fit_tiles()
        by_category = " · ".join(f"{choice_label(CATEGORY, bar.key)} {format_count(n)}"
                                 for bar in d.by_category if (n := bar.beneficiaries))
        self.tiles["people"].setToolTip(
            self.tr("Girls {girls} · boys {boys} · women {women} · men {men}").format(
                girls=format_count(d.girls), boys=format_count(d.boys),
                women=format_count(d.women), men=format_count(d.men))
            + (f"\n{by_category}" if by_category else ""))

    def _fit_tiles(self) -> None:
        """Tiles as tall as their lines (a third when media reach is counted), all of one
        height. A button's own size hint falls a few pixels short of Khmer's stacked
        marks, so each line gets its font's height and some room."""
        lines = max(tile.text().count("\n") + 1 for tile in self.tiles.values())
        line = self.fontMetrics().height() + 3
        for tile in self.tiles.values():
            tile.setMinimumHeight(12 + lines * line)

    # Drilling down -------------------------------------------------------------------

    def _tile_clicked(self, key: str) -> None:
        figure = {"all": Figure("all"), "people": Figure("all"),
                  "disability_female": Figure("disability", "female"),
                  "disability_male": Figure("disability", "male"),
                  "hazard_reports": Figure("hazard_reports")}[key]
        self.drill_down(figure, self.tiles[key].text().split("\n")[1])

    def _bar_clicked(self, kind: str, key: str) -> None:
        if kind == "sex_age":
            sex, band = key.split("_", 1)
            what = f"{choice_label(SEX, sex)}, {choice_label(AGE_BANDS, band)}"
        else:
            what = f"{self.charts[kind].chart_.title()} › {self.label(kind, key)}"
        self.drill_down(Figure(kind, key), what)

    def drill_down(self, figure: Figure, what: str) -> DrillDialog:
        """Open the list of the sessions behind `figure` (under the current filter)."""
        if self.drill is not None:
            self.drill.close()
        self.drill = DrillDialog(self.access, self.filters.current_filter(), figure, what,
                                 self.version, self)
        self.drill.open_session.connect(self.open_session)
        self.drill.show()
        return self.drill
