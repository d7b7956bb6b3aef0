"""PDFs for the print window tests, drawn with plain reportlab, and a print dialog that
answers by itself (sending the job into a PDF file instead of a printer)."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from riskedu.core.forms import ParticipantLine
from riskedu.ui.print_options import PrintOptionsDialog

from ui_helpers import saved_session


def make_pdf(path: Path, pages: int, size: tuple[float, float] = A4,
             label: str = "Page") -> Path:
    """A real PDF of `pages` pages, each saying its number."""
    drawing = canvas.Canvas(str(path), pagesize=size)
    for number in range(1, pages + 1):
        drawing.setFont("Helvetica", 28)
        drawing.drawString(72, size[1] - 120, f"{label} {number} of {pages}")
        drawing.rect(36, 36, size[0] - 72, size[1] - 72)
        drawing.showPage()
    drawing.save()
    return path


def landscape_a4() -> tuple[float, float]:
    return landscape(A4)


def answer_print_dialog(monkeypatch, output: Path, page_range: tuple[int, int] | None = None,
                        accept: bool = True) -> list[QPrinter]:
    """The system print dialog 'chooses' a PDF printer writing `output` (and a page range);
    returns the printers it was shown with."""
    seen: list[QPrinter] = []

    def exec_(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        seen.append(printer)
        if not accept:
            return QDialog.DialogCode.Rejected
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        if page_range is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*page_range)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return seen


def read_only_folder(tmp_path: Path) -> Path:
    """A folder that refuses new files, for real: a mode-555 folder, or (as root, who may
    write anywhere on a normal disk) the kernel's read-only /sys."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    if os.geteuid() == 0:
        return Path("/sys")
    return folder


KHMER_NAMES = ("សុខ ចាន់ធា", "ស្រី បណ្តុះបណ្តាល", "កែវ ស្រីពៅ")


def roster_session(db, names=KHMER_NAMES, *, final: bool = True):
    """A saved session with `names` on its roster; its SaveResult."""
    participants = [ParticipantLine(name=name, sex="female" if i % 2 else "male", age=20 + i % 50)
                    for i, name in enumerate(names)]
    return saved_session(db, final=final, participants=participants)


def answer_options(monkeypatch, **fields) -> list:
    """The print options dialog 'chooses' `fields` (language, page_size, landscape, material,
    copies) and presses Preview; returns what each dialog showed (kind, heading, materials
    offered). `cancel=True` cancels."""
    shown = []
    cancel = fields.pop("cancel", False)

    def exec_(dialog: PrintOptionsDialog) -> int:
        shown.append(SimpleNamespace(kind=dialog.kind, heading=dialog.heading.text(), materials=[
            dialog.material.itemText(i) for i in range(dialog.material.count())]))
        if cancel:
            dialog.reject()
            return QDialog.DialogCode.Rejected
        for name, value in fields.items():
            if name == "landscape":
                (dialog.landscape if value else dialog.portrait).setChecked(True)
            elif name == "copies":
                dialog.copies.setValue(value)
            else:
                combo = getattr(dialog, name)
                index = combo.findData(value)
                assert index >= 0, f"{name} {value!r} is not offered"
                combo.setCurrentIndex(index)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PrintOptionsDialog, "exec", exec_)
    return shown
