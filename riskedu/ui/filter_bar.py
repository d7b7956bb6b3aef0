"""The filters above the sessions list: date range, province and district, status, text."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from riskedu.core.categories import STATUS
from riskedu.core.gazetteer import DISTRICT, PROVINCE
from riskedu.core.queries import SessionFilter
from riskedu.ui.flow_layout import FlowLayout
from riskedu.ui.languages import shows_local_names
from riskedu.ui.text import (
    add_places,
    combo_code,
    date_format,
    fill_combo,
    relabel_places,
    set_combo_code,
)
from riskedu.ui.widgets import Retranslating
from riskedu.ui.workspace import Workspace

SEARCH_DELAY_MS = 250


class FilterBar(Retranslating, QWidget):
    """Narrows the sessions list; emits `changed` (typing in the search box is debounced)."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._version = workspace.profile.gazetteer_version
        self.from_check, self.to_check = QCheckBox(), QCheckBox()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        today = QDate.currentDate()
        for check, edit, start in ((self.from_check, self.date_from, today.addMonths(-1)),
                                   (self.to_check, self.date_to, today)):
            edit.setCalendarPopup(True)
            edit.setDate(start)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.changed)
            edit.dateChanged.connect(lambda _day, c=check: c.isChecked() and self.changed.emit())
        self.province, self.district, self.status = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.province, self.district):
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.province_label, self.status_label = QLabel(), QLabel()
        self.province_label.setBuddy(self.province)
        self.status_label.setBuddy(self.status)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.clear_button = QPushButton()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.changed)
        self._lay_out()
        self.retranslate_ui()
        self._fill_provinces()
        self._fit_combos()
        self.province.currentIndexChanged.connect(self._province_changed)
        self.district.currentIndexChanged.connect(self.changed)
        self.status.currentIndexChanged.connect(self.changed)
        self.search.textChanged.connect(self._debounce.start)
        self.clear_button.clicked.connect(self.clear)

    def _lay_out(self) -> None:
        """Groups that stay together, in rows that wrap when the labels are long."""
        flow = FlowLayout(self)
        for group in ((self.from_check, self.date_from), (self.to_check, self.date_to),
                      (self.province_label, self.province, self.district),
                      (self.status_label, self.status), (self.search, self.clear_button)):
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            for widget in group:
                row.addWidget(widget, 1 if widget is self.search else 0)
            flow.addWidget(box)

    def retranslate_ui(self) -> None:
        self.from_check.setText(self.tr("&From"))
        self.to_check.setText(self.tr("T&o"))
        self.from_check.setToolTip(self.tr("Only sessions on or after this date"))
        self.to_check.setToolTip(self.tr("Only sessions on or before this date"))
        self.province_label.setText(self.tr("P&lace:"))
        self.status_label.setText(self.tr("St&atus:"))
        self.search.setPlaceholderText(self.tr("Search report code, village, notes… (Ctrl+F)"))
        self.clear_button.setText(self.tr("Clea&r filters"))
        fill_combo(self.status, STATUS, blank=self.tr("Any status"))
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(date_format())
        if self.province.count():
            self.province.setItemText(0, self.tr("All provinces"))
            relabel_places(self.province, self._local_names())
        if self.district.count():
            self.district.setItemText(0, self.tr("All districts"))
            relabel_places(self.district, self._local_names())
        self._fit_combos()

    def _fit_combos(self) -> None:
        for combo in (self.province, self.district):  # room for 'All provinces' at least
            combo.setMinimumContentsLength(max(14, len(combo.itemText(0))))

    def _local_names(self) -> bool:
        return shows_local_names(self._version)

    def _fill_provinces(self) -> None:
        self.province.addItem(self.tr("All provinces"), "")
        add_places(self.province, self._workspace.places(self._version, PROVINCE),
                   self._local_names())
        self._fill_districts()

    def _fill_districts(self) -> None:
        code = combo_code(self.province)
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("All districts"), "")
        if code:
            add_places(self.district, self._workspace.places(self._version, DISTRICT, code),
                       self._local_names())
        self.district.setEnabled(bool(code))
        self.district.blockSignals(False)

    def _province_changed(self) -> None:
        self._fill_districts()
        self.changed.emit()

    def current_filter(self) -> SessionFilter:
        return SessionFilter(
            date_from=self.date_from.date().toPython() if self.from_check.isChecked() else None,
            date_to=self.date_to.date().toPython() if self.to_check.isChecked() else None,
            province_code=combo_code(self.province),
            district_code=combo_code(self.district),
            status=combo_code(self.status),
            text=self.search.text().strip())

    def is_filtering(self) -> bool:
        return self.current_filter() != SessionFilter()

    def clear(self) -> None:
        """Show every session again (one `changed` signal)."""
        widgets = (self.from_check, self.to_check, self.province, self.district, self.status,
                   self.search)
        for widget in widgets:
            widget.blockSignals(True)
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        set_combo_code(self.province, "")
        self._fill_districts()
        set_combo_code(self.status, "")
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._debounce.stop()
        self.changed.emit()
