"""`riskedu stats`: exact totals of known sessions, filters, JSON keys and the text table."""

import pytest

KEYS = {"sessions", "total", "girls", "boys", "women", "men", "disability", "hazard_reports",
        "by_age_band"}


def test_totals_of_all_live_sessions(cli, known_db):
    outcome = cli("stats", "--db", known_db.path, "--json")
    assert outcome.status == 0
    stats = outcome.json()
    assert KEYS <= set(stats)
    assert {k: stats[k] for k in KEYS - {"by_age_band"}} == {
        "sessions": 2, "girls": 24, "boys": 18, "women": 19, "men": 8, "total": 69,
        "disability": 4, "hazard_reports": 1}
    assert stats["by_age_band"]["6_12"] == {"female": 24, "male": 18}
    assert stats["by_age_band"]["60_plus"] == {"female": 5, "male": 0}
    assert stats["by_age_band"]["18_49"] == {"female": 14, "male": 0}
    assert stats["first_time"] == 40


@pytest.mark.parametrize(("options", "sessions", "total", "reports"), [
    (["--province", "02"], 1, 37, 0),
    (["--province", "1"], 1, 32, 1),
    (["--from", "2026-06-01"], 1, 32, 1),
    (["--to", "2026-06-01"], 1, 37, 0),
    (["--from", "2026-03-05", "--to", "2026-03-05"], 1, 37, 0),
    (["--from", "2027-01-01"], 0, 0, 0),
])
def test_filters(cli, known_db, options, sessions, total, reports):
    stats = cli("stats", "--db", known_db.path, "--json", *options).json()
    assert (stats["sessions"], stats["total"], stats["hazard_reports"]) == (
        sessions, total, reports)


def test_text_table(cli, known_db):
    outcome = cli("stats", "--db", known_db.path)
    lines = outcome.out.splitlines()
    assert outcome.status == 0
    assert lines[0].split() == ["Sessions", "2"]
    assert lines[1].split() == ["Beneficiaries", "69"]
    assert "Persons with disability" in outcome.out
    assert ["60+", "5", "0", "5"] in [line.split() for line in lines]


def test_a_missing_database_is_created_at_the_current_schema(cli, tmp_path):
    from riskedu.core.db.engine import make_engine
    from riskedu.core.db.migrate import current_revision, head_revision

    path = tmp_path / "new" / "field.sqlite3"
    assert cli("stats", "--db", path, "--json").json()["sessions"] == 0
    engine = make_engine(path)
    assert current_revision(engine) == head_revision()
    engine.dispose()
