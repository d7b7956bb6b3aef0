"""Exports read back (openpyxl, csv) and checked against the database, on both backends."""

import csv
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from riskedu.core.db.material_models import SessionMaterial
from riskedu.core.db.models import (
    ATTENDANCE_FIELDS,
    EducationSession,
    GazetteerUnit,
    HazardReport,
)
from riskedu.core.demo import generate_demo
from riskedu.core.exports import export_table
from riskedu.core.exports.columns import ATTENDANCE, FIVE_W, HAZARD_REPORTS, MATERIALS, SESSIONS

PERIOD = (date(2026, 1, 1), date(2026, 12, 31))


def _sheet(book, title) -> list[list]:
    return [list(r) for r in book[title].iter_rows(values_only=True)]


def _day(value):
    return value.date() if isinstance(value, datetime) else value


def _village_name(session, code):
    return session.scalar(select(GazetteerUnit.name_en).where(GazetteerUnit.code == code))


def test_xlsx_holds_every_table_of_the_period_as_in_the_database(db, known, tmp_path):
    out = tmp_path / "partners.xlsx"
    result = export_table(db, "xlsx", out, start=PERIOD[0], end=PERIOD[1])
    assert result.rows == {"sessions": 2, "attendance": 2, "materials": 2,
                           "hazard_reports": 1}
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["Summary", "Sessions", "Attendance", "Materials handed out",
                               "Hazard reports"]
    sessions = _sheet(book, "Sessions")
    assert sessions[0] == [c.header for c in SESSIONS]
    assert sessions[1] == [c.hxl for c in SESSIONS]
    by_id = {row[0]: dict(zip([c.header for c in SESSIONS], row, strict=True))
             for row in sessions[2:]}
    assert set(by_id) == set(known.in_period)  # not the one before, not the deleted one
    with db.session() as session:
        for record in session.scalars(select(EducationSession).where(
                EducationSession.id.in_(known.in_period))):
            row, counts = by_id[record.id], record.attendance
            assert row["Report code"] == record.report_code and row["Status"] == "Final"
            assert _day(row["Session date"]) == record.session_date
            assert (row["Girls (under 18)"], row["Boys (under 18)"], row["Women (18+)"],
                    row["Men (18+)"], row["Total beneficiaries"],
                    row["Persons with disability"]) == (
                counts.girls, counts.boys, counts.women, counts.men, counts.total,
                counts.disability)
            assert row["Village"] == _village_name(session, record.village_code)
            assert row["Organisation"] == "HALO Trust" and row["Team"] == "Team 3"
            assert row["Hazard reports"] == len(record.hazard_reports)
        attendance = _sheet(book, "Attendance")
        assert attendance[1] == [c.hxl for c in ATTENDANCE]
        for row in attendance[2:]:
            record = session.get(EducationSession, row[0])
            assert row[4:] == [getattr(record.attendance, k) for k in ATTENDANCE_FIELDS]
        materials = _sheet(book, "Materials handed out")
        assert materials[1] == [c.hxl for c in MATERIALS]
        lines = {line.id: line for line in session.scalars(select(SessionMaterial))}
        assert sorted((r[7], r[8]) for r in materials[2:]) == [("en", 7), ("km", 25)]
        for row in materials[2:]:
            assert row[8] == lines[row[0]].quantity and row[4] == known.material
            assert row[5] == "Leaflet: if you find a mine" and row[6] == "leaflet"
        hazards = _sheet(book, "Hazard reports")
        assert hazards[1] == [c.hxl for c in HAZARD_REPORTS]
        report = session.scalars(select(HazardReport).where(
            HazardReport.session_id == known.in_period[0])).one()
        assert hazards[2][0] == report.id
        assert hazards[2][8:] == ["Rice field east of the pagoda", "Unexploded ordnance",
                                  "Rusty shell", "CMAC"]
    summary = {row[0]: row[1] for row in _sheet(book, "Summary") if row and row[0]}
    rows = list(by_id.values())
    assert summary["Sessions"] == 2
    assert summary["Total beneficiaries"] == sum(r["Total beneficiaries"] for r in rows)
    assert summary["Persons with disability"] == sum(r["Persons with disability"]
                                                     for r in rows)
    assert summary["Hazard reports"] == 1 and summary["Materials handed out (copies)"] == 32
    assert _day(summary["Sessions from"]) == PERIOD[0]


def test_csv_has_the_hxl_row_and_the_database_values(db, known, tmp_path):
    out = tmp_path / "sessions.csv"
    export_table(db, "csv", out)  # no period: every live session
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [c.header for c in SESSIONS]
    assert rows[1] == [c.hxl for c in SESSIONS]
    assert all(tag.startswith("#") for tag in rows[1])
    data = {r[0]: r for r in rows[2:]}
    assert set(data) == {*known.in_period, known.before}
    with db.session() as session:
        for record in session.scalars(select(EducationSession).where(
                EducationSession.id.in_(list(data)))):
            row = data[record.id]
            assert row[1] == record.report_code and row[3] == record.session_date.isoformat()
            assert int(row[30]) == record.attendance.total  # "Total beneficiaries"


