"""The session editor: every field of a session in tabs, saved as a draft or as final.

Nothing is saved until the core accepts the form; its problems are listed at the top,
each field outlined and the first one focused. While editing, the form is written to a
recovery file every second or so, so a crash or a power cut loses nothing.
"""

from __future__ import annotations

import copy
import html

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riskedu.core.categories import STATUS
from riskedu.core.forms import SessionForm
from riskedu.core.recovery import clear_recovery, write_recovery
from riskedu.core.validation import Problem, ValidationFailed
from riskedu.ui import settings
from riskedu.ui.attendance_grid import AttendanceSection
from riskedu.ui.editor_general import GeneralSection
from riskedu.ui.editor_lists import HazardsSection, PeopleSection
from riskedu.ui.editor_materials import MaterialsSection
from riskedu.ui.errors import USER_ERRORS, reporting_errors, show_error
from riskedu.ui.history_dialog import HistoryDialog
from riskedu.ui.location_picker import LocationSection
from riskedu.ui.print_menus import install_editor_printing
from riskedu.ui.text import choice_label, field_label, message_text
from riskedu.ui.widgets import (
    BANNER_STYLE,
    PROBLEMS_STYLE,
    FormSection,
    Retranslating,
    mark_invalid,
    watch_changes,
)
from riskedu.ui.workspace import Workspace

RECOVERY_DELAY_MS = 1000


