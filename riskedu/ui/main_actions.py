"""The main window's actions, with their shortcuts, menus and tool bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar

import riskedu
from riskedu.core.validation import ValidationFailed
from riskedu.ui.errors import USER_ERRORS, describe_error, reporting_errors, show_error
from riskedu.ui.language_switch import LanguageMenu
from riskedu.ui.text import format_date

if TYPE_CHECKING:
    from riskedu.ui.main_window import MainWindow


class MainActions(QObject):
    """New, open, finalise, reopen, delete, find, refresh and quit: shortcuts, menus, tool
    bar, and the status changes of the selected session."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

        def action(slot: Callable[[], object],
                   shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                   ) -> QAction:
            item = QAction(window)
            if shortcut is not None:
                item.setShortcut(QKeySequence(shortcut))
            item.triggered.connect(slot)
            return item

        self.new = action(window.new_session, QKeySequence.StandardKey.New)
        self.open = action(self._open_current)
        self.finalise = action(self.finalise_current, "Ctrl+Shift+F")
        self.reopen = action(self.reopen_current, "Ctrl+Shift+R")
        self.delete = action(self.delete_current, QKeySequence.StandardKey.Delete)
        self.find = action(self._focus_search, QKeySequence.StandardKey.Find)
        self.refresh = action(window.apply_filter, QKeySequence.StandardKey.Refresh)
        self.clear_filters = action(window.filter_bar.clear)
        self.quit = action(window.close, QKeySequence.StandardKey.Quit)
        self.about = action(self._about)
        self.backups = action(self._backups)
        self.export_bundle = action(lambda: self._sync_page().choose_export_folder(), "Ctrl+E")
        self.import_bundles = action(lambda: self._sync_page().choose_import_files(), "Ctrl+I")
        self.show_conflicts = action(lambda: window.pages.setCurrentWidget(window.conflicts_page))
        # Enter on a row opens it through the view's `activated` signal; the shortcut
        # here is only shown in the menu.
        self.open.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.view.addAction(self.delete)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for item in (self.new, self.open, None, self.finalise, self.reopen, None, self.delete):
            if item is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(item)
        window.addToolBar(self.toolbar)
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new, self.open])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backups)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.session_menu = bar.addMenu("")
        self.session_menu.addActions([self.finalise, self.reopen])
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.delete)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.find, self.clear_filters, self.refresh])
        self.sync_menu = bar.addMenu("")
        self.sync_menu.addActions([self.export_bundle, self.import_bundles, self.show_conflicts])
        self.language_menu = LanguageMenu(window)
        bar.addMenu(self.language_menu)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about)
        self.update()

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.session_menu.setTitle(self.tr("&Session"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.sync_menu.setTitle(self.tr("S&ync"))
        texts = {
            self.new: (self.tr("&New session"), self.tr("Log a new session (Ctrl+N)")),
            self.open: (self.tr("&Open"), self.tr("Open the selected session (Enter or "
                                                   "double-click)")),
            self.finalise: (self.tr("&Finalise"), self.tr(
                "Check every rule and make the selected draft final (Ctrl+Shift+F)")),
            self.reopen: (self.tr("&Reopen for correction"), self.tr(
                "Make the selected final record a draft again; who and when is recorded "
                "(Ctrl+Shift+R)")),
            self.delete: (self.tr("&Delete…"), self.tr("Delete the selected session (Del)")),
            self.find: (self.tr("&Search"), self.tr("Search the sessions (Ctrl+F)")),
            self.clear_filters: (self.tr("&Clear filters"), self.tr("Show every session")),
            self.refresh: (self.tr("&Refresh"), self.tr("Read the list again (F5)")),
            self.quit: (self.tr("&Quit"), self.tr("Close riskedu (Ctrl+Q)")),
            self.about: (self.tr("&About riskedu"), ""),
            self.backups: (self.tr("&Backups…"), self.tr(
                "Back up now, choose where backups go, restore one, check the database")),
            self.export_bundle: (self.tr("&Export a bundle…"), self.tr(
                "Write this laptop's changes into one file for headquarters (Ctrl+E)")),
            self.import_bundles: (self.tr("&Import bundles…"), self.tr(
                "Check and import bundles from field laptops (Ctrl+I)")),
            self.show_conflicts: (self.tr("&Conflicts"), self.tr(
                "Records changed on two installations, to resolve (Alt+4)")),
        }
        for item, (text, tip) in texts.items():
            item.setText(text)
            item.setToolTip(tip or text.replace("&", ""))
            item.setStatusTip(tip)

    def update(self) -> None:
        """Enable what makes sense for the selected session."""
        row = self.window.current_row()
        self.open.setEnabled(row is not None)
        self.delete.setEnabled(row is not None)
        self.finalise.setEnabled(row is not None and row.status == "draft")
        self.reopen.setEnabled(row is not None and row.status == "final")

    def _open_current(self) -> None:
        row = self.window.current_row()
        if row is not None:
            self.window.open_session(row.id)

    def _sync_page(self):
        self.window.pages.setCurrentWidget(self.window.sync_page)
        return self.window.sync_page

    def _focus_search(self) -> None:
        self.window.filter_bar.search.setFocus()
        self.window.filter_bar.search.selectAll()

    def _backups(self) -> None:
        from riskedu.ui.backups_dialog import BackupsDialog

        def restore(backup) -> bool:
            self.window.restore_requested.emit(backup)  # done once the dialog has closed
            return True

        dialog = BackupsDialog(self.window.workspace.db.path, restore, self.window)
        dialog.exec()
        dialog.deleteLater()

    def _about(self) -> None:
        QMessageBox.about(self.window, self.tr("About riskedu"), self.tr(
            "<b>riskedu {version}</b><br>Field logbook for explosive ordnance risk "
            "education.<br><br>Cambodian administrative units: General Directorate of Digital "
            "Economy, Ministry of Economy and Finance (data.mef.gov.kh).").format(
                version=riskedu.__version__))

    # Status changes of the selected session ---------------------------------------------

    def finalise_current(self) -> None:
        row = self.window.current_row()
        if row is None:
            return
        try:
            result = self.window.workspace.finalise(row.id)
        except ValidationFailed as exc:
            answer = QMessageBox.question(
                self.window, self.tr("Not ready to be final"),
                self.tr("{code} cannot be final yet:\n{problems}\n\nOpen it to complete it?")
                .format(code=row.report_code, problems=describe_error(exc)))
            if answer == QMessageBox.StandardButton.Yes:
                editor = self.window.open_session(row.id)
                if editor is not None:
                    editor.show_problems(exc.problems)
            return
        except USER_ERRORS as exc:
            show_error(self.window, self.tr("Could not finalise the session"), exc)
            return
        self.window.saved(result)

    def reopen_current(self) -> None:
        row = self.window.current_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Reopen for correction"),
            self.tr("Reopen {code} for correction? It becomes a draft again; your name and "
                    "the time are recorded.").format(code=row.report_code))
        if answer != QMessageBox.StandardButton.Yes:
            return
        with reporting_errors(self.window, self.tr("Could not reopen the session")) as outcome:
            result = self.window.workspace.reopen(row.id)
        if not outcome.failed:
            self.window.reopened(result)

    def delete_current(self) -> None:
        row = self.window.current_row()
        if row is None:
            return
        answer = QMessageBox.warning(
            self.window, self.tr("Delete session"),
            self.tr("Delete session {code} ({village}, {date})? It disappears from the list "
                    "and from totals.").format(code=row.report_code,
                                               village=self.window.model.village_text(row),
                                               date=format_date(row.session_date)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        with reporting_errors(self.window, self.tr("Could not delete the session")) as outcome:
            self.window.workspace.delete(row.id)
        if outcome.failed:
            return
        self.window.model.remove_session(row.id)
        self.window.refresh_totals()
        self.update()
        self.window.statusBar().showMessage(self.tr(
            "Deleted {code}. Ctrl+Z brings it back; so does Session › Trash until the next "
            "export.").format(code=row.report_code), 15000)
