"""Receive stock and adjust stock (lost, damaged, counted, other) for one material."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.categories import ADJUST_REASON, LANGUAGE
from riskedu.core.materials import MaterialRow
from riskedu.core.stock import MAX_QUANTITY
from riskedu.core.validation import Problem, ValidationFailed
from riskedu.ui.materials_text import MATERIAL_ERRORS, explain, material_title
from riskedu.ui.text import (
    combo_code,
    field_label,
    fill_combo,
    format_count,
    message_text,
)
from riskedu.ui.widgets import PROBLEMS_STYLE, Retranslating
from riskedu.ui.workspace import Workspace


class _StockDialog(Retranslating, QDialog):
    """What both stock dialogs share: the material, a date, a note, problems, OK/Cancel."""

    def __init__(self, workspace: Workspace, row: MaterialRow, parent: QWidget | None = None):
        super().__init__(parent)
        self._access, self.row = workspace.materials, row
        self.heading, self.problems = QLabel(), QLabel()
        self.heading.setWordWrap(True)
        self.problems.setStyleSheet(PROBLEMS_STYLE)
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.setMinimumWidth(460)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setDate(QDate.currentDate())
        self.quantity = QSpinBox()
        self.quantity.setGroupSeparatorShown(True)
        self.note = QLineEdit()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _finish(self, rows: list[tuple[str, QWidget]]) -> None:
        self._captions: list[tuple[QLabel, str]] = []
        for key, widget in rows:
            label = QLabel()
            label.setBuddy(widget)
            self._captions.append((label, key))
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.problems)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.quantity.setFocus()
        self.quantity.selectAll()

    def _balance_line(self) -> str:
        return self.tr("{title}: {count} in stock now.").format(
            title=material_title(self.row), count=format_count(self.row.balance))

    def _day(self) -> date:
        return self.day.date().toPython()

    def _write(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        self.quantity.interpretText()
        try:
            self._write()
        except ValidationFailed as exc:
            self.show_problems(exc.problems)
            return
        except MATERIAL_ERRORS as exc:
            self.show_problems([], explain(exc))
            return
        super().accept()

    def show_problems(self, problems: list[Problem], text: str = "") -> None:
        lines = [f"• {html.escape(field_label(p.field))}: {html.escape(message_text(p.message))}"
                 for p in problems] or [html.escape(text)]
        heading = html.escape(self.tr("Nothing was recorded. Please correct:"))
        self.problems.setText(f"<b>{heading}</b><br>" + "<br>".join(lines))
        self.problems.show()


class ReceiveStockDialog(_StockDialog):
    """Records copies received, with where they came from."""

    def __init__(self, workspace: Workspace, row: MaterialRow, parent: QWidget | None = None):
        super().__init__(workspace, row, parent)
        self.quantity.setRange(1, MAX_QUANTITY)
        self.source, self.language = QLineEdit(), QComboBox()
        self._finish([("quantity", self.quantity), ("source", self.source),
                      ("language", self.language), ("day", self.day), ("note", self.note)])

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Receive stock"))
        self.heading.setText(self._balance_line())
        captions = {"quantity": self.tr("&Copies received:"), "source": self.tr("&From:"),
                    "language": self.tr("&Language:"), "day": self.tr("&Date:"),
                    "note": self.tr("&Note:")}
        for label, key in self._captions:
            label.setText(captions[key])
        self.source.setPlaceholderText(self.tr("e.g. headquarters store, donor, printer"))
        fill_combo(self.language, LANGUAGE, tuple(self.row.languages) or None,
                   blank=self.tr("Not said"))

    def _write(self) -> None:
        self._access.receive(self.row.id, self.quantity.value(), day=self._day(),
                             source=self.source.text(), language=combo_code(self.language),
                             note=self.note.text())


class AdjustStockDialog(_StockDialog):
    """Records copies lost or damaged, a count of the shelf, or another correction."""

    def __init__(self, workspace: Workspace, row: MaterialRow, parent: QWidget | None = None):
        super().__init__(workspace, row, parent)
        self.reason, self.after = QComboBox(), QLabel()
        fill_combo(self.reason, ADJUST_REASON)
        self.quantity_label = QLabel()
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.quantity.valueChanged.connect(self._show_after)
        self._finish([("reason", self.reason), ("quantity", self.quantity),
                      ("after", self.after), ("day", self.day), ("note", self.note)])
        self._reason_changed()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Adjust stock"))
        self.heading.setText(self._balance_line())
        fill_combo(self.reason, ADJUST_REASON)
        for label, key in self._captions:
            label.setText({"reason": self.tr("&Why:"), "quantity": self._quantity_caption(),
                           "after": self.tr("Stock after:"), "day": self.tr("&Date:"),
                           "note": self.tr("&Note:")}[key])
        self.note.setPlaceholderText(self.tr("What happened (needed for another correction)"))
        self._show_after()

    def _quantity_caption(self) -> str:
        reason = combo_code(self.reason)
        if reason == "counted":
            return self.tr("&Copies on the shelf:")
        if reason == "other":
            return self.tr("&Change (+ or −):")
        return self.tr("&Copies lost or damaged:")

    def _reason_changed(self) -> None:
        reason = combo_code(self.reason)
        low = {"counted": 0, "other": -MAX_QUANTITY}.get(reason, 1)
        self.quantity.setRange(low, MAX_QUANTITY)
        self.quantity.setValue(self.row.balance if reason == "counted" else max(low, 1))
        for label, key in getattr(self, "_captions", []):
            if key == "quantity":
                label.setText(self._quantity_caption())
        self._show_after()

    def change(self) -> int:
        reason, value = combo_code(self.reason), self.quantity.value()
        if reason == "counted":
            return value - self.row.balance
        return value if reason == "other" else -value

    def _show_after(self) -> None:
        after = self.row.balance + self.change()
        text = format_count(after)
        self.after.setText(text if after >= 0 else
                           f"<span style='color:#9b1c12'>{html.escape(text)}</span>")

    def _write(self) -> None:
        self._access.adjust(self.row.id, combo_code(self.reason), self.quantity.value(),
                            day=self._day(), note=self.note.text())
