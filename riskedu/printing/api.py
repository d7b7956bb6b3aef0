"""The printing API the window and the command line use (no Qt).

Each function writes one PDF atomically to `out` and returns its path and page count.
`progress(done, total)` is called as the work goes on; returning False cancels, which
raises `PrintCancelled` and leaves nothing on disk. A document that cannot be made
raises `PrintError`, whose `message` is translatable and says what to do.
"""

from __future__ import annotations

from pathlib import Path

from riskedu.core.database import Database
from riskedu.printing import certificates, handouts, period_summary, session_summary
from riskedu.printing.options import (
    PeriodFilter,
    PrintCancelled,
    PrintError,
    PrintOptions,
    PrintResult,
    Progress,
    Verification,
)
from riskedu.printing.verify import verify_certificate

__all__ = ["PeriodFilter", "PrintCancelled", "PrintError", "PrintOptions", "PrintResult",
           "Progress", "Verification", "print_certificates", "print_handout",
           "print_period_summary", "print_session_summary", "verify_certificate"]

DEFAULT = PrintOptions()


def print_certificates(db: Database, session_id: str, out: Path,
                       options: PrintOptions = DEFAULT,
                       progress: Progress | None = None) -> PrintResult:
    """One certificate per person on the roster of a session (id or report code)."""
    return certificates.print_certificates(db, session_id, Path(out), options, progress)


def print_session_summary(db: Database, session_id: str, out: Path,
                          options: PrintOptions = DEFAULT,
                          progress: Progress | None = None) -> PrintResult:
    """A one-page summary of a session (id or report code), e.g. for the village chief."""
    return session_summary.print_session_summary(db, session_id, Path(out), options,
                                                 progress)


def print_period_summary(db: Database, period: PeriodFilter, out: Path,
                         options: PrintOptions = DEFAULT,
                         progress: Progress | None = None) -> PrintResult:
    """Totals and tables of every session of a date range and area."""
    return period_summary.print_period_summary(db, period, Path(out), options, progress)


def print_handout(db: Database, material_id: str | None, copies: int, out: Path,
                  options: PrintOptions = DEFAULT,
                  progress: Progress | None = None) -> PrintResult:
    """`copies` copies of a material's file, or of the standard safety-messages sheet in
    the options' language when `material_id` is None."""
    return handouts.print_handout(db, material_id, copies, Path(out), options, progress)
