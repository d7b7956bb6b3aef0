"""Small files for material tests: whole pictures and PDFs, and damaged or wrong ones."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from riskedu.resources import resource_path

SAMPLE_PDF = resource_path("materials", "sample-leaflet-if-you-find.pdf")


def png_bytes(colour: str = "red", size: tuple[int, int] = (40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_bytes(colour: str = "blue", size: tuple[int, int] = (40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def good_png(folder: Path, name: str = "poster.png", colour: str = "red") -> Path:
    return write(folder, name, png_bytes(colour, (400, 300)))


def good_pdf(folder: Path, name: str = "leaflet.pdf") -> Path:
    return write(folder, name, SAMPLE_PDF.read_bytes())


def cut_png(folder: Path, name: str = "cut.png") -> Path:
    """A PNG whose second half was lost (a copy interrupted on a USB stick)."""
    noisy = Image.effect_noise((300, 300), 60).convert("RGB")  # so the data is not tiny
    buffer = io.BytesIO()
    noisy.save(buffer, "PNG")
    whole = buffer.getvalue()
    return write(folder, name, whole[: len(whole) // 2])


def broken_pdf(folder: Path, name: str = "broken.pdf") -> Path:
    """Starts like a PDF, but nothing after the header is a PDF."""
    return write(folder, name, b"%PDF-1.7\n" + b"\x00garbage" * 200)


def text_named_pdf(folder: Path, name: str = "notes.pdf") -> Path:
    return write(folder, name, b"Minutes of the team meeting\n" * 20)
