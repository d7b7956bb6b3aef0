"""What the main window leaves until after it shows: columns fitted to the font after the
first paint, and counts formatted once per locale (forgotten when the language changes)."""

from riskedu.ui.language_switch import apply_language
from riskedu.ui.main_window import MainWindow
from riskedu.ui.table_fit import _header_text_width, fit_pending
from riskedu.ui.text import format_count

from ui_helpers import close_quietly, wait_idle


def test_columns_are_fitted_after_the_first_paint(workspace, qtbot):
    window = MainWindow(workspace)
    try:
        assert fit_pending(window.view) and window.busy  # not yet: nothing painted
        window.show()
        wait_idle(qtbot, window)
        assert not fit_pending(window.view)
        header = window.view.horizontalHeader()
        for column in range(header.count()):
            assert header.sectionSize(column) >= _header_text_width(header, column)
        window.retranslate_ui()  # on screen: fitted at once
        assert not fit_pending(window.view)
    finally:
        close_quietly(window)


def test_counts_follow_the_language_switch(english_afterwards):
    assert format_count(12345) == "12,345"
    apply_language("my")  # Myanmar digits
    assert format_count(12345) == "၁၂,၃၄၅"
    apply_language("en")
    assert format_count(12345) == "12,345"
