"""What a print job is asked for and what it gives back (see `riskedu.printing.api`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from riskedu.core.i18n import Message

Progress = Callable[[int, int], bool]  # (done, total) -> False asks to cancel


@dataclass(frozen=True)
class PrintOptions:
    """The document's language, paper size ("A4" or "Letter") and orientation."""

    language: str = "en"
    page_size: str = "A4"
    landscape: bool = False


@dataclass(frozen=True)
class PeriodFilter:
    """The sessions a period summary covers: a date range and optionally an area."""

    date_from: date
    date_to: date
    province_code: str | None = None
    district_code: str | None = None


@dataclass(frozen=True)
class PrintResult:
    """The written document and its number of pages."""

    path: Path
    pages: int


@dataclass(frozen=True)
class Verification:
    """Whether a certificate is genuine, a sentence saying so, and what it certifies."""

    genuine: bool
    message: Message
    details: dict[str, str] = field(default_factory=dict)  # number, name, date, village...


class PrintCancelled(Exception):
    """The job was cancelled; nothing was left on disk."""


class PrintError(Exception):
    """A document cannot be made; `message` says why and what to do (translatable)."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message
