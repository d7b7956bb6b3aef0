"""The main window's actions for undoing deletes, the trash, a session's history and the
app lock: Undo delete (Ctrl+Z), Trash…, History… (Ctrl+H), Lock now (Ctrl+L), App lock…"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from riskedu.core.trash import CHILD_KINDS, MATERIAL, SESSION
from riskedu.ui.errors import reporting_errors
from riskedu.ui.history_dialog import HistoryDialog
from riskedu.ui.lock_dialog import LockSettingsDialog
from riskedu.ui.lock_screen import LockController
from riskedu.ui.safety_access import Restored
from riskedu.ui.trash_dialog import TrashDialog

if TYPE_CHECKING:
    from riskedu.ui.main_window import MainWindow


class SafetyActions(QObject):
    """Undo delete, Trash, History, Lock now and App lock, in the File and Session menus."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.safety = window.workspace.safety
        self.lock = LockController(window, self.safety)
        self.undo = self._action(self.undo_delete, QKeySequence.StandardKey.Undo)
        self.trash = self._action(self.show_trash, "Ctrl+Shift+T")
        self.history = self._action(self.show_history, "Ctrl+H")
        self.lock_now = self._action(self.lock.lock_now, "Ctrl+L")
        self.lock_settings = self._action(self.show_lock_settings)
        menus = window.actions
        menus.session_menu.addSeparator()
        menus.session_menu.addActions([self.history, self.undo, self.trash])
        first = menus.file_menu.actions()[-1]  # before Quit
        menus.file_menu.insertActions(first, [self.lock_now, self.lock_settings])
        menus.file_menu.insertSeparator(first)
        window.view.selectionModel().currentRowChanged.connect(lambda *_: self.update())
        self.update()

    def _action(self, slot, shortcut=None) -> QAction:
        item = QAction(self.window)
        if shortcut is not None:
            item.setShortcut(QKeySequence(shortcut))
            item.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        item.triggered.connect(slot)
        self.window.addAction(item)
        return item

    def retranslate_ui(self) -> None:
        texts = {
            self.undo: (self.tr("&Undo delete"), self.tr(
                "Bring back what was just deleted (Ctrl+Z)")),
            self.trash: (self.tr("&Trash…"), self.tr(
                "Deleted sessions, materials, participants and hazard reports, to restore "
                "until they are exported (Ctrl+Shift+T)")),
            self.history: (self.tr("&History…"), self.tr(
                "Who changed the selected final session, what and when (Ctrl+H)")),
            self.lock_now: (self.tr("&Lock now"), self.tr(
                "Hide everything until the passphrase is typed (Ctrl+L)")),
            self.lock_settings: (self.tr("App loc&k…"), self.tr(
                "Set, change or remove the passphrase that locks riskedu")),
        }
        for item, (text, tip) in texts.items():
            item.setText(text)
            item.setToolTip(tip)
            item.setStatusTip(tip)
        self.lock.retranslate_ui()

    def shutdown(self) -> None:
        self.lock.shutdown()

    def update(self) -> None:
        self.history.setEnabled(self.window.current_row() is not None)
        self.lock_now.setEnabled(self.lock.enabled)

    # Undo and the trash ---------------------------------------------------------------------

    def undo_delete(self) -> None:
        trash_id = self.safety.last_deleted
        if trash_id is None:
            self.window.statusBar().showMessage(self.tr("Nothing to undo."), 5000)
            return
        self.restore(trash_id)

    def restore(self, trash_id: str) -> Restored | None:
        with reporting_errors(self.window, self.tr("Could not restore")) as outcome:
            restored = self.safety.restore(trash_id)
        if outcome.failed:
            return None
        self.arrived(restored)
        self.window.statusBar().showMessage(self.tr("Restored."), 5000)
        return restored

    def arrived(self, restored: Restored) -> None:
        """Show a restored record where it belongs."""
        if restored.kind == SESSION:
            self.window.refresh_session(restored.record_id)
        elif restored.kind in CHILD_KINDS:  # back in its draft: in the list and the editor
            self.window.refresh_session(restored.session_id)
            self._show_in_editor(restored.session_id)
        elif restored.kind == MATERIAL and (page := self.window.pages.built("materials")):
            page.reload(select=restored.record_id)
        self.window.refresh_totals()

    def _show_in_editor(self, session_id: str) -> None:
        """An editor open on the session gets the restored line, keeping unsaved edits
        (saving without it would delete it again)."""
        editor = self.window.editor
        if editor is None or editor.session_id != session_id:
            return
        with reporting_errors(self.window, self.tr("Could not restore")) as outcome:
            form = self.window.workspace.load_form(session_id)
        if not outcome.failed:
            editor.lines_restored(form)

    def show_trash(self) -> TrashDialog:
        dialog = TrashDialog(self.safety, self.window)
        dialog.restored.connect(self.arrived)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    # History and the lock -----------------------------------------------------------------

    def show_history(self) -> HistoryDialog | None:
        row = self.window.current_row()
        if row is None:
            return None
        return HistoryDialog.show_for(self.safety, row.id, row.report_code, self.window)

    def show_lock_settings(self) -> LockSettingsDialog:
        dialog = LockSettingsDialog(self.safety, self.window)
        dialog.finished.connect(lambda _result: self._lock_settings_closed(dialog))
        dialog.open()
        return dialog

    def _lock_settings_closed(self, dialog: LockSettingsDialog) -> None:
        self.lock.reload()
        self.update()
        dialog.deleteLater()
