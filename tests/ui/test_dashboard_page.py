"""The Dashboard page on the hand-computed headquarters data (tests/dashboard_data.py):
figures follow the filters, and a click on a bar or a tile lists exactly the sessions
behind it, from which a session opens in the editor."""

from dashboard_data import add_radio_broadcast, build_hq_data
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from riskedu.ui.text import combo_code


def open_dashboard(window, qtbot):
    page = window.pages.page("dashboard")
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        window.pages.setCurrentWidget(page)
    return page


def tile_number(page, key: str) -> str:
    return page.tiles[key].text().split("\n")[0]


def refreshed_after(page, qtbot, change):
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        change()


def click_bar(qtbot, chart, index: int, set_index: int = 0):
    position = chart.bar_position(index, set_index)
    with qtbot.waitSignal(chart.bar_clicked, timeout=2000) as clicked:
        QTest.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, position)
    return clicked.args


def listed(page, qtbot, data) -> set[str]:
    drill = page.drill
    qtbot.waitUntil(lambda: drill.count is not None and not drill.busy, timeout=10_000)
    ids = [drill.model.row_at(r).id for r in range(drill.model.rowCount())]
    assert drill.count == len(ids)
    return data.codes(ids)


def test_figures_follow_the_filters(window, qtbot, db):
    data = build_hq_data(db)
    page = open_dashboard(window, qtbot)
    assert [tile_number(page, k) for k in page.tiles] == ["6", "83", "1", "3", "4"]
    assert page.charts["month"].tip_labels == ["Sep 2026", "Oct 2026", "Nov 2026"]
    assert page.charts["province"].series.barSets()[0].count() == 2
    bars = page.filters
    team = bars.team.findData(data.team_mag)
    refreshed_after(page, qtbot, lambda: bars.team.setCurrentIndex(team))
    assert [tile_number(page, k) for k in page.tiles] == ["1", "10", "0", "2", "1"]
    refreshed_after(page, qtbot, lambda: bars.team.setCurrentIndex(0))
    refreshed_after(page, qtbot, lambda: bars.province.setCurrentIndex(
        bars.province.findData("01")))
    assert [tile_number(page, k) for k in page.tiles] == ["3", "38", "1", "1", "3"]
    assert combo_code(bars.province) == "01" and bars.district.isEnabled()
    sessions = page.measure.findData("sessions")
    page.measure.setCurrentIndex(sessions)  # redraws from the figures already read
    assert [page.charts["method"].series.barSets()[0].at(i) for i in range(3)] == [1, 1, 1]


def test_the_category_keeps_people_reached_by_media_apart(window, qtbot, db):
    data = build_hq_data(db)
    add_radio_broadcast(db, data)
    page = open_dashboard(window, qtbot)
    assert [tile_number(page, k) for k in page.tiles] == ["7", "833", "1", "3", "4"]
    people = page.tiles["people"]
    assert people.text().split("\n")[1:] == ["Beneficiaries", "of which indirect (media): 750"]
    assert people.toolTip().endswith("Indirect (media) 750 · Direct 83")
    bars = page.filters
    assert [bars.category.itemText(i) for i in range(bars.category.count())] == \
        ["All categories", "Direct", "Indirect (media)", "Training"]
    page.activateWindow()
    QTest.keyClick(page, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Cate&gory
    assert bars.category.hasFocus()
    refreshed_after(page, qtbot, lambda: QTest.keyClick(bars.category, Qt.Key.Key_Down))
    assert combo_code(bars.category) == "direct"
    assert [tile_number(page, k) for k in page.tiles] == ["6", "83", "1", "3", "4"]
    assert people.text().split("\n")[1:] == ["Beneficiaries"]
    refreshed_after(page, qtbot, lambda: QTest.keyClick(bars.category, Qt.Key.Key_Down))
    assert [tile_number(page, k) for k in page.tiles] == ["1", "750", "0", "0", "0"]
    click_bar(qtbot, page.charts["province"], 0)
    assert listed(page, qtbot, data) == {"radio"}


def test_clicking_a_bar_lists_exactly_its_sessions_and_opens_one(window, qtbot, db):
    data = build_hq_data(db)
    page = open_dashboard(window, qtbot)
    province = page.charts["province"]
    top = province.keys.index("02")  # bars are kept bottom-up; find Battambang's
    assert click_bar(qtbot, province, top) == ["province", "02"]
    assert listed(page, qtbot, data) == {"s3", "s4", "s7"}
    assert "Battambang" in page.drill.heading.text()
    month = page.charts["month"]
    assert click_bar(qtbot, month, 0) == ["month", "2026-09"]
    assert listed(page, qtbot, data) == {"s1", "s2"}
    page.drill.view.setFocus()
    page.drill.view.setCurrentIndex(page.drill.model.index(0, 0))
    QTest.keyClick(page.drill.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5000)
    assert window.editor.collect()[0].id == data.ids["s2"]  # newest first: 20 September


def test_the_pyramid_and_the_tiles_drill_down_too(window, qtbot, db):
    data = build_hq_data(db)
    page = open_dashboard(window, qtbot)
    pyramid = page.pyramid
    band = pyramid.band_codes.index("0_5")
    assert click_bar(qtbot, pyramid, band, 0) == ["sex_age", "female_0_5"]
    assert listed(page, qtbot, data) == {"s2"}
    assert click_bar(qtbot, pyramid, pyramid.band_codes.index("18_49"), 1) == \
        ["sex_age", "male_18_49"]
    assert listed(page, qtbot, data) == {"s3", "s6", "s7"}
    qtbot.mouseClick(page.tiles["hazard_reports"], Qt.MouseButton.LeftButton)
    assert listed(page, qtbot, data) == {"s1", "s2", "s4"}
    qtbot.mouseClick(page.tiles["disability_male"], Qt.MouseButton.LeftButton)
    assert listed(page, qtbot, data) == {"s2", "s4"}
