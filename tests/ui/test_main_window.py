"""The main window: the list, its totals, paging, sorting, filters and session actions."""

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from riskedu.core.db.models import EducationSession, StatusChange
from riskedu.core.gazetteer import COMMUNE, DISTRICT, VILLAGE
from riskedu.ui.sessions_model import COL_TOTAL, PAGE_SIZE

from ui_helpers import bulk_sessions, days_ago, saved_session, wait_idle

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def codes(window) -> list[str]:
    return [window.model.row_at(i).report_code for i in range(window.model.rowCount())]


def shown_totals(window) -> dict[str, str]:
    names = ("sessions", "girls", "boys", "women", "men", "total", "disability")
    return {name: window.totals_bar.value_text(name) for name in names}


def test_the_list_shows_saved_sessions_and_the_totals_of_all_of_them(db, make_window):
    saved_session(db)
    saved_session(db, final=True, attendance={"female_60_plus": 5})
    window = make_window()
    assert window.model.rowCount() == 2
    assert {window.model.row_at(i).status for i in range(2)} == {"draft", "final"}
    # each valid_form: girls 12, boys 9, women 7, men 4, one woman with disability
    assert shown_totals(window) == {"sessions": "2", "girls": "24", "boys": "18",
                                    "women": "19", "men": "8", "total": "69",
                                    "disability": "2"}


def test_the_model_holds_one_page_until_more_is_fetched(db, make_window, qtbot):
    bulk_sessions(db, 1000)
    window = make_window()
    assert window.model.rowCount() == PAGE_SIZE
    assert window.totals_bar.value_text("sessions") == "1,000"
    assert window.model.canFetchMore(QModelIndex())
    window.model.fetchMore(QModelIndex())
    wait_idle(qtbot, window)
    assert window.model.rowCount() == 2 * PAGE_SIZE
    assert len(set(codes(window))) == 2 * PAGE_SIZE  # no page read twice


