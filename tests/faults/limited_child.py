"""Run work in a forked child under a real limit: a file-size cap (writes past it fail
with EFBIG, in SQLite's C code and Python's alike), a disk that fills (ENOSPC from a
bundle writer's file), or no write permission (a non-root user, as root ignores modes).
"""

from __future__ import annotations

import ctypes
import errno
import io
import json
import os
import pwd
import resource
import shutil
import signal
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

import riskedu.sync.container


def limit_file_size(limit: int) -> None:
    """No file may grow past `limit` bytes; a write that would fails with EFBIG
    (SIGXFSZ, which would kill the process, ignored as an app would see it)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(
        resource.RLIMIT_FSIZE)[1]))


def lift_file_size_limit() -> None:
    """Space was freed: files may grow again."""
    hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))


class _Filling(io.FileIO):
    """A file on a disk with `left` bytes free: past them a write fails with ENOSPC."""

    left = 0

    def write(self, data) -> int:
        data = memoryview(data).cast("B")
        if len(data) > _Filling.left:
            written = super().write(data[:_Filling.left]) if _Filling.left else 0
            _Filling.left -= written
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self.name)
        _Filling.left -= len(data)
        return super().write(data)


def fill_disk_for_bundles(free: int) -> None:
    """Bundle files are written on a disk with `free` bytes left (reads unchanged)."""
    _Filling.left = free

    def opener(file, mode="r", *args, **kwargs):
        if "w" in mode:
            return _Filling(file, "wb")
        return open(file, mode, *args, **kwargs)
    riskedu.sync.container.open = opener  # the module's name `open`, in this child only


_CLONE_NEWNS, _CLONE_NEWUSER = 0x00020000, 0x10000000
_MS_REC, _MS_PRIVATE = 0x4000, 0x40000


def _libc_call(name: str, *args) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if getattr(libc, name)(*args) != 0:
        code = ctypes.get_errno()
        raise OSError(code, f"{name}: {os.strerror(code)}")


def mount_small_disk(folder: Path, size: int) -> None:
    """Mount a real filesystem of `size` bytes (tmpfs, rounded up to pages) on `folder`,
    seen by this (child) process alone: a user and mount namespace of its own, as any
    user may make where the kernel allows unprivileged user namespaces."""
    uid, gid = os.getuid(), os.getgid()
    _libc_call("unshare", _CLONE_NEWUSER | _CLONE_NEWNS)
    Path("/proc/self/setgroups").write_text("deny")
    Path("/proc/self/uid_map").write_text(f"0 {uid} 1")
    Path("/proc/self/gid_map").write_text(f"0 {gid} 1")
    _libc_call("mount", b"none", b"/", None, _MS_REC | _MS_PRIVATE, None)  # nothing leaks
    _libc_call("mount", b"tmpfs", str(folder).encode(), b"tmpfs", 0,
               f"size={size},mode=0755".encode())


NOBODY = "nobody"


def drop_privileges() -> None:
    """Run as a user without special rights (root writes into read-only folders)."""
    if os.getuid() == 0:
        user = pwd.getpwnam(NOBODY)
        os.setgroups([])
        os.setgid(user.pw_gid)
        os.setuid(user.pw_uid)


def shared_folder() -> Path:
    """A folder the unprivileged child may use (pytest's own are root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="riskedu-faults-"))
    if os.getuid() == 0:
        user = pwd.getpwnam(NOBODY)
        os.chown(folder, user.pw_uid, user.pw_gid)
    return folder


def give_away(*paths: Path) -> None:
    """Make files and folders the unprivileged child's own (as a user's own files are)."""
    if os.getuid() != 0:
        return
    user = pwd.getpwnam(NOBODY)
    for path in paths:
        for item in [path, *(path.rglob("*") if path.is_dir() else [])]:
            os.chown(item, user.pw_uid, user.pw_gid)


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def in_child(work: Callable[[], dict]) -> dict:
    """Run `work` in a forked child and return the dict it returns; the child's own
    limits die with it."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        try:
            result = work()
        except BaseException:  # noqa: BLE001 - everything goes to the parent
            result = {"crashed": traceback.format_exc()[-3000:]}
        with os.fdopen(write_fd, "w") as out:
            json.dump(result, out)
        os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd) as received:
        text = received.read()
    os.waitpid(pid, 0)
    result = json.loads(text)
    assert "crashed" not in result, result.get("crashed")
    return result
