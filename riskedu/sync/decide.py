"""What to do with one incoming record version, given the version already here.

Pure rules, no database: `merge.py` applies the decisions. The shown winner of a
conflict depends only on the two versions, never on which arrived first, so any
import order ends in the same database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from riskedu.sync.versions import Order, Vector, compare, merged


@dataclass(frozen=True)
class Version:
    """The sync facts of one version of a record."""

    vector: Vector
    updated_at: datetime
    installation_id: str
    change_counter: int
    deleted: bool = False

    @property
    def rank(self) -> tuple:
        """Later edit first; the rest only breaks exact ties, so the order is total."""
        return (self.updated_at, self.installation_id, self.change_counter,
                self.deleted, sorted(self.vector.items()))


class Action(Enum):
    """The effect of an incoming version on the local record."""

    NEW = "new"
    UPDATED = "updated"
    DELETED = "deleted"
    UNCHANGED = "unchanged"
    CONFLICT_THEIRS_SHOWN = "conflict-theirs-shown"  # ours goes to the conflicts list
    CONFLICT_OURS_SHOWN = "conflict-ours-shown"  # theirs goes to the conflicts list

    @property
    def is_conflict(self) -> bool:
        return self in (Action.CONFLICT_THEIRS_SHOWN, Action.CONFLICT_OURS_SHOWN)

    @property
    def takes_theirs(self) -> bool:
        return self in (Action.NEW, Action.UPDATED, Action.DELETED,
                        Action.CONFLICT_THEIRS_SHOWN)


@dataclass(frozen=True)
class Decision:
    """An action and the version vector the local record ends with."""

    action: Action
    vector: Vector


def decide(theirs: Version, ours: Version | None) -> Decision:
    if ours is None:
        return Decision(Action.NEW, theirs.vector)
    order = compare(theirs.vector, ours.vector)
    if order in (Order.SAME, Order.OLDER):
        return Decision(Action.UNCHANGED, ours.vector)
    if order is Order.NEWER:
        gone = theirs.deleted and not ours.deleted
        return Decision(Action.DELETED if gone else Action.UPDATED, theirs.vector)
    both = merged(theirs.vector, ours.vector)
    if theirs.rank > ours.rank:
        return Decision(Action.CONFLICT_THEIRS_SHOWN, both)
    return Decision(Action.CONFLICT_OURS_SHOWN, both)