def test_clicking_a_header_sorts_all_sessions_in_the_database(db, make_window, qtbot):
    bulk_sessions(db, 600)
    biggest = saved_session(db, session_date=days_ago(3000),
                            attendance={"male_18_49": 900}).report_code
    window = make_window()
    assert biggest not in codes(window)  # oldest: not on the first page by date
    header = window.view.horizontalHeader()
    click = QPoint(header.sectionViewportPosition(COL_TOTAL) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    wait_idle(qtbot, window)
    if not window.model.descending:  # first click may sort either way; make it descending
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
        wait_idle(qtbot, window)
    assert window.model.sort_key == "total" and window.model.descending
    assert codes(window)[0] == biggest
    totals = [window.model.row_at(i).total for i in range(window.model.rowCount())]
    assert totals == sorted(totals, reverse=True)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    wait_idle(qtbot, window)
    assert not window.model.descending and biggest not in codes(window)


def a_village_in_battambang(workspace) -> tuple[str, str, str, str]:
    version = workspace.profile.gazetteer_version
    district = workspace.places(version, DISTRICT, "02")[0].code
    commune = workspace.places(version, COMMUNE, district)[0].code
    village = workspace.places(version, VILLAGE, commune)[0]
    return district, commune, village.code, village.name_en


def test_filters_change_the_rows_and_their_totals(db, workspace, make_window, qtbot):
    pagoda = saved_session(db, notes="Meeting at the pagoda").report_code
    district, commune, village, village_name = a_village_in_battambang(workspace)
    battambang = saved_session(db, final=True, session_date=days_ago(40),
                               province_code="02", district_code=district,
                               commune_code=commune, village_code=village,
                               attendance={"male_18_49": 30}).report_code
    field = saved_session(db, session_date=days_ago(100), village_code="",
                          place_text="Rice field by the border").report_code
    window = make_window()
    bar = window.filter_bar
    assert sorted(codes(window)) == sorted([pagoda, battambang, field])

    def choose(combo, code):
        combo.setCurrentIndex(combo.findData(code))
        wait_idle(qtbot, window)

    choose(bar.status, "final")
    assert codes(window) == [battambang]
    assert shown_totals(window)["men"] == "34" and shown_totals(window)["sessions"] == "1"
    choose(bar.status, "")
    choose(bar.province, "02")
    assert codes(window) == [battambang] and bar.district.isEnabled()
    choose(bar.district, district)
    assert codes(window) == [battambang]
    bar.clear()
    wait_idle(qtbot, window)
    qtbot.keyClicks(bar.search, "PAGODA")
    qtbot.waitUntil(lambda: codes(window) == [pagoda], timeout=3000)
    wait_idle(qtbot, window)
    assert shown_totals(window)["sessions"] == "1"
    bar.search.clear()
    qtbot.keyClicks(bar.search, village_name)
    qtbot.waitUntil(lambda: battambang in codes(window) and pagoda not in codes(window),
                    timeout=3000)
    bar.search.clear()
    qtbot.keyClicks(bar.search, "rice field")
    qtbot.waitUntil(lambda: codes(window) == [field], timeout=3000)
    bar.clear()
    wait_idle(qtbot, window)
    bar.from_check.setChecked(True)
    bar.date_from.setDate(days_ago(50))
    bar.to_check.setChecked(True)
    bar.date_to.setDate(days_ago(20))
    wait_idle(qtbot, window)
    assert codes(window) == [battambang]
    assert shown_totals(window) == {"sessions": "1", "girls": "12", "boys": "9",
                                    "women": "7", "men": "34", "total": "62",
                                    "disability": "1"}
    bar.clear()
    wait_idle(qtbot, window)
    assert len(codes(window)) == 3 and shown_totals(window)["sessions"] == "3"


def test_delete_asks_first_then_tombstones_the_session(db, boxes, qtbot, make_window):
    saved = saved_session(db)
    window = make_window()
    window.view.selectRow(0)
    boxes.answers = [No]
    window.actions.delete.trigger()
    assert codes(window) == [saved.report_code]
    assert saved.report_code in boxes.texts("warning")[0]
    boxes.answers = [Yes]
    window.actions.delete.trigger()
    wait_idle(qtbot, window)
    assert codes(window) == []
    assert window.totals_bar.value_text("sessions") == "0"
    with db.session() as session:
        assert session.get(EducationSession, saved.session_id).deleted is True


def test_finalise_and_reopen_from_the_list_record_who_changed_the_status(
        db, make_window, boxes, qtbot):
    saved = saved_session(db)
    window = make_window()
    window.view.selectRow(0)
    assert window.actions.finalise.isEnabled() and not window.actions.reopen.isEnabled()
    window.actions.finalise.trigger()
    wait_idle(qtbot, window)
    assert window.model.row_at(0).status == "final"
    assert window.actions.reopen.isEnabled() and not window.actions.finalise.isEnabled()
    boxes.answers = [Yes]
    window.actions.reopen.trigger()
    wait_idle(qtbot, window)
    assert window.model.row_at(0).status == "draft"
    with db.session() as session:
        changes = session.scalars(select(StatusChange).where(
            StatusChange.session_id == saved.session_id)
            .order_by(StatusChange.change_counter)).all()
        assert [(c.from_status, c.to_status, c.changed_by) for c in changes] == [
            ("draft", "final", "Sokha Chan"), ("final", "draft", "Sokha Chan")]


def test_finalising_an_incomplete_draft_says_what_is_missing(db, make_window, boxes, qtbot):
    saved_session(db, facilitator_ids=[])
    window = make_window()
    window.view.selectRow(0)
    boxes.answers = [Yes]  # "Open it to complete it?"
    window.actions.finalise.trigger()
    assert "Facilitators: Add at least one facilitator." in boxes.texts("question")[0]
    assert window.model.row_at(0).status == "draft"
    assert window.editor is not None
    assert window.editor.problem_lines() == ["• Facilitators: Add at least one facilitator."]


def test_enter_on_a_row_opens_it_in_the_editor(db, make_window, qtbot):
    saved = saved_session(db)
    window = make_window()
    window.view.setFocus()
    window.view.selectRow(0)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.editor is not None and window.editor.isVisible()
    assert window.editor.windowTitle().startswith(f"Session {saved.report_code}")


def test_double_clicking_a_row_opens_it(db, make_window, qtbot):
    saved = saved_session(db)
    window = make_window()
    centre = window.view.visualRect(window.model.index(0, 1)).center()
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.editor is not None and window.editor.isVisible()
    assert window.editor.windowTitle().startswith(f"Session {saved.report_code}")


@pytest.mark.both_backends
def test_the_status_bar_names_the_database_file_or_server(db, window):
    text = window.db_label.text()
    if db.engine.dialect.name == "sqlite":
        assert text == f"Database: {db.path}"
    else:  # a headquarters server: its database and address, not its URL (or a password)
        url = db.engine.url
        assert text == f"Database: {url.database} on server {url.host}:{url.port}"
