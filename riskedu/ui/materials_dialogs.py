"""Add or edit a material: titles per language, type, languages, audience, hazards, file.

A chosen file is checked and stored on a worker thread at once, so a damaged file is
reported under the file field while the rest of the form can still be filled in.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.categories import AUDIENCE, HAZARD, LANGUAGE, MATERIAL_TYPE
from riskedu.core.filestore import StoredFile
from riskedu.core.materials import MAX_THRESHOLD, MaterialForm, TitleLine
from riskedu.core.validation import Problem, ValidationFailed
from riskedu.ui.background import QueryRunner
from riskedu.ui.line_tables import LineColumn, LinesTable
from riskedu.ui.materials_text import MATERIAL_ERRORS, explain, file_label
from riskedu.ui.text import choice_label, combo_code, field_label, fill_combo, message_text
from riskedu.ui.widgets import PROBLEMS_STYLE, Retranslating, mark_invalid
from riskedu.ui.workspace import Workspace

TITLE_COLUMNS = (
    LineColumn("language", QT_TRANSLATE_NOOP("LinesTable", "Language"), choices=LANGUAGE,
               width=170),
    LineColumn("title", QT_TRANSLATE_NOOP("LinesTable", "Title")),
)
FILE_FILTER = QT_TRANSLATE_NOOP("MaterialDialog", "PDF or picture (*.pdf *.png *.jpg *.jpeg)")


class MaterialDialog(Retranslating, QDialog):
    """Edits one material (a new one when `form.id` is None) and saves it through the core."""

    def __init__(self, workspace: Workspace, form: MaterialForm, runner: QueryRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._access, self._runner, self._form = workspace.materials, runner, form
        self.saved_id: str | None = None
        self.file: StoredFile | None = form.file
        self.checking = False
        self.problems = QLabel()
        self.problems.setStyleSheet(PROBLEMS_STYLE)
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.titles = LinesTable(TITLE_COLUMNS, TitleLine)
        self.titles.table.setMinimumHeight(90)
        self.titles.table.setMaximumHeight(120)
        self.type = QComboBox()
        self.languages = {code: QCheckBox() for code in LANGUAGE.codes}
        self.edition, self.notes = QLineEdit(), QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.notes.setTabChangesFocus(True)
        self.audiences = QListWidget()
        self.audiences.setMaximumHeight(96)
        self.hazards = {code: QCheckBox() for code in HAZARD.codes}
        self.threshold = QSpinBox()
        self.threshold.setRange(0, MAX_THRESHOLD)
        self.threshold.setGroupSeparatorShown(True)
        self.file_label, self.file_status = QLabel(), QLabel()
        self.file_status.setWordWrap(True)
        self.choose_button, self.remove_button = QPushButton(), QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        self.remove_button.clicked.connect(self.remove_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form_layout = QFormLayout()
        self._build()
        self._load(form)
        self.retranslate_ui()
        self.resize(720, 640)

    def _build(self) -> None:
        languages, hazards = QGridLayout(), QGridLayout()
        for position, check in enumerate(self.languages.values()):
            languages.addWidget(check, position // 5, position % 5)
        for position, check in enumerate(self.hazards.values()):
            hazards.addWidget(check, position // 3, position % 3)
        for code in AUDIENCE.codes:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.audiences.addItem(item)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.remove_button)
        self.file_box = QVBoxLayout()
        self.file_box.addLayout(file_row)
        self.file_box.addWidget(self.file_status)
        form = self.form_layout
        for widget in (self.titles, self.type, languages, self.edition, self.audiences,
                       hazards, self.file_box, self.threshold, self.notes):
            form.addRow(QLabel(), widget)  # captions are set by retranslate_ui
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        new = self._form.id is None
        self.setWindowTitle(self.tr("New material") if new else self.tr("Edit material"))
        captions = (self.tr("&Titles:"), self.tr("T&ype:"), self.tr("Languages:"),
                    self.tr("&Edition:"), self.tr("Au&dience:"), self.tr("Ha&zards:"),
                    self.tr("File:"), self.tr("&Warn when stock is at:"), self.tr("&Notes:"))
        for row, text in enumerate(captions):
            label = self.form_layout.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(text)
            field = self.form_layout.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            if field is self.titles:
                field = self.titles.table
            elif field is None and row == 5:  # the hazards' grid: Alt+Z goes to the first
                field = next(iter(self.hazards.values()))
            if field is not None:
                label.setBuddy(field)
        fill_combo(self.type, MATERIAL_TYPE, blank=self.tr("Choose…"))
        for code, check in self.languages.items():
            check.setText(choice_label(LANGUAGE, code))
        for code, check in self.hazards.items():
            check.setText(choice_label(HAZARD, code))
        for row in range(self.audiences.count()):
            item = self.audiences.item(row)
            item.setText(choice_label(AUDIENCE, item.data(Qt.ItemDataRole.UserRole)))
        self.titles.set_texts(self.tr("Add &title"), self.tr("Remo&ve title"))
        self.threshold.setSpecialValueText(self.tr("No warning"))
        self.choose_button.setText(self.tr("Choose &file…"))
        self.remove_button.setText(self.tr("No fi&le"))
        self.file_label.setText(file_label(self.file))

    def _load(self, form: MaterialForm) -> None:
        titles = form.titles or [TitleLine(_ui_language(), "")]
        self.titles.set_lines(titles)
        fill_combo(self.type, MATERIAL_TYPE, blank="")
        index = self.type.findData(form.type)
        self.type.setCurrentIndex(max(0, index))
        for code, check in self.languages.items():
            check.setChecked(code in form.languages)
        for code, check in self.hazards.items():
            check.setChecked(code in form.hazards)
        for row in range(self.audiences.count()):
            item = self.audiences.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in form.audiences
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.edition.setText(form.edition)
        self.notes.setPlainText(form.notes)
        self.threshold.setValue(form.low_stock_threshold)

    def collect(self) -> MaterialForm:
        """The form as the inputs show it."""
        audiences = [self.audiences.item(r).data(Qt.ItemDataRole.UserRole)
                     for r in range(self.audiences.count())
                     if self.audiences.item(r).checkState() == Qt.CheckState.Checked]
        self.threshold.interpretText()
        return MaterialForm(
            id=self._form.id, titles=self.titles.lines(), type=combo_code(self.type),
            languages=[c for c, check in self.languages.items() if check.isChecked()],
            edition=self.edition.text(), audiences=audiences,
            hazards=[c for c, check in self.hazards.items() if check.isChecked()],
            notes=self.notes.toPlainText(), active=self._form.active,
            low_stock_threshold=self.threshold.value(), file=self.file,
            sample=self._form.sample)

    # The file --------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the material's file"), "",
                                              self.tr(FILE_FILTER))
        if path:
            self.use_file(Path(path))

    def use_file(self, path: Path) -> None:
        """Check and store `path` on the worker thread; the result shows under the field."""
        self.checking = True
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._set_file_status(self.tr("Checking {name}…").format(name=path.name), False)
        self._runner.submit("material-file", lambda: self._access.store_file(path),
                            self._file_stored, self._file_refused)

    def _file_stored(self, stored: StoredFile) -> None:
        self.checking = False
        self.file = stored
        self.file_label.setText(file_label(stored))
        self._set_file_status(self.tr("The file opens and is kept in riskedu's data folder."),
                              False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _file_refused(self, error: BaseException) -> None:
        self.checking = False
        self._set_file_status(explain(error), True)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _set_file_status(self, text: str, problem: bool) -> None:
        colour = "#9b1c12" if problem else "#44505c"
        self.file_status.setText(f"<span style='color:{colour}'>{html.escape(text)}</span>")

    def remove_file(self) -> None:
        self.file = None
        self.file_label.setText(file_label(None))
        self.file_status.clear()

    # Saving ----------------------------------------------------------------------------

    def accept(self) -> None:
        if self.checking:
            return
        form = self.collect()
        try:
            self.saved_id = self._access.save(form)
        except ValidationFailed as exc:
            self.show_problems(exc.problems)
            return
        except MATERIAL_ERRORS as exc:
            self.show_problems([], explain(exc))
            return
        super().accept()

    def show_problems(self, problems: list[Problem], text: str = "") -> None:
        widgets = {"titles": self.titles.table, "type": self.type, "edition": self.edition,
                   "low_stock_threshold": self.threshold, "audiences": self.audiences}
        for widget in widgets.values():
            mark_invalid(widget, False)
        lines = [f"• {html.escape(field_label(p.field))}: {html.escape(message_text(p.message))}"
                 for p in problems] or [html.escape(text)]
        heading = html.escape(self.tr("Nothing was saved. Please correct:"))
        self.problems.setText(f"<b>{heading}</b><br>" + "<br>".join(lines))
        self.problems.show()
        for item in problems:
            if item.field in widgets:
                mark_invalid(widgets[item.field], True)
        first = next((widgets[p.field] for p in problems if p.field in widgets), None)
        if first is not None:
            first.setFocus()


def _ui_language() -> str:
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGE else "en"
