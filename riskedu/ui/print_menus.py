"""Where printing appears in the main window and the session editor: the Session menu,
the tool bar, the sessions list's context menu, the editor's Print button, the Settings
menu (organisation details) and the Tools menu (period summary, verify a certificate)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QToolButton

from riskedu.core.forms import SessionForm
from riskedu.ui.organisation_dialog import edit_organisation_details
from riskedu.ui.print_actions import PrintTarget, SessionPrinting, editor_ready
from riskedu.ui.print_jobs import PrintRunner
from riskedu.ui.verify_dialog import VerifyDialog

if TYPE_CHECKING:
    from riskedu.ui.main_window import MainWindow
    from riskedu.ui.session_editor import SessionEditor
    from riskedu.ui.workspace import Workspace


def _list_target(window: MainWindow) -> PrintTarget | None:
    row = window.current_row()
    return PrintTarget(row.id, row.report_code) if row is not None else None


def menu_named(window: MainWindow, name: str, before: QMenu | None = None) -> QMenu:
    """The window's menu with object name `name`, added (before `before`) when missing:
    menus such as Settings and Tools are shared by several features."""
    found = window.menuBar().findChild(QMenu, name)
    if found is not None:
        return found
    menu = QMenu(window.menuBar())
    menu.setObjectName(name)
    if before is not None:
        window.menuBar().insertMenu(before.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    return menu


class WindowPrinting(QObject):
    """The main window's printing: the selected session's documents, the Reports page,
    organisation details (Settings menu) and certificate checks (Tools menu)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        window.print_runner = PrintRunner(window)
        self.session = SessionPrinting(window, window.workspace, lambda: _list_target(window))
        self.organisation = QAction(window)
        self.organisation.triggered.connect(
            lambda: edit_organisation_details(window.workspace, window))
        self.verify = QAction(window)
        self.verify.triggered.connect(self.open_verify)
        self.reports = QAction(window)
        self.reports.triggered.connect(lambda: window.pages.setCurrentWidget(
            window.pages.page("reports")))
        before = window.actions.language_menu
        self.settings_menu = menu_named(window, "settings_menu", before)
        self.settings_menu.addAction(self.organisation)
        self.tools_menu = menu_named(window, "tools_menu", before)
        self.tools_menu.addActions([self.reports, self.verify])
        self._install_session_actions()
        window.installEventFilter(self)
        self.retranslate_ui()

    def _install_session_actions(self) -> None:
        window, printing = self.window, self.session
        window.actions.session_menu.addSeparator()
        window.actions.session_menu.addMenu(printing.menu)
        button = QToolButton()
        button.setObjectName("print_button")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setDefaultAction(printing.menu.menuAction())
        window.actions.toolbar.addSeparator()
        window.actions.toolbar.addWidget(button)
        view = window.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(
            lambda pos: _context_menu(window, printing, view.viewport().mapToGlobal(pos)))
        view.selectionModel().currentRowChanged.connect(lambda *_: printing.update())
        window.model.modelReset.connect(printing.update)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.settings_menu.setTitle(self.tr("Se&ttings"))
        self.tools_menu.setTitle(self.tr("T&ools"))
        texts = {
            self.organisation: (self.tr("&Organisation details for printing…"), self.tr(
                "The organisation's name in each language, its logo and who signs "
                "certificates")),
            self.verify: (self.tr("&Verify a certificate…"), self.tr(
                "Tell a genuine certificate from a forged one by its QR code or number")),
            self.reports: (self.tr("&Period summary…"), self.tr(
                "Print the summary of all sessions of a period and area (Alt+7)")),
        }
        for item, (text, tip) in texts.items():
            item.setText(text)
            item.setToolTip(tip)
            item.setStatusTip(tip)

    def open_verify(self) -> VerifyDialog:
        dialog = VerifyDialog(self.window.workspace, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def install_printing(window: MainWindow) -> WindowPrinting:
    return WindowPrinting(window)


def _context_menu(window: MainWindow, printing: SessionPrinting, where) -> None:
    if window.current_row() is None:
        return
    menu = printing.menu
    menu.popup(where)


def _form_target(form: SessionForm) -> PrintTarget | None:
    if not form.id or not form.report_code:
        return None  # never saved: nothing to print yet
    return PrintTarget(form.id, form.report_code)


def install_editor_printing(editor: SessionEditor, workspace: Workspace,
                            form: Callable[[], SessionForm]) -> QPushButton:
    """A Print button (with its menu) for the saved session the editor shows."""
    printing = SessionPrinting(editor, workspace, lambda: _form_target(form()),
                               lambda: editor_ready(editor))
    button = QPushButton()
    button.setAutoDefault(False)
    button.setMenu(printing.menu)
    printing.menu.menuAction().changed.connect(
        lambda: button.setText(printing.menu.title()))
    button.setText(printing.menu.title())
    button.setEnabled(printing.menu.isEnabled())
    editor.printing = printing
    for item in printing.actions:
        editor.addAction(item)  # Ctrl+Shift+P works inside the editor
    return button
