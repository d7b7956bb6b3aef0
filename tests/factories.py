"""Builders of valid records for tests."""

from __future__ import annotations

from datetime import date

from riskedu.core.database import Database
from riskedu.core.db.models import LocalInstallation
from riskedu.core.forms import SessionForm
from riskedu.core.sessions import new_session_form

TODAY = date(2026, 11, 27)


def valid_form(db: Database, **changes) -> SessionForm:
    """A form that passes every rule for a final record; `changes` override fields."""
    attendance = changes.pop("attendance", {})
    with db.session() as session:
        form = new_session_form(session, session.get(LocalInstallation, db.installation_id),
                                today=TODAY)
    form.session_date = form.report_date = date(2026, 11, 20)
    form.province_code, form.district_code = "01", "0102"
    form.commune_code, form.village_code = "010201", "01020101"
    form.location_type, form.audience = "community_centre", "farmers"
    form.attendance.update({"female_6_12": 12, "male_6_12": 9, "female_18_49": 7,
                            "male_50_59": 4, "disabled_female": 1, "first_time": 20})
    form.attendance.update(attendance)
    for key, value in changes.items():
        setattr(form, key, value)
    return form
