"""The recovery file that keeps an edit in progress across a crash."""

from datetime import date, time

from riskedu.core.forms import ParticipantLine, SessionForm
from riskedu.core.recovery import clear_recovery, read_recovery, recovery_path, write_recovery


def test_round_trip_of_an_edit_in_progress(tmp_path):
    path = recovery_path(tmp_path / "riskedu.sqlite3")
    form = SessionForm(session_date=date(2026, 11, 20), start_time=time(8, 30),
                       notes="ភូមិអូរធំ", hazards=["uxo"],
                       participants=[ParticipantLine(name="សុខា", age=30)])
    form.attendance["female_6_12"] = 14
    write_recovery(path, form)
    assert read_recovery(path).form == form
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left
    clear_recovery(path)
    assert read_recovery(path) is None


def test_a_damaged_recovery_file_is_ignored(tmp_path):
    path = tmp_path / "edit.json"
    path.write_text('{"saved_at": "2026-11-27T10:00:00", "form": {"session_date": "20', "utf-8")
    assert read_recovery(path) is None
