"""Version vectors: which edits of which installations a record's version includes.

A record's vector maps installation id -> the highest change counter of that
installation's edits it contains. Comparing two vectors says whether one version
already contains the other (nothing to do, or a plain update) or whether they
were changed apart since they last agreed (a conflict to keep for a person).
"""

from __future__ import annotations

from enum import Enum

Vector = dict[str, int]


class Order(Enum):
    """How an incoming version relates to the one already here."""

    SAME = "same"
    OLDER = "older"  # already contained in ours
    NEWER = "newer"  # contains ours: a plain update
    CONCURRENT = "concurrent"  # changed on both sides: a conflict


def compare(incoming: Vector, ours: Vector) -> Order:
    keys = incoming.keys() | ours.keys()
    ahead = any(incoming.get(k, 0) > ours.get(k, 0) for k in keys)
    behind = any(incoming.get(k, 0) < ours.get(k, 0) for k in keys)
    if ahead and behind:
        return Order.CONCURRENT
    if ahead:
        return Order.NEWER
    return Order.OLDER if behind else Order.SAME


def merged(a: Vector, b: Vector) -> Vector:
    """The smallest vector containing both."""
    return {k: max(a.get(k, 0), b.get(k, 0)) for k in sorted(a.keys() | b.keys())}


def contains(big: Vector, small: Vector) -> bool:
    return compare(small, big) in (Order.SAME, Order.OLDER)
