"""Tab pages built on first visit, so the main window opens without building them all."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget


class PageTabs(QTabWidget):
    """A tab widget whose registered pages are built when first shown or asked for."""

    page_built = Signal(str, QWidget)  # key, the page just built

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        self.currentChanged.connect(self._visited)

    def add_page(self, key: str, build: Callable[[], QWidget]) -> int:
        """Add a tab for page `key`; `build()` makes its widget on first visit."""
        if key in self._builders:
            raise ValueError(f"page {key!r} added twice")
        placeholder = QWidget()  # light: no layout, no children
        self._builders[key] = build
        self._placeholders[key] = placeholder
        return self.addTab(placeholder, "")

    def page(self, key: str) -> QWidget:
        """The page `key`, built now if it was not yet."""
        built = self._pages.get(key)
        return built if built is not None else self._build(key)

    def built(self, key: str) -> QWidget | None:
        """The page `key` if it has been built, else None."""
        return self._pages.get(key)

    def _visited(self, index: int) -> None:
        for key, placeholder in self._placeholders.items():
            if self.widget(index) is placeholder:
                self._build(key)
                return

    def _build(self, key: str) -> QWidget:
        placeholder = self._placeholders.pop(key)
        page = self._builders[key]()
        self._pages[key] = page
        index, current = self.indexOf(placeholder), self.currentIndex()
        text, tip = self.tabText(index), self.tabToolTip(index)
        # Swap the placeholder for the page quietly: the tab does not change for the user.
        blocked = self.blockSignals(True)
        self.setUpdatesEnabled(False)
        try:
            self.removeTab(index)
            self.insertTab(index, page, text)
            self.setTabToolTip(index, tip)
            self.setCurrentIndex(current)
        finally:
            self.setUpdatesEnabled(True)
            self.blockSignals(blocked)
        placeholder.deleteLater()
        self.page_built.emit(key, page)
        return page
