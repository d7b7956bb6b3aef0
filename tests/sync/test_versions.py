"""Version vectors decide update, no-op or conflict."""

from hypothesis import given
from hypothesis import strategies as st

from riskedu.sync.versions import Order, compare, contains, merged

vectors = st.dictionaries(st.sampled_from(["field-a", "field-b", "hq"]), st.integers(1, 9))


def test_orders():
    assert compare({"a": 2}, {"a": 2}) is Order.SAME
    assert compare({"a": 1}, {"a": 2}) is Order.OLDER
    assert compare({"a": 3, "b": 1}, {"a": 2}) is Order.NEWER
    assert compare({"a": 3}, {"a": 2, "b": 1}) is Order.CONCURRENT


@given(vectors, vectors)
def test_merge_contains_both_and_is_symmetric(a, b):
    both = merged(a, b)
    assert contains(both, a) and contains(both, b)
    assert both == merged(b, a)


@given(vectors, vectors)
def test_compare_is_antisymmetric(a, b):
    mirror = {Order.SAME: Order.SAME, Order.OLDER: Order.NEWER, Order.NEWER: Order.OLDER,
              Order.CONCURRENT: Order.CONCURRENT}
    assert compare(a, b) is mirror[compare(b, a)]
