"""`riskedu export-table`: files for partners from the command line, clear refusals."""

import csv

from openpyxl import load_workbook


def test_xlsx_of_a_period(cli, known_db, tmp_path):
    out = tmp_path / "hq" / "november.xlsx"
    done = cli("export-table", "--db", known_db.path, "--format", "xlsx", "--out", out,
               "--from", "2026-11-01", "--to", "2026-11-30")
    assert done.status == 0, done.err
    assert done.out.startswith(f"Wrote {out} (1 sessions, 1 attendance, 0 materials, "
                               "1 hazard reports)")
    sessions = list(load_workbook(out, read_only=True)["Sessions"].iter_rows(values_only=True))
    assert [row[1] for row in sessions[2:]] == [known_db.final_code]


def test_csv_and_5w(cli, known_db, tmp_path):
    for fmt in ("csv", "5w"):
        out = tmp_path / f"all.{fmt}.csv"
        assert cli("export-table", "--db", known_db.path, "--format", fmt, "--out",
                   out).status == 0
        with out.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[1][0].startswith("#") and len(rows) == 4  # header, hashtags, 2 sessions


def test_refusals_are_one_line(cli, known_db, tmp_path):
    backwards = cli("export-table", "--db", known_db.path, "--format", "csv", "--out",
                    tmp_path / "x.csv", "--from", "2026-12-01", "--to", "2026-01-01")
    assert backwards.status == 2 and "is after --to" in backwards.err
    folder = cli("export-table", "--db", known_db.path, "--format", "csv", "--out", tmp_path)
    assert folder.status == 2 and "is a folder" in folder.err
    odd = cli("export-table", "--db", known_db.path, "--format", "pdf", "--out", "x")
    assert odd.status == 2 and "invalid choice" in odd.err
    for outcome in (backwards, folder, odd):
        assert outcome.err.count("\n") == 1 and not (tmp_path / "x.csv").exists()
