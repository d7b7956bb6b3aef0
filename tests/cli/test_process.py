"""The command as users and scripts run it: real processes, exit statuses, no Qt, no tracebacks."""

import json
import sqlite3
import subprocess
import sys

from clirun import ROOT, run_process

from riskedu import __version__


def test_python_m_riskedu_and_main_py_are_the_command(known_db):
    assert run_process("--version").out == f"riskedu {__version__}\n"
    outcome = run_process("stats", "--db", known_db.path, "--json", module=False)
    assert outcome.status == 0 and json.loads(outcome.out)["total"] == 69


def test_bad_argument_exits_2_with_one_line(tmp_path):
    outcome = run_process("stats", "--db", tmp_path / "x.sqlite3", "--from", "yesterday")
    assert outcome.status == 2 and outcome.out == ""
    assert outcome.err.splitlines() == [
        "riskedu stats: argument --from: not a date (use YYYY-MM-DD): 'yesterday' "
        "(see 'riskedu stats --help')"]


def test_sub_commands_never_import_qt(known_db):
    code = ("import sys; from riskedu.cli import main; "
            f"status = main(['sessions', '--db', {str(known_db.path)!r}, '--json']); "
            "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); "
            "print(status, qt, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.stderr.strip() == "0 []"
    assert len(json.loads(done.stdout)) == 2


def test_newer_database_one_line_exit_1_no_traceback(known_db):
    connection = sqlite3.connect(known_db.path)
    connection.execute("UPDATE alembic_version SET version_num = 'f00d'")
    connection.commit()
    connection.close()
    for command in ("stats", "sessions", "demo"):
        extra = ["--sessions", "3"] if command == "demo" else []
        outcome = run_process(command, "--db", known_db.path, *extra)
        assert outcome.status == 1 and "Traceback" not in outcome.err
        assert len(outcome.err.splitlines()) == 1 and "schema f00d" in outcome.err


def test_check_exit_status_on_faults(known_db):
    assert run_process("check", "--db", known_db.path).status == 0
    connection = sqlite3.connect(known_db.path)
    connection.execute("UPDATE attendance SET male_6_12 = -1")
    connection.commit()
    connection.close()
    outcome = run_process("check", "--db", known_db.path)
    assert outcome.status == 1 and len(outcome.out.splitlines()) == 2
