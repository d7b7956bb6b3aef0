"""`riskedu trash list|restore` and `riskedu history` from the command line."""

import sqlite3
from dataclasses import replace

from riskedu.core.database import open_database
from riskedu.core.sessions import load_form, reopen_session, save_session

from factories import TODAY


def _deleted(path, session_id: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT deleted FROM sessions WHERE id = ?",
                                  (session_id,)).fetchone()[0]
    finally:
        connection.close()


def test_trash_list_then_restore_by_the_beginning_of_its_id(cli, known_db):
    listed = cli("trash", "list", "--db", known_db.path, "--json")
    assert listed.status == 0, listed.err
    [item] = listed.json()
    assert item["kind"] == "session" and item["restorable"]
    text = cli("trash", "list", "--db", known_db.path)
    assert text.out.startswith(item["id"]) and "[restorable]" in text.out
    assert _deleted(known_db.path, item["record_id"]) == 1

    done = cli("trash", "restore", item["id"][:8], "--db", known_db.path)
    assert done.status == 0, done.err
    assert done.out == f"Restored {item['record_id']}.\n"
    assert _deleted(known_db.path, item["record_id"]) == 0
    assert cli("trash", "list", "--db", known_db.path, "--json").json() == []
    again = cli("trash", "restore", item["id"], "--db", known_db.path)
    assert again.status == 2 and "no trash item" in again.err


def test_an_exported_deletion_is_refused_with_the_reason(cli, known_db, tmp_path):
    assert cli("export", "--db", known_db.path, "--out", tmp_path).status == 0
    [item] = cli("trash", "list", "--db", known_db.path, "--json").json()
    assert not item["restorable"]
    refused = cli("trash", "restore", item["id"], "--db", known_db.path)
    assert refused.status == 1
    assert "deleted and then exported" in refused.err and "cannot be undone" in refused.err
    assert _deleted(known_db.path, item["record_id"]) == 1


def test_history_of_a_corrected_final_session_field_by_field(cli, known_db):
    db = open_database(known_db.path)
    with db.transaction() as session:
        reopen_session(session, known_db.final_id, by="Dara")
        form = load_form(session, known_db.final_id)
        save_session(session, replace(form, notes="moved to the pagoda"), by="Dara",
                     finalise=True, today=TODAY)
    db.close()
    shown = cli("history", known_db.final_code, "--db", known_db.path)
    assert shown.status == 0, shown.err
    lines = shown.out.splitlines()
    assert [line.split("UTC  ")[1] for line in lines if "UTC" in line] == [
        "finalised  by t", "reopened  by Dara", "finalised  by Dara"]
    assert "    notes:  -> moved to the pagoda" in lines
    as_json = cli("history", known_db.final_id, "--db", known_db.path, "--json").json()
    assert [e["changed_by"] for e in as_json][-1] == "Dara"
    assert any(c["after"] == "moved to the pagoda" for e in as_json for c in e["changes"])
    missing = cli("history", "NO-SUCH-CODE", "--db", known_db.path)
    assert missing.status == 2 and "no session" in missing.err
