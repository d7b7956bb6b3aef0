"""The print preview: a generated PDF shown page by page, with Print and Save as PDF.

The preview owns its file: it lives in the window's print folder and is removed when
the preview closes, whether it was printed, saved or neither.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from riskedu.ui import settings
from riskedu.ui.print_files import PrintFolder, safe_file_name, save_copy, save_error_text
from riskedu.ui.print_paper import chosen_pages, page_setup, print_document
from riskedu.ui.text import format_count
from riskedu.ui.widgets import Retranslating

log = logging.getLogger("riskedu.ui")
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH, FIT_PAGE = "width", "page"


class PrintPreview(Retranslating, QDialog):
    """Shows one generated PDF; prints it through the system dialog or saves a copy."""

    saved = Signal(str)  # the path a copy was saved to
    printed = Signal(int)  # how many pages went to the printer

    def __init__(self, path: Path, title: str, file_name: str,
                 parent: QWidget | None = None, *, owns_file: bool = True):
        super().__init__(parent)
        self.path, self.title, self.file_name = path, title, safe_file_name(file_name)
        self._owns_file = owns_file
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.page_spin, self.page_count_label = QSpinBox(), QLabel()
        self.previous_button, self.next_button = QPushButton(), QPushButton()
        self.zoom_out_button, self.zoom_in_button = QToolButton(), QToolButton()
        self.zoom_combo = QComboBox()
        self.print_button, self.save_button = QPushButton(), QPushButton()
        self.close_button = QPushButton()
        self.page_label = QLabel()
        self.load_error = self.document.load(str(path))
        self._build()
        self.retranslate_ui()
        self._update_navigation()
        self.resize(900, 760)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _build(self) -> None:
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.pageNavigator().currentPageChanged.connect(self._update_navigation)
        self.page_spin.setRange(1, max(1, self.page_count))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("00000") + 36)
        self.page_spin.valueChanged.connect(lambda number: self.go_to_page(number - 1))
        self.page_label.setBuddy(self.page_spin)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(+1))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_combo.activated.connect(self._zoom_chosen)
        self.print_button.clicked.connect(self.print_pages)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.close_button.clicked.connect(self.reject)
        bar = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.page_spin,
                       self.page_count_label, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (self.zoom_out_button, self.zoom_combo, self.zoom_in_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        for keys, slot in ((QKeySequence.StandardKey.Print, self.print_pages),
                           (QKeySequence.StandardKey.Save, self.save_as_pdf),
                           (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(+1)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
                           ("Ctrl+0", lambda: self.set_zoom(FIT_WIDTH)),
                           ("Ctrl+=", lambda: self.step_zoom(+1))):
            QShortcut(QKeySequence(keys), self, slot)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.print_button.setDefault(True)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print preview – {title}").format(title=self.title))
        self.previous_button.setText(self.tr("‹ Pre&vious"))
        self.next_button.setText(self.tr("Ne&xt ›"))
        self.page_label.setText(self.tr("Pa&ge"))
        self.page_count_label.setText(self.tr("of {count}").format(
            count=format_count(self.page_count)))
        self.zoom_out_button.setText("−")
        self.zoom_in_button.setText("+")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self._fill_zoom_combo()
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Choose a printer and print (Ctrl+P)"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.save_button.setToolTip(self.tr("Keep a copy of this document as a PDF file "
                                            "(Ctrl+S)"))
        self.close_button.setText(self.tr("&Close"))

    def _fill_zoom_combo(self) -> None:
        current = self.zoom_combo.currentData()
        self.zoom_combo.clear()
        self.zoom_combo.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom_combo.addItem(self.tr("Whole page"), FIT_PAGE)
        for factor in ZOOMS:
            self.zoom_combo.addItem(f"{format_count(round(factor * 100))} %", factor)
        index = self.zoom_combo.findData(current)
        self.zoom_combo.setCurrentIndex(max(0, index))

    # Pages and zoom --------------------------------------------------------------------

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count and page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator()
                                           .currentZoom())
        self._update_navigation()

    def _update_navigation(self) -> None:
        page = self.current_page()
        blocked = self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(blocked)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < self.page_count)
        has_pages = self.page_count > 0
        for widget in (self.print_button, self.save_button, self.page_spin):
            widget.setEnabled(has_pages)

    def set_zoom(self, zoom: float | str) -> None:
        """A factor (1.0 is 100 %), or FIT_WIDTH / FIT_PAGE."""
        if zoom == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif zoom == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(zoom))
        index = self.zoom_combo.findData(zoom)
        if index >= 0:
            self.zoom_combo.setCurrentIndex(index)

    def zoom_factor(self) -> float | str:
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            return FIT_WIDTH
        if mode == QPdfView.ZoomMode.FitInView:
            return FIT_PAGE
        return self.view.zoomFactor()

    def step_zoom(self, direction: int) -> None:
        """The next larger (+1) or smaller (-1) of the usual zoom factors."""
        current = self.zoom_factor()
        if isinstance(current, str):
            current = 1.0
        bigger = [z for z in ZOOMS if z > current + 1e-6]
        smaller = [z for z in ZOOMS if z < current - 1e-6]
        if direction > 0 and bigger:
            self.set_zoom(bigger[0])
        elif direction < 0 and smaller:
            self.set_zoom(smaller[-1])

    def _zoom_chosen(self, index: int) -> None:
        self.set_zoom(self.zoom_combo.itemData(index))

    # Print and save ---------------------------------------------------------------------

    def print_pages(self) -> bool:
        """Ask for a printer and pages in the system dialog, then print them."""
        if self.page_count < 1:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        page_setup(printer, self.document)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self.title))
        dialog.setMinMax(1, self.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        pages = chosen_pages(printer, self.page_count)
        progress = QProgressDialog(self.tr("Sending pages to the printer…"), self.tr("Cancel"),
                                   0, len(pages), self)
        progress.setWindowTitle(self.tr("Printing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def keep_going(done: int, total: int) -> bool:
            progress.setValue(done)
            progress.setLabelText(self.tr("Sending page {done} of {total} to the printer…")
                                  .format(done=format_count(done + 1 if done < total else done),
                                          total=format_count(total)))
            return not progress.wasCanceled()

        ok = print_document(self.document, printer, pages, keep_going)
        progress.close()
        if ok:
            self.printed.emit(len(pages))
        elif not progress.wasCanceled():
            QMessageBox.warning(self, self.tr("Could not print"), self.tr(
                "The printer {printer} did not accept the document. Check that it is "
                "switched on and connected, or save the document as a PDF and print it "
                "from another computer.").format(printer=printer.printerName()))
        return ok

    def save_as_pdf(self) -> Path | None:
        """Ask where, then write a copy there atomically; the path saved to, or None."""
        if self.page_count < 1:
            return None
        folder = settings.PRINT_SAVE_FOLDER.get() or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save {title} as PDF").format(title=self.title),
            str(Path(folder) / f"{self.file_name}.pdf"), self.tr("PDF documents (*.pdf)"))
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            save_copy(self.path, target)
        except OSError as exc:
            log.warning("Could not save %s: %s", target, exc)
            QMessageBox.warning(self, self.tr("The PDF was not saved"),
                                save_error_text(exc, self.path, target))
            return None
        settings.PRINT_SAVE_FOLDER.set(str(target.parent))
        self.saved.emit(str(target))
        return target

    # Closing ----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.document.close()  # release the file before it is removed
        if self._owns_file:
            PrintFolder.discard(self.path)
        super().done(result)
