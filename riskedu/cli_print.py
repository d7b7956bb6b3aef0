"""`riskedu print certificates|summary|period|handout` and `riskedu verify` (no Qt).

Each print command writes one PDF atomically and prints its path and page count; a
document that cannot be made gives one line and exit 1, and nothing is written.
`verify` exits 0 for a genuine certificate and 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from riskedu.cli import parse_date, parse_language, parse_province
from riskedu.cli_commands import CommandError, opened

DbOption = Callable[[argparse.ArgumentParser, str], None]


def _document_options(parser: argparse.ArgumentParser, db_option: DbOption) -> None:
    db_option(parser, "to read")
    parser.add_argument("--out", metavar="FILE.pdf", type=Path, required=True,
                        help="the PDF to write (replaced if it exists)")
    parser.add_argument("--lang", dest="doc_lang", metavar="CODE", type=parse_language,
                        default="en", help="language of the document: en km lo th my vi fil")
    parser.add_argument("--paper", choices=("A4", "Letter"), default="A4",
                        help="paper size (default A4)")
    parser.add_argument("--landscape", action="store_true", help="landscape pages")


def add_commands(sub, db_option: DbOption) -> None:
    printing = sub.add_parser("print", help="print certificates, summaries and handouts to PDF",
                              description="Write a document as a PDF file.")
    kinds = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    for name, help_text in (("certificates", "one certificate per person on the roster"),
                            ("summary", "the one-page summary of a session")):
        parser = kinds.add_parser(name, help=help_text, description=help_text)
        _document_options(parser, db_option)
        parser.add_argument("--session", metavar="ID_OR_CODE", required=True,
                            help="the session's report code or id")
        parser.set_defaults(handler=run_print)
    period = kinds.add_parser("period", help="summary of the sessions of a period",
                              description="Totals, tables and charts of every session "
                              "between two dates, in all provinces or one.")
    _document_options(period, db_option)
    period.add_argument("--from", dest="date_from", metavar="DATE", type=parse_date,
                        required=True, help="first day (YYYY-MM-DD)")
    period.add_argument("--to", dest="date_to", metavar="DATE", type=parse_date,
                        required=True, help="last day (YYYY-MM-DD)")
    period.add_argument("--province", metavar="CODE", type=parse_province,
                        help="only this province (e.g. 02 Battambang)")
    period.add_argument("--district", metavar="CODE", help="only this district (4 digits)")
    period.set_defaults(handler=run_print)
    handout = kinds.add_parser("handout", help="a material's file N times, or the standard "
                               "safety messages", description="Print a material's PDF or "
                               "picture N times; without --material, the standard "
                               "safety-messages sheet in --lang.")
    _document_options(handout, db_option)
    handout.add_argument("--material", metavar="ID", help="the material's id "
                         "(riskedu materials list --json)")
    handout.add_argument("--copies", metavar="N", type=int, default=1, help="copies (1-1000)")
    handout.set_defaults(handler=run_print)

    verify = sub.add_parser("verify", help="check whether a certificate is genuine",
                            description="Check a certificate's QR code text (or its "
                            "number) offline. Exit 0 when genuine, 1 otherwise.")
    db_option(verify, "whose keys and records to check against")
    verify.add_argument("code", metavar="CODE", help="the QR code's text or the number")
    verify.add_argument("--lang", dest="doc_lang", metavar="CODE", type=parse_language,
                        default="en", help="language of the village named for a number "
                        "(as on a certificate printed in it): en km lo th my vi fil")
    verify.set_defaults(handler=run_verify)


def _make(args: argparse.Namespace, database):
    from riskedu.printing import api

    options = api.PrintOptions(language=args.doc_lang, page_size=args.paper,
                               landscape=args.landscape)
    if args.document == "certificates":
        return api.print_certificates(database, args.session, args.out, options)
    if args.document == "summary":
        return api.print_session_summary(database, args.session, args.out, options)
    if args.document == "period":
        period = api.PeriodFilter(args.date_from, args.date_to, args.province, args.district)
        return api.print_period_summary(database, period, args.out, options)
    return api.print_handout(database, args.material, args.copies, args.out, options)


def run_print(args: argparse.Namespace, db: str | None) -> int:
    from riskedu.printing.api import PrintError

    if args.document == "handout" and not 1 <= args.copies <= 1000:
        raise CommandError(f"--copies {args.copies}: give a number from 1 to 1000", 2)
    with opened(db) as database:
        try:
            result = _make(args, database)
        except PrintError as error:
            raise CommandError(str(error.message)) from None
    print(f"{result.path} ({result.pages} pages)")
    return 0


def run_verify(args: argparse.Namespace, db: str | None) -> int:
    from riskedu.printing.api import verify_certificate

    with opened(db) as database:
        verification = verify_certificate(database, args.code, args.doc_lang)
    stream = sys.stdout if verification.genuine else sys.stderr
    print(str(verification.message), file=stream)
    for key, value in verification.details.items():
        print(f"  {key}: {value}", file=stream)
    return 0 if verification.genuine else 1
