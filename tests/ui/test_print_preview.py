"""The print preview on real PDFs: pages shown, navigation, zoom, printing through the
system dialog into a real PDF printer, and Save as PDF (atomic, refused folders explained)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from riskedu.ui import settings
from riskedu.ui.print_files import PrintFolder
from riskedu.ui.print_preview import FIT_PAGE, FIT_WIDTH, PrintPreview

from print_helpers import answer_print_dialog, landscape_a4, make_pdf, read_only_folder


def preview_of(qtbot, path: Path, **kwargs) -> PrintPreview:
    dialog = PrintPreview(path, "Certificates", "HALO-RE-20261120-001 certificates", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_preview_shows_every_page_and_moves_between_them(qtbot, tmp_path):
    dialog = preview_of(qtbot, make_pdf(tmp_path / "doc.pdf", 3))
    assert dialog.page_count == 3
    assert dialog.page_count_label.text() == "of 3"
    assert dialog.page_spin.maximum() == 3 and dialog.page_spin.value() == 1
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.current_page() == 1)
    assert dialog.page_spin.value() == 2 and dialog.previous_button.isEnabled()
    dialog.page_spin.setValue(3)
    qtbot.waitUntil(lambda: dialog.current_page() == 2)
    assert not dialog.next_button.isEnabled()
    dialog.previous_button.click()
    qtbot.waitUntil(lambda: dialog.current_page() == 1)


def test_zoom_steps_through_the_usual_factors(qtbot, tmp_path):
    dialog = preview_of(qtbot, make_pdf(tmp_path / "doc.pdf", 1))
    assert dialog.zoom_factor() == FIT_WIDTH
    dialog.zoom_in_button.click()
    assert dialog.zoom_factor() == 1.25
    dialog.zoom_out_button.click()
    dialog.zoom_out_button.click()
    assert dialog.zoom_factor() == 0.75
    assert dialog.zoom_combo.currentData() == 0.75
    dialog.zoom_combo.setCurrentIndex(dialog.zoom_combo.findData(FIT_PAGE))
    dialog.zoom_combo.activated.emit(dialog.zoom_combo.currentIndex())
    assert dialog.zoom_factor() == FIT_PAGE


def test_print_sends_every_page_to_the_chosen_printer(qtbot, tmp_path, monkeypatch):
    source = make_pdf(tmp_path / "doc.pdf", 3, size=landscape_a4())
    printed = tmp_path / "printer-output.pdf"
    printers = answer_print_dialog(monkeypatch, printed)
    dialog = preview_of(qtbot, source)
    with qtbot.waitSignal(dialog.printed) as signal:
        assert dialog.print_pages()
    assert signal.args == [3]
    assert printers[0].docName() == "Certificates"
    pages = PdfReader(printed).pages
    assert len(pages) == 3
    box = pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape paper for a landscape document
    assert abs(float(box.width) - 842) < 3 and abs(float(box.height) - 595) < 3


def test_print_only_the_chosen_pages(qtbot, tmp_path, monkeypatch):
    printed = tmp_path / "printer-output.pdf"
    answer_print_dialog(monkeypatch, printed, page_range=(2, 3))
    dialog = preview_of(qtbot, make_pdf(tmp_path / "doc.pdf", 5))
    assert dialog.print_pages()
    assert len(PdfReader(printed).pages) == 2


def test_print_cancelled_in_the_dialog_prints_nothing(qtbot, tmp_path, monkeypatch):
    printed = tmp_path / "printer-output.pdf"
    answer_print_dialog(monkeypatch, printed, accept=False)
    dialog = preview_of(qtbot, make_pdf(tmp_path / "doc.pdf", 2))
    assert not dialog.print_pages()
    assert not printed.exists()


def test_save_as_pdf_writes_a_whole_copy_and_remembers_the_folder(qtbot, tmp_path, monkeypatch):
    source = make_pdf(tmp_path / "doc.pdf", 2)
    folder = tmp_path / "usb"
    folder.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, kinds:
                        asked.append(start) or (str(folder / "certificates"), kinds))
    dialog = preview_of(qtbot, source)
    target = dialog.save_as_pdf()
    assert target == folder / "certificates.pdf"  # .pdf added when not typed
    assert target.read_bytes() == source.read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == ["certificates.pdf"]  # no leftovers
    assert asked[0].endswith("HALO-RE-20261120-001 certificates.pdf")
    assert settings.PRINT_SAVE_FOLDER.get() == str(folder)


def test_save_into_a_read_only_folder_is_explained_and_writes_nothing(qtbot, tmp_path,
                                                                       monkeypatch, boxes):
    folder = read_only_folder(tmp_path)
    before = sorted(p.name for p in folder.iterdir())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (
        str(folder / "certificates.pdf"), ""))
    dialog = preview_of(qtbot, make_pdf(tmp_path / "doc.pdf", 1))
    assert dialog.save_as_pdf() is None
    kind, title, text = boxes.shown[-1]
    assert (kind, title) == ("warning", "The PDF was not saved")
    assert text.startswith(f"riskedu may not write in the folder {folder}: it is read-only")
    assert sorted(p.name for p in folder.iterdir()) == before
    assert settings.PRINT_SAVE_FOLDER.get() == ""


def test_save_into_a_folder_that_went_away_is_explained(qtbot, tmp_path, monkeypatch, boxes):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (
        str(tmp_path / "gone" / "summary.pdf"), ""))
    dialog = preview_of(qtbot, make_pdf(tmp_path / "doc.pdf", 1))
    assert dialog.save_as_pdf() is None
    assert boxes.texts("warning")[-1].startswith(f"The folder {tmp_path / 'gone'} no longer")


def test_closing_the_preview_removes_its_generated_file(qtbot, tmp_path):
    folder = PrintFolder(tmp_path)
    path = make_pdf(folder.new_file("summary"), 1)
    dialog = preview_of(qtbot, path)
    dialog.close_button.click()
    assert not path.exists()
    folder.cleanup()
    assert not folder.path.exists()


def test_a_file_not_owned_by_the_preview_is_kept(qtbot, tmp_path):
    path = make_pdf(tmp_path / "doc.pdf", 1)
    dialog = preview_of(qtbot, path, owns_file=False)
    dialog.reject()
    assert path.exists()
