"""A database URL works wherever a file path does; a server that cannot be reached or
refuses the login is told in one plain sentence, password hidden, nothing changed."""

import pytest
from sqlalchemy import text

from riskedu.cli import main
from riskedu.core.database import open_database
from riskedu.core.db.files import DatabaseUnusable
from riskedu.core.db.server import shown_url


@pytest.fixture(scope="module")
def officer_login(postgres_databases):
    """A role `officer` with a password the server checks (the test server trusts others)."""
    server = postgres_databases.server
    with postgres_databases.admin.connect() as connection:
        connection.execute(text("CREATE ROLE officer LOGIN PASSWORD 'right-one' CREATEDB"))
    hba = server.data / "pg_hba.conf"
    hba.write_text("host all officer 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
    with postgres_databases.admin.connect() as connection:
        connection.execute(text("SELECT pg_reload_conf()"))
    return f"postgresql+psycopg://officer:{{password}}@127.0.0.1:{server.port}/{{name}}"


def refusal(target: str) -> str:
    with pytest.raises(DatabaseUnusable) as refused:
        open_database(target)
    return str(refused.value)


def test_a_wrong_password_is_told_without_showing_it(officer_login):
    message = refusal(officer_login.format(password="wrong-one", name="postgres"))
    assert message.startswith("The database server 127.0.0.1:")
    assert "refused user officer: the password or the user name is wrong" in message
    assert "wrong-one" not in message


def test_a_server_that_is_not_there(officer_login):
    message = refusal("postgresql+psycopg://officer:secret@127.0.0.1:1/riskedu")
    assert message.startswith("The database server 127.0.0.1:1 cannot be reached")
    assert "secret" not in message


def test_a_database_the_server_does_not_have(officer_login):
    message = refusal(officer_login.format(password="right-one", name="nowhere"))
    assert "has no database called nowhere" in message
    assert "CREATE DATABASE nowhere" in message


def test_a_url_of_no_known_kind():
    assert refusal("mongodb://h/riskedu").startswith(
        "mongodb://h/riskedu is not a database URL riskedu can use")


def test_a_new_server_database_is_migrated_and_set_up(officer_login, postgres_databases):
    with postgres_databases.admin.connect() as connection:
        connection.execute(text("CREATE DATABASE riskedu_hq OWNER officer"))
    database = open_database(officer_login.format(password="right-one", name="riskedu_hq"))
    try:
        assert database.path is None and database.engine.dialect.name == "postgresql"
        with database.engine.connect() as connection:
            villages = connection.execute(text(
                "SELECT count(*) FROM gazetteer_units WHERE level = 4")).scalar()
        assert villages == 14576
    finally:
        database.close()
    assert shown_url(database.engine.url) == \
        officer_login.format(password="***", name="riskedu_hq")


def test_every_command_takes_a_url_or_the_setting(officer_login, postgres_databases, capsys,
                                                  monkeypatch, tmp_path):
    with postgres_databases.admin.connect() as connection:
        connection.execute(text("CREATE DATABASE riskedu_cli OWNER officer"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # a server's file store
    url = officer_login.format(password="right-one", name="riskedu_cli")
    assert main(["demo", "--db", url, "--sessions", "3"]) == 0
    assert "to postgresql+psycopg://officer:***@" in capsys.readouterr().out
    monkeypatch.setenv("RISKEDU_DATABASE", url)
    assert main(["stats", "--json"]) == 0
    assert '"sessions": 3' in capsys.readouterr().out
    monkeypatch.setenv("RISKEDU_DATABASE", officer_login.format(password="bad", name="x"))
    assert main(["sessions"]) == 1
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert "refused user officer" in captured.err and "bad" not in captured.err
