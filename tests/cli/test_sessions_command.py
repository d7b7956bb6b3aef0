"""`riskedu sessions`: the list as JSON objects or a table, filtered, oldest first."""

KEYS = {"id", "report_code", "date", "village", "status", "girls", "boys", "women", "men",
        "total"}


def test_json_list_of_live_sessions(cli, known_db):
    outcome = cli("sessions", "--db", known_db.path, "--json")
    assert outcome.status == 0
    rows = outcome.json()
    assert [KEYS <= set(row) for row in rows] == [True, True]
    draft, final = rows  # oldest first
    assert {k: draft[k] for k in KEYS} == {
        "id": known_db.draft_id, "report_code": known_db.draft_code, "date": "2026-03-05",
        "village": "Mukh Rea Pir", "status": "draft", "girls": 12, "boys": 9, "women": 12,
        "men": 4, "total": 37}
    assert (final["id"], final["date"], final["village"], final["status"], final["total"]) == (
        known_db.final_id, "2026-11-20", "Ou Thum", "final", 32)
    assert final["village_local"] == "អូរធំ"


def test_filters_by_status_province_and_dates(cli, known_db):
    def ids(*options):
        return [row["id"] for row in cli("sessions", "--db", known_db.path, "--json",
                                         *options).json()]
    assert ids("--status", "final") == [known_db.final_id]
    assert ids("--status", "draft", "--province", "02") == [known_db.draft_id]
    assert ids("--from", "2026-04-01") == [known_db.final_id]
    assert ids("--to", "2026-04-01") == [known_db.draft_id]
    assert ids("--status", "exported") == []


def test_empty_list_is_valid_json(cli, db_path):
    outcome = cli("sessions", "--db", db_path, "--json")
    assert (outcome.status, outcome.out, outcome.json()) == (0, "[]\n", [])


def test_text_table(cli, known_db):
    lines = cli("sessions", "--db", known_db.path).out.splitlines()
    assert lines[0].split()[:3] == ["Date", "Report", "code"]
    assert len(lines) == 3
    assert lines[1].split()[:2] == ["2026-03-05", known_db.draft_code]
    assert lines[2].split()[-6:] == ["final", "12", "9", "7", "4", "32"]
