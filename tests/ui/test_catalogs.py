"""The translation catalogues: complete, current, faithful to their placeholders, and
compiled (drafts included) wherever riskedu runs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from riskedu.ui import catalogs
from riskedu.ui.languages import TRANSLATED

ROOT = Path(__file__).resolve().parents[2]
ALL = ("en", *TRANSLATED)
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?n|%\d")
MARKUP = re.compile(r"<[^<>]+>")
MNEMONIC = re.compile(r"&(?!&)\S")


def messages(lang: str) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → <message> of a language's live (not obsolete) messages."""
    root = ET.parse(catalogs.ts_file(lang)).getroot()
    return {(context.findtext("name"), message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")
            if message.find("translation").get("type") not in ("obsolete", "vanished")}


def translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    forms = node.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [node.text or ""]


@pytest.fixture(scope="module")
def english() -> dict[tuple[str, str], ET.Element]:
    return messages("en")


def test_the_english_catalogue_holds_every_marked_string(tmp_path):
    """`make translations` has been run since the last change of a marked string."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "riskedu").rglob("*.py"))
    fresh = tmp_path / "riskedu_en.ts"
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    subprocess.run([lupdate or "pyside6-lupdate", "-silent", *sources, "-ts", str(fresh)], cwd=ROOT,
                   check=True, capture_output=True, timeout=120)
    extracted = {(c.findtext("name"), m.findtext("source"))
                 for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")}
    assert extracted - set(messages("en")) == set(), "run `make translations`"
    assert len(extracted) > 300


def test_every_string_is_marked_with_a_literal_context(english):
    """`QCoreApplication.translate(CONTEXT, text)` with a variable context is extracted
    without one, and its translation is then never found at run time."""
    assert [source for (context, source) in english if not context] == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_source_string_is_in_every_catalogue(lang, english):
    catalogue = messages(lang)
    assert set(english) - set(catalogue) == set()
    assert catalogue[("status", "Draft")].findtext("source") == "Draft"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_translation_is_left_empty(lang):
    empty = [key for key, message in messages(lang).items()
             if not all(text.strip() for text in translations(message))]
    assert empty == []


@pytest.mark.parametrize("lang", ALL)
def test_translations_keep_placeholders_markup_and_accelerators(lang):
    faults = []
    for (context, source), message in messages(lang).items():
        for text in translations(message):
            if not text:
                continue
            for pattern in (PLACEHOLDER, MARKUP):
                if sorted(pattern.findall(source)) != sorted(pattern.findall(text)):
                    faults.append((context, source, text))
            if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(text)):
                faults.append((context, source, text))
            if source.count("\n") != text.count("\n"):
                faults.append((context, source, text))
    assert faults == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_drafts_stay_marked_for_review(lang):
    states = {message.find("translation").get("type") for message in messages(lang).values()}
    assert "unfinished" in states  # until a reviewer confirms them in Qt Linguist


def test_burmese_is_unicode_not_zawgyi():
    """Zawgyi puts the vowel sign E before its consonant and uses code points of other
    Myanmar-script languages for stacked letters; Unicode Burmese does neither."""
    faults = []
    for key, message in messages("my").items():
        for text in translations(message):
            if re.search("[\u1060-\u109f]", text) or re.search(r"(^|[\s(/])\u1031", text):
                faults.append(key)
    assert faults == []


def test_numbers_are_written_in_each_language_s_usual_digits():
    """Like QLocale: Latin digits in Khmer, Lao and Thai text, Myanmar digits in Burmese
    (except in what is typed or pressed: times, shortcuts, codes)."""
    native = {"km": "[០-៩]", "lo": "[໐-໙]", "th": "[๐-๙]"}
    for lang, digits in native.items():
        assert [k for k, m in messages(lang).items()
                if any(re.search(digits, t) for t in translations(m))] == []
    typed = re.compile(r"(Ctrl|Alt|Shift)\+[^\s·]+|F[0-9]+|[0-9]{2}:[0-9]{2}|\b1430\b|\bT3\b"
                       r"|%L?n|\{\w+\}|&[0-9]|data\.mef")
    latin = [key for key, message in messages("my").items()
             for text in translations(message) if re.search("[0-9]", typed.sub("", text))]
    assert latin == []


def test_a_compiled_catalogue_includes_the_drafts(tmp_path, qapp):
    qm = tmp_path / "riskedu_km.qm"
    assert catalogs.compile_ts(catalogs.ts_file("km"), qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("SessionsModel", "Village / place") == "ភូមិ / ទីកន្លែង"
    assert translator.translate("QPlatformTheme", "Cancel") == "បោះបង់"


def test_a_catalogue_newer_than_its_compiled_file_is_compiled_into_the_cache(
        tmp_path, monkeypatch):
    ts = tmp_path / "riskedu_lo.ts"
    ts.write_bytes(catalogs.ts_file("lo").read_bytes())
    monkeypatch.setattr(catalogs, "_CHECKOUT", tmp_path)
    monkeypatch.setattr(catalogs, "CACHE_DIR", tmp_path / "cache")
    first = catalogs.qm_file("lo")
    assert first is not None and first.parent == tmp_path / "cache"
    assert catalogs.qm_file("lo") == first  # compiled once
    ts.write_text(ts.read_text(encoding="utf-8").replace("ບ້ານ", "ບ້ານ "), encoding="utf-8")
    second = catalogs.qm_file("lo")
    assert second is not None and second != first  # an edited catalogue is never stale
    beside = ts.with_suffix(".qm")
    assert catalogs.compile_ts(ts, beside)
    assert catalogs.qm_file("lo") == beside  # `make`'s own build is used as it is
    assert catalogs.qm_file("xx") is None


def test_without_lrelease_nothing_is_loaded_and_nothing_breaks(tmp_path, monkeypatch):
    monkeypatch.setattr(catalogs, "lrelease_command", lambda: None)
    assert not catalogs.compile_ts(catalogs.ts_file("th"), tmp_path / "riskedu_th.qm")
    assert not (tmp_path / "riskedu_th.qm").exists()


def test_no_literal_is_passed_to_a_helper_lupdate_does_not_know():
    """lupdate extracts `tr`, `translate(CONTEXT, ...)` and `QT_TRANSLATE_NOOP`; a literal
    handed to a wrapper such as `_tr("...")` never reaches a catalogue."""
    wrapped = re.compile(r"\b_[a-z_]*tr\(\s*[\"']")
    found = [f"{path.relative_to(ROOT)}:{number}"
             for path in sorted((ROOT / "riskedu").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if wrapped.search(line)]
    assert found == []
