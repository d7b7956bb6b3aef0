"""PITFALLS.md: PySide6 6.12.0 on Python 3.11 takes a reference from None on every Qt call
that returns nothing, and the process aborts after a few thousand. This must stay clean."""

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_returning_nothing_leave_the_refcount_of_none_alone(qapp):
    label = QLabel()
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("a")
    after = sys.getrefcount(None)
    assert abs(after - before) < 50, f"refcount of None moved by {after - before}"
