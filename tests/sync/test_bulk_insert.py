"""New records written in bulk are stored exactly as SQLAlchemy's `insert()` stores them
(same text for dates, times, JSON and booleans), on every travelling table."""

import shutil
import sqlite3

from sqlalchemy import insert, select

from riskedu.core.database import open_database
from riskedu.core.demo import generate_demo
from riskedu.sync.bulk import insert_rows
from riskedu.sync.tables import travelling_tables

from factories import TODAY


def stored(path) -> dict[str, list[tuple]]:
    """Every row as SQLite holds it (the raw text, not SQLAlchemy's reading of it)."""
    connection = sqlite3.connect(path)
    try:
        tables = [t.table for t in travelling_tables()] + [
            c.table for t in travelling_tables() for c in t.children]
        return {t.name: sorted(connection.execute(
            f'SELECT * FROM "{t.name}"').fetchall(), key=repr)  # noqa: S608 - our names
            for t in tables}
    finally:
        connection.close()


def test_bulk_rows_are_stored_like_insert_stores_them(db, tmp_path):
    generate_demo(db, 60, seed=2, today=TODAY)
    tables = [t.table for t in travelling_tables()] + [
        c.table for t in travelling_tables() for c in t.children]
    with db.session() as session:
        rows = {t.name: [dict(r) for r in session.execute(select(t)).mappings()]
                for t in tables}
    rows["sessions"][0]["hazards"] = None  # JSON's None: the text 'null', not NULL
    empty = tmp_path / "empty.sqlite3"
    open_database(empty).close()
    shutil.copyfile(empty, tmp_path / "plain.sqlite3")
    shutil.copyfile(empty, tmp_path / "bulk.sqlite3")
    plain, bulk = (open_database(tmp_path / f"{n}.sqlite3") for n in ("plain", "bulk"))
    try:
        with plain.transaction() as session:
            for table in tables:
                if rows[table.name]:
                    session.execute(insert(table), rows[table.name])
        with bulk.transaction() as session:
            for table in tables:
                insert_rows(session, table, rows[table.name])
    finally:
        plain.close()
        bulk.close()
    expected = stored(tmp_path / "plain.sqlite3")
    assert sum(map(len, expected.values())) > 500 and expected["sessions"]
    assert stored(tmp_path / "bulk.sqlite3") == expected


def test_rows_without_every_column_get_their_defaults(db):
    table = next(t.table for t in travelling_tables() if t.name == "organisations")
    with db.transaction() as session:
        row = dict(session.execute(select(table)).mappings().first())
        row.update(id="org-2", short_code="NEW")
        del row["deleted"]  # an older bundle: the default must still be filled in
        insert_rows(session, table, [row])
    with db.session() as session:
        assert session.execute(select(table.c.deleted).where(table.c.id == "org-2")
                               ).scalar_one() is False


def test_an_import_fills_its_tables_with_a_bigger_page_cache_then_gives_it_back(
        db, hq, outbox):
    from sqlalchemy import event

    from riskedu.core.db.engine import BULK_CACHE_KIB
    from riskedu.sync.export import export_bundle
    from riskedu.sync.identity import installation_key
    from riskedu.sync.importer import import_bundle

    generate_demo(db, 30, seed=3, today=TODAY)
    with db.transaction() as session:
        key = installation_key(session, db.installation_id)
    bundle = export_bundle(db, outbox, key).path
    pragmas: list[str] = []
    event.listen(hq.engine, "before_cursor_execute",
                 lambda *args: pragmas.append(args[2]) if "cache_size" in args[2] else None)
    import_bundle(hq, bundle, accept_unknown=True)
    if hq.engine.dialect.name == "sqlite":
        assert pragmas[1:] == [f"PRAGMA cache_size=-{BULK_CACHE_KIB}", "PRAGMA cache_size=-2000"]
    else:
        assert pragmas == []  # a server manages its own memory
    with hq.engine.connect() as connection:  # the pooled connection has its own size back
        if hq.engine.dialect.name == "sqlite":
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -2000
