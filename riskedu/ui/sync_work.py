"""The progress bar and Cancel button of long sync work (export, preview, import).

The work runs on a worker thread and reports through `progress(done, total)`; the
answer tells it whether to go on. Cancel only asks: the engine stops between two steps
where nothing is half-written, and its `Cancelled` comes back as the work's failure.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from riskedu.sync.progress import Progress
from riskedu.ui.widgets import Retranslating


class WorkBar(Retranslating, QWidget):
    """Shows how far long work is and lets the person cancel it."""

    progressed = Signal(int, int)  # emitted on the worker thread, shown on the GUI thread

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar, self.cancel_button = QProgressBar(), QPushButton()
        self._cancel = threading.Event()
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progressed.connect(self._show)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop: no file is written and nothing is "
                                              "imported"))

    def start(self) -> Progress:
        """Show the bar (busy until the first report); the callback for the worker."""
        self._cancel.clear()
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()
        cancel, progressed = self._cancel, self.progressed

        def progress(done: int, total: int) -> bool:
            progressed.emit(done, total)
            return not cancel.is_set()
        return progress

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)  # asked once; the work stops at its next step

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def finish(self) -> None:
        self.hide()

    def _show(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
