"""One writer per database: an OS file lock on ``<database>.lock`` held by the running app.

The GUI takes the lock at start (:func:`acquire_instance_lock`) and keeps it until it quits; a second copy of the
app on the same database gets :class:`~papi_desktop.errors.InstanceLockedError` with a message naming the
situation, instead of a "database is locked" error in the middle of typing. ``restore`` takes it too. CLI read
commands do not need it (SQLite's WAL lets them read while the app writes).

The lock is an operating-system lock (``fcntl.flock`` on Linux/macOS, ``msvcrt.locking`` on Windows), not the
mere existence of the file: it dies with its process, so a crash or power cut never leaves a stale lock behind.
The file itself stays; it only holds who took the lock (process id, computer, time) for the message.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path

from papi_desktop.errors import InstanceLockedError, StorageError

LOCK_SUFFIX = ".lock"
#: Windows locks are mandatory byte ranges: the locked byte lies past the holder's text, so that a second copy of
#: the app can still read who holds the lock (Windows allows locking beyond the end of a file).
WINDOWS_LOCK_OFFSET = 0x10000


def lock_path(db_path: str | Path) -> Path:
    """``papi.sqlite3`` → ``papi.sqlite3.lock`` (same folder)."""
    p = Path(db_path)
    return p.with_name(p.name + LOCK_SUFFIX)


class PosixLocks:
    """``fcntl.flock`` on the whole file (Linux, macOS)."""

    def try_lock(self, fd: int) -> bool:
        """Take an exclusive, non-blocking lock on ``fd``; False if another process (or open file) holds it."""
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except (BlockingIOError, PermissionError):
            return False
        return True

    def unlock(self, fd: int) -> None:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


class WindowsLocks:
    """``msvcrt.locking`` of one byte at :data:`WINDOWS_LOCK_OFFSET`. ``msvcrt`` is passed in, so that tests
    can simulate Windows with a fake module."""

    def __init__(self, msvcrt):
        self.msvcrt = msvcrt

    def try_lock(self, fd: int) -> bool:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            self.msvcrt.locking(fd, self.msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(self, fd: int) -> None:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            self.msvcrt.locking(fd, self.msvcrt.LK_UNLCK, 1)


def computer_name() -> str:
    """This computer's name, for the lock's "who has it open" (without importing ``platform``, ≈ 5 ms at start)."""
    if sys.platform == "win32":
        return os.environ.get("COMPUTERNAME", "")
    return os.uname().nodename if hasattr(os, "uname") else ""


def platform_locks(platform: str = sys.platform) -> PosixLocks | WindowsLocks:
    """The lock primitive of ``platform`` (``sys.platform``)."""
    if platform == "win32":
        import msvcrt

        return WindowsLocks(msvcrt)
    return PosixLocks()


_LOCKS = platform_locks()


def holder_info(db_path: str | Path) -> str:
    """Who holds the lock, as written by the holder ("" when unknown or unreadable)."""
    try:
        return lock_path(db_path).read_text(encoding="utf-8", errors="replace").strip()[:200]
    except OSError:
        return ""


class InstanceLock:
    """A held instance lock. Release it with :meth:`release` or by leaving the ``with`` block."""

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Give the lock up (idempotent). The lock file stays: deleting it could race with the next holder."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _LOCKS.unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self):  # a forgotten lock must not leak a file descriptor
        with contextlib.suppress(Exception):
            self.release()


def acquire_instance_lock(db_path: str | Path) -> InstanceLock:
    """Take the one-writer lock of the database at ``db_path``.

    Raises :class:`InstanceLockedError` when another copy of the app has the same database open, and
    :class:`StorageError` when the lock file cannot be created (read-only folder, missing drive).
    """
    path = lock_path(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StorageError(
            f"Không tạo được tệp khoá {path}: {exc.strerror or exc}. Thư mục dữ liệu có thể chỉ cho phép đọc; "
            "hãy chọn thư mục khác hoặc nhờ cán bộ tin học cấp quyền ghi.",
            f"Cannot create the lock file {path}: {exc.strerror or exc}. The data folder may be read-only; "
            "choose another folder or ask IT for write access.",
        ) from None
    if not _LOCKS.try_lock(fd):
        os.close(fd)
        who = holder_info(db_path)
        who_vi = f" ({who})" if who else ""
        raise InstanceLockedError(
            f"Tệp dữ liệu {Path(db_path).name} đang được mở ở một cửa sổ PAPI khác{who_vi}. Mỗi tệp dữ liệu chỉ "
            "mở được ở một cửa sổ để không ghi đè lên nhau: hãy dùng cửa sổ đang mở (xem thanh tác vụ), hoặc "
            "đóng nó rồi mở lại.",
            f"The database {Path(db_path).name} is already open in another PAPI window{who_vi}. A database can be "
            "open in one window only, so that they do not overwrite each other: use the open window (see the "
            "taskbar), or close it and start again.",
        )
    info = f"pid {os.getpid()}, {computer_name()}, {time.strftime('%Y-%m-%d %H:%M')}"
    with contextlib.suppress(OSError):  # informative only
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, info.encode("utf-8"))
    return InstanceLock(path, fd)
