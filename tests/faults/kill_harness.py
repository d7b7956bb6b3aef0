"""Run real work in a forked child and kill it with SIGKILL at a random moment.

The parent has imported everything already, so a fork costs a few milliseconds. The
child reports through a pipe each operation it begins and each one whose call
returned, before it goes on; the parent kills it after a seeded random delay and
hands back what was reported, for the test to compare with what is on disk.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

SEED_VARIABLE = "RISKEDU_FAULT_SEED"


class Reporter:
    """The child's side of the pipe: one JSON line per event, each write atomic."""

    def __init__(self, fd: int):
        self._fd = fd
        self._ready_cpu = 0.0

    def _send(self, event: str, op: dict) -> None:
        # Lines stay far below PIPE_BUF, so a kill never leaves half a line. "cpu": the
        # child's CPU seconds since "ready", as the kill's delay counts them.
        line = {"event": event, "at": time.monotonic(),
                "cpu": _own_cpu_time() - self._ready_cpu, **op}
        os.write(self._fd, (json.dumps(line) + "\n").encode())

    def ready(self) -> None:
        self._ready_cpu = _own_cpu_time()
        self._send("ready", {})

    def begin(self, op: dict) -> None:
        self._send("begin", op)

    def done(self, op: dict) -> None:
        self._send("done", op)


class Silent(Reporter):
    """A reporter for work run in the parent (warming caches): reports nothing."""

    def __init__(self) -> None:
        super().__init__(-1)

    def _send(self, event: str, op: dict) -> None:
        pass


@dataclass
class Killed:
    """What the child reported before it died."""

    done: list[dict]  # operations whose call returned, in order
    in_flight: dict | None  # begun but not returned: it may or may not have happened
    delay: float  # seconds of the child's CPU time from "ready" to the kill


def _child(work: Callable[[Reporter], None], write_fd: int) -> None:
    reporter = Reporter(write_fd)
    code = 0
    try:
        work(reporter)
    except BaseException:  # noqa: BLE001 - everything goes to the parent, nothing re-raised
        reporter._send("error", {"traceback": traceback.format_exc()[-3000:]})
        code = 1
    os._exit(code)  # no atexit, no pytest, no flushing of inherited buffers


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _wait_ready(fd: int, timeout: float) -> bytes:
    got = b""
    deadline = time.monotonic() + timeout
    while b"\n" not in got:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise AssertionError("the child did not start in time")
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        got += chunk
    return got


def _parse(data: bytes, delay: float) -> Killed:
    done, in_flight = [], None
    for line in data.decode().splitlines():
        event = json.loads(line)
        kind = event.pop("event")
        if kind == "error":
            raise AssertionError("the child failed before the kill:\n" + event["traceback"])
        if kind == "begin":
            in_flight = event
        elif kind == "done":
            done.append(event)
            in_flight = None
    return Killed(done, in_flight, delay)


def kill_at_random(work: Callable[[Reporter], None], delay: float, *,
                   engines: Iterable[Engine] = (), start_timeout: float = 30) -> Killed:
    """Fork, run `work` in the child, SIGKILL it once it has run `delay` seconds (of
    CPU time: kills fall amid the work however busy the machine is) after it is ready.

    `engines` the child uses were opened (and warmed) in the parent: their pooled
    connections are closed first, so the child opens its own and none is shared."""
    for engine in engines:
        engine.dispose()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _child(work, write_fd)
    os.close(write_fd)
    try:
        head = _wait_ready(read_fd, start_timeout)
        if not _run_for(pid, delay):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        return _parse(head + _read_all(read_fd), delay)
    except BaseException:
        _stop(pid)
        raise
    finally:
        os.close(read_fd)


def _cpu_time(pid: int) -> float | None:
    """Seconds the process has run on a CPU (Linux), however loaded the machine."""
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e9
    except (OSError, ValueError, IndexError):
        return None


def _own_cpu_time() -> float:
    own = _cpu_time(os.getpid())
    return time.process_time() if own is None else own


def run_to_end(work: Callable[[Reporter], None], *, engines: Iterable[Engine] = ()
               ) -> list[dict]:
    """Fork and run `work` in the child as `kill_at_random` does, but to its end (a
    minute at most); the operations that returned, each with its "cpu" time since
    "ready". Kill delays measured this way fit the machine's speed."""
    run = kill_at_random(work, 60.0, engines=engines)
    if run.in_flight is not None:
        raise AssertionError(f"the child did not finish within a minute: {run.in_flight}")
    return run.done


def _run_for(pid: int, seconds: float) -> bool:
    """Let the child run `seconds` of CPU time (wall time where that is not known);
    True when it ended on its own first (it has been waited for)."""
    start = _cpu_time(pid)
    if start is None:
        time.sleep(seconds)
        return False
    give_up = time.monotonic() + 60  # a child stuck off the CPU: kill it anyway
    while time.monotonic() < give_up:
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return True
        used = _cpu_time(pid)
        if used is None or used - start >= seconds:
            return False
        time.sleep(0.0003)
    return False


def _stop(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def base_seed() -> int:
    """The run's seed: from the environment to replay a failure, else a new one."""
    text = os.environ.get(SEED_VARIABLE)
    return int(text) if text else random.SystemRandom().randrange(1 << 30)


@contextmanager
def replayable(seed: int, kill: int) -> Iterator[None]:
    """A failure names the seed that replays it."""
    try:
        yield
    except AssertionError as failure:
        raise AssertionError(f"kill {kill}, replay with {SEED_VARIABLE}={seed}: "
                             f"{failure}") from None
