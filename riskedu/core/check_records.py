"""Record-level checks: each live session's values pass the rules, its places exist.

The rules are those of `validation.validate`, applied to forms rebuilt from rows
read in one streamed query, so 100,000 sessions are checked without loading ORM
objects and without a second copy of the rules.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import fields
from datetime import date

from sqlalchemy import Connection, Text, select, type_coerce

from riskedu.core.categories import STATUS
from riskedu.core.check import Fault, session_label
from riskedu.core.db.models import (
    ATTENDANCE_FIELDS,
    Attendance,
    EducationSession,
    GazetteerUnit,
    GazetteerVersion,
    Participant,
    session_facilitators,
)
from riskedu.core.forms import ParticipantLine, SessionForm
from riskedu.core.validation import validate

S = EducationSession
_FORM_COLUMNS = tuple(f.name for f in fields(SessionForm)
                      if f.name in S.__table__.c and f.name != "hazards")
_LEVELS = ("province", "district", "commune", "village")
FINAL_STATUSES = ("final", "exported")


def _facilitators(connection: Connection) -> dict[str, list[str]]:
    links: dict[str, list[str]] = defaultdict(list)
    for session_id, facilitator_id in connection.execute(select(session_facilitators)):
        links[session_id].append(facilitator_id)
    return links


def _participants(connection: Connection) -> dict[str, list[ParticipantLine]]:
    people: dict[str, list[ParticipantLine]] = defaultdict(list)
    rows = connection.execute(select(Participant.session_id, Participant.name, Participant.age)
                              .where(Participant.deleted.is_(False))
                              .order_by(Participant.session_id, Participant.position))
    for session_id, name, age in rows:
        people[session_id].append(ParticipantLine(name=name or "", age=age))
    return people


def _hazards(raw: str | None) -> list | None:
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return None
    return value if isinstance(value, list) else None


def validation_faults(connection: Connection, today: date) -> Iterator[Fault]:
    """Drafts pass the consistency rules; final (and exported) records pass all rules."""
    facilitators, participants = _facilitators(connection), _participants(connection)
    columns = [getattr(S, name) for name in _FORM_COLUMNS]
    counts = [getattr(Attendance, name) for name in ATTENDANCE_FIELDS]
    rows = connection.execute(
        select(*columns, type_coerce(S.hazards, Text), *counts)
        .join(Attendance, Attendance.session_id == S.id).where(S.deleted.is_(False))
        .order_by(S.report_code))
    width = len(_FORM_COLUMNS)
    for row in rows:
        values = dict(zip(_FORM_COLUMNS, row[:width], strict=True))
        where = session_label(values["report_code"], values["id"])
        hazards = _hazards(row[width])
        if hazards is None:
            yield Fault("validation", where, "hazards: not a list of hazard codes")
            hazards = []
        if values["status"] not in STATUS:
            yield Fault("validation", where, f"status: unknown status {values['status']!r}")
        form = SessionForm(**values, hazards=hazards,
                           attendance=dict(zip(ATTENDANCE_FIELDS, row[width + 1:], strict=True)),
                           facilitator_ids=facilitators.get(values["id"], []),
                           participants=participants.get(values["id"], []))
        final = values["status"] in FINAL_STATUSES
        for problem in validate(form, final=final, today=today):
            yield Fault("validation", where, f"{values['status']}: {problem}")


def _units(connection: Connection, version: str) -> dict[str, tuple[int, str]]:
    rows = connection.execute(select(GazetteerUnit.code, GazetteerUnit.level,
                                     GazetteerUnit.parent_code)
                              .where(GazetteerUnit.version == version))
    return {code: (level, parent) for code, level, parent in rows}


def gazetteer_faults(connection: Connection) -> Iterator[Fault]:
    """Place codes exist at their level in the session's gazetteer version and nest."""
    versions = set(connection.scalars(select(GazetteerVersion.id)))
    cache: dict[str, dict[str, tuple[int, str]]] = {}
    rows = connection.execute(select(S.id, S.report_code, S.gazetteer_version, S.province_code,
                                     S.district_code, S.commune_code, S.village_code)
                              .where(S.deleted.is_(False)).order_by(S.report_code))
    for session_id, code, version, *places in rows:
        if not any(places):
            continue
        where = session_label(code, session_id)
        if version not in versions:
            yield Fault("gazetteer", where, f"gazetteer version {version!r} is not in the "
                                            "database")
            continue
        units = cache.get(version) or cache.setdefault(version, _units(connection, version))
        for level, (name, place) in enumerate(zip(_LEVELS, places, strict=True), start=1):
            if place and units.get(place, (0, ""))[0] != level:
                yield Fault("gazetteer", where, f"{name} code {place} is not in gazetteer "
                                                f"{version}")
        for child, parent, child_name, parent_name in zip(
                places[1:], places[:-1], _LEVELS[1:], _LEVELS[:-1], strict=True):
            if child and parent and child in units and units[child][1] != parent:
                yield Fault("gazetteer", where, f"{child_name} {child} lies in {parent_name} "
                                                f"{units[child][1]}, not {parent}")
