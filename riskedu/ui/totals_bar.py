"""The footer of the sessions list: totals of the filtered rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from riskedu.core.queries import Totals
from riskedu.ui.text import format_count
from riskedu.ui.widgets import Retranslating

FIELDS = ("sessions", "girls", "boys", "women", "men", "total", "disability")


class TotalsBar(Retranslating, QFrame):
    """Sessions, girls, boys, women, men, everyone and persons with disability, summed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.totals: Totals | None = None
        self.values = {name: QLabel("–") for name in FIELDS}
        self.captions = {name: QLabel() for name in FIELDS}
        self.heading = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.heading)
        for name in FIELDS:
            layout.addSpacing(14)
            self.values[name].setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.captions[name])
            layout.addWidget(self.values[name])
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("<b>Totals of the list</b>"))
        captions = {"sessions": self.tr("Sessions:"), "girls": self.tr("Girls:"),
                    "boys": self.tr("Boys:"), "women": self.tr("Women:"),
                    "men": self.tr("Men:"), "total": self.tr("Everyone:"),
                    "disability": self.tr("With disability:")}
        for name, text in captions.items():
            self.captions[name].setText(text)
        self.values["disability"].setToolTip(
            self.tr("Persons with disability (Washington Group: a lot of difficulty or more)"))
        if self.totals is not None:
            self.show_totals(self.totals)  # the figures in the new locale's digits

    def show_totals(self, totals: Totals) -> None:
        self.totals = totals
        for name in FIELDS:
            self.values[name].setText(f"<b>{format_count(getattr(totals, name))}</b>")

    def show_pending(self) -> None:
        """Mark the figures as out of date while new totals are computed."""
        for label in self.values.values():
            label.setEnabled(False)

    def show_ready(self) -> None:
        for label in self.values.values():
            label.setEnabled(True)

    def value_text(self, name: str) -> str:
        """The figure shown for `name`, as plain text (for tests and accessibility)."""
        return self.values[name].text().replace("<b>", "").replace("</b>", "")
