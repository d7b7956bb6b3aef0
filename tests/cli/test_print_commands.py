"""`riskedu print ...` and `riskedu verify`: PDFs written, codes checked, clear refusals."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))

from pdf_reading import page_count, qr_texts, text_of  # noqa: E402
from printing_data import roster_session  # noqa: E402


def test_print_every_document_and_verify_a_certificate(cli, db, db_path, tmp_path):
    _, code = roster_session(db)
    db.close()
    out = tmp_path / "c.pdf"
    done = cli("print", "certificates", "--db", db_path, "--session", code, "--out", out,
               "--lang", "km")
    assert done.status == 0 and "5 pages" in done.out and page_count(out) == 5
    for document, extra in (("summary", ["--session", code]),
                            ("period", ["--from", "2026-01-01", "--to", "2026-12-31",
                                        "--province", "1"]),
                            ("handout", ["--copies", "2"])):
        target = tmp_path / f"{document}.pdf"
        result = cli("print", document, "--db", db_path, *extra, "--out", target)
        assert result.status == 0 and target.is_file(), result.err
    assert "Safety messages" in text_of(tmp_path / "handout.pdf")
    [qr] = qr_texts(out, 1)
    genuine = cli("verify", "--db", db_path, qr)
    assert genuine.status == 0 and genuine.out.startswith("Genuine")
    forged = cli("verify", "--db", db_path, qr[:-6] + "AAAAAA")
    assert forged.status == 1 and "Not genuine" in forged.err


def test_print_refusals_are_one_line_and_write_nothing(cli, db_path, tmp_path):
    out = tmp_path / "x.pdf"
    missing = cli("print", "summary", "--db", db_path, "--session", "NOPE", "--out", out)
    assert missing.status == 1 and "No session NOPE" in missing.err
    copies = cli("print", "handout", "--db", db_path, "--copies", "0", "--out", out)
    assert copies.status == 2
    reversed_dates = cli("print", "period", "--db", db_path, "--from", "2026-02-01",
                         "--to", "2026-01-01", "--out", out)
    assert reversed_dates.status == 2
    assert not out.exists()


def test_verify_names_the_village_in_the_language_asked(cli, db, db_path):
    _, code = roster_session(db, with_material=False)
    db.close()
    english = cli("verify", "--db", db_path, f"{code}-001")
    khmer = cli("verify", "--db", db_path, "--lang", "km", f"{code}-001")
    assert english.status == khmer.status == 0
    assert "village: Ou Thum" in english.out and "អូរធំ" not in english.out
    assert "village: អូរធំ" in khmer.out and "in អូរធំ" in khmer.out
