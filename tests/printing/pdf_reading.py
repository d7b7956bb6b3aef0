"""Reading printed PDFs back with real tools: poppler's pdftotext and pdftoppm, pypdf,
and zxing-cpp for QR codes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader


def text_of(pdf: Path, page: int | None = None, layout: bool = False) -> str:
    """The text poppler extracts (it honours /ActualText); `layout` keeps table rows."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    pages += ["-layout"] if layout else []
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


def render(pdf: Path, page: int, dpi: int = 150) -> Image.Image:
    prefix = pdf.with_name(f"{pdf.stem}-render")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(prefix)], check=True)
    return Image.open(prefix.with_suffix(".png"))


def qr_texts(pdf: Path, page: int) -> list[str]:
    return [code.text for code in zxingcpp.read_barcodes(render(pdf, page))]


def fonts_of(pdf: Path) -> list[dict]:
    """Every font of every page: its name and whether its file is embedded."""
    found = {}
    for page in PdfReader(str(pdf)).pages:
        fonts = page["/Resources"].get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2",
                                                            "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return [{"name": name, "embedded": embedded} for name, embedded in found.items()]


def page_count(pdf: Path) -> int:
    return len(PdfReader(str(pdf)).pages)
