"""A long run of the fault tests: `python bench/faults.py --kills 2000 [--seed N]`.

Saves, exports (plain and sealed), imports and backups run in a child process that is
killed with SIGKILL at random moments, as `tests/faults/` does with a couple of hundred
kills; here as many as asked, split 40/30/20/10. After every kill the database must pass
`PRAGMA integrity_check`, every operation that returned must be there, and only whole
bundles may be on the stick. Prints the kills, the operations met, the time per kill
and the seed; exits 1 (naming the seed that replays it) on the first failure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests" / "faults"), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fault_runs import kill_backups, kill_exports, kill_imports, kill_saves  # noqa: E402
from kill_harness import SEED_VARIABLE, base_seed  # noqa: E402

from riskedu.core.database import open_database  # noqa: E402
from riskedu.core.profile import SetupForm, apply_setup  # noqa: E402


def installation(path: Path, team: str) -> Path:
    """A set-up database file of its own installation, as the tests' fixtures make."""
    path.parent.mkdir(parents=True, exist_ok=True)
    database = open_database(path)
    with database.transaction() as session:
        apply_setup(session, database.installation_id, SetupForm(
            organisation_name="HALO Trust", organisation_code="HALO", team_name=f"Team {team}",
            team_code=team, educator_name="Sokha Chan"))
    database.close()
    return path


def fresh(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    return Path(shutil.copyfile(template, folder / "riskedu.sqlite3"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=2000)
    parser.add_argument("--seed", type=int, help=f"replay a run (or set {SEED_VARIABLE})")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else base_seed()
    saves, exports, backups = args.kills * 4 // 10, args.kills * 3 // 10, args.kills // 10
    imports = args.kills - saves - exports - backups
    with tempfile.TemporaryDirectory(prefix="riskedu-faults-") as work:
        root = Path(work)
        field = installation(root / "templates" / "t3" / "riskedu.sqlite3", "T3")
        other = installation(root / "templates" / "t5" / "riskedu.sqlite3", "T5")
        runs = [
            ("saves", lambda: kill_saves(fresh(field, root / "saves"), saves, seed)),
            ("exports, plain", lambda: kill_exports(
                fresh(field, root / "plain"), _folder(root / "plain-usb"), exports // 2,
                seed, sealed=False)),
            ("exports, sealed", lambda: kill_exports(
                fresh(field, root / "sealed"), _folder(root / "sealed-usb"),
                exports - exports // 2, seed, sealed=True)),
            ("imports", lambda: kill_imports(fresh(field, root / "imports"), other,
                                             _folder(root / "import-work"), imports, seed)),
            ("backups", lambda: kill_backups(fresh(field, root / "backed-up"),
                                             root / "backups", backups, seed)),
        ]
        print(f"seed {seed} (replay: --seed {seed})")
        print(f"{'':16} {'kills':>6} {'returned':>9} {'amid':>6} {'ms/kill':>8}")
        for name, run in runs:
            started = time.perf_counter()
            try:
                tally = run()
            except AssertionError as failure:
                print(f"{name}: FAILED: {failure}")
                return 1
            per_kill = (time.perf_counter() - started) * 1000 / max(tally.kills, 1)
            print(f"{name:16} {tally.kills:6} {tally.returned:9} {tally.amid:6} "
                  f"{per_kill:8.0f}")
    return 0


def _folder(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


if __name__ == "__main__":
    sys.exit(main())
