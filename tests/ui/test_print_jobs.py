"""Print jobs run off the GUI thread: progress shown, Cancel stops the job and leaves no
file, errors become the message the printing layer wrote, success opens the preview."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget

from riskedu.core.i18n import Message
from riskedu.ui.print_files import PrintFolder
from riskedu.ui.print_jobs import PrintJob, PrintRunner

from print_helpers import make_pdf


class Refused(Exception):
    """Raised the way the printing layer raises its errors: with a translatable message."""

    def __init__(self, message: Message):
        super().__init__(message.format())
        self.message = message


def runner_on(qtbot, tmp_path) -> tuple[PrintRunner, QWidget]:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = PrintRunner(parent, PrintFolder(tmp_path))
    return runner, parent


def pages_job(count: int) -> PrintJob:
    def generate(out: Path, progress) -> Path:
        for done in range(count):
            if not progress(done, count):
                raise RuntimeError("cancelled")
        make_pdf(out, count)
        progress(count, count)
        return out
    return PrintJob("Certificates", "HALO-RE-001 certificates", generate)


def test_a_job_runs_off_the_gui_thread_then_opens_the_preview(qtbot, tmp_path):
    runner, _parent = runner_on(qtbot, tmp_path)
    threads = []
    job = pages_job(4)
    base = job.generate
    job = PrintJob(job.title, job.file_name, lambda out, progress: (
        threads.append(threading.current_thread()), base(out, progress))[1])
    with qtbot.waitSignal(runner.previewed, timeout=10_000) as signal:
        assert runner.start(job)
        assert runner.busy and runner.progress.isVisible()
    preview = signal.args[0]
    assert threads[0] is not threading.main_thread()
    assert preview.page_count == 4 and preview.page_count_label.text() == "of 4"
    assert preview.path.parent == runner.folder.path and preview.path.exists()
    assert runner.progress is None and not runner.busy
    preview.reject()
    assert not preview.path.exists()  # the generated file goes with its preview


def test_progress_is_shown_and_cancel_stops_the_job_without_a_file(qtbot, tmp_path, boxes):
    runner, _parent = runner_on(qtbot, tmp_path)
    reported, stopped = threading.Event(), []

    def generate(out: Path, progress) -> None:
        out.write_bytes(b"%PDF-1.4 half")  # what a job has written when it is stopped
        done = 0
        while progress(done, 500):
            if done == 3:
                reported.set()
            done = min(done + 1, 3)
            threading.Event().wait(0.01)
        stopped.append(done)
        raise RuntimeError("stopped")

    assert runner.start(PrintJob("Certificates", "certificates", generate))
    qtbot.waitUntil(reported.is_set, timeout=5000)
    qtbot.waitUntil(lambda: runner.progress.maximum() == 500, timeout=5000)
    assert "3 of 500" in runner.progress.labelText()
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.progress.findChild(QPushButton).click()
    assert stopped == [3]
    assert boxes.shown == []  # cancelling is no error
    assert list(runner.folder.path.iterdir()) == []
    assert runner.preview is None and not runner.busy


def test_an_error_of_the_printing_layer_is_shown_translated_and_leaves_no_file(
        qtbot, tmp_path, boxes):
    runner, _parent = runner_on(qtbot, tmp_path)

    def generate(out: Path, progress) -> None:
        out.write_bytes(b"%PDF-1.4 half")
        raise Refused(Message("print", "Session {code} has no participants to certify.",
                              {"code": "HALO-RE-001"}))

    with qtbot.waitSignal(runner.failed, timeout=5000) as signal:
        runner.start(PrintJob("Certificates", "certificates", generate))
    assert signal.args == ["Session HALO-RE-001 has no participants to certify."]
    assert boxes.shown == [("warning", "Could not prepare Certificates",
                            "Session HALO-RE-001 has no participants to certify.")]
    assert list(runner.folder.path.iterdir()) == [] and runner.preview is None


def test_a_disk_error_is_explained(qtbot, tmp_path, boxes):
    runner, _parent = runner_on(qtbot, tmp_path)

    def generate(out: Path, progress) -> None:
        raise OSError(28, "No space left on device", str(out))

    with qtbot.waitSignal(runner.failed, timeout=5000) as signal:
        runner.start(PrintJob("Summary", "summary", generate))
    assert signal.args[0].startswith("riskedu could not use the file ")
    assert "No space left on device" in signal.args[0]


def test_an_unexpected_error_shows_no_traceback(qtbot, tmp_path, boxes):
    runner, _parent = runner_on(qtbot, tmp_path)
    with qtbot.waitSignal(runner.failed, timeout=5000) as signal:
        runner.start(PrintJob("Summary", "summary", lambda out, progress: 1 / 0))
    assert signal.args[0].startswith("riskedu met an unexpected problem (ZeroDivisionError)")
    assert "Traceback" not in signal.args[0]


def test_a_damaged_result_is_not_previewed(qtbot, tmp_path, boxes):
    runner, _parent = runner_on(qtbot, tmp_path)
    with qtbot.waitSignal(runner.failed, timeout=5000) as signal:
        runner.start(PrintJob("Summary", "summary",
                              lambda out, progress: out.write_bytes(b"not a pdf")))
    assert "cannot be shown" in signal.args[0]
    assert list(runner.folder.path.iterdir()) == []


def test_one_job_at_a_time(qtbot, tmp_path, boxes):
    runner, _parent = runner_on(qtbot, tmp_path)
    release = threading.Event()

    def slow(out: Path, progress) -> Path:
        release.wait(5)
        return make_pdf(out, 1)

    assert runner.start(PrintJob("Certificates", "certificates", slow))
    assert not runner.start(PrintJob("Summary", "summary", slow))
    assert boxes.shown[-1][1] == "Still preparing a document"
    with qtbot.waitSignal(runner.previewed, timeout=5000):
        release.set()
    runner.preview.reject()


def test_shutdown_stops_the_job_and_removes_the_folder(qtbot, tmp_path):
    runner, _parent = runner_on(qtbot, tmp_path)
    job = pages_job(1)
    started = threading.Event()

    def generate(out: Path, progress) -> None:
        started.set()
        while progress(0, 1):
            threading.Event().wait(0.01)
        raise RuntimeError("stopped")

    runner.start(PrintJob(job.title, job.file_name, generate))
    started.wait(5)
    runner.shutdown()
    assert not runner.folder.path.exists()
