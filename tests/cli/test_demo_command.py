"""`riskedu demo`: reproducible by seed, additive, clean by `riskedu check`."""

import pytest

from riskedu import cli_commands

UNTIL = "2026-06-30"


def demo(cli, path, seed, sessions=200):
    return cli("demo", "--db", path, "--sessions", sessions, "--seed", seed, "--until", UNTIL)


def without_ids(cli, path):
    rows = cli("sessions", "--db", path, "--json").json()
    return sorted(tuple(v for k, v in row.items() if k != "id") for row in rows)


def test_same_seed_gives_the_same_data_and_another_seed_does_not(cli, tmp_path):
    first, second, other = (tmp_path / f"{name}.sqlite3" for name in ("a", "b", "c"))
    for path, seed in ((first, 5), (second, 5), (other, 6)):
        outcome = demo(cli, path, seed)
        assert outcome.status == 0 and outcome.out.startswith("Added 200 sessions")
    stats = [cli("stats", "--db", p, "--json").json() for p in (first, second, other)]
    assert stats[0] == stats[1] != stats[2]
    assert stats[0]["sessions"] == 200 and stats[0]["total"] > 200
    assert without_ids(cli, first) == without_ids(cli, second) != without_ids(cli, other)
    ids = [{row["id"] for row in cli("sessions", "--db", p, "--json").json()}
           for p in (first, second)]
    assert not ids[0] & ids[1]  # fresh UUIDs every time


def test_adds_to_an_existing_database_and_passes_check(cli, known_db):
    assert demo(cli, known_db.path, 1).status == 0
    assert demo(cli, known_db.path, 1).status == 0
    rows = cli("sessions", "--db", known_db.path, "--json").json()
    codes = [row["report_code"] for row in rows]
    assert len(rows) == 402 and len(set(codes)) == 402
    assert {known_db.final_id, known_db.draft_id} <= {row["id"] for row in rows}
    outcome = cli("check", "--db", known_db.path)
    assert (outcome.status, outcome.out) == (0, f"No faults in {known_db.path}.\n")


def test_progress_goes_to_stderr_for_large_runs(cli, tmp_path, monkeypatch):
    monkeypatch.setattr(cli_commands, "PROGRESS_FROM", 100)
    outcome = demo(cli, tmp_path / "p.sqlite3", 2, sessions=150)
    assert outcome.err.splitlines()[-1] == "demo: 150 of 150 sessions"
    assert "demo:" not in outcome.out


@pytest.mark.parametrize("sessions", [30])
def test_small_runs_are_quiet(cli, tmp_path, sessions):
    outcome = demo(cli, tmp_path / "q.sqlite3", 2, sessions=sessions)
    assert outcome.err == "" and outcome.status == 0
