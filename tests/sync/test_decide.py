"""Merge decisions for one record: new, update, no-op, tombstone, conflict."""

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from riskedu.sync.decide import Action, Version, decide

T1, T2 = datetime(2026, 11, 20, 9), datetime(2026, 11, 21, 9)


def v(vector, when=T1, by="a", deleted=False):
    return Version(vector, when, by, max(vector.values(), default=0), deleted)


def test_new_update_and_unchanged():
    assert decide(v({"a": 1}), None).action is Action.NEW
    assert decide(v({"a": 2}), v({"a": 1})).action is Action.UPDATED
    assert decide(v({"a": 1}), v({"a": 2})).action is Action.UNCHANGED
    assert decide(v({"a": 2}), v({"a": 2})).action is Action.UNCHANGED


def test_a_tombstone_wins_only_over_versions_it_contains():
    assert decide(v({"a": 2}, deleted=True), v({"a": 1})).action is Action.DELETED
    assert decide(v({"a": 1}, deleted=True), v({"a": 2})).action is Action.UNCHANGED
    concurrent = decide(v({"a": 2}, T1, deleted=True), v({"a": 1, "b": 5}, T2, "b"))
    assert concurrent.action is Action.CONFLICT_OURS_SHOWN


def test_changes_made_apart_conflict_and_the_later_edit_is_shown():
    ours, theirs = v({"a": 1, "hq": 3}, T1, "hq"), v({"a": 4}, T2, "a")
    decision = decide(theirs, ours)
    assert decision.action is Action.CONFLICT_THEIRS_SHOWN
    assert decision.vector == {"a": 4, "hq": 3}
    assert decide(ours, theirs).action is Action.CONFLICT_OURS_SHOWN


versions = st.builds(
    v, st.dictionaries(st.sampled_from("abc"), st.integers(1, 5), min_size=1),
    st.sampled_from([T1, T2]), st.sampled_from("abc"), st.booleans())


@given(versions, versions)
def test_the_shown_version_does_not_depend_on_arrival_order(x, y):
    def shown(first, second):
        decision = decide(second, first)
        return second if decision.action.takes_theirs else first
    one, other = decide(y, x), decide(x, y)
    assert one.vector == other.vector
    if one.action.is_conflict:
        assert shown(x, y) == shown(y, x)
