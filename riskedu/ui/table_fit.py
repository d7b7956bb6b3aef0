"""Tables fitted to the window language's font: row height, column widths, and a
stretching column that never gets narrower than its header."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView


def _header_text_width(header: QHeaderView, column: int) -> int:
    """How wide a column must be for its header text (and sort mark) to show whole."""
    style, metrics = header.style(), header.fontMetrics()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    text = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
    width = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)
    return width + 2 * margin + (mark + margin if header.isSortIndicatorShown() else 0) + 4


class StretchKeeper(QObject):
    """Keeps a table's stretching column at least as wide as its header: it stretches while
    the other columns leave it room, else it takes the width it needs and the table
    scrolls sideways (so a long translation is never cut)."""

    def __init__(self, view: QTableView, column: int):
        super().__init__(view)
        self.view, self.column = view, column
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._section_resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.column:
            self.update()

    def update(self) -> None:
        header = self.view.horizontalHeader()
        needed = _header_text_width(header, self.column)
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.column and not header.isSectionHidden(c))
        fits = self.view.viewport().width() - others >= needed
        mode = QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(self.column) != mode:
            header.setSectionResizeMode(self.column, mode)
        if not fits and header.sectionSize(self.column) < needed:
            header.resizeSection(self.column, needed)


def fit_to_font(view: QTableView, samples: dict[int, str] | None = None,
                stretch: int | None = None) -> None:
    """Fit a table to its font after a language change: rows tall enough for stacked
    marks (Khmer subscripts, Myanmar medials), columns as wide as their header text and
    any `samples` text ({column: typical value}); a column is never narrowed. The
    `stretch` column fills the rest of the width but never gets narrower than its header."""
    metrics = view.fontMetrics()
    view.verticalHeader().setDefaultSectionSize(max(24, metrics.height() + 8))
    header = view.horizontalHeader()
    if view.model() is None:
        return
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in range(header.count()):
        if column == stretch or header.sectionResizeMode(
                column) != QHeaderView.ResizeMode.Interactive:
            continue
        needed = _header_text_width(header, column)
        if samples and column in samples:
            needed = max(needed, metrics.horizontalAdvance(samples[column]) + 2 * margin + 8)
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)
    if stretch is not None:
        keeper = view.findChild(StretchKeeper) or StretchKeeper(view, stretch)
        keeper.update()


class FirstPaint(QObject):
    """Runs a fit once, just after a table's first paint, so a window shows at once."""

    def __init__(self, view: QTableView, fit: Callable[[], None]):
        super().__init__(view)
        self.fit = fit
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.run)
        return False

    def run(self) -> None:
        if self.parent() is not None:  # not already run by `fit_after_first_paint`
            self.setParent(None)
            self.deleteLater()
            self.fit()


def fit_after_first_paint(view: QTableView, samples: Callable[[], dict[int, str]],
                          stretch: int | None = None) -> None:
    """`fit_to_font` now when the table is on screen, else right after its first paint
    (the last call's samples win)."""
    pending = view.findChild(FirstPaint)
    if view.viewport().isVisible():
        if pending is not None:
            pending.setParent(None)
            pending.deleteLater()
        fit_to_font(view, samples(), stretch)
    elif pending is not None:
        pending.fit = lambda: fit_to_font(view, samples(), stretch)
    else:
        FirstPaint(view, lambda: fit_to_font(view, samples(), stretch))


def fit_pending(view: QTableView) -> bool:
    """Whether a fit waits for the table's first paint."""
    return view.findChild(FirstPaint) is not None
