"""Print actions on a session (Certificates…, Session summary…, Handouts…), shared by the
sessions list and the session editor: options dialog, then the job and its preview."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from riskedu.core.materials import MaterialFilter, MaterialRow
from riskedu.ui.errors import USER_ERRORS
from riskedu.ui.print_access import PrintAccess
from riskedu.ui.print_jobs import PrintJob, runner_for
from riskedu.ui.print_options import CERTIFICATES, HANDOUTS, SUMMARY, ask_choice
from riskedu.ui.workspace import Workspace


@dataclass(frozen=True)
class PrintTarget:
    """The saved session to print, by id, with the code people know it by."""

    session_id: str
    report_code: str


class SessionPrinting(QObject):
    """Certificates, the session summary and handouts for the current session of `owner`."""

    def __init__(self, owner: QWidget, workspace: Workspace,
                 current: Callable[[], PrintTarget | None],
                 ready: Callable[[], bool] = lambda: True):
        super().__init__(owner)
        self.owner, self.workspace = owner, workspace
        self._current, self._ready = current, ready
        self.certificates = QAction(owner)
        self.summary = QAction(owner)
        self.handouts = QAction(owner)
        self.certificates.triggered.connect(lambda: self.print_document(CERTIFICATES))
        self.summary.triggered.connect(lambda: self.print_document(SUMMARY))
        self.handouts.triggered.connect(lambda: self.print_document(HANDOUTS))
        self.certificates.setShortcut("Ctrl+Shift+P")
        self.menu = QMenu(owner)
        self.menu.addActions([self.certificates, self.summary, self.handouts])
        owner.installEventFilter(self)  # retranslated with its owner
        self.retranslate_ui()
        self.update()

    @property
    def access(self) -> PrintAccess:
        return self.workspace.printing

    @property
    def actions(self) -> list[QAction]:
        return [self.certificates, self.summary, self.handouts]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.owner and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Print"))
        texts = {
            self.certificates: (self.tr("&Certificates…"), self.tr(
                "Print a certificate for each participant of the session (Ctrl+Shift+P)")),
            self.summary: (self.tr("Session &summary…"), self.tr(
                "Print a one-page summary of the session")),
            self.handouts: (self.tr("&Handouts…"), self.tr(
                "Print copies of a material or of the standard safety messages")),
        }
        for item, (text, tip) in texts.items():
            item.setText(text)
            item.setToolTip(tip)
            item.setStatusTip(tip)

    def update(self) -> None:
        enabled = self._current() is not None
        for item in self.actions:
            item.setEnabled(enabled)
        self.menu.setEnabled(enabled)

    def _materials(self) -> list[MaterialRow]:
        try:
            return self.workspace.materials.list(MaterialFilter())
        except USER_ERRORS:  # the safety sheet can still be printed
            return []

    def print_document(self, kind: str) -> bool:
        """Ask for the options, then prepare the document in the background."""
        target = self._current()
        if target is None or not self._ready():
            return False
        materials = self._materials() if kind == HANDOUTS else []
        choice = ask_choice(kind, target.report_code, self.owner, materials)
        if choice is None:
            return False
        if kind == CERTIFICATES:
            job = PrintJob(self.tr("certificates of {code}").format(code=target.report_code),
                           f"{target.report_code} certificates",
                           self.access.certificates(target.session_id, choice))
        elif kind == SUMMARY:
            job = PrintJob(self.tr("the summary of {code}").format(code=target.report_code),
                           f"{target.report_code} summary",
                           self.access.session_summary(target.session_id, choice))
        else:
            job = PrintJob(self.tr("handouts for {code}").format(code=target.report_code),
                           f"{target.report_code} handouts", self.access.handouts(choice))
        return runner_for(self.owner).start(job, self.owner)


def editor_ready(editor: QWidget) -> bool:
    """Documents print the saved record: an editor with unsaved changes says so first."""
    if not editor.is_dirty():
        return True
    QMessageBox.information(editor, QCoreApplication.translate("SessionPrinting", "Save first"),
                            QCoreApplication.translate(
        "SessionPrinting", "Documents are printed from the saved session. Save your changes "
        "(as a draft or as final), then print."))
    return False
