"""`riskedu hq-checks`: incomplete sessions and probable duplicates, as text and JSON."""

from dashboard_data import OTHER_INSTALLATION, build_hq_data


def test_lists_incomplete_sessions_and_duplicates_and_exits_1(cli, db):
    data = build_hq_data(db)
    outcome = cli("hq-checks", "--db", db.path)
    assert outcome.status == 1
    lines = outcome.out.splitlines()
    assert lines[0] == "Sessions missing required fields: 1"
    assert lines[1].endswith("draft  Team 3: Choose a method. Choose the primary audience.")
    assert lines[1].split()[1] == "2026-11-03"
    assert lines[2] == "Probable duplicates: 1 group(s)"
    assert lines[3].split()[0] == "2026-10-02" and "(02010101)" in lines[3]
    assert sorted(line.split(maxsplit=1)[1] for line in lines[4:6]) == [
        "final  15 people  from " + OTHER_INSTALLATION, "final  20 people  from HALO Team 3"]
    assert len(lines) == 6
    found = cli("hq-checks", "--db", db.path, "--json").json()
    assert [s["id"] for s in found["incomplete"]] == [data.ids["s6"]]
    assert {m["id"] for m in found["duplicates"][0]["sessions"]} == \
        {data.ids["s3"], data.ids["s7"]}


def test_a_clean_period_exits_0(cli, db):
    build_hq_data(db)
    outcome = cli("hq-checks", "--db", db.path, "--from", "2026-09-01", "--to", "2026-09-30")
    assert outcome.status == 0
    assert outcome.out.splitlines() == ["Sessions missing required fields: 0",
                                        "Probable duplicates: 0 group(s)"]


def test_bad_dates_are_refused(cli, db):
    outcome = cli("hq-checks", "--db", db.path, "--from", "2026-10-01", "--to", "2026-09-01")
    assert outcome.status == 2
    assert "--from 2026-10-01 is after --to 2026-09-01" in outcome.err
