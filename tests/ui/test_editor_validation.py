"""Every rule the core enforces shows up in the editor naming its field; nothing is saved."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from riskedu.core.db.models import EducationSession

from ui_helpers import wait_idle


def session_count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(EducationSession))


def complete(editor) -> None:
    """Fill in what a final record needs (the educator is ticked already)."""
    editor.location.set_village("01020101")
    editor.location.location_type.setCurrentIndex(
        editor.location.location_type.findData("community_centre"))
    editor.general.audience.setCurrentIndex(editor.general.audience.findData("farmers"))
    editor.attendance.spins["female_6_12"].setValue(10)
    editor.attendance.spins["male_18_49"].setValue(4)


def tick_no_facilitator(editor) -> None:
    for row in range(editor.people.facilitators.count()):
        editor.people.facilitators.item(row).setCheckState(Qt.CheckState.Unchecked)


CASES = {
    "disability above female attendees": (
        lambda e: e.attendance.spins["disabled_female"].setValue(11), "disabled_female",
        "Women and girls with disability: Women and girls with disability (11) cannot be "
        "more than the female attendees (10)."),
    "disability above male attendees": (
        lambda e: e.attendance.spins["disabled_male"].setValue(5), "disabled_male",
        "Men and boys with disability: Men and boys with disability (5) cannot be more than "
        "the male attendees (4)."),
    "first-time above total": (
        lambda e: e.attendance.spins["first_time"].setValue(15), "first_time",
        "First-time beneficiaries: First-time beneficiaries (15) cannot be more than all "
        "attendees (14)."),
    "future date": (
        lambda e: e.general.session_date.set_value(date.today() + timedelta(days=2)),
        "session_date", "Session date: The date cannot be in the future."),
    "date before 1990": (
        lambda e: e.general.session_date.set_value(date(1985, 6, 1)),
        "session_date", "Session date: The date cannot be before 1990."),
    "end before start": (
        lambda e: (e.general.start_time.setText("10:00"), e.general.end_time.setText("09:30")),
        "end_time", "End time: The end time must be after the start time."),
    "unreadable time": (
        lambda e: e.general.start_time.setText("25:99"),
        "start_time", "Start time: Enter the time as HH:MM, for example 08:30."),
    "no village or place": (
        lambda e: e.location.set_village(""), "village_code",
        "Village: Choose a village, or type the place if the village is not in the list."),
    "no facilitator": (
        tick_no_facilitator, "facilitator_ids", "Facilitators: Add at least one facilitator."),
    "no attendee": (
        lambda e: [spin.setValue(0) for spin in e.attendance.spins.values()], "attendance",
        "Attendance: Enter at least one attendee (only media activities may have none)."),
}


@pytest.mark.parametrize("case", CASES)
def test_each_rule_is_shown_by_its_field_and_nothing_is_saved(case, db, window, qtbot):
    breaks, field, message = CASES[case]
    editor = window.new_session()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)
    complete(editor)
    breaks(editor)
    qtbot.mouseClick(editor.save_final_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.problem_lines() == ["• " + message]
    widget = editor.field_widget(field)
    assert widget.property("invalid") is True
    assert editor.tabs.currentWidget().isAncestorOf(widget)
    assert QApplication.focusWidget() is widget
    assert session_count(db) == 0


def test_a_draft_may_be_incomplete_but_not_inconsistent(db, window, qtbot):
    editor = window.new_session()
    tick_no_facilitator(editor)  # incomplete: fine for a draft
    editor.attendance.spins["first_time"].setValue(3)  # inconsistent: 3 of 0 attendees
    assert not editor.save(finalise=False)
    assert editor.problem_lines() == [
        "• First-time beneficiaries: First-time beneficiaries (3) cannot be more than all "
        "attendees (0)."]
    assert session_count(db) == 0
    editor.attendance.spins["first_time"].setValue(0)
    assert editor.save(finalise=False)
    wait_idle(qtbot, window)
    assert session_count(db) == 1 and window.model.row_at(0).status == "draft"


def test_a_problem_link_takes_the_user_to_the_field(window, qtbot):
    editor = window.new_session()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)
    tick_no_facilitator(editor)
    editor.save(finalise=True)
    editor.tabs.setCurrentIndex(0)
    editor.problems.linkActivated.emit("facilitator_ids")
    assert editor.tabs.currentWidget() is editor.people
    assert QApplication.focusWidget() is editor.people.facilitators


def test_the_tint_goes_when_the_user_fixes_the_field(window, qtbot):
    editor = window.new_session()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)
    editor.attendance.spins["female_18_49"].setValue(2)
    editor.attendance.spins["disabled_female"].setValue(5)
    editor.save(finalise=False)
    spin = editor.attendance.spins["disabled_female"]
    assert spin.property("invalid") is True and QApplication.focusWidget() is spin
    qtbot.keyClicks(spin, "1")
    assert spin.value() == 1 and spin.property("invalid") is False
