"""Locate the files in `resources/` both in a checkout and in an installed copy."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. `resource_path("icons", "riskedu.svg")`."""
    if _CHECKOUT.is_dir():
        return _CHECKOUT.joinpath(*parts)
    found = resources.files("riskedu_resources")
    for part in parts:  # one at a time: Python 3.11's namespace-package path takes one
        found = found.joinpath(part)
    return Path(str(found))
