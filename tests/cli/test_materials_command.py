"""`riskedu materials list|add`: the catalogue with balances; bad input in one line."""

import pytest

from riskedu.core.database import open_database
from riskedu.core.stock import receive_stock

from factories import TODAY
from material_files import broken_pdf, cut_png, good_pdf, text_named_pdf


def materials(cli, path):
    outcome = cli("materials", "list", "--db", path, "--json")
    assert outcome.status == 0, outcome.err
    return outcome.json()


def test_add_with_a_file_then_list_with_the_balance(cli, tmp_path):
    path = tmp_path / "riskedu.sqlite3"
    outcome = cli("materials", "add", "--db", path, "--title", "en:If you find a mine",
                  "--title", "km:បើឃើញមីន", "--type", "leaflet", "--language", "km",
                  "--language", "en", "--hazard", "ap_mine", "--low-stock", "50",
                  "--file", good_pdf(tmp_path))
    assert (outcome.status, outcome.err) == (0, "")
    assert outcome.out.startswith("Added leaflet 'If you find a mine' [")
    (item,) = materials(cli, path)
    assert {k: item[k] for k in ("title", "titles", "type", "languages", "balance", "low")} == {
        "title": "If you find a mine", "titles": {"km": "បើឃើញមីន", "en": "If you find a mine"},
        "type": "leaflet", "languages": ["km", "en"], "balance": 0, "low": True}
    assert item["file"]["type"] == "application/pdf" and len(item["file"]["sha256"]) == 64
    assert (tmp_path / "files" / item["file"]["sha256"][:2]).is_dir()

    database = open_database(path)
    with database.transaction() as session:
        receive_stock(session, item["id"], 120, day=TODAY, source="HQ", by="t", today=TODAY)
    database.close()
    (item,) = materials(cli, path)
    assert (item["balance"], item["low"]) == (120, False)
    table = cli("materials", "list", "--db", path)
    assert table.out.splitlines()[1].split() == ["leaflet", "120", "If", "you", "find", "a",
                                                 "mine"]


@pytest.mark.parametrize("make, start", [
    (cut_png, "cut.png is damaged"),
    (broken_pdf, "broken.pdf does not open as a PDF"),
    (text_named_pdf, "notes.pdf is not a PDF, PNG or JPEG file"),
])
def test_a_refused_file_exits_1_in_one_line_and_adds_nothing(cli, tmp_path, make, start):
    path = tmp_path / "riskedu.sqlite3"
    outcome = cli("materials", "add", "--db", path, "--title", "Poster", "--type", "poster",
                  "--file", make(tmp_path))
    assert outcome.status == 1
    assert outcome.err.startswith(f"riskedu: {start}") and outcome.err.count("\n") == 1
    assert materials(cli, path) == []


@pytest.mark.parametrize("args, message", [
    (["--title", "Cap", "--type", "cap"], "argument --type: invalid choice: 'cap'"),
    (["--type", "poster"], "the following arguments are required: --title"),
    (["--title", "  ", "--type", "poster"], "titles: Title 1 has a language but no text."),
    (["--title", "X", "--type", "bag", "--low-stock", "-3"], "low_stock_threshold: The "
     "low-stock warning must be a whole number"),
])
def test_bad_arguments_exit_2_in_one_line(cli, tmp_path, args, message):
    outcome = cli("materials", "add", "--db", tmp_path / "riskedu.sqlite3", *args)
    assert outcome.status == 2
    assert message in outcome.err and outcome.err.count("\n") == 1


def test_list_filters_and_keeps_retired_materials_apart(cli, tmp_path):
    path = tmp_path / "riskedu.sqlite3"
    for title, kind in (("Poster A", "poster"), ("Leaflet B", "leaflet")):
        assert cli("materials", "add", "--db", path, "--title", title, "--type", kind).status == 0
    assert [m["title"] for m in materials(cli, path)] == ["Leaflet B", "Poster A"]
    only = cli("materials", "list", "--db", path, "--json", "--type", "poster").json()
    assert [m["title"] for m in only] == ["Poster A"]
    found = cli("materials", "list", "--db", path, "--json", "--search", "leaf").json()
    assert [m["title"] for m in found] == ["Leaflet B"]
