"""Migration safety: a database made by each earlier schema revision (kept in
tests/fixtures/, made by make_schema_fixtures.py) upgrades to head with every row intact."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from riskedu.core.database import open_database
from riskedu.core.db.migrate import current_revision, declared_head, known_revisions
from riskedu.core.materials import list_materials
from riskedu.core.sessions import load_form

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
S1 = "5e550001-0000-4000-8000-000000000001"
# Tables riskedu adds rows to when it opens a database (the bundled gazetteer).
GROWN_ON_OPEN = {"gazetteer_versions", "gazetteer_units"}


def _tables(connection: sqlite3.Connection) -> list[str]:
    return [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'")]


def _rows(connection: sqlite3.Connection, table: str, columns: list[str]) -> set[tuple]:
    names = ", ".join(f'"{c}"' for c in columns)
    return set(connection.execute(f'SELECT {names} FROM "{table}"'))


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def test_there_is_a_fixture_for_every_revision_before_head():
    made = {path.stem.removeprefix("schema-") for path in FIXTURES.glob("schema-*.sqlite3")}
    assert made == known_revisions() - {declared_head()} or made == known_revisions()


@pytest.mark.parametrize("revision", sorted(
    p.stem.removeprefix("schema-") for p in FIXTURES.glob("schema-*.sqlite3")))
def test_an_old_database_upgrades_with_every_row_intact(tmp_path, revision):
    path = tmp_path / "riskedu.sqlite3"
    shutil.copyfile(FIXTURES / f"schema-{revision}.sqlite3", path)
    old = sqlite3.connect(FIXTURES / f"schema-{revision}.sqlite3")
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    before = {t: (_columns(old, t), _rows(old, t, _columns(old, t))) for t in _tables(old)}
    old.close()
    assert before["sessions"][1] and before["participants"][1]

    database = open_database(path)
    try:
        assert current_revision(database.engine) == declared_head()
        with database.session() as session:
            form = load_form(session, S1)
            materials = list_materials(session)
        installation = database.installation()
    finally:
        database.close()

    new = sqlite3.connect(path)
    try:
        for table, (columns, rows) in before.items():
            after = _rows(new, table, columns)  # the columns the old revision had
            assert rows <= after, f"{table}: rows changed or lost"
            if table not in GROWN_ON_OPEN:
                assert len(after) == len(rows), f"{table}: {len(after)} != {len(rows)}"
        assert new.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        new.close()
    assert (form.report_code, form.status) == ("HALO-RE-20250303-001", "final")
    assert form.notes == "វត្តអូរធំ: farmers at the pagoda"
    assert form.attendance["female_6_12"] == 12 and form.attendance["first_time"] == 40
    assert form.hazards == ["landmines_ap", "uxo"] and form.latitude == pytest.approx(13.6711)
    assert [p.name for p in form.participants] == ["ស្រីមុំ"]  # the deleted one stays hidden
    assert installation.name == "Laptop T3" and installation.language == "km"
    assert len(installation.signing_seed) == 64
    assert len(materials) == (1 if revision >= "0004" else 0)
    copy = list(tmp_path.glob(f"riskedu.before-migration-{revision}-*.sqlite3"))
    if revision != declared_head():
        assert len(copy) == 1
