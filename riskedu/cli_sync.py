"""The sync commands: `riskedu export`, `riskedu import` and `riskedu keys`.

They print what a script or an officer needs (the bundle's path, each file's
counts, fingerprints) and exit non-zero, with the database unchanged, on any fault.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from riskedu.cli_commands import CommandError, opened


def add_commands(sub, db_option: Callable[[argparse.ArgumentParser, str], None]) -> None:
    export = sub.add_parser("export", help="write a sync bundle for headquarters",
                            description="Write this installation's changes since the last "
                            "export (everything with --full) into one bundle file in DIR; "
                            "prints the bundle's path.")
    db_option(export, "to export from")
    export.add_argument("--out", metavar="DIR", required=True, type=Path,
                        help="folder to write the bundle to, e.g. the USB stick")
    kind = export.add_mutually_exclusive_group()
    kind.add_argument("--full", action="store_true", help="everything, not only changes")
    kind.add_argument("--reference", action="store_true",
                      help="(headquarters) the reference bundle for field teams: catalogue "
                      "with files, teams, facilitators, gazetteer")
    export.set_defaults(handler=run_export)

    imports = sub.add_parser("import", help="import sync bundles (headquarters)",
                             description="Check the bundles, show what each brings and "
                             "import them all in one go, or none on any fault.")
    db_option(imports, "to import into (created if missing)")
    imports.add_argument("bundles", metavar="BUNDLE", nargs="+", type=Path)
    imports.add_argument("--yes", action="store_true",
                         help="import after the preview without asking; accepts "
                         "installations not seen before (their fingerprints are printed)")
    imports.set_defaults(handler=run_import)

    keys = sub.add_parser("keys", help="this installation's key; enrolment with headquarters",
                          description="show: this installation's fingerprint. "
                          "export-enrolment --out FILE: (headquarters) the file that lets "
                          "field installations encrypt to it. trust FILE: (field) use "
                          "headquarters' enrolment file.")
    db_option(keys, "to use")
    keys.add_argument("action", choices=("show", "export-enrolment", "trust"))
    keys.add_argument("file", metavar="FILE", nargs="?", type=Path,
                      help="the enrolment file to trust")
    keys.add_argument("--out", metavar="FILE", type=Path, help="where to write the enrolment")
    keys.set_defaults(handler=run_keys)


def _bundle_error(error: Exception) -> CommandError:
    return CommandError(str(error))


def run_export(args: argparse.Namespace, db: str | None) -> int:
    from riskedu.sync.errors import BundleError
    from riskedu.sync.export import export_bundle, export_reference
    from riskedu.sync.identity import installation_key

    if not args.out.is_dir():
        raise CommandError(f"{args.out} is not a folder")
    with opened(db) as database:
        with database.session() as session:
            key = installation_key(session, database.installation_id)
        try:
            if args.reference:
                print(export_reference(database, args.out, key, by="command line").path)
                return 0
            result = export_bundle(database, args.out, key, full=args.full)
        except BundleError as error:
            raise _bundle_error(error) from None
        except OSError as error:
            raise CommandError(f"could not write to {args.out}: {error.strerror}. Nothing "
                               "was marked as sent.") from None
    if not result.encrypted:
        print("Note: the bundle is not encrypted; this installation is not enrolled with "
              "headquarters (riskedu keys trust FILE).", file=sys.stderr)
    print(result.path)
    return 0


def _print_report(report) -> None:
    state = "already imported, nothing new" if report.already_imported else (
        "imported" if report.applied else "to import")
    print(f"{report.file_name}: {report.source_name} ({state})")
    for table, counts in report.counts.items():
        print(f"  {table}: " + ", ".join(f"{n} {action}" for action, n in counts.items()))


def run_import(args: argparse.Namespace, db: str | None) -> int:
    from riskedu.sync.errors import BundleError
    from riskedu.sync.identity import UnknownInstallation
    from riskedu.sync.importer import import_bundles

    with opened(db) as database:
        try:
            preview = import_bundles(database, args.bundles, preview=True)
            for report in preview:
                _print_report(report)
                if report.unknown_signer:
                    print(f"  new installation, fingerprint {report.unknown_signer}")
            if not args.yes and not _confirmed(preview):
                print("Nothing imported.", file=sys.stderr)
                return 1
            done = import_bundles(database, args.bundles, accept_unknown=True,
                                  by="command line")
        except BundleError as error:
            raise _bundle_error(error) from None
        except UnknownInstallation as unknown:
            raise CommandError(f"{unknown.name} is not a known installation (fingerprint "
                               f"{unknown.fingerprint}); run again with --yes to accept it") \
                from None
    applied = sum(r.applied for r in done)
    print(f"Imported {applied} of {len(done)} bundle(s); "
          f"{sum(r.conflicts for r in done)} conflict(s) to resolve.")
    return 0


def _confirmed(preview) -> bool:
    if not sys.stdin.isatty():
        print("Run again with --yes to import (no one to ask here).", file=sys.stderr)
        return False
    return input("Import these bundles? [y/N] ").strip().lower() in ("y", "yes")


def run_keys(args: argparse.Namespace, db: str | None) -> int:
    from riskedu.core.db.models import LocalInstallation
    from riskedu.sync.identity import (
        EnrolmentRefused,
        enrolment,
        installation_key,
        trust_enrolment,
    )
    from riskedu.sync.keys import fingerprint

    with opened(db) as database:
        if args.action == "show":
            with database.session() as session:
                installation = session.get(LocalInstallation, database.installation_id)
                key = installation_key(session, database.installation_id)
                print(f"installation {installation.id} ({installation.name})")
                print(f"fingerprint  {key.fingerprint}")
                hq = installation.headquarters_key
                print("headquarters " + (fingerprint(bytes.fromhex(hq)) if hq
                                         else "not enrolled: bundles are not encrypted"))
            return 0
        if args.action == "export-enrolment":
            if args.out is None:
                raise CommandError("export-enrolment needs --out FILE", 2)
            with database.session() as session:
                data = enrolment(session, database.installation_id)
            args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False), "utf-8")
            print(args.out)
            return 0
        if args.file is None:
            raise CommandError("trust needs the enrolment FILE", 2)
        try:
            data = json.loads(args.file.read_text("utf-8"))
            with database.transaction() as session:
                trusted = trust_enrolment(session, database.installation_id, data)
            print(f"headquarters fingerprint {trusted}")
        except (OSError, ValueError, EnrolmentRefused) as error:
            raise CommandError(f"{args.file} cannot be used: {error}") from None
    return 0
