"""Draw the sample files of riskedu's starter catalogue (resources/materials/).

    python docs/samples/make_sample_materials.py

Writes small PDFs (vector, written by hand: no PDF library needed) and PNGs (Pillow).
Every file says SAMPLE on it: they show what the catalogue can hold, they are not
real education materials. Their messages follow the usual risk-education advice:
do not touch, mark the place if you can, go back the way you came, report.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parents[2] / "resources" / "materials"
RED, WHITE, BLACK = (0.80, 0.07, 0.09), (1, 1, 1), (0.1, 0.1, 0.1)


def pdf_bytes(pages: list[str], width: int, height: int) -> bytes:
    """A minimal PDF: one content stream per page, Helvetica and Helvetica-Bold."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>"]
    kids = []
    for content in pages:
        data = content.encode("latin-1")
        objects.append(f"<< /Length {len(data)} >>\nstream\n{content}\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] "
                       f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                       f"/Contents {len(objects)} 0 R >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return bytes(out)


def rgb(colour: tuple[float, float, float], op: str) -> str:
    return f"{colour[0]} {colour[1]} {colour[2]} {op}"


def text(x: float, y: float, size: int, words: str, bold: bool = False,
         colour: tuple[float, float, float] = BLACK) -> str:
    words = words.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT {rgb(colour, 'rg')} /{'F2' if bold else 'F1'} {size} Tf {x} {y} Td ({words}) Tj ET"


def centred(y: float, size: int, words: str, width: int, bold: bool = False,
            colour: tuple[float, float, float] = BLACK) -> str:
    # Helvetica's average advance is about half the size: close enough to centre a line.
    return text(max(10, (width - len(words) * size * 0.55) / 2), y, size, words, bold, colour)


def sample_band(width: int) -> str:
    return (f"{rgb((1.0, 0.85, 0.2), 'rg')} 0 0 {width} 26 re f "
            + centred(8, 11, "SAMPLE - not a real education material - riskedu", width))


def danger_poster() -> bytes:
    w, h = 420, 595
    parts = [f"{rgb(RED, 'rg')} 40 150 340 340 re f",
             f"{rgb(WHITE, 'rg')} 150 330 m 270 330 l 210 440 l f",  # a warning triangle
             f"{rgb(RED, 'rg')} 203 350 14 50 re f 203 337 14 10 re f",
             centred(260, 44, "DANGER!", w, True, WHITE),
             centred(205, 44, "MINES", w, True, WHITE),
             centred(165, 16, "Do not enter", w, False, WHITE),
             centred(110, 17, "Do not touch. Go back the way you came.", w, True),
             centred(85, 16, "Tell the village chief or the police.", w),
             centred(540, 14, "Explosive ordnance risk education", w),
             sample_band(w)]
    return pdf_bytes(["\n".join(parts)], w, h)


def leaflet() -> bytes:
    w, h = 298, 420
    steps = ["1  Stop. Do not move on.", "2  Do not touch it.", "3  Mark the place if",
             "   you can do it safely.", "4  Go back the way you came.",
             "5  Report it: village chief,", "   police or a demining team."]
    front = [f"{rgb((0.1, 0.3, 0.55), 'rg')} 0 300 {w} 120 re f",
             centred(370, 22, "If you find a mine", w, True, WHITE),
             centred(340, 22, "or unexploded ordnance", w, True, WHITE),
             f"{rgb(BLACK, 'RG')} 2 w 115 165 70 70 re S",  # an object...
             f"{rgb(RED, 'RG')} 6 w 105 155 m 195 245 l S 105 245 m 195 155 l S",  # not touched
             centred(120, 14, "Never touch, move or burn it.", w, True),
             sample_band(w)]
    back = [text(30, 360, 18, "What to do", True)]
    back += [text(30, 320 - 30 * i, 14, step) for i, step in enumerate(steps)]
    back.append(sample_band(w))
    return pdf_bytes(["\n".join(front), "\n".join(back)], w, h)


def handout() -> bytes:
    w, h = 420, 297
    parts = [f"{rgb((0.95, 0.95, 0.9), 'rg')} 0 0 {w} {h} re f",
             text(24, 250, 20, "Scrap metal is not worth your life", True, RED),
             text(24, 215, 13, "Bombs, shells and grenades can explode years later."),
             text(24, 195, 13, "Never collect, cut, hit or sell ordnance."),
             text(24, 175, 13, "Dealers: do not buy it. Report it instead."),
             f"{rgb(BLACK, 'RG')} 3 w 300 70 m 380 70 l 380 150 l 300 150 l h S",
             f"{rgb(RED, 'RG')} 5 w 300 70 m 380 150 l S",
             sample_band(w)]
    return pdf_bytes(["\n".join(parts)], w, h)


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


def picture(name: str, size: tuple[int, int], background: str, lines: list[tuple[str, int]],
            draw_more) -> None:
    image = Image.new("RGB", size, background)
    pen = ImageDraw.Draw(image)
    draw_more(pen, size)
    y = 24
    for words, points in lines:
        box = pen.textbbox((0, 0), words, font=font(points))
        pen.text(((size[0] - box[2]) / 2, y), words, fill="white", font=font(points))
        y += points + 12
    pen.rectangle((0, size[1] - 30, size[0], size[1]), fill="#ffd933")
    band = "SAMPLE - not a real education material"
    box = pen.textbbox((0, 0), band, font=font(14))
    pen.text(((size[0] - box[2]) / 2, size[1] - 24), band, fill="black", font=font(14))
    image.quantize(colors=16).save(OUT / name, optimize=True)


def booklet_art(pen: ImageDraw.ImageDraw, size: tuple[int, int]) -> None:
    w, h = size
    pen.rectangle((0, h * 0.55, w, h), fill="#6aa84f")  # a field
    pen.ellipse((w * 0.62, 40 + h * 0.2, w * 0.82, 40 + h * 0.32), fill="#f6b26b")  # a ball
    pen.polygon([(w * 0.2, h * 0.72), (w * 0.32, h * 0.5), (w * 0.44, h * 0.72)],
                fill="#cc0000")
    pen.text((w * 0.29, h * 0.6), "!", fill="white", font=font(40))


def flip_art(pen: ImageDraw.ImageDraw, size: tuple[int, int]) -> None:
    w, h = size
    for i, colour in enumerate(("#3d85c6", "#cc0000", "#38761d")):
        x = 40 + i * (w - 80) / 3
        pen.ellipse((x + 10, h * 0.45, x + (w - 80) / 3 - 10, h * 0.45 + (w - 80) / 3 - 20),
                    fill=colour)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "sample-poster-danger-mines.pdf").write_bytes(danger_poster())
    (OUT / "sample-leaflet-if-you-find.pdf").write_bytes(leaflet())
    (OUT / "sample-handout-scrap-metal.pdf").write_bytes(handout())
    picture("sample-booklet-play-safe.png", (300, 420), "#0b5394",
            [("PLAY SAFE", 36), ("a booklet for children", 18)], booklet_art)
    picture("sample-flip-chart.png", (480, 340), "#444444",
            [("RECOGNISE  AVOID  REPORT", 26), ("flip chart for village sessions", 16)],
            flip_art)
    for path in sorted(OUT.glob("sample-*")):
        print(f"{path.name}: {path.stat().st_size:,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
