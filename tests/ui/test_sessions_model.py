"""The sessions table model on in-memory rows, without a window or database."""

from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from riskedu.core.queries import SessionRow
from riskedu.ui.sessions_model import (
    COL_ACTIVITY,
    COL_DATE,
    COL_REPORT,
    COL_STATUS,
    COL_TOTAL,
    COL_VILLAGE,
    PAGE_SIZE,
    RowRole,
    SessionsModel,
    SortRole,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def row(number: int, **changes) -> SessionRow:
    values = dict(id=f"id-{number:05d}", report_code=f"HALO-RE-20261120-{number:03d}",
                  session_date=date(2026, 11, 20), province_en="Battambang",
                  province_local="បាត់ដំបង", village_en="Ou Thum", village_local="អូរធំ",
                  place_text="", status="draft", activity="direct_re", girls=1, boys=2,
                  women=3, men=4, total=10, disability=1)
    values.update(changes)
    return SessionRow(**values)


def test_rows_show_translated_labels_native_sort_values_and_the_row_object(qapp):
    model = SessionsModel()
    model.set_rows([row(1, status="final", total=1234), row(2, village_en="",
                                                             place_text="Rice field")])
    assert model.rowCount() == 2 and model.columnCount() == 12
    assert model.headerData(COL_REPORT, Qt.Orientation.Horizontal) == "Report code"
    first = model.index(0, COL_TOTAL)
    assert model.data(first) == "1,234"
    assert model.data(first, SortRole) == 1234
    assert model.data(model.index(0, COL_STATUS)) == "Final"
    assert model.data(model.index(0, COL_ACTIVITY)) == "Direct risk education"
    assert model.data(model.index(0, COL_DATE)) == "2026-11-20"
    assert model.data(model.index(0, COL_DATE), SortRole) == date(2026, 11, 20)
    assert model.data(model.index(0, COL_VILLAGE)) == "Ou Thum"
    assert model.data(model.index(1, COL_VILLAGE)) == "Rice field"
    assert model.data(model.index(1, COL_REPORT), RowRole).id == "id-00002"


def test_pages_arrive_on_demand_and_sorting_asks_the_source(qapp):
    table = [row(n, total=n) for n in range(1000)]
    calls = []

    def loader(key, descending, offset, limit):
        calls.append((key, descending, offset, limit))
        attr = "session_date" if key == "date" else key
        ordered = sorted(table, key=lambda r: getattr(r, attr), reverse=descending)
        return ordered[offset:offset + limit]

    model = SessionsModel()
    model.set_loader(loader)
    assert model.rowCount() == PAGE_SIZE < len(table)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1000
    assert [call[2] for call in calls] == list(range(0, 1001, PAGE_SIZE))  # last one empty
    model.sort(COL_TOTAL, Qt.SortOrder.AscendingOrder)
    assert calls[-1] == ("total", False, 0, PAGE_SIZE)
    assert model.rowCount() == PAGE_SIZE
    assert model.data(model.index(0, COL_TOTAL), SortRole) == 0


def test_one_row_can_be_replaced_or_removed(qapp):
    model = SessionsModel()
    model.set_rows([row(1), row(2), row(3)])
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    assert model.replace_row(row(2, status="final", total=99))
    assert changed == [(1, 1)]
    assert model.data(model.index(1, COL_TOTAL)) == "99"
    assert not model.replace_row(row(7))
    model.remove_session("id-00001")
    assert [model.row_at(i).id for i in range(model.rowCount())] == ["id-00002", "id-00003"]
