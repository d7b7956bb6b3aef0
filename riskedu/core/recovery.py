"""Keep an edit in progress safe across a crash or a power cut.

While a session is being edited, the editor writes its form to a recovery file
next to the database (atomically: temporary file, fsync, rename). A clean save
or discard removes it; on the next start a leftover file means an edit was
interrupted, and the app offers to restore it.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from riskedu.core.forms import SessionForm


@dataclass(frozen=True)
class RecoveredEdit:
    """An interrupted edit: the form as it was and when it was last written."""

    form: SessionForm
    saved_at: datetime


def recovery_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".edit-in-progress.json")


def write_recovery(path: Path, form: SessionForm) -> None:
    """Atomically replace the recovery file with `form`."""
    payload = {"saved_at": datetime.now(UTC).isoformat(), "form": form.to_json()}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_recovery(path: Path) -> RecoveredEdit | None:
    """The interrupted edit, or None when there is none or the file is unreadable."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        return RecoveredEdit(SessionForm.from_json(payload["form"]),
                             datetime.fromisoformat(payload["saved_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def clear_recovery(path: Path) -> None:
    path.unlink(missing_ok=True)
