"""The window's door to printing: each document as a job for the print runner, the
organisation's print details, and certificate checks. Holds no rule of its own: the
documents are made by `riskedu.printing`, which may run on a worker thread.

`api` is the printing module (`riskedu.printing.api` unless another is given, which
tests use to stand in a printing layer that fails in chosen ways).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from riskedu.core import print_details
from riskedu.core.database import Database
from riskedu.core.print_details import PrintDetails
from riskedu.ui import languages
from riskedu.ui.print_jobs import Progress
from riskedu.ui.print_options import SAFETY_SHEET, DocumentChoice


def _printing_api() -> Any:
    from riskedu.printing import api  # imported on first print: reportlab loads slowly

    return api


class PrintAccess:
    """Documents of one open database, as `generate(out, progress)` functions."""

    def __init__(self, db: Database, api: Any = None):
        self.db = db
        self._api = api

    @property
    def api(self) -> Any:
        if self._api is None:
            self._api = _printing_api()
        return self._api

    def options(self, choice: DocumentChoice) -> Any:
        return self.api.PrintOptions(language=choice.language, page_size=choice.page_size,
                                     landscape=choice.landscape)

    def certificates(self, session_id: str, choice: DocumentChoice):
        def generate(out: Path, progress: Progress) -> Any:
            return self.api.print_certificates(self.db, session_id, out, self.options(choice),
                                               progress)
        return generate

    def session_summary(self, session_id: str, choice: DocumentChoice):
        def generate(out: Path, progress: Progress) -> Any:
            return self.api.print_session_summary(self.db, session_id, out,
                                                  self.options(choice), progress)
        return generate

    def handouts(self, choice: DocumentChoice):
        material = None if choice.material_id == SAFETY_SHEET else choice.material_id

        def generate(out: Path, progress: Progress) -> Any:
            return self.api.print_handout(self.db, material, choice.copies, out,
                                          self.options(choice), progress)
        return generate

    def period_summary(self, date_from: date, date_to: date, province_code: str | None,
                       district_code: str | None, choice: DocumentChoice):
        def generate(out: Path, progress: Progress) -> Any:
            period = self.api.PeriodFilter(date_from, date_to, province_code=province_code,
                                           district_code=district_code)
            return self.api.print_period_summary(self.db, period, out, self.options(choice),
                                                 progress)
        return generate

    def verify(self, code: str) -> Any:
        """The verification of a code, a village named in the window's language."""
        return self.api.verify_certificate(self.db, code, languages.current())

    # The organisation's details printed on documents ------------------------------------

    def load_details(self) -> PrintDetails:
        return print_details.load_print_details(self.db)

    def save_details(self, details: PrintDetails) -> None:
        print_details.save_print_details(self.db, details)

    def with_logo(self, details: PrintDetails, source: Path) -> PrintDetails:
        """`details` with `source` as logo, kept in the file store (raises FileRefused)."""
        return print_details.with_logo(self.db, details, source)

    def logo_path(self, details: PrintDetails) -> Path | None:
        return details.logo_path(self.db)
