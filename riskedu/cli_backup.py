"""The `riskedu backup` and `riskedu restore` commands.

`backup` takes a verified backup of the database file into a folder (rotating the
folder's older backups); `restore` checks a backup, says what it would replace, asks
(unless --yes) and puts it in place, keeping a copy of the replaced file. Both work on
the file without opening it as the window does: no migration, no new installation.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from riskedu.cli_commands import CommandError, database_target


def add_commands(sub, db_option: Callable[[argparse.ArgumentParser, str], None]) -> None:
    backup = sub.add_parser(
        "backup", help="take a verified backup of the database",
        description="Copy the database with SQLite's backup API into DIR as "
        "<name>-backup-<UTC time>.sqlite3, check the copy, then keep the newest of each of "
        "the last 7 days and 4 weeks there (and the last 3). Prints the backup's path.")
    db_option(backup, "to back up")
    backup.add_argument("--out", metavar="DIR", type=Path,
                        help="folder for the backups, e.g. a USB stick (default: backups/ "
                        "in your data folder)")
    backup.set_defaults(handler=run_backup)

    restore = sub.add_parser(
        "restore", help="put a backup in place of the database",
        description="Check BACKUP, show what it would replace, ask, then replace the "
        "database with it. The replaced file is kept beside it as "
        "<name>.before-restore-<time>.sqlite3. Refused while riskedu has the database open.")
    db_option(restore, "to replace")
    restore.add_argument("backup", metavar="BACKUP", type=Path, help="the backup file")
    restore.add_argument("--yes", action="store_true", help="restore without asking")
    restore.set_defaults(handler=run_restore)


def _human_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} bytes"


def run_backup(args: argparse.Namespace, db: str | None) -> int:
    from riskedu.core.backups import BackupFailed, backup_database, default_backup_folder
    from riskedu.core.db_summary import NotARiskeduDatabase, summarise

    target = database_target(db)
    try:
        if "://" not in target:
            summarise(Path(target))  # a riskedu database, not any file
        info = backup_database(target, args.out or default_backup_folder())
    except NotARiskeduDatabase:
        raise CommandError(f"{target} is not a riskedu database; nothing was backed up") \
            from None
    except BackupFailed as error:
        raise CommandError(str(error)) from None
    print(info.path)
    print(f"{_human_size(info.size)}, checked", file=sys.stderr)
    return 0


def _describe(args: argparse.Namespace, target: Path) -> None:
    from riskedu.core.backups import parse_backup
    from riskedu.core.db_summary import loss_if_restored, summarise

    backup = summarise(args.backup)
    info = parse_backup(args.backup)
    print(f"Backup {args.backup}: schema {backup.revision}, "
          + ", ".join(f"{count} {table}" for table, count in backup.counts.items()))
    if not target.exists():
        print(f"{target} does not exist yet: nothing will be replaced.")
        return
    taken = info.taken_at if info else backup.last_change
    loss = loss_if_restored(target, args.backup, taken) if taken else None
    if loss is None or loss.current is None:
        print(f"{target} cannot be read (damaged?): what it holds beyond the backup is not "
              "known. It will be kept as a copy.")
        return
    print(f"Replaces {target}: "
          + ", ".join(f"{count} {table}" for table, count in loss.current.counts.items()))
    if loss.changed_after:
        print(f"{loss.changed_after} record(s) changed after the backup was taken will be "
              "undone (they stay in the kept copy).")


def _confirmed() -> bool:
    if not sys.stdin.isatty():
        print("Run again with --yes to restore (no one to ask here).", file=sys.stderr)
        return False
    return input("Restore this backup? [y/N] ").strip().lower() in ("y", "yes")


def run_restore(args: argparse.Namespace, db: str | None) -> int:
    from riskedu.core.backups import BackupFailed, sqlite_file
    from riskedu.core.restore import RestoreRefused, check_backup, restore_database

    try:
        target = sqlite_file(database_target(db))
        check_backup(args.backup)
        _describe(args, target)
        if not args.yes and not _confirmed():
            print("Nothing restored.", file=sys.stderr)
            return 1
        done = restore_database(target, args.backup)
    except (RestoreRefused, BackupFailed) as error:
        raise CommandError(str(error)) from None
    print(f"Restored {done.backup} to {done.database}.")
    if done.kept is not None:
        print(f"The replaced database is kept as {done.kept}.")
    return 0
