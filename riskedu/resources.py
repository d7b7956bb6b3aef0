"""Locate the data folders shipped beside the code (`resources/`, `translations/`) both in a
checkout and in an installed copy, where they are the packages `riskedu_resources` and
`riskedu_translations`."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]


def shipped_folder(package: str, checkout_name: str) -> Path:
    """The folder of a data package: the checkout's when running from one, otherwise the
    first installed location of the package that is a real folder.

    The packages have no `__init__.py`, so they are namespace packages; their search
    locations are read directly, since `importlib.resources` on Python 3.11 fails when an
    editable install adds a location that is no folder.
    """
    checkout = _ROOT / checkout_name
    if checkout.is_dir():
        return checkout
    spec = importlib.util.find_spec(package)
    for location in (spec.submodule_search_locations or []) if spec else []:
        if Path(location).is_dir():
            return Path(location)
    raise FileNotFoundError(f"{package} is not installed")


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. `resource_path("icons", "riskedu.svg")`."""
    return shipped_folder("riskedu_resources", "resources").joinpath(*parts)
