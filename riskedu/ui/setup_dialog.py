"""First run: who this laptop logs sessions for (organisation, team, educator, gazetteer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.categories import SEX
from riskedu.core.gazetteer import CAMBODIA_VERSION
from riskedu.core.profile import SetupForm, validate_setup
from riskedu.ui.errors import reporting_errors
from riskedu.ui.fonts import base_font, font_for
from riskedu.ui.language_switch import choose_language
from riskedu.ui.languages import LANGUAGES, current
from riskedu.ui.text import combo_code, fill_combo, message_text, set_combo_code
from riskedu.ui.widgets import Retranslating, mark_invalid
from riskedu.ui.workspace import Workspace

TEXT_FIELDS = ("organisation_name", "organisation_code", "team_name", "team_code",
               "educator_name")


class SetupDialog(Retranslating, QDialog):
    """Asks once for the profile every new session is logged under, then applies it."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.edits = {name: QLineEdit() for name in TEXT_FIELDS}
        self.edits["organisation_code"].setMaxLength(12)
        self.edits["team_code"].setMaxLength(12)
        self.errors = {name: QLabel() for name in TEXT_FIELDS}
        for label in self.errors.values():
            label.setStyleSheet("color: #b3261e;")
            label.setWordWrap(True)
            label.hide()
        self.sex = QComboBox()
        self.country = QComboBox()
        self.country.addItem("", ("KH", CAMBODIA_VERSION))
        self.language = QComboBox()
        base = base_font(QApplication.instance())
        for lang in LANGUAGES:  # each in its own script, so its readers find it
            self.language.addItem(lang.menu_text, lang.code)
            self.language.setItemData(self.language.count() - 1, font_for(lang, base),
                                      Qt.ItemDataRole.FontRole)
        set_combo_code(self.language, current())
        self.language.currentIndexChanged.connect(
            lambda: choose_language(combo_code(self.language)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for name in ("organisation_name", "organisation_code", "team_name", "team_code",
                     "educator_name"):
            self._add_row(name, self.edits[name], self.errors[name])
        self._add_row("educator_sex", self.sex)
        self._add_row("country", self.country)
        self._add_row("language", self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.retranslate_ui()

    def _add_row(self, name: str, field: QWidget, error: QLabel | None = None) -> None:
        label = QLabel()
        label.setBuddy(field)
        self.labels[name] = label
        if error is None:
            self.form.addRow(label, field)
            return
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(error)
        self.form.addRow(label, box)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Set up riskedu"))
        self.intro.setText(self.tr(
            "<b>Welcome to riskedu.</b> Tell it once who you work for: every session you log "
            "on this laptop carries your organisation, team and name. You can log sessions "
            "without any internet connection."))
        texts = {
            "organisation_name": self.tr("&Organisation:"),
            "organisation_code": self.tr("Organisation &code:"),
            "team_name": self.tr("&Team:"),
            "team_code": self.tr("Team c&ode:"),
            "educator_name": self.tr("Your &name:"),
            "educator_sex": self.tr("Your &sex:"),
            "country": self.tr("Co&untry:"),
            "language": self.tr("&Language:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.edits["organisation_name"].setPlaceholderText(self.tr("e.g. HALO Trust"))
        self.edits["organisation_code"].setPlaceholderText(
            self.tr("Short, for report codes, e.g. HALO"))
        self.edits["team_name"].setPlaceholderText(self.tr("e.g. Risk education team 3"))
        self.edits["team_code"].setPlaceholderText(self.tr("Optional, e.g. T3"))
        fill_combo(self.sex, SEX, blank=self.tr("Prefer not to say"))
        self.country.setItemText(0, self.tr("Cambodia (administrative units 2025)"))

    def setup_form(self) -> SetupForm:
        country, version = self.country.currentData()
        return SetupForm(
            organisation_name=self.edits["organisation_name"].text(),
            organisation_code=self.edits["organisation_code"].text(),
            team_name=self.edits["team_name"].text(),
            team_code=self.edits["team_code"].text(),
            educator_name=self.edits["educator_name"].text(),
            educator_sex=combo_code(self.sex), country=country, gazetteer_version=version,
            language=self.language.currentData())

    def show_problems(self, form: SetupForm) -> bool:
        """Show each problem next to its field; True when there are none."""
        problems = {p.field: p for p in validate_setup(form)}
        for name in TEXT_FIELDS:
            found = problems.get(name)
            self.errors[name].setText(message_text(found.message) if found else "")
            self.errors[name].setVisible(found is not None)
            mark_invalid(self.edits[name], found is not None)
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        first = next((n for n in TEXT_FIELDS if n in problems), None)
        if first is not None:
            self.edits[first].setFocus()
        return not problems

    def accept(self) -> None:
        form = self.setup_form()
        if not self.show_problems(form):
            return
        with reporting_errors(self, self.tr("Could not save the set-up")) as outcome:
            self._workspace.set_up(form)
        if not outcome.failed:
            super().accept()
