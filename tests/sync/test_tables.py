"""Every table that refers to travelling records either travels or rides inside them."""

from riskedu.core.db.base import Base
from riskedu.sync.tables import travelling_tables

LOCAL_ONLY = {"installation"}  # this installation's own profile and keys


def test_sessions_carry_attendance_and_facilitator_links():
    sessions = next(t for t in travelling_tables() if t.name == "sessions")
    assert {(c.table.name, c.parent_column) for c in sessions.children} == {
        ("attendance", "session_id"), ("session_facilitators", "session_id")}


def test_parents_come_before_the_records_that_refer_to_them():
    order = [t.name for t in travelling_tables()]
    assert order.index("organisations") < order.index("teams") < order.index("sessions")
    assert order.index("sessions") < order.index("participants")


def test_no_table_referring_to_travelling_records_is_forgotten():
    travelling = {t.name for t in travelling_tables()}
    embedded = {c.table.name for t in travelling_tables() for c in t.children}
    for table in Base.metadata.sorted_tables:
        refers = {k.column.table.name for k in table.foreign_keys} & travelling
        if refers and table.name not in travelling:
            assert table.name in embedded | LOCAL_ONLY, table.name
