"""Where printing appears in the main window and the session editor: the Session menu,
the tool bar, the sessions list's context menu and the editor's Print button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QToolButton

from riskedu.core.forms import SessionForm
from riskedu.ui.print_actions import PrintTarget, SessionPrinting, editor_ready
from riskedu.ui.print_jobs import PrintRunner

if TYPE_CHECKING:
    from riskedu.ui.main_window import MainWindow
    from riskedu.ui.session_editor import SessionEditor
    from riskedu.ui.workspace import Workspace


def _list_target(window: MainWindow) -> PrintTarget | None:
    row = window.current_row()
    return PrintTarget(row.id, row.report_code) if row is not None else None


def install_printing(window: MainWindow) -> SessionPrinting:
    """Print actions for the selected session, and the window's print runner."""
    window.print_runner = PrintRunner(window)
    printing = SessionPrinting(window, window.workspace, lambda: _list_target(window))
    window.actions.session_menu.addSeparator()
    window.actions.session_menu.addMenu(printing.menu)
    button = QToolButton()
    button.setObjectName("print_button")
    button.setMenu(printing.menu)
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
    return printing


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
