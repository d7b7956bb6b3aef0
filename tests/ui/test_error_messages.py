"""The messages of riskedu/ui/errors.py reach the user in the window's language: each is
extracted into the catalogues and found there at run time."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy.exc import DatabaseError, OperationalError

from riskedu.core.sessions import RecordNotFound
from riskedu.ui import catalogs, errors
from riskedu.ui.language_switch import apply_language

KHMER_LETTERS = range(0x1780, 0x1800)


def khmer_catalogue() -> dict[str, str]:
    """Source → translation of the `errors` context of the shipped Khmer catalogue."""
    root = ET.parse(catalogs.ts_file("km")).getroot()
    return {m.findtext("source"): m.findtext("translation") for c in root.iter("context")
            if c.findtext("name") == errors.CTX for m in c.iter("message")}


def sql_error(kind, reason: str):
    return kind("SELECT 1", {}, sqlite3.OperationalError(reason))


CASES = {
    "session gone": (RecordNotFound(7), errors.SESSION_GONE, {}),
    "disk full": (sql_error(OperationalError, "database or disk is full"), errors.DISK_FULL, {}),
    "read-only": (sql_error(OperationalError, "attempt to write a readonly database"),
                  errors.READ_ONLY, {}),
    "busy": (sql_error(OperationalError, "database is locked"), errors.BUSY, {}),
    "not a database": (sql_error(DatabaseError, "file is not a database"),
                       errors.NOT_A_DATABASE, {"detail": "file is not a database"}),
    "file": (PermissionError(13, "Permission denied", "/media/usb/a.pdf"), errors.FILE_FAILED,
             {"file": "/media/usb/a.pdf", "reason": "Permission denied"}),
    "unexpected": (ZeroDivisionError("division by zero"), errors.UNEXPECTED,
                   {"kind": "ZeroDivisionError"}),
}


def test_every_message_of_errors_py_is_in_the_khmer_catalogue():
    marked = [value for name, value in vars(errors).items()
              if name.isupper() and isinstance(value, str) and name != "CTX"]
    catalogue = khmer_catalogue()
    assert len(marked) >= 9
    assert [text for text in marked if not catalogue.get(text)] == []


@pytest.mark.parametrize("case", CASES)
def test_an_error_is_described_in_khmer_when_khmer_is_loaded(case):
    error, source, params = CASES[case]
    assert errors.describe_error(error) == source.format(**params)  # English first
    assert apply_language("km")
    text = errors.describe_error(error)
    assert text == khmer_catalogue()[source].format(**params)
    assert text != source.format(**params)
    assert any(ord(letter) in KHMER_LETTERS for letter in text)
