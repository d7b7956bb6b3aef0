"""The translation catalogues: Qt Linguist sources (.ts) and the compiled files Qt loads (.qm).

The .ts files ship with riskedu: in a checkout they are in `translations/`, in an
installed copy in the package `riskedu_translations`. `make` compiles each next to
itself. When a .qm is missing or older than its .ts (an installed copy, or a catalogue
just edited in Linguist), riskedu compiles it once into the user's cache folder with the
`lrelease` of the PySide6 wheel, under a name holding the hash of the .ts, so a changed
catalogue is never served stale. Draft translations (marked unfinished) are compiled
too: they are what a reviewer has not confirmed yet, and better than English.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
from pathlib import Path

from platformdirs import user_cache_path

from riskedu.resources import shipped_folder
from riskedu.ui.languages import PSEUDO
from riskedu.ui.pseudo import write_pseudo_ts

log = logging.getLogger("riskedu.ui")

_CHECKOUT = Path(__file__).resolve().parents[2] / "translations"
CACHE_DIR: Path | None = None  # tests point this elsewhere; None: the user's cache folder
LRELEASE_TIMEOUT_S = 60


def ts_dir() -> Path:
    """The folder of the shipped .ts files."""
    if _CHECKOUT.is_dir():
        return _CHECKOUT
    return shipped_folder("riskedu_translations", "translations")


def ts_file(code: str) -> Path:
    return ts_dir() / f"riskedu_{code.replace('-', '_')}.ts"


def cache_dir() -> Path:
    return CACHE_DIR or user_cache_path("riskedu", appauthor=False) / "translations"


def lrelease_command() -> list[str] | None:
    """How to run Qt's lrelease: the one in the PySide6 wheel, else one on the PATH."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / "lrelease.exe", folder / "lrelease",
                      folder / "Qt" / "libexec" / "lrelease"):
        if candidate.is_file():
            return [str(candidate)]
    scripts = Path(sys.executable).parent
    found = shutil.which("pyside6-lrelease", path=str(scripts)) or shutil.which(
        "pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile `ts` into `qm` (unfinished translations included); False on failure."""
    command = lrelease_command()
    if command is None:
        log.warning("Cannot compile %s: Qt's lrelease was not found", ts)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(qm.name + ".part")
    try:
        subprocess.run([*command, "-silent", str(ts), "-qm", str(partial)], check=True,
                       capture_output=True, timeout=LRELEASE_TIMEOUT_S)
        partial.replace(qm)  # whole or not at all: a cut-short file is never loaded
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("Could not compile %s: %s", ts, exc)
        partial.unlink(missing_ok=True)
        return False
    return True


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _fresh_beside(ts: Path) -> Path | None:
    qm = ts.with_suffix(".qm")
    try:
        return qm if qm.stat().st_mtime >= ts.stat().st_mtime else None
    except OSError:
        return None


def _cached(ts: Path, stem: str, make_source=None) -> Path | None:
    """The cached .qm of `ts` (compiled now when missing); `make_source` writes the .ts to
    compile from, when it is not `ts` itself (the pseudo-locale)."""
    qm = cache_dir() / f"{stem}-{_digest(ts)}.qm"
    if qm.is_file():
        return qm
    source = ts
    if make_source is not None:
        source = qm.with_suffix(".ts")
        source.parent.mkdir(parents=True, exist_ok=True)
        make_source(ts, source)
    try:
        return qm if compile_ts(source, qm) else None
    finally:
        if source is not ts:
            source.unlink(missing_ok=True)


def qm_file(code: str) -> Path | None:
    """A compiled catalogue for `code` that matches its .ts, or None when there is none."""
    if code == PSEUDO:
        english = ts_file("en")
        return _cached(english, "riskedu_en_XA", write_pseudo_ts) if english.is_file() else None
    ts = ts_file(code)
    if not ts.is_file():
        return None
    return _fresh_beside(ts) or _cached(ts, ts.stem)
