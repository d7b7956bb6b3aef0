"""A database with known sessions for the export tests (on SQLite and on PostgreSQL)."""

from dataclasses import dataclass
from datetime import date

import pytest

from riskedu.core.forms import HazardReportLine, MaterialLine, ParticipantLine
from riskedu.core.sessions import delete_session, save_session

from factories import TODAY, valid_form
from material_factories import add_material


@dataclass
class Known:
    """Ids of the sessions in `known`: two in the period, one before it, one deleted."""

    in_period: list[str]
    before: str
    deleted: str
    material: str


@pytest.fixture
def known(db) -> Known:
    material = add_material(db, "Leaflet: if you find a mine", stock=100)
    with db.transaction() as session:
        def save(**changes):
            return save_session(session, valid_form(db, **changes), by="t", today=TODAY,
                                finalise=True).session_id

        first = save(materials=[MaterialLine(material, "km", 25)], hazard_reports=[
            HazardReportLine(place="Rice field east of the pagoda", ordnance_type="uxo",
                             description="Rusty shell", referred_to="CMAC")],
                     participants=[ParticipantLine(name="ស្រីពៅ", sex="female")])
        second = save(session_date=date(2026, 3, 5), report_date=date(2026, 3, 6),
                      province_code="02", district_code="0214", commune_code="021404",
                      village_code="02140401", attendance={"female_60_plus": 5,
                                                           "disabled_male": 2},
                      materials=[MaterialLine(material, "en", 7)])
        before = save(session_date=date(2025, 12, 31), report_date=date(2025, 12, 31))
        deleted = save(attendance={"male_18_49": 1000}, hazard_reports=[
            HazardReportLine(place="x", ordnance_type="uxo")])
        delete_session(session, deleted)
    return Known([first, second], before, deleted, material)
