"""The `riskedu trash` and `riskedu history` commands.

`trash list` shows every deleted session, material, roster entry and hazard report, with
whether it can still be restored; `trash restore ID` brings one back as the Trash window
does (refused, with the reason, once exported or when what it needs is missing).
`history RECORD` prints a session's audit trail, field by field.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from riskedu.cli_commands import CommandError, opened


def add_commands(sub, db_option: Callable[[argparse.ArgumentParser, str], None]) -> None:
    trash = sub.add_parser("trash", help="list deleted records or restore one",
                           description="Deleted sessions, materials, roster entries and "
                           "hazard reports stay in the trash until an export carries the "
                           "deletion.")
    actions = trash.add_subparsers(dest="trash_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the trash, newest first")
    db_option(listing, "to read")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(handler=run_trash_list)
    restore = actions.add_parser("restore", help="bring a deleted record back",
                                 description="Restore the trash item ID (the first column "
                                 "of `trash list`; a unique beginning of it will do).")
    db_option(restore, "to change")
    restore.add_argument("trash_id", metavar="ID", help="the trash item's id")
    restore.set_defaults(handler=run_trash_restore)

    history = sub.add_parser("history", help="a session's audit trail: who changed what",
                             description="Every change of a session after it was first "
                             "final: who, when (UTC), each field before and after.")
    db_option(history, "to read")
    history.add_argument("record", metavar="RECORD_ID", help="the session's id or report code")
    history.add_argument("--json", action="store_true", help="print a JSON list")
    history.set_defaults(handler=run_history)


def _educator(database) -> str:
    """Who restores: the educator of this installation's profile, as the window says."""
    from riskedu.core.db.models import Facilitator, LocalInstallation

    with database.session() as session:
        installation = session.get(LocalInstallation, database.installation_id)
        educator = session.get(Facilitator, installation.educator_id or "")
        return educator.name if educator is not None else ""


def run_trash_list(args: argparse.Namespace, db: str | None) -> int:
    from riskedu.core.trash import list_trash

    with opened(db) as database, database.session() as session:
        rows = list_trash(session)
    if args.json:
        print(json.dumps([{"id": r.id, "kind": r.kind, "record_id": r.record_id,
                           "label": r.label, "detail": r.detail,
                           "deleted_at": r.deleted_at.isoformat(), "deleted_by": r.deleted_by,
                           "restorable": not r.exported} for r in rows], ensure_ascii=False))
        return 0
    if not rows:
        print("The trash is empty.", file=sys.stderr)
    for r in rows:
        state = "exported: cannot be restored" if r.exported else "restorable"
        detail = f" ({r.detail})" if r.detail else ""
        print(f"{r.id}  {r.deleted_at:%Y-%m-%d %H:%M} UTC  {r.kind}: {r.label}{detail}"
              f"  by {r.deleted_by or '?'}  [{state}]")
    return 0


def _trash_id(session, wanted: str) -> str:
    from riskedu.core.trash import list_trash

    matches = [row.id for row in list_trash(session) if row.id.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise CommandError(f"no trash item {wanted!r}: see `riskedu trash list`", 2)
    raise CommandError(f"{wanted!r} is the beginning of {len(matches)} trash items: give "
                       "more of the id", 2)


def run_trash_restore(args: argparse.Namespace, db: str | None) -> int:
    from riskedu.core.sessions import restore_from_trash
    from riskedu.core.validation import ValidationFailed

    with opened(db) as database:
        by = _educator(database)
        try:
            with database.transaction() as session:
                trash_id = _trash_id(session, args.trash_id)
                record_id = restore_from_trash(session, trash_id, by=by)
        except ValidationFailed as error:
            text = "; ".join(str(p.message) for p in error.problems)
            raise CommandError(f"not restored: {text}", 1) from None
    print(f"Restored {record_id}.")
    return 0


def _session_id(session, record: str) -> str:
    from sqlalchemy import or_, select

    from riskedu.core.db.audit_models import AuditEntry
    from riskedu.core.db.models import EducationSession

    found = session.scalar(select(EducationSession.id).where(
        or_(EducationSession.id == record, EducationSession.report_code == record)))
    if found is None:  # a session deleted for good, known only by its history
        found = session.scalar(select(AuditEntry.record_id).where(
            or_(AuditEntry.record_id == record, AuditEntry.report_code == record)).limit(1))
    if found is None:
        raise CommandError(f"no session {record!r} (give its id or report code)", 2)
    return found


def run_history(args: argparse.Namespace, db: str | None) -> int:
    from riskedu.core.audit import history

    with opened(db) as database, database.session() as session:
        entries = history(session, _session_id(session, args.record))
        rows = [{"event": e.event, "changed_by": e.changed_by,
                 "changed_at": e.changed_at.isoformat(), "changes": e.changes}
                for e in entries]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    if not rows:
        print("No history: the session was never final, so its edits are not audited.",
              file=sys.stderr)
    for row in rows:
        print(f"{row['changed_at'][:19].replace('T', ' ')} UTC  {row['event']}  "
              f"by {row['changed_by'] or '?'}")
        for change in row["changes"]:
            print(f"    {change['field']}: {change['before']} -> {change['after']}")
    return 0
