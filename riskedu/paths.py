"""Where riskedu keeps its files by default (per-user data folder, via platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "riskedu"
# Set to a database URL (or a file path) to make it the default for the window and every
# command, e.g. on headquarters' machines: postgresql+psycopg://officer@hq-server/riskedu
DATABASE_VARIABLE = "RISKEDU_DATABASE"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / "riskedu.sqlite3"


def default_database_target() -> str:
    """The database used when none is given: $RISKEDU_DATABASE, else the file in the data
    folder."""
    return os.environ.get(DATABASE_VARIABLE, "").strip() or str(default_database_path())


def shown_target(target: str | Path) -> str:
    """A database path or URL fit to show (a URL's password hidden)."""
    text = str(target)
    if "://" not in text:
        return text
    from riskedu.core.db.server import shown_url

    return shown_url(text)
