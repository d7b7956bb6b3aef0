"""The filters of the dashboard and checks pages: period, area, organisation, team and
category (direct, indirect, training)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from riskedu.core.categories import CATEGORY
from riskedu.core.dashboard import DashboardFilter
from riskedu.core.gazetteer import DISTRICT, PROVINCE
from riskedu.ui.dashboard_access import DashboardAccess
from riskedu.ui.flow_layout import FlowLayout
from riskedu.ui.languages import shows_local_names
from riskedu.ui.text import add_places, combo_code, date_format, fill_combo, relabel_places
from riskedu.ui.widgets import Retranslating
from riskedu.ui.workspace import Workspace


class DashboardFilterBar(Retranslating, QWidget):
    """Narrows the figures; emits `changed` on every change of a filter."""

    changed = Signal()

    def __init__(self, workspace: Workspace, access: DashboardAccess,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace, self._access = workspace, access
        self._version = workspace.profile.gazetteer_version
        self.from_check, self.to_check = QCheckBox(), QCheckBox()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        today = QDate.currentDate()
        for check, edit, start in ((self.from_check, self.date_from, today.addYears(-1)),
                                   (self.to_check, self.date_to, today)):
            edit.setCalendarPopup(True)
            edit.setDate(start)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.changed)
            edit.dateChanged.connect(lambda _day, c=check: c.isChecked() and self.changed.emit())
        self.province, self.district = QComboBox(), QComboBox()
        self.organisation, self.team = QComboBox(), QComboBox()
        for combo in (self.province, self.district, self.organisation, self.team):
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category = QComboBox()  # filled by retranslate_ui: its labels are translated
        self.place_label, self.who_label, self.category_label = QLabel(), QLabel(), QLabel()
        self.place_label.setBuddy(self.province)
        self.who_label.setBuddy(self.organisation)
        self.category_label.setBuddy(self.category)
        self._lay_out()
        self.province.addItem("", "")
        add_places(self.province, workspace.places(self._version, PROVINCE), self._local())
        self.district.addItem("", "")
        self.district.setEnabled(False)
        self.organisation.addItem("", "")
        for org_id, name in access.organisations():
            self.organisation.addItem(name, org_id)
        self._fill_teams()
        self.retranslate_ui()
        self.province.currentIndexChanged.connect(self._province_changed)
        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        self.district.currentIndexChanged.connect(self.changed)
        self.team.currentIndexChanged.connect(self.changed)
        self.category.currentIndexChanged.connect(self.changed)

    def _lay_out(self) -> None:
        flow = FlowLayout(self)
        for group in ((self.from_check, self.date_from), (self.to_check, self.date_to),
                      (self.place_label, self.province, self.district),
                      (self.who_label, self.organisation, self.team),
                      (self.category_label, self.category)):
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            for widget in group:
                row.addWidget(widget)
            row.addStretch(1)  # spare width after the group, not between label and box
            flow.addWidget(box)

    def retranslate_ui(self) -> None:
        self.from_check.setText(self.tr("&From"))
        self.to_check.setText(self.tr("T&o"))
        self.from_check.setToolTip(self.tr("Only sessions on or after this date"))
        self.to_check.setToolTip(self.tr("Only sessions on or before this date"))
        self.place_label.setText(self.tr("Ar&ea:"))
        self.who_label.setText(self.tr("&Who:"))
        self.category_label.setText(self.tr("Cate&gory:"))
        self.category.setToolTip(self.tr(
            "Direct: people met in sessions. Indirect: people reached by media (radio, TV, "
            "social media, printed material). Training: teachers and focal points trained. "
            "Reports count each apart."))
        fill_combo(self.category, CATEGORY, blank=self.tr("All categories"))
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(date_format())
        self.province.setItemText(0, self.tr("All provinces"))
        self.district.setItemText(0, self.tr("All districts"))
        self.organisation.setItemText(0, self.tr("All organisations"))
        self.team.setItemText(0, self.tr("All teams"))
        relabel_places(self.province, self._local())
        relabel_places(self.district, self._local())

    def _local(self) -> bool:
        return shows_local_names(self._version)

    def _province_changed(self) -> None:
        code = combo_code(self.province)
        blocked = self.district.blockSignals(True)
        while self.district.count() > 1:
            self.district.removeItem(1)
        if code:
            add_places(self.district, self._workspace.places(self._version, DISTRICT, code),
                       self._local())
        self.district.setCurrentIndex(0)
        self.district.setEnabled(bool(code))
        self.district.blockSignals(blocked)
        self.changed.emit()

    def _fill_teams(self) -> None:
        blocked = self.team.blockSignals(True)
        self.team.clear()
        self.team.addItem(self.tr("All teams"), "")
        for team_id, name in self._access.teams(combo_code(self.organisation)):
            self.team.addItem(name, team_id)
        self.team.blockSignals(blocked)

    def _organisation_changed(self) -> None:
        self._fill_teams()
        self.changed.emit()

    def current_filter(self) -> DashboardFilter:
        """The filter the widgets show (an unticked date does not filter)."""
        return DashboardFilter(
            date_from=self.date_from.date().toPython() if self.from_check.isChecked() else None,
            date_to=self.date_to.date().toPython() if self.to_check.isChecked() else None,
            province_code=combo_code(self.province), district_code=combo_code(self.district),
            organisation_id=combo_code(self.organisation), team_id=combo_code(self.team),
            category=combo_code(self.category))
