"""The columns of every export: header, HXL hashtag, and how a value is read from a row.

Each table is a list of `Column`s; a row producer in `rows.py` yields tuples in the same
order. `docs/exports.md` documents this mapping; a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass

from riskedu.core.categories import AGE_BANDS


@dataclass(frozen=True)
class Column:
    """One column: its header for people and its HXL hashtag for partners' tools."""

    header: str
    hxl: str


def _band_columns() -> list[Column]:
    sexes = (("female", "Female", "f"), ("male", "Male", "m"))
    return [Column(f"{label} {band.replace('_plus', '+').replace('_', '-')}",
                   f"#reached+{tag}+age{band.replace('_plus', 'plus')}")
            for _, label, tag in sexes for band in AGE_BANDS.codes]


SESSIONS = [
    Column("Record id", "#meta+id"),
    Column("Report code", "#activity+code"),
    Column("Status", "#status"),
    Column("Session date", "#date"),
    Column("Report date", "#date+reported"),
    Column("Organisation", "#org+name"),
    Column("Organisation code", "#org+code"),
    Column("Team", "#org+team"),
    Column("Province code", "#adm1+code"),
    Column("Province", "#adm1+name"),
    Column("District code", "#adm2+code"),
    Column("District", "#adm2+name"),
    Column("Commune code", "#adm3+code"),
    Column("Commune", "#adm3+name"),
    Column("Village code", "#adm4+code"),
    Column("Village", "#adm4+name"),
    Column("Place (outside the gazetteer)", "#loc+name"),
    Column("Location type", "#loc+type"),
    Column("Latitude", "#geo+lat"),
    Column("Longitude", "#geo+lon"),
    Column("Category", "#activity+category"),
    Column("Activity", "#activity+type"),
    Column("Method", "#activity+method"),
    Column("Audience", "#beneficiary+type"),
    Column("Hazards covered", "#description+hazards"),
    Column("Sessions held", "#output+num+sessions"),
    Column("Girls (under 18)", "#reached+f+children"),
    Column("Boys (under 18)", "#reached+m+children"),
    Column("Women (18+)", "#reached+f+adults"),
    Column("Men (18+)", "#reached+m+adults"),
    Column("Total beneficiaries", "#reached+total"),
    Column("Persons with disability", "#reached+disabled"),
    Column("First-time beneficiaries", "#reached+new"),
    Column("Hazard reports", "#output+num+hazard_reports"),
    Column("Project", "#activity+project"),
    Column("Donor", "#org+funder"),
]

ATTENDANCE = [
    Column("Record id", "#meta+id"),
    Column("Report code", "#activity+code"),
    Column("Session date", "#date"),
    Column("Province code", "#adm1+code"),
    *_band_columns(),
    Column("Female with disability", "#reached+f+disabled"),
    Column("Male with disability", "#reached+m+disabled"),
    Column("First-time beneficiaries", "#reached+new"),
]

MATERIALS = [
    Column("Line id", "#meta+id"),
    Column("Report code", "#activity+code"),
    Column("Session date", "#date"),
    Column("Province code", "#adm1+code"),
    Column("Material id", "#item+id"),
    Column("Material", "#item+name"),
    Column("Material type", "#item+type"),
    Column("Language", "#item+lang"),
    Column("Copies handed out", "#output+num+copies"),
]

HAZARD_REPORTS = [
    Column("Report id", "#meta+id"),
    Column("Report code of the session", "#activity+code"),
    Column("Session date", "#date"),
    Column("Province code", "#adm1+code"),
    Column("District code", "#adm2+code"),
    Column("Commune code", "#adm3+code"),
    Column("Village code", "#adm4+code"),
    Column("Village", "#adm4+name"),
    Column("Place of the hazard", "#loc+name+hazard"),
    Column("Ordnance type", "#event+hazard+type"),
    Column("Description", "#description"),
    Column("Referred to", "#org+referred"),
]

FIVE_W = [
    Column("Organisation", "#org+name"),  # who
    Column("Organisation code", "#org+code"),
    Column("Team", "#org+team"),
    Column("Sector", "#sector"),  # what
    Column("Sub-sector", "#subsector"),
    Column("Category", "#activity+category"),
    Column("Activity", "#activity+type"),
    Column("Method", "#activity+method"),
    Column("Report code", "#activity+code"),
    Column("Country", "#country+code"),  # where
    Column("Province code", "#adm1+code"),
    Column("Province", "#adm1+name"),
    Column("District code", "#adm2+code"),
    Column("District", "#adm2+name"),
    Column("Commune code", "#adm3+code"),
    Column("Commune", "#adm3+name"),
    Column("Village code", "#adm4+code"),
    Column("Village", "#adm4+name"),
    Column("Date", "#date"),  # when
    Column("Month", "#date+month"),
    Column("Audience", "#beneficiary+type"),  # for whom
    Column("Girls (under 18)", "#reached+f+children"),
    Column("Boys (under 18)", "#reached+m+children"),
    Column("Women (18+)", "#reached+f+adults"),
    Column("Men (18+)", "#reached+m+adults"),
    Column("Total beneficiaries", "#reached+total"),
    Column("Persons with disability", "#reached+disabled"),
]

# Sheet (and --table) names, in the workbook's order after the summary.
TABLES: dict[str, list[Column]] = {
    "sessions": SESSIONS,
    "attendance": ATTENDANCE,
    "materials": MATERIALS,
    "hazard_reports": HAZARD_REPORTS,
}
