"""What a material's file is, whether it really opens, and its preview picture.

The type comes from the file's first bytes, never its name. An image must decode
completely (Pillow); a PDF must open and its first page render (PDFium, the engine
that draws the previews), so a file that is accepted can always be shown. Pillow and
PDFium are imported on first use: the command line's quick commands never need them.
"""

from __future__ import annotations

import threading
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from PIL.Image import Image

PDF, PNG, JPEG = "application/pdf", "image/png", "image/jpeg"
EXTENSIONS = {PDF: "pdf", PNG: "png", JPEG: "jpg"}
MAX_PIXELS = 60_000_000  # a poster scanned at 300 dpi in A1 is about 70 MP; 60 is plenty
CHECK_RENDER_SIDE = 64  # the first page is drawn this small to prove the PDF opens
CTX = "files"

# PDFium is not thread-safe: the window checks a new file and draws previews on
# different worker threads, so every call into it holds this lock.
_PDFIUM = threading.Lock()
PDFIUM_LOCK = _PDFIUM  # for other modules that open PDFs (printing handouts)

UNREADABLE = QT_TRANSLATE_NOOP("files", "{name} cannot be read ({reason}).")
EMPTY = QT_TRANSLATE_NOOP("files", "{name} is empty.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "files", "{name} is {size} MB; a material's file may be at most {limit} MB. Save a "
    "smaller copy (for example a PDF made for the screen rather than for print) and add that.")
WRONG_TYPE = QT_TRANSLATE_NOOP(
    "files", "{name} is not a PDF, PNG or JPEG file. Save it as one of these and add it "
    "again.")
IMAGE_DAMAGED = QT_TRANSLATE_NOOP(
    "files", "{name} is damaged: the picture cannot be read to the end ({reason}). Copy it "
    "again from where it came from.")
IMAGE_TOO_BIG = QT_TRANSLATE_NOOP(
    "files", "{name} is a picture of {width} × {height} pixels; pictures may have at most "
    "{limit} million pixels. Save a smaller copy and add that.")
PDF_DAMAGED = QT_TRANSLATE_NOOP(
    "files", "{name} does not open as a PDF ({reason}). Copy it again from where it came "
    "from, or save it again as PDF.")
PDF_PASSWORD = QT_TRANSLATE_NOOP(
    "files", "{name} is protected by a password. Save a copy without the password and add "
    "that.")
PDF_NO_PAGES = QT_TRANSLATE_NOOP("files", "{name} is a PDF without any page.")


class FileRefused(Exception):
    """A file cannot become a material's file; `message` says why and what to do."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


def refuse(text: str, name: str, **params) -> FileRefused:
    return FileRefused(Message(CTX, text, {"name": name, **params}))


def media_type_of(head: bytes) -> str | None:
    """PDF, PNG or JPEG from a file's first bytes (up to 1 KB); None for anything else."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if b"%PDF-" in head[:1024]:  # readers accept a little junk before the header
        return PDF
    return None


def _reason(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0].rstrip(".") if text else type(error).__name__


def _open_image(path: Path, name: str):
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise refuse(IMAGE_TOO_BIG, name, width="?", height="?",
                     limit=MAX_PIXELS // 1_000_000) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        raise refuse(IMAGE_DAMAGED, name, reason=_reason(error)) from None
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise refuse(IMAGE_TOO_BIG, name, width=width, height=height,
                     limit=MAX_PIXELS // 1_000_000)
    return image


def check_image(path: Path, name: str) -> None:
    """Decode the whole picture: a cut or damaged file is refused."""
    image = _open_image(path, name)
    try:
        image.load()
    except (OSError, ValueError, SyntaxError, EOFError) as error:
        raise refuse(IMAGE_DAMAGED, name, reason=_reason(error)) from None
    finally:
        image.close()


def _render_pdf(path: Path, name: str, side: int) -> Image:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with _PDFIUM:
        try:
            document = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as error:
            if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
                raise refuse(PDF_PASSWORD, name) from None
            raise refuse(PDF_DAMAGED, name, reason=_reason(error)) from None
        try:
            if len(document) == 0:
                raise refuse(PDF_NO_PAGES, name)
            page = document[0]
            width, height = page.get_size()
            scale = side / max(width, height, 1.0)
            return page.render(scale=scale).to_pil().convert("RGB")
        except pdfium.PdfiumError as error:
            raise refuse(PDF_DAMAGED, name, reason=_reason(error)) from None
        finally:
            document.close()


def check_pdf(path: Path, name: str) -> None:
    """Open the PDF and draw its first page small: one that cannot be shown is refused."""
    _render_pdf(path, name, CHECK_RENDER_SIDE)


def check_content(path: Path, media_type: str, name: str) -> None:
    """Raise `FileRefused` unless the file is a whole image or a PDF that opens."""
    if media_type == PDF:
        check_pdf(path, name)
    else:
        check_image(path, name)


def render_preview(path: Path, media_type: str, side: int) -> Image:
    """The picture (or the PDF's first page) fitted in `side` × `side` pixels."""
    from PIL import ImageOps

    name = path.name
    if media_type == PDF:
        # Drawn at twice the size and scaled down: sharper small text than drawing small.
        image = _render_pdf(path, name, side * 2)
    else:
        with _open_image(path, name) as opened:
            image = ImageOps.exif_transpose(opened)
            image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    image.thumbnail((side, side))
    return image
