"""What a person reads in a conflict instead of codes and ids: the category list each
coded field takes its labels from, and the names of the records and places that fields
refer to (organisations, teams, facilitators, materials, sessions, villages...)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Date, DateTime, Table, Time, select
from sqlalchemy.orm import Session

from riskedu.core import categories as C
from riskedu.core.db.material_models import MaterialTitle
from riskedu.core.db.models import (
    EducationSession,
    Facilitator,
    GazetteerUnit,
    Organisation,
    Team,
)
from riskedu.core.gazetteer import CAMBODIA_VERSION, Place

# Coded fields (by column name, in any travelling table) and the labels of their codes.
CHOICES_OF: dict[str, C.Choices] = {
    "status": C.STATUS, "from_status": C.STATUS, "to_status": C.STATUS,
    "location_type": C.LOCATION_TYPE, "category": C.CATEGORY, "activity": C.ACTIVITY,
    "method": C.METHOD, "audience": C.AUDIENCE, "audiences": C.AUDIENCE,
    "hazards": C.HAZARD, "ordnance_type": C.HAZARD, "sex": C.SEX,
    "role": C.PARTICIPANT_ROLE, "type": C.MATERIAL_TYPE, "language": C.LANGUAGE,
    "languages": C.LANGUAGE, "kind": C.STOCK_KIND, "reason": C.ADJUST_REASON,
}
# Fields holding another record's id, and the column that names that record.
REFERENCES = {
    "organisation_id": Organisation.name, "team_id": Team.name,
    "facilitator_id": Facilitator.name, "educator_id": Facilitator.name,
    "session_id": EducationSession.report_code, "material_id": MaterialTitle.title,
}
PLACE_FIELDS = ("province_code", "district_code", "commune_code", "village_code")


@dataclass(frozen=True)
class Names:
    """Readable names of the records (by id) and places (by code) a conflict refers to."""

    records: dict[str, str] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    gazetteer_version: str = CAMBODIA_VERSION


def _pairs(name: str, value: Any) -> Iterator[tuple[str, Any]]:
    """(field, value) of a field and, for embedded rows, of each of their fields."""
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                yield from item.items()
    else:
        yield name, value


def _wanted(values: Iterable[tuple[str, Any]]) -> dict[str, set[str]]:
    wanted: dict[str, set[str]] = {}
    for name, value in values:
        if (name in REFERENCES or name in PLACE_FIELDS) and isinstance(value, str) and value:
            wanted.setdefault(name, set()).add(value)
    return wanted


def _record_names(session: Session, name: str, ids: set[str]) -> dict[str, str]:
    column = REFERENCES[name]
    if column is MaterialTitle.title:  # a material is named by its first title
        rows = session.execute(select(MaterialTitle.material_id, MaterialTitle.title)
                               .where(MaterialTitle.material_id.in_(ids))
                               .order_by(MaterialTitle.position.desc())).all()
        return dict(rows)  # the first position is written last and wins
    key = column.class_.id
    return dict(session.execute(select(key, column).where(key.in_(ids))).all())


def _places(session: Session, version: str, codes: set[str]) -> dict[str, Place]:
    units = session.scalars(select(GazetteerUnit).where(
        GazetteerUnit.version == version, GazetteerUnit.code.in_(codes)))
    return {u.code: Place(u.code, u.level, u.name_local, u.name_en, u.parent_code or "")
            for u in units}


def names_for(session: Session, fields: dict[str, tuple[Any, Any]],
              gazetteer_version: str = "") -> Names:
    """Names of what the fields ({field: (current, kept)}) refer to; an id or code
    unknown here is simply left out (it is then shown as it is)."""
    pairs = [pair for name, values in fields.items() for value in values
             for pair in _pairs(name, value)]
    wanted = _wanted(pairs)
    records: dict[str, str] = {}
    codes: set[str] = set()
    for name, values in wanted.items():
        if name in PLACE_FIELDS:
            codes |= values
        else:
            records.update(_record_names(session, name, values))
    version = gazetteer_version or CAMBODIA_VERSION
    return Names(records, _places(session, version, codes) if codes else {}, version)


def dated_fields(table: Table) -> dict[str, str]:
    """{column: "date" | "time" | "datetime"} of a table's dated columns (their values
    travel as ISO text)."""
    kinds = {}
    for column in table.columns:
        if isinstance(column.type, DateTime):
            kinds[column.name] = "datetime"
        elif isinstance(column.type, Date):
            kinds[column.name] = "date"
        elif isinstance(column.type, Time):
            kinds[column.name] = "time"
    return kinds
