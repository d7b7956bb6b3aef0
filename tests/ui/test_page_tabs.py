"""Tab pages built on first visit: the main window opens without building Materials, Sync
and Conflicts, builds each when shown (or asked for), and works either way."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from riskedu.ui.conflicts_page import ConflictsPage
from riskedu.ui.materials_page import MaterialsPage
from riskedu.ui.page_tabs import PageTabs
from riskedu.ui.sync_page import SyncPage

from ui_helpers import saved_session

ALT = Qt.KeyboardModifier.AltModifier


def test_a_page_is_built_once_on_first_visit_and_keeps_its_tab(qtbot):
    tabs = PageTabs()
    qtbot.addWidget(tabs)
    built: list[str] = []

    def build(name: str):
        def make():
            built.append(name)
            return QLabel(name)
        return make

    tabs.addTab(QLabel("home"), "&1 Home")
    assert tabs.add_page("a", build("a")) == 1
    assert tabs.add_page("b", build("b")) == 2
    tabs.setTabText(1, "&2 A")
    tabs.setTabText(2, "&3 B")
    changes: list[int] = []
    tabs.currentChanged.connect(changes.append)
    assert built == [] and tabs.built("a") is None
    tabs.setCurrentIndex(2)
    assert built == ["b"]
    page = tabs.built("b")
    assert isinstance(page, QLabel) and page.text() == "b"
    assert tabs.currentWidget() is page and tabs.currentIndex() == 2
    assert tabs.tabText(2) == "&3 B" and changes == [2]  # the swap is not a change
    assert tabs.page("a").text() == "a" and tabs.currentIndex() == 2  # built, not shown
    tabs.setCurrentIndex(1)
    tabs.setCurrentIndex(2)
    assert built == ["b", "a"] and tabs.page("b") is page
    assert [tabs.tabText(i) for i in range(3)] == ["&1 Home", "&2 A", "&3 B"]


def test_the_main_window_opens_without_its_pages_and_builds_them_when_visited(
        window, db, qtbot):
    for key in ("materials", "sync", "conflicts"):
        assert window.pages.built(key) is None
    saved_session(db)
    window.refresh_totals()  # marks stale only what was built
    window.records_arrived()
    assert window.pages.built("materials") is None and window.pages.built("conflicts") is None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_3, ALT)
    sync = window.pages.built("sync")
    assert isinstance(sync, SyncPage) and window.pages.currentWidget() is sync
    assert window.pages.tabText(2) == "&3 Sync"
    assert window.pages.built("materials") is None
    qtbot.keyClick(window, Qt.Key.Key_4, ALT)
    assert isinstance(window.pages.currentWidget(), ConflictsPage)
    assert window.conflicts_page is window.pages.built("conflicts")
    assert isinstance(window.materials_page, MaterialsPage)  # asked for: built, not shown
    assert window.pages.currentWidget() is window.conflicts_page


def test_an_import_seen_on_a_built_page_reaches_the_list(window, qtbot):
    sync = window.sync_page
    reloads: list[bool] = []
    window.model.loaded.connect(lambda: reloads.append(True))
    sync.imported.emit()  # connected when the page was built
    qtbot.waitUntil(lambda: bool(reloads), timeout=5000)
