"""A layout that lines its items up left to right and wraps onto a new row when the next
one does not fit, like words in a paragraph. Rows of filters stay on one line in English
and wrap in languages whose labels are longer, instead of pushing the window wider than
the screen. The last item of a row may stretch to fill the row (a search box)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items in rows that wrap; `stretch_last` widens the last item of each row."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8, row_spacing: int = 4,
                 stretch_last: bool = True):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing, self._row_spacing, self._stretch_last = spacing, row_spacing, stretch_last
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """One row holding everything."""
        width = sum(item.sizeHint().width() for item in self._visible())
        width += self._spacing * max(0, len(self._visible()) - 1)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest single item (then one item per row)."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + self._margin_size()

    def _margin_size(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            needed = item.sizeHint().width()
            if rows[-1] and used + self._spacing + needed > width:
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + needed
            rows[-1].append(item)
        return [row for row in rows if row]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Place the items in `rect` (when `apply`); returns the height they take."""
        inner = rect.marginsRemoved(self.contentsMargins())
        y = inner.y()
        for row in self._rows(inner.width()):
            height = max(item.sizeHint().height() for item in row)
            x = inner.x()
            for position, item in enumerate(row):
                width = min(item.sizeHint().width(), inner.right() + 1 - x)
                if self._stretch_last and position == len(row) - 1:
                    width = inner.right() + 1 - x
                width = max(width, item.minimumSize().width())
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + self._spacing
            y += height + self._row_spacing
        margins = self.contentsMargins()
        return y - self._row_spacing - inner.y() + margins.top() + margins.bottom()
