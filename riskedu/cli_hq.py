"""`riskedu hq-checks`: the completeness and duplicate checks headquarters runs before
reporting upward, printed one finding a line (exit 1 when there is any)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from riskedu.cli_commands import opened
from riskedu.core.dashboard import DashboardFilter
from riskedu.core.hq_checks import (
    LIMIT,
    count_duplicate_groups,
    count_incomplete,
    incomplete_sessions,
    probable_duplicates,
)


def add_commands(sub, db_option: Callable[[argparse.ArgumentParser, str], None]) -> None:
    from riskedu.cli import parse_date

    checks = sub.add_parser(
        "hq-checks", help="sessions missing required fields and probable duplicates",
        description="List the sessions that lack a field a final record needs, and probable "
        "duplicates: sessions on the same day in the same village by the same team that came "
        f"from different installations (at most {LIMIT} of each). Exit 1 when any is found.")
    db_option(checks, "to check (a file or a database URL)")
    checks.add_argument("--from", dest="date_from", metavar="DATE", type=parse_date,
                        help="only sessions on or after DATE (YYYY-MM-DD)")
    checks.add_argument("--to", dest="date_to", metavar="DATE", type=parse_date,
                        help="only sessions on or before DATE (YYYY-MM-DD)")
    checks.add_argument("--json", action="store_true", help="print JSON instead of text")
    checks.set_defaults(handler=run_hq_checks)


def _findings(database, flt: DashboardFilter) -> dict:
    with database.session() as session:
        incomplete = incomplete_sessions(session, flt)
        groups = probable_duplicates(session, flt)
        return {
            "incomplete_count": count_incomplete(session, flt),
            "incomplete": [{"id": s.id, "report_code": s.report_code,
                            "date": s.session_date.isoformat() if s.session_date else None,
                            "status": s.status, "team": s.team,
                            "missing": [{"field": p.field, "message": str(p.message)}
                                        for p in s.problems]} for s in incomplete],
            "duplicate_group_count": count_duplicate_groups(session, flt),
            "duplicates": [{"date": g.session_date.isoformat(), "village_code": g.village_code,
                            "village": g.village, "team": g.team,
                            "sessions": [m.__dict__ for m in g.members]} for g in groups],
        }


def _print_text(found: dict) -> None:
    print(f"Sessions missing required fields: {found['incomplete_count']:,}")
    for item in found["incomplete"]:
        missing = " ".join(p["message"] for p in item["missing"])
        print(f"  {item['report_code']}  {item['date'] or '(no date)'}  {item['status']}  "
              f"{item['team']}: {missing}")
    print(f"Probable duplicates: {found['duplicate_group_count']:,} group(s)")
    for group in found["duplicates"]:
        print(f"  {group['date']}  {group['village'] or '?'} ({group['village_code']})  "
              f"{group['team']}")
        for member in group["sessions"]:
            origin = member["installation"] or member["installation_id"]
            print(f"    {member['report_code']}  {member['status']}  {member['people']:,} "
                  f"people  from {origin}")
    listed = len(found["incomplete"]), len(found["duplicates"])
    if listed != (found["incomplete_count"], found["duplicate_group_count"]):
        print(f"(the first {LIMIT} of each are listed)")


def run_hq_checks(args: argparse.Namespace, db: str | None) -> int:
    flt = DashboardFilter(date_from=args.date_from, date_to=args.date_to)
    with opened(db) as database:
        found = _findings(database, flt)
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        _print_text(found)
    return 1 if found["incomplete_count"] or found["duplicate_group_count"] else 0
