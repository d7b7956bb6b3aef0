"""Session editor, place tab: cascading gazetteer combos, a village finder, location type
and GPS. The finder matches part of a village's Khmer or English name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.categories import LOCATION_TYPE
from riskedu.core.forms import SessionForm
from riskedu.core.gazetteer import COMMUNE, DISTRICT, PROVINCE, VILLAGE
from riskedu.core.validation import Problem
from riskedu.ui.languages import shows_local_names
from riskedu.ui.text import add_places, combo_code, fill_combo, relabel_places, set_combo_code
from riskedu.ui.widgets import FormSection, NumberLineEdit
from riskedu.ui.workspace import VillageMatch, Workspace

FIND_DELAY_MS = 200
FIND_LIMIT = 50  # villages listed at most (the workspace's default)
CodeRole = Qt.ItemDataRole.UserRole


class LocationSection(FormSection):
    """Where the session took place: a gazetteer village or a free-text place."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._version = workspace.profile.gazetteer_version
        self.finder = QLineEdit()
        self.finder.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.result_count = QLabel()
        self.finder_hint = QLabel()
        self.finder_hint.setWordWrap(True)
        self.combos = {level: QComboBox() for level in (PROVINCE, DISTRICT, COMMUNE, VILLAGE)}
        for combo in self.combos.values():
            combo.setMinimumContentsLength(24)
        self.place_text = QLineEdit()
        self.location_type = QComboBox()
        self.gps_safe = QCheckBox()
        self.latitude = NumberLineEdit(-90, 90, 6)
        self.longitude = NumberLineEdit(-180, 180, 6)
        self.gps_accuracy_m = NumberLineEdit(0, 100_000, 1)
        self.labels: dict[str, QLabel] = {}
        self.find_box, self.place_box, self.gps_box = QGroupBox(), QGroupBox(), QGroupBox()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FIND_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._build()
        self.retranslate_ui()
        self._connect()

    def _row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        self.labels[name] = label
        form.addRow(label, widget)

    def _build(self) -> None:
        find = QVBoxLayout(self.find_box)
        self.finder_label = QLabel()
        self.finder_label.setBuddy(self.finder)
        for widget in (self.finder_label, self.finder, self.result_count, self.results,
                       self.finder_hint):
            find.addWidget(widget)
        place = QFormLayout(self.place_box)
        for name, level in (("province", PROVINCE), ("district", DISTRICT),
                            ("commune", COMMUNE), ("village", VILLAGE)):
            self._row(place, name, self.combos[level])
        self._row(place, "place_text", self.place_text)
        self._row(place, "location_type", self.location_type)
        gps = QFormLayout(self.gps_box)
        gps.addRow(self.gps_safe)
        self._row(gps, "latitude", self.latitude)
        self._row(gps, "longitude", self.longitude)
        self._row(gps, "gps_accuracy_m", self.gps_accuracy_m)
        right = QVBoxLayout()
        right.addWidget(self.place_box)
        right.addWidget(self.gps_box)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.find_box, 1)
        layout.addLayout(right, 1)

    def _connect(self) -> None:
        self.finder.textEdited.connect(self._timer.start)
        self.finder.returnPressed.connect(self._choose_current)
        self.finder.installEventFilter(self)
        self.results.itemActivated.connect(self._choose)
        for level in (PROVINCE, DISTRICT, COMMUNE):
            self.combos[level].currentIndexChanged.connect(
                lambda _i, lv=level: self._fill_below(lv))
        self.gps_safe.toggled.connect(self._gps_toggled)
        self._fill(PROVINCE, "")
        self._gps_toggled(False)

    def retranslate_ui(self) -> None:
        self.find_box.setTitle(self.tr("Find a village"))
        self.place_box.setTitle(self.tr("Place"))
        self.gps_box.setTitle(self.tr("GPS"))
        self.finder_label.setText(self.tr("Type part of its Khmer or English na&me:"))
        self.finder.setPlaceholderText(self.tr("e.g. Ou Thum, or អូរ"))
        self.finder_hint.setText(self.tr(
            "Press Down to go to the results and Enter to choose one. Choosing a village "
            "fills in its province, district and commune."))
        texts = {"province": self.tr("&Province:"), "district": self.tr("&District:"),
                 "commune": self.tr("&Commune:"), "village": self.tr("Vill&age:"),
                 "place_text": self.tr("Place &not in the list:"),
                 "location_type": self.tr("&Type of location:"),
                 "latitude": self.tr("Lat&itude:"), "longitude": self.tr("Lon&gitude:"),
                 "gps_accuracy_m": self.tr("Acc&uracy (m):")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.place_text.setPlaceholderText(self.tr("Only when the village is not in the list"))
        self.gps_safe.setText(self.tr("&Safe to record the GPS position of this place"))
        for level, text in ((PROVINCE, self.tr("Choose a province…")),
                            (DISTRICT, self.tr("Choose a district…")),
                            (COMMUNE, self.tr("Choose a commune…")),
                            (VILLAGE, self.tr("Choose a village…"))):
            if self.combos[level].count():
                self.combos[level].setItemText(0, text)
                relabel_places(self.combos[level], self._local_names())
        fill_combo(self.location_type, LOCATION_TYPE, blank=self.tr("Choose…"))
        if self.results.count():
            self.search_now()  # the found villages in the new language
        else:
            self._show_result_count(None)

    def _local_names(self) -> bool:
        return shows_local_names(self._version)

    # The cascade -----------------------------------------------------------------------

    def _blank_text(self, level: int) -> str:
        return {PROVINCE: self.tr("Choose a province…"), DISTRICT: self.tr("Choose a district…"),
                COMMUNE: self.tr("Choose a commune…"),
                VILLAGE: self.tr("Choose a village…")}[level]

    def _fill(self, level: int, parent_code: str) -> None:
        combo = self.combos[level]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self._blank_text(level), "")
        if level == PROVINCE or parent_code:
            add_places(combo, self._workspace.places(self._version, level, parent_code),
                       self._local_names())
        combo.setEnabled(combo.count() > 1 and not self.property("read_only_mode"))
        combo.blockSignals(False)

    def _fill_below(self, level: int) -> None:
        code = combo_code(self.combos[level])
        for lower in range(level + 1, VILLAGE + 1):
            self._fill(lower, code if lower == level + 1 else "")

    def set_village(self, code: str, fallback: tuple[str, str, str] = ("", "", "")) -> None:
        """Select a village and the units above it (or as far down `fallback` goes)."""
        chain = [p.code for p in self._workspace.lineage(self._version, code)] if code else []
        codes = chain if len(chain) == 4 else list(fallback) + [""]
        parent = ""
        for level, unit in zip((PROVINCE, DISTRICT, COMMUNE, VILLAGE), codes, strict=True):
            self._fill(level, parent)
            self.combos[level].blockSignals(True)
            set_combo_code(self.combos[level], unit)
            self.combos[level].blockSignals(False)
            parent = combo_code(self.combos[level])
        self.changed.emit()

    # The finder ------------------------------------------------------------------------

    def search_now(self) -> None:
        self._timer.stop()
        text = self.finder.text().strip()
        matches = (self._workspace.find_villages(self._version, text, limit=FIND_LIMIT)
                   if len(text) >= 2 else [])
        self.results.clear()
        local = self._local_names()
        for match in matches:
            item = QListWidgetItem(self._describe(match, local))
            item.setData(CodeRole, match.village.code)
            self.results.addItem(item)
        if matches:
            self.results.setCurrentRow(0)
        self._show_result_count(len(matches) if len(text) >= 2 else None)

    def _show_result_count(self, count: int | None) -> None:
        if count is None:
            self.result_count.clear()
        elif count >= FIND_LIMIT:
            self.result_count.setText(self.tr(
                "The first %Ln villages found; type more of the name to narrow them.", "",
                count))
        else:
            self.result_count.setText(self.tr("%Ln village(s) found", "", count))

    @staticmethod
    def _describe(match: VillageMatch, local: bool) -> str:
        """'Village — commune, district, province · the village in the other script'."""
        above = ", ".join(p.name(local) for p in reversed(match.lineage))
        village = match.village
        other = village.name(not local)
        other = f"  ·  {other}" if other and other != village.name(local) else ""
        return f"{village.name(local)}  —  {above}{other}"

    def _choose_current(self) -> None:
        if self._timer.isActive():
            self.search_now()
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        self.set_village(item.data(CodeRole))
        self.combos[VILLAGE].setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.finder and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.results.count()):
            self.results.setFocus()
            return True
        return super().eventFilter(watched, event)

    # Form ------------------------------------------------------------------------------

    def _gps_toggled(self, safe: bool) -> None:
        for edit in (self.latitude, self.longitude, self.gps_accuracy_m):
            edit.setEnabled(safe)

    def load(self, form: SessionForm) -> None:
        if form.gazetteer_version:
            self._version = form.gazetteer_version
        self.set_village(form.village_code,
                         (form.province_code, form.district_code, form.commune_code))
        self.place_text.setText(form.place_text)
        set_combo_code(self.location_type, form.location_type)
        self.gps_safe.setChecked(form.gps_safe)
        self._gps_toggled(form.gps_safe)
        self.latitude.set_value(form.latitude)
        self.longitude.set_value(form.longitude)
        self.gps_accuracy_m.set_value(form.gps_accuracy_m)

    def store(self, form: SessionForm) -> list[Problem]:
        form.gazetteer_version = self._version
        form.province_code = combo_code(self.combos[PROVINCE])
        form.district_code = combo_code(self.combos[DISTRICT])
        form.commune_code = combo_code(self.combos[COMMUNE])
        form.village_code = combo_code(self.combos[VILLAGE])
        form.place_text = self.place_text.text().strip()
        form.location_type = combo_code(self.location_type)
        form.gps_safe = self.gps_safe.isChecked()
        safe = form.gps_safe
        form.latitude = self.latitude.value() if safe else None
        form.longitude = self.longitude.value() if safe else None
        form.gps_accuracy_m = self.gps_accuracy_m.value() if safe else None
        return []

    def field_widget(self, field: str) -> QWidget | None:
        return {"village_code": self.finder, "place_text": self.place_text,
                "location_type": self.location_type, "latitude": self.latitude,
                "longitude": self.longitude, "gps_accuracy_m": self.gps_accuracy_m,
                }.get(field)

    def set_read_only(self, read_only: bool) -> None:
        self.setProperty("read_only_mode", read_only)
        super().set_read_only(read_only)
        self.finder.setEnabled(not read_only)
        if not read_only:
            self._gps_toggled(self.gps_safe.isChecked())
