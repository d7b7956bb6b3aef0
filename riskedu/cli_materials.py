"""`riskedu materials list|add`: the catalogue and its stock from the command line.

No Qt. A title may start with a language code and a colon (`--title "km:ប្រយ័ត្ន មីន"`);
without one it is in the first `--language` given, or English. A rule the input
breaks exits 2, a file that cannot be used exits 1; each in one line.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from riskedu.cli_commands import CommandError, _json_text, opened
from riskedu.core.categories import AUDIENCE, HAZARD, LANGUAGE, MATERIAL_TYPE
from riskedu.core.file_content import FileRefused
from riskedu.core.filestore import FileStore, files_root
from riskedu.core.materials import (
    MaterialFilter,
    MaterialForm,
    MaterialRow,
    TitleLine,
    list_materials,
    material_row,
    save_material,
)
from riskedu.core.validation import ValidationFailed

_PREFIX = re.compile(r"^([a-z]{2,4}):\s*(.+)$", re.S)


def add_parsers(sub: argparse._SubParsersAction, db_option) -> None:
    """The `materials` command and its `list` and `add` sub-commands."""
    materials = sub.add_parser("materials", help="the catalogue of education materials",
                               description="List the catalogue with stock balances, or add "
                               "a material (with its PDF or image file).")
    actions = materials.add_subparsers(dest="materials_command", metavar="ACTION",
                                       title="actions", required=True)
    listing = actions.add_parser("list", help="list materials with their balance",
                                 description="Materials of the catalogue, active first, with "
                                 "the balance worked out from the stock ledger.")
    db_option(listing, "to read")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.add_argument("--retired", action="store_true", help="also list retired materials")
    listing.add_argument("--type", choices=MATERIAL_TYPE.codes, help="only this type")
    listing.add_argument("--language", choices=LANGUAGE.codes, help="only in this language")
    listing.add_argument("--search", metavar="TEXT", default="",
                         help="only materials whose title, edition or notes contain TEXT")
    listing.add_argument("--low", action="store_true", help="only materials low on stock")
    listing.set_defaults(handler=list_command)

    add = actions.add_parser("add", help="add a material to the catalogue",
                             description="Add a material. Its file (PDF, PNG or JPEG) is "
                             "checked and stored once, by content, beside the database.")
    db_option(add, "to add to")
    add.add_argument("--title", action="append", required=True, metavar="[LANG:]TEXT",
                     help="title, e.g. 'km:ប្រយ័ត្ន មីន'; repeat for more languages")
    add.add_argument("--type", required=True, choices=MATERIAL_TYPE.codes,
                     help="type of material")
    add.add_argument("--language", action="append", default=[], choices=LANGUAGE.codes,
                     help="a language it exists in (repeat for more)")
    add.add_argument("--edition", default="", help="edition or version")
    add.add_argument("--audience", action="append", default=[], choices=AUDIENCE.codes,
                     help="a target audience (repeat for more)")
    add.add_argument("--hazard", action="append", default=[], choices=HAZARD.codes,
                     help="a hazard it covers (repeat for more)")
    add.add_argument("--low-stock", dest="low_stock", type=int, default=0, metavar="N",
                     help="warn when the balance falls to N (default 0: never)")
    add.add_argument("--file", type=Path, metavar="F", help="its PDF, PNG or JPEG file")
    add.add_argument("--json", action="store_true", help="print the new material as JSON")
    add.set_defaults(handler=add_command)


def material_json(row: MaterialRow) -> dict:
    """One material of `riskedu materials list --json`."""
    stored = row.file
    return {"id": row.id, "title": row.title(), "titles": dict(row.titles), "type": row.type,
            "languages": list(row.languages), "edition": row.edition,
            "audiences": list(row.audiences), "hazards": list(row.hazards),
            "active": row.active, "sample": row.sample, "balance": row.balance,
            "low_stock_threshold": row.low_stock_threshold, "low": row.low,
            "file": None if stored is None else {
                "sha256": stored.sha256, "type": stored.media_type, "name": stored.name,
                "size": stored.size}}


def list_command(args: argparse.Namespace, db: str | None) -> int:
    flt = MaterialFilter(text=args.search, type=args.type or "", language=args.language or "",
                         include_retired=args.retired, low_only=args.low)
    with opened(db) as database, database.session() as session:
        rows = list_materials(session, flt)
    if args.json:
        print(_json_text([material_json(row) for row in rows]))
        return 0
    print(f"{'Type':<11}{'Balance':>8}  {'Status':<8}Title")
    for row in rows:
        status = "retired" if not row.active else ("LOW" if row.low else "")
        print(f"{row.type:<11}{row.balance:>8,}  {status:<8}{row.title()}")
    return 0


def titles_from(texts: list[str], languages: list[str]) -> list[TitleLine]:
    lines = []
    for text in texts:
        match = _PREFIX.match(text)
        if match and match.group(1) in LANGUAGE:
            lines.append(TitleLine(match.group(1), match.group(2).strip()))
        else:
            lines.append(TitleLine(languages[0] if languages else "en", text.strip()))
    return lines


def add_command(args: argparse.Namespace, db: str | None) -> int:
    form = MaterialForm(titles=titles_from(args.title, args.language), type=args.type,
                        languages=args.language, edition=args.edition,
                        audiences=args.audience, hazards=args.hazard,
                        low_stock_threshold=args.low_stock)
    with opened(db) as database:
        store = FileStore(files_root(database.path))
        try:
            if args.file is not None:
                form.file = store.add(args.file)
            with database.transaction() as session:
                material_id = save_material(session, form, store)
        except FileRefused as error:
            raise CommandError(str(error), 1) from None
        except ValidationFailed as error:
            raise CommandError(str(error), 2) from None
        with database.session() as session:
            row = material_row(session, material_id)
    if args.json:
        print(_json_text(material_json(row)))
    else:
        kept = f", file {row.file.name} ({row.file.sha256[:12]})" if row.file else ""
        print(f"Added {row.type} {row.title()!r} [{row.id}]{kept}.", file=sys.stdout)
    return 0
