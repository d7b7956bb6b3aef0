"""Rules for a session record. Each problem names its field and says what to do.

Consistency rules (counts in range, disability within attendees, times in order)
hold for every save, draft or final; completeness rules only for a final record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from riskedu.core.categories import (
    ACTIVITIES_BY_CATEGORY,
    ACTIVITY,
    AUDIENCE,
    CATEGORY,
    HAZARD,
    LOCATION_TYPE,
    METHOD,
)
from riskedu.core.db.models import ATTENDANCE_FIELDS, ATTENDANCE_GRID_FIELDS
from riskedu.core.forms import SessionForm
from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message

MAX_COUNT = 100_000  # per cell: a radio broadcast can reach tens of thousands
MAX_SESSION_COUNT = 500
EARLIEST_DATE = date(1990, 1, 1)
CTX = "validation"

# Every message the rules can give (literal context so pyside6-lupdate extracts them).
NOT_WHOLE_NUMBER = QT_TRANSLATE_NOOP(
    "validation",
    "Attendance must be a whole number.")
NEGATIVE_COUNT = QT_TRANSLATE_NOOP(
    "validation",
    "Attendance cannot be negative.")
COUNT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "validation",
    "Attendance cannot be more than {max}.")
FEMALE_DISABILITY_OVER_ATTENDEES = QT_TRANSLATE_NOOP(
    "validation",
    "Women and girls with disability ({count}) cannot be more than the "
    "female attendees ({total}).")
MALE_DISABILITY_OVER_ATTENDEES = QT_TRANSLATE_NOOP(
    "validation",
    "Men and boys with disability ({count}) cannot be more than the male "
    "attendees ({total}).")
FIRST_TIME_OVER_TOTAL = QT_TRANSLATE_NOOP(
    "validation",
    "First-time beneficiaries ({count}) cannot be more than all attendees "
    "({total}).")
DATE_IN_FUTURE = QT_TRANSLATE_NOOP("validation", "The date cannot be in the future.")
DATE_TOO_EARLY = QT_TRANSLATE_NOOP("validation", "The date cannot be before 1990.")
END_BEFORE_START = QT_TRANSLATE_NOOP(
    "validation",
    "The end time must be after the start time.")
SESSION_COUNT_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "validation",
    "The number of sessions must be between 1 and {max}.")
BROADCAST_END_BEFORE_START = QT_TRANSLATE_NOOP(
    "validation",
    "The broadcast must end after it starts.")
LATITUDE_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "validation",
    "Latitude must be between -90 and 90.")
LONGITUDE_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "validation",
    "Longitude must be between -180 and 180.")
UNKNOWN_HAZARD = QT_TRANSLATE_NOOP("validation", "Unknown hazard type: {code}.")
PARTICIPANT_WITHOUT_NAME = QT_TRANSLATE_NOOP("validation", "Participant {row} has no name.")
PARTICIPANT_AGE_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "validation",
    "Participant {row}: age must be between 0 and 120.")
SESSION_DATE_MISSING = QT_TRANSLATE_NOOP("validation", "Enter the date of the session.")
PLACE_MISSING = QT_TRANSLATE_NOOP(
    "validation",
    "Choose a village, or type the place if the village is not in the list.")
FACILITATOR_MISSING = QT_TRANSLATE_NOOP("validation", "Add at least one facilitator.")
CATEGORY_MISSING = QT_TRANSLATE_NOOP("validation", "Choose a category.")
ACTIVITY_MISSING = QT_TRANSLATE_NOOP("validation", "Choose an activity.")
METHOD_MISSING = QT_TRANSLATE_NOOP("validation", "Choose a method.")
AUDIENCE_MISSING = QT_TRANSLATE_NOOP("validation", "Choose the primary audience.")
LOCATION_TYPE_MISSING = QT_TRANSLATE_NOOP("validation", "Choose the type of location.")
ACTIVITY_NOT_IN_CATEGORY = QT_TRANSLATE_NOOP(
    "validation",
    "This activity does not belong to the chosen category.")
ATTENDEE_MISSING = QT_TRANSLATE_NOOP(
    "validation",
    "Enter at least one attendee (only media activities may have none).")


@dataclass(frozen=True)
class Problem:
    """A rule a form breaks: the field it concerns and a message for the user."""

    field: str
    message: Message

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationFailed(Exception):
    """Raised by a save when the form breaks rules; nothing was written."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def problem(field: str, text: str, **params) -> Problem:
    return Problem(field, Message(CTX, text, params))


