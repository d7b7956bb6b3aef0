"""`riskedu check`: one line per fault and exit 1; clean databases exit 0."""

import hashlib
import sqlite3


def raw(path, *statements):
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_clean_database(cli, known_db):
    outcome = cli("check", "--db", known_db.path)
    assert (outcome.status, outcome.err) == (0, "")
    assert outcome.out == f"No faults in {known_db.path}.\n"


def test_planted_faults_are_each_reported_on_one_line(cli, known_db):
    final, draft = known_db.final_id, known_db.draft_id
    raw(known_db.path,
        f"UPDATE attendance SET female_6_12 = -4 WHERE session_id = '{final}'",
        f"UPDATE attendance SET disabled_female = 50 WHERE session_id = '{draft}'",
        f"UPDATE sessions SET report_code = '{known_db.final_code}' WHERE id = '{draft}'",
        "UPDATE installation SET counter = counter + 1",  # a properly reserved version
        "INSERT INTO sessions (id, installation_id, change_counter, updated_at, deleted, "
        "report_code, status, project, donor, province_code, district_code, commune_code, "
        "village_code, place_text, location_type, gps_safe, category, activity, method, "
        "session_count, audience, hazards, notes) SELECT 'orphan', installation_id, "
        "(SELECT counter FROM installation), "
        "updated_at, 0, 'X-1', 'draft', '', '', '', '', '', '', 'somewhere', '', 0, "
        "'direct', '', '', 1, '', '[]', '' FROM sessions LIMIT 1")
    outcome = cli("check", "--db", known_db.path)
    lines = outcome.out.splitlines()
    assert outcome.status == 1
    assert any(line.startswith("attendance: session X-1 [orphan]") for line in lines)
    assert any("female_6_12: Attendance cannot be negative" in line for line in lines)
    assert any("disabled_female" in line and "(50)" in line for line in lines)
    assert f"report-code: report code {known_db.final_code}: used by 2 live sessions" in lines
    assert len(lines) == 4
    assert outcome.err == f"4 fault(s) in {known_db.path}\n"


def test_missing_database_is_created_and_clean(cli, tmp_path):
    path = tmp_path / "new.sqlite3"
    assert cli("check", "--db", path).status == 0
    assert path.exists()


def test_newer_schema_is_refused_and_left_unchanged(cli, known_db):
    raw(known_db.path, "UPDATE alembic_version SET version_num = 'f00d'")
    before = digest(known_db.path)
    stats = cli("stats", "--db", known_db.path, "--json")
    assert stats.status == 1 and stats.out == ""
    assert stats.err.count("\n") == 1 and "newer version of riskedu (schema f00d)" in stats.err
    check = cli("check", "--db", known_db.path)
    assert check.status == 1 and "made by a newer riskedu" in check.out
    assert digest(known_db.path) == before
    assert not list(known_db.path.parent.glob("*.before-*"))  # no migration copy either


def test_a_file_that_is_not_a_riskedu_database(cli, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    other = tmp_path / "other.sqlite3"
    raw(other, "CREATE TABLE contacts (name TEXT)")
    before = digest(other)
    for path, says in ((text, "not an SQLite file"), (other, "another program")):
        for command in ("stats", "sessions", "check", "demo"):
            extra = ["--sessions", "5"] if command == "demo" else []
            outcome = cli(command, "--db", path, *extra)
            assert outcome.status == 1, (command, path)
            assert outcome.err.count("\n") == 1 and says in outcome.err
    assert digest(other) == before and text.read_text() == "not a database"
