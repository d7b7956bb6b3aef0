"""`SessionForm`: what an editor holds for one session, as plain, JSON-friendly data.

The window fills a form, the core validates and saves it; the same form is written
to the recovery file while an edit is in progress.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, time
from typing import Any

from riskedu.core.db.models import ATTENDANCE_FIELDS


@dataclass
class ParticipantLine:
    """One person on the roster."""

    name: str = ""
    name_latin: str = ""
    sex: str = ""
    age: int | None = None
    role: str = "participant"
    phone: str = ""
    id: str | None = None


@dataclass
class HazardReportLine:
    """One hazard or dangerous-area report raised by participants."""

    place: str = ""
    ordnance_type: str = ""
    description: str = ""
    referred_to: str = ""
    id: str | None = None


@dataclass
class MaterialLine:
    """So many copies of a material, in a language, handed out at the session."""

    material_id: str = ""
    language: str = ""
    quantity: int = 0
    id: str | None = None


def empty_attendance() -> dict[str, int]:
    return dict.fromkeys(ATTENDANCE_FIELDS, 0)


@dataclass
class SessionForm:
    """Every editable field of a session; `id` is None until first saved."""

    id: str | None = None
    report_code: str = ""
    status: str = "draft"
    report_date: date | None = None
    session_date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    organisation_id: str | None = None
    team_id: str | None = None
    project: str = ""
    donor: str = ""
    gazetteer_version: str | None = None
    province_code: str = ""
    district_code: str = ""
    commune_code: str = ""
    village_code: str = ""
    place_text: str = ""
    location_type: str = ""
    gps_safe: bool = False
    latitude: float | None = None
    longitude: float | None = None
    gps_accuracy_m: float | None = None
    category: str = "direct"
    activity: str = ""
    method: str = ""
    session_count: int = 1
    broadcast_start: datetime | None = None
    broadcast_end: datetime | None = None
    audience: str = ""
    hazards: list[str] = field(default_factory=list)
    notes: str = ""
    attendance: dict[str, int] = field(default_factory=empty_attendance)
    facilitator_ids: list[str] = field(default_factory=list)
    participants: list[ParticipantLine] = field(default_factory=list)
    hazard_reports: list[HazardReportLine] = field(default_factory=list)
    materials: list[MaterialLine] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """A dict of JSON types (dates and times as ISO strings)."""
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, date | time | datetime):
                data[key] = value.isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SessionForm:
        """Rebuild a form from `to_json` output; unknown keys are ignored."""
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if value is not None and key in _PARSERS:
                value = _PARSERS[key](value)
            values[key] = value
        values["participants"] = [ParticipantLine(**p) for p in data.get("participants", [])]
        values["hazard_reports"] = [HazardReportLine(**h)
                                    for h in data.get("hazard_reports", [])]
        values["materials"] = [MaterialLine(**m) for m in data.get("materials", [])]
        attendance = empty_attendance()
        attendance.update(data.get("attendance", {}))
        values["attendance"] = attendance
        return cls(**values)


_PARSERS = {
    "report_date": date.fromisoformat,
    "session_date": date.fromisoformat,
    "start_time": time.fromisoformat,
    "end_time": time.fromisoformat,
    "broadcast_start": datetime.fromisoformat,
    "broadcast_end": datetime.fromisoformat,
}
