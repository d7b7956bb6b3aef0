"""Options, help, version and bad arguments: one line on stderr and exit 2."""

import sys
import types

import pytest

SUB_COMMANDS = ("demo", "stats", "sessions", "check")


@pytest.mark.parametrize("command", ("",) + SUB_COMMANDS)
def test_help_on_every_command_exits_0(cli, command):
    outcome = cli(*([command] if command else []), "--help")
    assert outcome.status == 0
    assert outcome.out.startswith(f"usage: riskedu {command}".rstrip())
    assert "--db" in outcome.out


def test_version(cli):
    from riskedu import __version__

    outcome = cli("--version")
    assert (outcome.status, outcome.out) == (0, f"riskedu {__version__}\n")


@pytest.mark.parametrize(("argv", "says"), [
    (["bogus"], "invalid choice: 'bogus'"),
    (["stats", "--from", "2024-13-01"], "not a date (use YYYY-MM-DD): '2024-13-01'"),
    (["stats", "--province", "Battambang"], "a province code is one or two digits"),
    (["sessions", "--status", "lost"], "invalid choice: 'lost'"),
    (["demo", "--sessions", "5"], "demo needs --db PATH"),
    (["demo", "--db", "x.sqlite3", "--sessions", "0"], "a whole number from 1"),
    (["demo", "--db", "x.sqlite3"], "the following arguments are required: --sessions"),
    (["demo", "--db", "x.sqlite3", "--sessions", "5", "--until", "2999-01-01"],
     "--until 2999-01-01 must be between 1994-01-01 and today"),
    (["stats", "--from", "2026-02-01", "--to", "2026-01-01"], "--from 2026-02-01 is after"),
    (["--lang", "Khmer!"], "a language code such as km"),
    (["stats", "--jason"], "unrecognized arguments: --jason"),
])
def test_bad_arguments_give_one_line_and_exit_2(cli, tmp_path, monkeypatch, argv, says):
    monkeypatch.chdir(tmp_path)
    outcome = cli(*argv)
    assert outcome.status == 2
    assert outcome.out == ""
    assert outcome.err.count("\n") == 1 and outcome.err.startswith("riskedu")
    assert says in outcome.err
    assert "usage:" not in outcome.err
    assert not (tmp_path / "x.sqlite3").exists()


def test_unknown_province_code_is_a_bad_argument(cli, db_path):
    outcome = cli("stats", "--db", db_path, "--province", "99")
    assert outcome.status == 2
    assert outcome.err == "riskedu: no province with code 99 (Cambodia: 01 to 25)\n"


def fake_window(monkeypatch, calls, status):
    module = types.ModuleType("riskedu.ui.app")
    module.run_gui = lambda db_path, lang=None: calls.append((db_path, lang)) or status
    monkeypatch.setitem(sys.modules, "riskedu.ui.app", module)


def test_without_a_command_the_window_opens_with_db_and_language(cli, monkeypatch):
    calls = []
    fake_window(monkeypatch, calls, 3)
    assert cli("--db", "field.sqlite3", "--lang", "km").status == 3
    assert cli().status == 3
    assert calls == [("field.sqlite3", "km"), (None, None)]


def test_sub_command_db_and_top_level_db_both_work(cli, db_path):
    assert cli("--db", db_path, "stats", "--json").json()["sessions"] == 0
    assert cli("stats", "--db", db_path, "--json").json()["sessions"] == 0
