"""Session editor, materials tab: what was handed out (material, language, quantity).

One row of inputs per line, so Tab walks through them in reading order. Each row shows
how many copies are in stock; the core refuses a save that would hand out more than
that, and the stock follows the session on its own when it is saved or deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.categories import LANGUAGE
from riskedu.core.forms import MaterialLine, SessionForm
from riskedu.core.materials import MaterialFilter, MaterialRow
from riskedu.core.stock import MAX_QUANTITY
from riskedu.core.validation import Problem
from riskedu.ui.materials_text import material_title
from riskedu.ui.text import choice_label, format_count
from riskedu.ui.widgets import FormSection
from riskedu.ui.workspace import Workspace


@dataclass
class _Row:
    """The inputs of one line, and the line's id and quantity when it was loaded."""

    material: QComboBox
    language: QComboBox
    quantity: QSpinBox
    stock: QLabel
    remove: QPushButton
    line_id: str | None = None
    loaded: tuple[str, int] = ("", 0)


class MaterialsSection(FormSection):
    """Materials handed out at the session, with the stock of each."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self.catalogue: dict[str, MaterialRow] = {}
        self.rows: list[_Row] = []
        self._read_only = False
        self.box, self.hint = QGroupBox(), QLabel()
        self.hint.setWordWrap(True)
        self.headers = [QLabel() for _ in range(4)]
        self.grid = QGridLayout()
        for column, label in enumerate(self.headers):
            self.grid.addWidget(label, 0, column)
        self.grid.setColumnStretch(0, 1)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_line(focus=True))
        lines = QWidget()
        inner = QVBoxLayout(lines)
        inner.addLayout(self.grid)
        inner.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(lines)
        box = QVBoxLayout(self.box)
        box.addWidget(self.hint)
        box.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.box.setTitle(self.tr("Materials handed out"))
        self.hint.setText(self.tr(
            "One line for each material given out at the session. The stock on the Materials "
            "page follows on its own when the session is saved, changed or deleted."))
        for label, text in zip(self.headers, (self.tr("Material"), self.tr("Language"),
                                              self.tr("Quantity"), self.tr("In stock")),
                               strict=True):
            label.setText(f"<b>{text}</b>")
        self.add_button.setText(self.tr("Add &material"))
        for row in self.rows:
            self._fill_materials(row.material)
            self._fill_languages(row)
            row.remove.setText(self.tr("Remove"))
            self._show_stock(row)

    # Lines -----------------------------------------------------------------------------

    def _read_catalogue(self, used: set[str]) -> None:
        rows = self._workspace.materials.list(MaterialFilter(include_retired=True))
        self.catalogue = {r.id: r for r in rows if r.active or r.id in used}

    def _fill_materials(self, combo: QComboBox) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Choose…"), "")
        for row in sorted(self.catalogue.values(), key=lambda r: material_title(r).casefold()):
            combo.addItem(material_title(row), row.id)
        combo.setCurrentIndex(max(0, combo.findData(current or "")))
        combo.blockSignals(False)

    def _fill_languages(self, row: _Row, language: str | None = None) -> None:
        current = row.language.currentData() if language is None else language
        material = self.catalogue.get(row.material.currentData() or "")
        codes = list(material.languages) if material else []
        if current and current not in codes:
            codes.append(current)
        row.language.blockSignals(True)
        row.language.clear()
        row.language.addItem(self.tr("Not said"), "")
        for code in codes:
            row.language.addItem(choice_label(LANGUAGE, code), code)
        index = row.language.findData(current) if current else (1 if len(codes) == 1 else 0)
        row.language.setCurrentIndex(max(0, index))
        row.language.blockSignals(False)

    def _show_stock(self, row: _Row) -> None:
        material = self.catalogue.get(row.material.currentData() or "")
        if material is None:
            row.stock.clear()
            return
        loaded_id, loaded_quantity = row.loaded
        available = material.balance + (loaded_quantity if loaded_id == material.id else 0)
        short = row.quantity.value() > available
        text = format_count(material.balance)
        row.stock.setText(f"<span style='color:#9b1c12'><b>{text}</b></span>" if short
                          else text)
        row.stock.setToolTip(self.tr("More than is in stock: record the stock received on "
                                     "the Materials page first.") if short else "")

    def add_line(self, line: MaterialLine | None = None, focus: bool = False) -> _Row:
        line = line or MaterialLine(quantity=1)
        row = _Row(QComboBox(), QComboBox(), QSpinBox(), QLabel(), QPushButton(self.tr("Remove")),
                   line.id, (line.material_id, line.quantity) if line.id else ("", 0))
        row.quantity.setRange(0, MAX_QUANTITY)
        row.quantity.setGroupSeparatorShown(True)
        row.stock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._fill_materials(row.material)
        row.material.setCurrentIndex(max(0, row.material.findData(line.material_id)))
        self._fill_languages(row, line.language)
        row.quantity.setValue(line.quantity)
        row.material.currentIndexChanged.connect(lambda _: self._material_changed(row))
        row.language.currentIndexChanged.connect(self.changed)
        row.quantity.valueChanged.connect(lambda _: (self._show_stock(row), self.changed.emit()))
        row.remove.clicked.connect(lambda: self.remove_line(row))
        position = len(self.rows) + 1
        for column, widget in enumerate((row.material, row.language, row.quantity, row.stock,
                                         row.remove)):
            self.grid.addWidget(widget, position, column)
        self.rows.append(row)
        self._show_stock(row)
        self._apply_read_only(row)
        if focus:
            row.material.setFocus()
            self.changed.emit()
        return row

    def _material_changed(self, row: _Row) -> None:
        self._fill_languages(row)
        self._show_stock(row)
        self.changed.emit()

    def remove_line(self, row: _Row) -> None:
        for widget in (row.material, row.language, row.quantity, row.stock, row.remove):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.rows.remove(row)
        self.add_button.setFocus()
        self.changed.emit()

    # FormSection -----------------------------------------------------------------------

    def load(self, form: SessionForm) -> None:
        for row in list(self.rows):
            self.remove_line(row)
        self._read_catalogue({line.material_id for line in form.materials})
        for line in form.materials:
            self.add_line(line)

    def store(self, form: SessionForm) -> list[Problem]:
        form.materials = [MaterialLine(row.material.currentData() or "",
                                       row.language.currentData() or "", row.quantity.value(),
                                       row.line_id) for row in self.rows]
        return []

    def field_widget(self, field: str) -> QWidget | None:
        if field != "materials":
            return None
        return self.rows[0].material if self.rows else self.add_button

    def _apply_read_only(self, row: _Row) -> None:
        for widget in (row.material, row.language, row.remove):
            widget.setEnabled(not self._read_only)
        row.quantity.setReadOnly(self._read_only)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        for row in self.rows:
            self._apply_read_only(row)
