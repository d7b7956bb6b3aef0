"""Running `riskedu` in a real subprocess, and what a run gives back."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Outcome:
    """Exit status and output of one run of the command."""

    status: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


def run_process(*argv: str, module: bool = True) -> Outcome:
    """Run `python -m riskedu ARGS...` (or `python main.py ARGS...`) in a subprocess."""
    command = [sys.executable, "-m", "riskedu"] if module else [sys.executable, "main.py"]
    done = subprocess.run(command + [str(a) for a in argv], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    return Outcome(done.returncode, done.stdout, done.stderr)
