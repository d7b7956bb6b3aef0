"""Command-line test fixtures: `cli` runs `riskedu` in-process; `known_db` has known data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from clirun import Outcome

from riskedu.cli import main
from riskedu.core.forms import HazardReportLine
from riskedu.core.sessions import delete_session, save_session

from factories import TODAY, valid_form


@pytest.fixture
def cli(capsys):
    """Run `riskedu ARGS...` in this process; argparse exits become statuses."""
    def run(*argv: str) -> Outcome:
        try:
            status = main([str(a) for a in argv])
        except SystemExit as stop:
            status = stop.code if isinstance(stop.code, int) else 1
        captured = capsys.readouterr()
        return Outcome(status, captured.out, captured.err)
    return run


@dataclass
class KnownData:
    """Ids and codes of the sessions in `known_db`."""

    path: Path
    final_id: str
    final_code: str
    draft_id: str
    draft_code: str


@pytest.fixture
def known_db(db, db_path) -> KnownData:
    """Two live sessions with known counts, one deleted one that must never count.

    Final, Ou Thum (01), 2026-11-20: girls 12, boys 9, women 7, men 4, disability 1,
    one hazard report. Draft, Mukh Rea Pir (02), 2026-03-05: girls 12, boys 9, women 12,
    men 4, disability 3.
    """
    with db.transaction() as session:
        final = save_session(session, valid_form(db, hazard_reports=[
            HazardReportLine(place="Rice field", ordnance_type="uxo")]), by="t",
            finalise=True, today=TODAY)
        draft = save_session(session, valid_form(
            db, session_date=date(2026, 3, 5), province_code="02", district_code="0214",
            commune_code="021404", village_code="02140401",
            attendance={"female_60_plus": 5, "disabled_male": 2}), by="t", today=TODAY)
        gone = save_session(session, valid_form(
            db, attendance={"male_18_49": 1000},
            hazard_reports=[HazardReportLine(place="x", ordnance_type="uxo")]),
            by="t", today=TODAY)
        delete_session(session, gone.session_id)
    db.close()
    return KnownData(db_path, final.session_id, final.report_code, draft.session_id,
                     draft.report_code)