class SessionEditor(Retranslating, QDialog):
    """Edits one session (new, draft, or a final record shown read-only until reopened)."""

    saved = Signal(object)  # SaveResult
    reopened = Signal(object)  # SaveResult

    def __init__(self, workspace: Workspace, form: SessionForm, *, restored: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._form = copy.deepcopy(form)
        self._marked: list[QWidget] = []
        self.general = GeneralSection()
        self.location = LocationSection(workspace)
        self.attendance = AttendanceSection()
        self.people = PeopleSection(workspace)
        self.hazards = HazardsSection()
        self.materials = MaterialsSection(workspace)
        self.sections: tuple[FormSection, ...] = (
            self.general, self.location, self.attendance, self.people, self.hazards,
            self.materials)
        self._build()
        for section in self.sections:
            section.load(self._form)
        self._baseline = None if restored else self.collect()[0].to_json()
        self._recovery_timer = QTimer(self)
        self._recovery_timer.setSingleShot(True)
        self._recovery_timer.setInterval(RECOVERY_DELAY_MS)
        self._recovery_timer.timeout.connect(self.write_recovery_now)
        watch_changes(self.tabs, self._changed)
        for section in self.sections:
            section.changed.connect(self._changed)
        self._apply_mode()
        self.retranslate_ui()
        geometry = settings.EDITOR_GEOMETRY.get()
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1040, 660)

    def _build(self) -> None:
        self.heading, self.status_label = QLabel(), QLabel()
        self.banner, self.problems = QLabel(), QLabel()
        self.banner.setStyleSheet(BANNER_STYLE)  # on these labels only: a style sheet
        self.problems.setStyleSheet(PROBLEMS_STYLE)  # higher up would hide palette tints
        self.problems.setWordWrap(True)
        self.problems.linkActivated.connect(self.focus_field)
        self.problems.hide()
        self.tabs = QTabWidget()
        for section in self.sections:
            self.tabs.addTab(section, "")
        self.save_draft_button, self.save_final_button = QPushButton(), QPushButton()
        self.reopen_button, self.cancel_button = QPushButton(), QPushButton()
        self.history_button = QPushButton()  # the audit trail of a saved record
        self.history_button.clicked.connect(self.show_history)
        self.save_draft_button.clicked.connect(lambda: self.save(finalise=False))
        self.save_final_button.clicked.connect(lambda: self.save(finalise=True))
        self.reopen_button.clicked.connect(self.reopen)
        self.cancel_button.clicked.connect(self.reject)
        self.keys_hint = QLabel()
        self.print_button = install_editor_printing(self, self._workspace, lambda: self._form)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.status_label)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.keys_hint)
        bottom.addStretch(1)
        for button in (self.print_button, self.history_button, self.reopen_button,
                       self.save_draft_button, self.save_final_button, self.cancel_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.problems)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field must never save
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save(finalise=False))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, lambda: self.save(finalise=True))

    def retranslate_ui(self) -> None:
        for index, text in enumerate((self.tr("&1 Session"), self.tr("&2 Place"),
                                      self.tr("&3 Attendance"), self.tr("&4 People"),
                                      self.tr("&5 Hazards"), self.tr("&6 Materials"))):
            self.tabs.setTabText(index, text)
        code = self._form.report_code
        title = self.tr("Session {code}").format(code=code) if code else self.tr("New session")
        self.setWindowTitle(self.tr("{title} – riskedu").format(title=title))
        self.heading.setText(f"<span style='font-size:14pt; font-weight:600'>"
                             f"{html.escape(title)}</span>")
        self.status_label.setText(f"<i>{html.escape(choice_label(STATUS, self._form.status))}"
                                  f"</i>")
        self.banner.setText(self.tr("This record is final: you can read it but not change it. "
                                    "Reopen it for correction to change it; the reopening is "
                                    "recorded with your name."))
        self.save_draft_button.setText(self.tr("Sa&ve draft"))
        self.save_draft_button.setToolTip(self.tr("Save without checking completeness (Ctrl+S)"))
        self.save_final_button.setText(self.tr("Save as fina&l"))
        self.save_final_button.setToolTip(self.tr("Check every rule and save as a final record "
                                                  "(Ctrl+Enter)"))
        self.reopen_button.setText(self.tr("&Reopen for correction"))
        self.history_button.setText(self.tr("&History…"))
        self.history_button.setToolTip(self.tr("Who changed this record, what and when"))
        self.cancel_button.setText(self.tr("Close") if self.read_only else self.tr("Cancel"))
        self.keys_hint.setText(self.tr("Alt+1…6 switch tabs") if self.read_only else self.tr(
            "Alt+1…6 switch tabs · Ctrl+S save draft · Ctrl+Enter save as final"))

    @property
    def read_only(self) -> bool:
        return self._form.status != "draft"

    def _apply_mode(self) -> None:
        for section in self.sections:
            section.set_read_only(self.read_only)
        self.banner.setVisible(self.read_only)
        self.reopen_button.setVisible(self.read_only)
        self.history_button.setVisible(bool(self._form.id))
        self.save_draft_button.setVisible(not self.read_only)
        self.save_final_button.setVisible(not self.read_only)

    # The form --------------------------------------------------------------------------

    def collect(self) -> tuple[SessionForm, list[Problem]]:
        """The form as the inputs show it, and the inputs that could not be read."""
        form = copy.deepcopy(self._form)
        problems: list[Problem] = []
        for section in self.sections:
            problems += section.store(form)
        return form, problems

    @property
    def session_id(self) -> str:
        return self._form.id or ""

    def lines_restored(self, saved: SessionForm) -> None:
        """Roster entries or hazard reports of this session came back from the trash
        (`saved` is the session as saved now): show them, keeping any unsaved edits."""
        if not self.is_dirty():
            self._form = copy.deepcopy(saved)
            for section in self.sections:
                section.load(self._form)
            self._baseline = self.collect()[0].to_json()
            return
        for table, attr in ((self.people.roster, "participants"),
                            (self.hazards.reports, "hazard_reports")):
            shown = table.lines()
            known = {line.id for line in shown}
            back = [line for line in getattr(saved, attr) if line.id not in known]
            if back:
                table.set_lines(shown + back)

    def is_dirty(self) -> bool:
        if self.read_only:
            return False
        return self._baseline is None or self.collect()[0].to_json() != self._baseline

    def _changed(self) -> None:
        if self.read_only:
            return
        self._recovery_timer.start()
        focus = QApplication.focusWidget()
        for widget in [w for w in self._marked if focus and (w is focus or w.isAncestorOf(focus))]:
            mark_invalid(widget, False)  # the user is fixing it
            self._marked.remove(widget)

    def write_recovery_now(self) -> None:
        self._recovery_timer.stop()
        if not self.is_dirty():
            return
        try:
            write_recovery(self._workspace.recovery_file, self.collect()[0])
        except OSError as exc:  # a full disk must not interrupt typing; say it once
            show_error(self, self.tr("Could not keep a safety copy of this edit"), exc)

    def _forget_recovery(self) -> None:
        self._recovery_timer.stop()
        try:
            clear_recovery(self._workspace.recovery_file)
        except OSError:
            pass

    # Saving ----------------------------------------------------------------------------

    def save(self, *, finalise: bool) -> bool:
        """Save (as final when `finalise`); on success close the editor."""
        if self.read_only:
            return False
        form, problems = self.collect()
        if problems:
            self.show_problems(problems)
            return False
        try:
            result = self._workspace.save(form, finalise=finalise)
        except ValidationFailed as exc:
            self.show_problems(exc.problems)
            return False
        except USER_ERRORS as exc:
            show_error(self, self.tr("The session was not saved"), exc)
            return False
        self._forget_recovery()
        self._baseline = form.to_json()
        self.saved.emit(result)
        self.accept()
        return True

    def show_problems(self, problems: list[Problem]) -> None:
        """List what must be fixed, outline those fields and go to the first."""
        for widget in self._marked:
            mark_invalid(widget, False)
        self._marked = [w for w in (self.field_widget(p.field) for p in problems) if w]
        for widget in self._marked:
            mark_invalid(widget, True)
        lines = [f"• <a href='{html.escape(p.field)}'>{html.escape(field_label(p.field))}</a>: "
                 f"{html.escape(message_text(p.message))}" for p in problems]
        heading = html.escape(self.tr("Nothing was saved. Please correct %Ln problem(s):", "",
                                      len(problems)))
        self.problems.setText(f"<b>{heading}</b><br>" + "<br>".join(lines))
        self.problems.setVisible(bool(problems))
        if problems:
            self.focus_field(problems[0].field)

    def problem_lines(self) -> list[str]:
        """The problems shown, as plain text lines."""
        if self.problems.isHidden():
            return []
        doc = self.problems.text().replace("<br>", "\n")
        plain = "".join(part.split(">")[-1] for part in doc.split("<"))
        return [html.unescape(line) for line in plain.splitlines()[1:]]

    def field_widget(self, field: str) -> QWidget | None:
        for section in self.sections:
            widget = section.field_widget(field)
            if widget is not None:
                return widget
        return None

    def focus_field(self, field: str) -> None:
        widget = self.field_widget(field)
        if widget is None:
            return
        for index, section in enumerate(self.sections):
            if section.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
        widget.setFocus()

    # Closing and reopening -------------------------------------------------------------

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("This session has changes that are not saved. Save them as a draft?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Save:
                self.save(finalise=False)
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._forget_recovery()
        super().reject()

    def done(self, result: int) -> None:
        settings.EDITOR_GEOMETRY.set(self.saveGeometry())
        super().done(result)

    def show_history(self) -> HistoryDialog | None:
        if not self._form.id:
            return None
        return HistoryDialog.show_for(self._workspace.safety, self._form.id,
                                      self._form.report_code, self)

    def reopen(self) -> None:
        """Put this final record back to draft for correction (who and when recorded)."""
        with reporting_errors(self, self.tr("Could not reopen the session")) as outcome:
            result = self._workspace.reopen(self._form.id)
        if outcome.failed:
            return
        self._form.status = result.status
        self._apply_mode()
        self.retranslate_ui()
        self._baseline = self.collect()[0].to_json()
        self.reopened.emit(result)