def _sum(form: SessionForm, sex: str) -> int:
    return sum(v for k, v in form.attendance.items()
               if k.startswith(f"{sex}_") and k in ATTENDANCE_GRID_FIELDS and _is_count(v))


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _count_problems(form: SessionForm) -> list[Problem]:
    problems = []
    for key in ATTENDANCE_FIELDS:
        value = form.attendance.get(key, 0)
        if not _is_count(value):
            problems.append(problem(key, NOT_WHOLE_NUMBER))
        elif value < 0:
            problems.append(problem(key, NEGATIVE_COUNT))
        elif value > MAX_COUNT:
            problems.append(problem(key, COUNT_TOO_LARGE, max=MAX_COUNT))
    if problems:
        return problems
    female, male = _sum(form, "female"), _sum(form, "male")
    if form.attendance["disabled_female"] > female:
        problems.append(problem("disabled_female", FEMALE_DISABILITY_OVER_ATTENDEES,
                                count=form.attendance["disabled_female"], total=female))
    if form.attendance["disabled_male"] > male:
        problems.append(problem("disabled_male", MALE_DISABILITY_OVER_ATTENDEES,
                                count=form.attendance["disabled_male"], total=male))
    if form.attendance["first_time"] > female + male:
        problems.append(problem("first_time", FIRST_TIME_OVER_TOTAL,
                                count=form.attendance["first_time"], total=female + male))
    return problems


def _consistency_problems(form: SessionForm, today: date) -> list[Problem]:
    problems = _count_problems(form)
    for name in ("session_date", "report_date"):
        value = getattr(form, name)
        if value is not None and value > today:
            problems.append(problem(name, DATE_IN_FUTURE))
        elif value is not None and value < EARLIEST_DATE:
            problems.append(problem(name, DATE_TOO_EARLY))
    if form.start_time and form.end_time and form.end_time <= form.start_time:
        problems.append(problem("end_time", END_BEFORE_START))
    if not _is_count(form.session_count) or not 1 <= form.session_count <= MAX_SESSION_COUNT:
        problems.append(problem("session_count", SESSION_COUNT_OUT_OF_RANGE,
                                max=MAX_SESSION_COUNT))
    if (form.broadcast_start and form.broadcast_end
            and form.broadcast_end <= form.broadcast_start):
        problems.append(problem("broadcast_end", BROADCAST_END_BEFORE_START))
    if form.latitude is not None and not -90 <= form.latitude <= 90:
        problems.append(problem("latitude", LATITUDE_OUT_OF_RANGE))
    if form.longitude is not None and not -180 <= form.longitude <= 180:
        problems.append(problem("longitude", LONGITUDE_OUT_OF_RANGE))
    for code in form.hazards:
        if code not in HAZARD:
            problems.append(problem("hazards", UNKNOWN_HAZARD, code=code))
    for index, person in enumerate(form.participants, start=1):
        if not person.name.strip():
            problems.append(problem("participants", PARTICIPANT_WITHOUT_NAME, row=index))
        if person.age is not None and not 0 <= person.age <= 120:
            problems.append(problem("participants", PARTICIPANT_AGE_OUT_OF_RANGE, row=index))
    return problems


def _choice_problem(form: SessionForm, name: str, choices, text: str) -> list[Problem]:
    value = getattr(form, name)
    if value not in choices:
        return [problem(name, text)]
    return []


def _completeness_problems(form: SessionForm) -> list[Problem]:
    problems = []
    if form.session_date is None:
        problems.append(problem("session_date", SESSION_DATE_MISSING))
    if not form.village_code and not form.place_text.strip():
        problems.append(problem("village_code", PLACE_MISSING))
    if not form.facilitator_ids:
        problems.append(problem("facilitator_ids", FACILITATOR_MISSING))
    problems += _choice_problem(form, "category", CATEGORY, CATEGORY_MISSING)
    problems += _choice_problem(form, "activity", ACTIVITY, ACTIVITY_MISSING)
    problems += _choice_problem(form, "method", METHOD, METHOD_MISSING)
    problems += _choice_problem(form, "audience", AUDIENCE, AUDIENCE_MISSING)
    problems += _choice_problem(form, "location_type", LOCATION_TYPE,
                                LOCATION_TYPE_MISSING)
    if (form.category in ACTIVITIES_BY_CATEGORY and form.activity in ACTIVITY
            and form.activity not in ACTIVITIES_BY_CATEGORY[form.category]):
        problems.append(problem("activity", ACTIVITY_NOT_IN_CATEGORY))
    grid_total = _sum(form, "female") + _sum(form, "male")
    if form.category != "indirect" and grid_total == 0:
        problems.append(problem("attendance", ATTENDEE_MISSING))
    return problems


def validate(form: SessionForm, *, final: bool, today: date | None = None) -> list[Problem]:
    """All problems of `form`; a draft is checked for consistency only."""
    today = today or date.today()
    problems = _consistency_problems(form, today)
    if final:
        problems += _completeness_problems(form)
    return problems


def missing_fields(form: SessionForm) -> list[Problem]:
    """What a record lacks to be final (the completeness rules alone), e.g. for the
    checks headquarters runs before reporting upward."""
    return _completeness_problems(form)
