"""The Checks page: incomplete sessions and probable duplicates of the headquarters data
(tests/dashboard_data.py), for a filter; activating one opens it in the editor."""

from dashboard_data import build_hq_data
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from riskedu.ui.checks_page import SessionRole


def open_checks(window, qtbot):
    page = window.pages.page("checks")
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        window.pages.setCurrentWidget(page)
    return page


def test_lists_what_to_fix_and_opens_it(window, qtbot, db):
    data = build_hq_data(db)
    page = open_checks(window, qtbot)
    assert page.incomplete.topLevelItemCount() == 1
    item = page.incomplete.topLevelItem(0)
    assert item.data(0, SessionRole) == data.ids["s6"]
    assert item.text(4) == "Choose a method. Choose the primary audience."
    assert item.text(2) == "Draft"
    assert page.duplicates.topLevelItemCount() == 1
    group = page.duplicates.topLevelItem(0)
    assert "Team 3" in group.text(0)
    members = [group.child(i) for i in range(group.childCount())]
    assert data.codes(m.data(0, SessionRole) for m in members) == {"s3", "s7"}
    assert sorted(m.text(2) for m in members) == ["15", "20"]
    assert "Unknown installation" in " ".join(m.text(3) for m in members)
    page.duplicates.setFocus()
    page.duplicates.setCurrentItem(members[1])
    QTest.keyClick(page.duplicates, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5000)
    assert window.editor.collect()[0].id == members[1].data(0, SessionRole)


def test_the_filter_narrows_the_checks(window, qtbot, db):
    data = build_hq_data(db)
    page = open_checks(window, qtbot)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.filters.organisation.setCurrentIndex(page.filters.organisation.findData(
            data.org_mag))
    assert page.incomplete.topLevelItemCount() == 0
    assert page.duplicates.topLevelItemCount() == 0
    assert page.incomplete_label.text().endswith(": 0")
    assert [page.filters.team.itemData(i) for i in range(page.filters.team.count())] == \
        ["", data.team_mag]
