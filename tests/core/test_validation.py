"""Session rules: each names its field; drafts are checked for consistency only."""

from datetime import date, time

import pytest

from riskedu.core.forms import SessionForm
from riskedu.core.validation import MAX_COUNT, validate

from factories import TODAY, valid_form


def fields_of(form, final=True):
    return [p.field for p in validate(form, final=final, today=TODAY)]


def test_valid_form_passes(db):
    assert validate(valid_form(db), final=True, today=TODAY) == []


@pytest.mark.parametrize("value", [-1, MAX_COUNT + 1, 2.5, "7", True])
def test_counts_are_whole_numbers_in_range_even_in_a_draft(value):
    form = SessionForm()
    form.attendance["male_18_49"] = value
    assert fields_of(form, final=False) == ["male_18_49"]


def test_disability_cannot_exceed_attendees_of_that_sex(db):
    form = valid_form(db, attendance={"disabled_male": 14})  # 13 male attendees
    problems = validate(form, final=False, today=TODAY)
    assert [p.field for p in problems] == ["disabled_male"]
    assert "14" in str(problems[0].message) and "13" in str(problems[0].message)


def test_first_time_cannot_exceed_total(db):
    assert fields_of(valid_form(db, attendance={"first_time": 33})) == ["first_time"]
    assert fields_of(valid_form(db, attendance={"first_time": 32})) == []


def test_session_date_not_in_future_nor_before_1990(db):
    assert fields_of(valid_form(db, session_date=date(2026, 11, 28))) == ["session_date"]
    assert fields_of(valid_form(db, session_date=date(1989, 12, 31))) == ["session_date"]
    assert fields_of(valid_form(db, session_date=TODAY)) == []


def test_end_time_after_start_time(db):
    form = valid_form(db, start_time=time(9, 0), end_time=time(9, 0))
    assert fields_of(form) == ["end_time"]


def test_final_needs_a_village_or_a_free_text_place(db):
    form = valid_form(db, village_code="")
    assert fields_of(form) == ["village_code"]
    form.place_text = "Rice field north of the pagoda"
    assert fields_of(form) == []


def test_final_needs_a_facilitator(db):
    assert fields_of(valid_form(db, facilitator_ids=[])) == ["facilitator_ids"]


def test_final_needs_an_attendee_unless_media(db):
    empty = dict.fromkeys(SessionForm().attendance, 0)
    assert fields_of(valid_form(db, attendance=empty)) == ["attendance"]
    media = valid_form(db, attendance=empty, category="indirect", activity="radio")
    assert fields_of(media) == []


def test_activity_must_belong_to_category(db):
    assert fields_of(valid_form(db, category="training", activity="radio")) == ["activity"]


def test_a_draft_may_be_incomplete():
    assert fields_of(SessionForm(), final=False) == []
    assert set(fields_of(SessionForm(activity="", method=""))) >= {
        "session_date", "village_code", "facilitator_ids", "activity", "method", "audience",
        "location_type", "attendance"}


def test_messages_are_translatable_templates():
    form = SessionForm()
    form.attendance["female_0_5"] = -3
    (problem,) = validate(form, final=False, today=TODAY)
    assert problem.message.context == "validation"
    assert problem.message.text == "Attendance cannot be negative."
