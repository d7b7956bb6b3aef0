"""An area of the gazetteer to report on: the whole country, one province, or one district
of it. Names follow the window's language as in the sessions filter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from riskedu.core.gazetteer import DISTRICT, PROVINCE
from riskedu.ui.languages import shows_local_names
from riskedu.ui.text import add_places, combo_code, relabel_places, set_combo_code
from riskedu.ui.widgets import Retranslating
from riskedu.ui.workspace import Workspace


class AreaPicker(Retranslating, QWidget):
    """Province and district combos; empty codes mean the whole country / province."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._version = workspace.profile.gazetteer_version
        self.province, self.district = QComboBox(), QComboBox()
        for combo in (self.province, self.district):
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.province, 1)
        row.addWidget(self.district, 1)
        self.province.addItem("", "")
        add_places(self.province, workspace.places(self._version, PROVINCE),
                   self._local_names())
        self._fill_districts()
        self.retranslate_ui()
        self.province.currentIndexChanged.connect(self._province_changed)
        self.district.currentIndexChanged.connect(self.changed)

    def _local_names(self) -> bool:
        return shows_local_names(self._version)

    def retranslate_ui(self) -> None:
        self.province.setItemText(0, self.tr("Whole country"))
        self.district.setItemText(0, self.tr("All districts"))
        self.province.setToolTip(self.tr("Report on the whole country or one province"))
        self.district.setToolTip(self.tr("Report on the whole province or one district"))
        relabel_places(self.province, self._local_names())
        relabel_places(self.district, self._local_names())

    def _fill_districts(self) -> None:
        code = self.province_code()
        blocked = self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("All districts"), "")
        if code:
            add_places(self.district, self._workspace.places(self._version, DISTRICT, code),
                       self._local_names())
        self.district.setEnabled(bool(code))
        self.district.blockSignals(blocked)

    def _province_changed(self) -> None:
        self._fill_districts()
        self.changed.emit()

    def province_code(self) -> str | None:
        return combo_code(self.province) or None

    def district_code(self) -> str | None:
        return combo_code(self.district) or None

    def set_area(self, province_code: str | None, district_code: str | None = None) -> None:
        set_combo_code(self.province, province_code)
        set_combo_code(self.district, district_code)

    def area_text(self) -> str:
        """The area as shown, e.g. 'Battambang › Thma Koul' or 'Whole country'."""
        if self.district_code():
            return f"{self.province.currentText()} › {self.district.currentText()}"
        return self.province.currentText()
