"""Handouts: a material's file (PDF pages or picture) printed N times, or the standard
safety-messages sheet in the document's language."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from riskedu.core.database import Database
from riskedu.core.db.material_models import Material
from riskedu.core.file_content import PDF, PDFIUM_LOCK
from riskedu.core.filestore import FileStore, files_root
from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message
from riskedu.core.print_details import load_print_details
from riskedu.printing.options import PrintError, PrintOptions, PrintResult, Progress
from riskedu.printing.output import atomic_output, report
from riskedu.printing.page import MARGIN, new_canvas, page_size
from riskedu.printing.safety_sheet import draw_safety_sheet
from riskedu.printing.strings import Words

CTX = "print"
MAX_COPIES = 1000
PDF_DPI = 200  # sharp on paper, and a 4-page leaflet stays a few MB
BAD_COPIES = QT_TRANSLATE_NOOP(
    "print", "Copies must be a whole number from 1 to {limit}.")
NO_MATERIAL = QT_TRANSLATE_NOOP(
    "print", "No material {material} in this database. Choose one from the Materials page.")
NO_FILE = QT_TRANSLATE_NOOP(
    "print", "{title} has no file to print. Add its PDF or picture on the Materials page, or "
    "print the standard safety messages instead.")
FILE_MISSING = QT_TRANSLATE_NOOP(
    "print", "The file of {title} is missing from the file store. Add the file to the "
    "material again.")


def _material_pages(db: Database, material_id: str, language: str) -> list[Image.Image]:
    with db.session() as session:
        material = session.get(Material, material_id)
        if material is None or material.deleted:
            raise PrintError(Message(CTX, NO_MATERIAL, {"material": material_id}))
        titles = {t.language: t.title for t in material.titles}
        title = titles.get(language) or next(iter(titles.values()), material_id)
        sha256, media_type = material.file_sha256, material.file_type
    if not sha256:
        raise PrintError(Message(CTX, NO_FILE, {"title": title}))
    path = FileStore(files_root(db.path)).path_of(sha256, media_type)
    if not path.is_file():
        raise PrintError(Message(CTX, FILE_MISSING, {"title": title}))
    if media_type != PDF:
        with Image.open(path) as picture:
            return [picture.convert("RGB")]
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(str(path))
        try:
            return [document[i].render(scale=PDF_DPI / 72).to_pil().convert("RGB")
                    for i in range(len(document))]
        finally:
            document.close()


def _place(canvas: Canvas, picture: ImageReader, options: PrintOptions) -> None:
    width, height = page_size(options)
    room_w, room_h = width - 2 * MARGIN, height - 2 * MARGIN
    pixels_w, pixels_h = picture.getSize()
    scale = min(room_w / pixels_w, room_h / pixels_h)
    w, h = pixels_w * scale, pixels_h * scale
    canvas.drawImage(picture, (width - w) / 2, (height - h) / 2, w, h)


def print_handout(db: Database, material_id: str | None, copies: int, out: Path,
                  options: PrintOptions, progress: Progress | None) -> PrintResult:
    if not isinstance(copies, int) or not 1 <= copies <= MAX_COPIES:
        raise PrintError(Message(CTX, BAD_COPIES, {"limit": MAX_COPIES}))
    w = Words(options.language)
    pictures = None
    if material_id is not None:
        pictures = [ImageReader(p) for p in _material_pages(db, material_id, w.language)]
    organisation = load_print_details(db).organisation_name(options.language)
    report(progress, 0, copies)
    pages = 0
    with atomic_output(out) as temp:
        canvas = new_canvas(temp, options, w.translate("print", "Safety messages"))
        for done in range(1, copies + 1):
            for picture in pictures or [None]:
                if picture is None:
                    draw_safety_sheet(canvas, options, w, organisation)
                else:
                    _place(canvas, picture, options)
                canvas.showPage()
                pages += 1
            report(progress, done, copies)
        canvas.save()
    return PrintResult(Path(out), pages)
