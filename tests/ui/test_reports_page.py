"""The Reports page: last month by default, named periods, an area from the gazetteer, a
refused backwards period, and Generate → the period summary previewed from real data."""

from __future__ import annotations

import subprocess
from datetime import date

from PySide6.QtCore import QDate

from riskedu.ui import settings
from riskedu.ui.reports_page import (
    CUSTOM,
    LAST_3_MONTHS,
    LAST_MONTH,
    LAST_YEAR,
    THIS_MONTH,
    THIS_YEAR,
    ReportsPage,
    preset_range,
)

from ui_helpers import saved_session

TODAY = date(2026, 11, 27)


def page_on(qtbot, workspace, window=None) -> ReportsPage:
    page = ReportsPage(workspace, window, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def test_named_periods():
    assert preset_range(LAST_MONTH, TODAY) == (date(2026, 10, 1), date(2026, 10, 31))
    assert preset_range(THIS_MONTH, TODAY) == (date(2026, 11, 1), TODAY)
    assert preset_range(LAST_3_MONTHS, date(2026, 2, 10)) == (date(2025, 11, 1),
                                                              date(2026, 1, 31))
    assert preset_range(THIS_YEAR, TODAY) == (date(2026, 1, 1), TODAY)
    assert preset_range(LAST_YEAR, TODAY) == (date(2025, 1, 1), date(2025, 12, 31))
    assert preset_range(LAST_MONTH, date(2026, 1, 5)) == (date(2025, 12, 1), date(2025, 12, 31))


def test_last_month_and_the_whole_country_by_default(qtbot, workspace):
    page = page_on(qtbot, workspace)
    assert page.period() == (date(2026, 10, 1), date(2026, 10, 31))
    assert page.preset.currentData() == LAST_MONTH
    assert page.area.province.currentText() == "Whole country"
    assert page.area.province.count() == 26  # the country and Cambodia's 25 provinces
    assert not page.area.district.isEnabled()
    page.date_from.setDate(QDate(2026, 9, 15))
    assert page.preset.currentData() == CUSTOM  # a date typed by hand is no named period


def test_a_backwards_period_is_explained_and_nothing_runs(qtbot, workspace, window):
    page = page_on(qtbot, workspace, window)
    page.date_from.setDate(QDate(2026, 11, 20))
    page.date_to.setDate(QDate(2026, 11, 1))
    assert not page.generate()
    assert page.problem.isVisible()
    assert page.problem.text().startswith("The period starts (2026-11-20) after it ends "
                                          "(2026-11-01).")
    assert not window.print_runner.busy


def test_generate_previews_the_summary_of_the_area(qtbot, db, workspace, window, tmp_path):
    for day in (date(2026, 10, 3), date(2026, 10, 28), date(2026, 11, 2)):
        saved_session(db, session_date=day, report_date=day, final=True)
    page = window.pages.page("reports")
    page.today = TODAY
    page.set_preset(LAST_MONTH)
    page.area.set_area("01", "0102")
    page.language.setCurrentIndex(page.language.findData("en"))
    page.page_size.setCurrentIndex(page.page_size.findData("Letter"))
    with qtbot.waitSignal(window.print_runner.previewed, timeout=30_000) as signal:
        page.generate_button.click()
    preview = signal.args[0]
    assert preview.page_count >= 1
    assert preview.page_count_label.text() == f"of {preview.page_count}"
    assert page.area.area_text() in preview.windowTitle()
    text = subprocess.run(["pdftotext", "-layout", str(preview.path), "-"], check=True,
                          capture_output=True, text=True).stdout
    district = page.area.district.currentText()
    assert district in text and "2026-10-01" in text
    assert "By commune" in text and "By province" not in text  # the district reached it
    assert settings.PRINT_PAGE_SIZE.get() == "Letter"
    preview.reject()


def test_the_reports_tab_and_the_tools_menu(qtbot, window):
    assert window.pages.tabText(6) == "&7 Reports"
    assert window.pages.built("reports") is None  # built on first visit only
    window.printing.reports.trigger()
    assert isinstance(window.pages.currentWidget(), ReportsPage)
