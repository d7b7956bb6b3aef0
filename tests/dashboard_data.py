"""A small headquarters database whose dashboard figures are worked out by hand.

| code | date       | prov | team | method            | audience          | people | notes      |
|------|------------|------|------|-------------------|-------------------|--------|------------|
| s1   | 2026-09-05 | 01   | T3   | interactive_group | farmers           | 32     | 1 report   |
| s2   | 2026-09-20 | 01   | T3   | house_to_house    | teachers          | 5      | 2 reports  |
| s3   | 2026-10-02 | 02   | T3   | interactive_group | farmers           | 20     |            |
| s4   | 2026-10-02 | 02   | MAG  | interactive_group | children_students | 10     | 1 report   |
| s5   | 2026-10-15 | 01   | T3   | theatre           | farmers           | 100    | deleted    |
| s6   | 2026-11-03 | 01   | T3   | (none)            | (none)            | 1      | draft      |
| s7   | 2026-10-02 | 02   | T3   | interactive_group | farmers           | 15     | other inst |

All final except s6; s5 is a tombstone (with 1 report) and never counts; s7 came from
another installation: s3's probable duplicate (same village, date and team).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import update

from riskedu.core.database import Database
from riskedu.core.db.models import (
    ATTENDANCE_FIELDS,
    EducationSession,
    Facilitator,
    Organisation,
    Team,
)
from riskedu.core.forms import HazardReportLine
from riskedu.core.sessions import delete_session, save_session

from factories import TODAY, valid_form

OTHER_INSTALLATION = "2b7c1d8e-0000-4000-8000-00000000f1e1"

ATTENDANCE = {
    "s1": {"female_6_12": 12, "male_6_12": 9, "female_18_49": 7, "male_50_59": 4,
           "disabled_female": 1, "first_time": 20},
    "s2": {"female_0_5": 3, "male_60_plus": 2, "disabled_male": 1},
    "s3": {"female_18_49": 10, "male_18_49": 10},
    "s4": {"female_13_17": 6, "male_13_17": 4, "disabled_male": 2},
    "s5": {"female_18_49": 100},
    "s6": {"male_18_49": 1},
    "s7": {"female_18_49": 8, "male_18_49": 7},
    "radio": {"female_18_49": 400, "male_18_49": 350},
}
PROVINCE_01 = {"province_code": "01", "district_code": "0102", "commune_code": "010201",
               "village_code": "01020101"}
PROVINCE_02 = {"province_code": "02", "district_code": "0201", "commune_code": "020101",
               "village_code": "02010101"}


@dataclass
class HqData:
    """Ids of the records made: sessions by their letter code, the two teams and orgs."""

    ids: dict[str, str]
    team_t3: str
    team_mag: str
    org_halo: str
    org_mag: str

    def codes(self, session_ids) -> set[str]:
        by_id = {v: k for k, v in self.ids.items()}
        return {by_id[i] for i in session_ids}


def _attendance(code: str) -> dict[str, int]:
    return dict.fromkeys(ATTENDANCE_FIELDS, 0) | ATTENDANCE[code]


def _other_team(db: Database) -> tuple[str, str, str]:
    with db.transaction() as session:
        org = Organisation(name="Mines Advisory Group", short_code="MAG")
        session.add(org)
        session.flush()
        team = Team(organisation_id=org.id, name="CLT 2", code="C2")
        session.add(team)
        session.flush()
        person = Facilitator(organisation_id=org.id, team_id=team.id, name="Vanna", sex="male")
        session.add(person)
        session.flush()
        return org.id, team.id, person.id


def _save(db: Database, code: str, day: date, place: dict, *, final: bool = True,
          **changes) -> str:
    form = valid_form(db, session_date=day, report_date=day, **place, **changes)
    form.attendance = _attendance(code)
    with db.transaction() as session:
        return save_session(session, form, by="Sokha", finalise=final, today=TODAY).session_id


def build_hq_data(db: Database) -> HqData:
    """Write s1..s7 into a set-up database (see the table above)."""
    org_mag, team_mag, vanna = _other_team(db)
    base = valid_form(db)
    ids = {
        "s1": _save(db, "s1", date(2026, 9, 5), PROVINCE_01, method="interactive_group",
                    audience="farmers", hazard_reports=[HazardReportLine(place="Rice field")]),
        "s2": _save(db, "s2", date(2026, 9, 20), PROVINCE_01, method="house_to_house",
                    audience="teachers", hazard_reports=[HazardReportLine(place="Stream"),
                                                         HazardReportLine(place="Road")]),
        "s3": _save(db, "s3", date(2026, 10, 2), PROVINCE_02, method="interactive_group",
                    audience="farmers"),
        "s4": _save(db, "s4", date(2026, 10, 2), PROVINCE_02, method="interactive_group",
                    audience="children_students", organisation_id=org_mag, team_id=team_mag,
                    facilitator_ids=[vanna], hazard_reports=[HazardReportLine(place="School")]),
        "s5": _save(db, "s5", date(2026, 10, 15), PROVINCE_01, method="theatre",
                    audience="farmers", hazard_reports=[HazardReportLine(place="Well")]),
        "s6": _save(db, "s6", date(2026, 11, 3), PROVINCE_01, final=False, method="",
                    audience=""),
        "s7": _save(db, "s7", date(2026, 10, 2), PROVINCE_02, method="interactive_group",
                    audience="farmers"),
    }
    with db.transaction() as session:
        delete_session(session, ids["s5"])
        # s7 was created on another installation and arrived in a bundle (a plain UPDATE:
        # no local edit is stamped).
        session.execute(update(EducationSession).where(EducationSession.id == ids["s7"])
                        .values(installation_id=OTHER_INSTALLATION,
                                origin_installation_id=OTHER_INSTALLATION))
    return HqData(ids, base.team_id, team_mag, base.organisation_id, org_mag)


def add_radio_broadcast(db: Database, data: HqData) -> None:
    """"radio": a broadcast in province 02 on 2026-10-20 reaching 750 adults, indirect
    beneficiaries (reached by media), beside s1..s7 met in person."""
    data.ids["radio"] = _save(db, "radio", date(2026, 10, 20), PROVINCE_02,
                              category="indirect", activity="radio", method="other")