def test_csv_of_another_table(db, known, tmp_path):
    out = tmp_path / "hazards.csv"
    result = export_table(db, "csv", out, table="hazard_reports", start=PERIOD[0])
    assert result.rows == {"hazard_reports": 1}
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1] == [c.hxl for c in HAZARD_REPORTS] and rows[2][9] == "Unexploded ordnance"


def test_5w_says_who_what_where_when_for_whom(db, known, tmp_path):
    out = tmp_path / "5w.csv"
    export_table(db, "5w", out, start=PERIOD[0], end=PERIOD[1])
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = [dict(zip([c.hxl for c in FIVE_W], r, strict=True))
                for r in list(csv.reader(handle))[2:]]
    assert [r["#date"] for r in rows] == ["2026-03-05", "2026-11-20"]
    march = rows[0]
    assert (march["#org+name"], march["#org+team"]) == ("HALO Trust", "Team 3")
    assert (march["#adm1+code"], march["#adm1+name"]) == ("02", "Battambang")
    assert march["#date+month"] == "2026-03" and march["#country+code"] == "KHM"
    assert march["#beneficiary+type"] == "Farmers"
    with db.session() as session:
        record = session.get(EducationSession, known.in_period[1])
        assert int(march["#reached+total"]) == record.attendance.total
        assert int(march["#reached+disabled"]) == record.attendance.disability


def test_a_failed_export_leaves_the_previous_file_and_no_part(db, known, tmp_path):
    folder = tmp_path / "for partners"
    folder.mkdir()
    out = folder / "partners.xlsx"
    out.write_bytes(b"last month's export")

    def interrupted(table, done):
        raise KeyboardInterrupt

    from riskedu.core.exports import writers

    writers.PROGRESS_EVERY, saved = 1, writers.PROGRESS_EVERY
    try:
        with pytest.raises(KeyboardInterrupt):
            export_table(db, "xlsx", out, progress=interrupted)
    finally:
        writers.PROGRESS_EVERY = saved
    assert out.read_bytes() == b"last month's export"
    assert [p.name for p in folder.iterdir()] == ["partners.xlsx"]


def test_an_empty_period_gives_headers_only(db, known, tmp_path):
    out = tmp_path / "empty.xlsx"
    result = export_table(db, "xlsx", out, start=date(2030, 1, 1))
    assert set(result.rows.values()) == {0}
    book = load_workbook(out, read_only=True)
    assert len(_sheet(book, "Sessions")) == 2


def test_a_table_longer_than_a_worksheet_goes_on_in_numbered_sheets(db, known, tmp_path,
                                                                    monkeypatch):
    """Past the 1,048,576 rows a worksheet may hold, a table continues in "Sessions (2)"
    and so on, each with the header rows (shown here with sheets of 3 rows)."""
    from riskedu.core.exports import writers

    monkeypatch.setattr(writers, "SHEET_ROWS", 3)
    generate_demo(db, 4, seed=3, today=date(2026, 6, 30))
    out = tmp_path / "long.xlsx"
    result = export_table(db, "xlsx", out)
    book = load_workbook(out, read_only=True)
    parts = [name for name in book.sheetnames if name.startswith("Sessions")]
    assert parts == ["Sessions"] + [f"Sessions ({n})" for n in range(2, len(parts) + 1)]
    assert len(parts) == result.rows["sessions"] >= 5  # one row each, under two header rows
    rows = [_sheet(book, name) for name in parts]
    assert all(r[:2] == [[c.header for c in SESSIONS], [c.hxl for c in SESSIONS]] for r in rows)
    with db.session() as session:
        live = session.scalars(select(EducationSession.id).where(
            EducationSession.deleted.is_(False))).all()
    assert sorted(r[2][0] for r in rows) == sorted(live)
    assert "Materials handed out (2)" in book.sheetnames  # 31 characters at most
    assert writers.continued_title("Materials handed out" * 2, 12)[-5:] == " (12)"
    assert len(writers.continued_title("Materials handed out" * 2, 12)) == 31


def test_sheets_keep_their_header_rows_in_view(db, known, tmp_path):
    out = tmp_path / "partners.xlsx"
    export_table(db, "xlsx", out)
    book = load_workbook(out)  # not read-only: the sheet views are read too
    assert [book[n].freeze_panes for n in book.sheetnames] == [None] + ["A3"] * 4


def test_docs_list_every_column_and_hashtag():
    from pathlib import Path

    from riskedu.core.exports.columns import TABLES

    text = (Path(__file__).resolve().parents[2] / "docs" / "exports.md").read_text("utf-8")
    for columns in [*TABLES.values(), FIVE_W]:
        for column in columns:
            assert f"| {column.header} | `{column.hxl}` |" in text
