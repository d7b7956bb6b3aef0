"""The `riskedu` command: the window by default, sub-commands for headless work.

`riskedu [--db PATH] [--lang CODE]` opens the window; `demo`, `stats`, `sessions`,
`check`, `materials`, `print` and `verify` work without it (and never import Qt). Bad
arguments give one line on stderr and exit 2; a database that cannot be used gives one line
and exit 1.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from datetime import date

from riskedu import __version__
from riskedu.core.categories import STATUS

PROG = "riskedu"


class ArgumentParser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line, without the usage block (exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {text!r}") from None


def parse_province(text: str) -> str:
    if not re.fullmatch(r"\d{1,2}", text.strip()):
        raise argparse.ArgumentTypeError(
            f"a province code is one or two digits, e.g. 02 for Battambang: {text!r}")
    return text.strip().zfill(2)


def parse_count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 10_000_000:
        raise argparse.ArgumentTypeError(f"a whole number from 1 to 10,000,000: {text!r}")
    return int(text)


def parse_language(text: str) -> str:
    if not re.fullmatch(r"[a-z]{2,3}([_-][A-Za-z]{2})?", text):
        raise argparse.ArgumentTypeError(f"a language code such as km, en or lo: {text!r}")
    return text


def _db_option(parser: argparse.ArgumentParser, what: str) -> None:
    # A different dest than the top-level --db: argparse would otherwise let the
    # sub-command's default overwrite `riskedu --db PATH stats`.
    parser.add_argument("--db", dest="sub_db", metavar="PATH", default=argparse.SUPPRESS,
                        help=f"database file or URL {what} (a file is created if missing; "
                        "default: yours)")


def _filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", metavar="DATE", type=parse_date,
                        help="only sessions on or after DATE (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", type=parse_date,
                        help="only sessions on or before DATE (YYYY-MM-DD)")
    parser.add_argument("--province", metavar="CODE", type=parse_province,
                        help="only sessions in this province (code, e.g. 02 Battambang)")


def build_parser() -> ArgumentParser:
    """The parser of the whole command line, sub-commands included."""
    from riskedu import cli_commands as commands

    parser = ArgumentParser(
        prog=PROG, description="Field logbook for explosive ordnance risk education. "
        "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file or URL, e.g. "
                        "postgresql+psycopg://user@host/riskedu (default: $RISKEDU_DATABASE, "
                        "else the file in your data folder)")
    parser.add_argument("--lang", metavar="CODE", type=parse_language,
                        help="language of the window, e.g. km or en")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    demo = sub.add_parser("demo", help="fill a database with realistic demo sessions",
                          description="Add N realistic demo sessions (real Cambodian villages, "
                          "plausible dates and counts). The same seed gives the same data.")
    _db_option(demo, "to add to (required)")
    demo.add_argument("--sessions", metavar="N", type=parse_count, required=True,
                      help="how many sessions to add")
    demo.add_argument("--seed", metavar="S", type=int, default=1, help="random seed (default 1)")
    demo.add_argument("--until", metavar="DATE", type=parse_date,
                      help="latest session date (default today); dates go back four years")
    demo.set_defaults(handler=commands.demo)

    stats = sub.add_parser("stats", help="totals: sessions, beneficiaries, disability, reports",
                           description="Totals of the sessions in a date range or province.")
    _db_option(stats, "to read")
    _filter_options(stats)
    stats.add_argument("--json", action="store_true", help="print JSON instead of a table")
    stats.set_defaults(handler=commands.stats)

    sessions = sub.add_parser("sessions", help="list sessions",
                              description="List sessions by date, oldest first.")
    _db_option(sessions, "to read")
    _filter_options(sessions)
    sessions.add_argument("--status", choices=STATUS.codes, help="only sessions in this status")
    sessions.add_argument("--json", action="store_true", help="print a JSON list")
    sessions.set_defaults(handler=commands.sessions)

    check = sub.add_parser("check", help="check a database's integrity and consistency",
                           description="Check integrity, schema, sync metadata, report codes, "
                           "places and the rules of every record. Exit 1 on any fault.")
    _db_option(check, "to check")
    check.set_defaults(handler=commands.check)

    from riskedu import cli_hq, cli_print, cli_sync
    from riskedu.cli_materials import add_parsers as add_materials_parsers

    add_materials_parsers(sub, _db_option)
    cli_sync.add_commands(sub, _db_option)
    from riskedu.cli_exports import add_parser as add_export_table

    add_export_table(sub, _db_option, parse_date)
    from riskedu import cli_backup

    cli_backup.add_commands(sub, _db_option)
    from riskedu import cli_safety

    cli_safety.add_commands(sub, _db_option)
    cli_print.add_commands(sub, _db_option)
    cli_hq.add_commands(sub, _db_option)
    return parser


def _run_gui(db: str | None, lang: str | None) -> int:
    try:
        from riskedu.ui.app import run_gui  # Qt is imported only for the window
    except ImportError as error:
        print(f"{PROG}: the window cannot start: {error}", file=sys.stderr)
        return 1
    return run_gui(db, lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    from riskedu.cli_commands import CommandError

    parser = build_parser()
    args = parser.parse_args(argv)
    db = getattr(args, "sub_db", None) or args.db
    if args.command is None:
        return _run_gui(db, args.lang)
    if args.command == "demo" and not db:
        parser.error("demo needs --db PATH: the database to add demo sessions to")
    until = getattr(args, "until", None)
    if until and not date(1994, 1, 1) <= until <= date.today():
        parser.error(f"--until {until} must be between 1994-01-01 and today (demo dates go "
                     "back four years and records may not be in the future)")
    date_from, date_to = getattr(args, "date_from", None), getattr(args, "date_to", None)
    if date_from and date_to and date_from > date_to:
        parser.error(f"--from {date_from} is after --to {date_to}")
    try:
        return args.handler(args, db)
    except CommandError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return error.status
    except BrokenPipeError:  # e.g. `riskedu sessions | head`: the reader has enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the final flush at exit cannot fail
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


def run() -> None:
    """Entry point of `python -m riskedu` and `python main.py`."""
    sys.exit(main())
