"""The one-writer instance lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import typing

import pytest

from papi_desktop.errors import InstanceLockedError, StorageError
from papi_desktop.storage.lock import acquire_instance_lock, lock_path
from papi_desktop.storage.session import start_session

HOLDER = """
import sys, time
from papi_desktop.storage.lock import acquire_instance_lock
lock = acquire_instance_lock(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


def test_second_lock_on_same_database_is_refused_with_a_vietnamese_message(tmp_path):
    """A second copy of the app on the same database is told so in Vietnamese, not 'database is locked'."""
    db = tmp_path / "papi.sqlite3"
    with acquire_instance_lock(db):
        with pytest.raises(InstanceLockedError) as err:
            acquire_instance_lock(db)
        assert "đang được mở ở một cửa sổ PAPI khác" in err.value.vi
        assert "another PAPI window" in err.value.en
    with acquire_instance_lock(db) as again:  # released: free again
        assert again.held


def test_lock_is_per_database(tmp_path):
    """Two different databases can be open at the same time."""
    with acquire_instance_lock(tmp_path / "a.sqlite3"), acquire_instance_lock(tmp_path / "b.sqlite3") as b:
        assert b.held and lock_path(tmp_path / "b.sqlite3").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_lock_held_by_other_process_then_freed_when_it_is_killed(tmp_path):
    """Another process's lock blocks; once that process is killed (a crash) the lock is not stale."""
    db = tmp_path / "papi.sqlite3"
    src = os.path.join(os.path.dirname(__file__), "..", "..", "src")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True,
                              env=dict(os.environ, PYTHONPATH=src))
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(InstanceLockedError) as err:
            acquire_instance_lock(db)
        assert f"pid {holder.pid}" in err.value.vi  # who holds it
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert lock_path(db).exists()  # the file stays behind, as after a power cut…
    with acquire_instance_lock(db) as lock:  # …and does not block
        assert lock.held


def test_lock_in_unusable_folder_is_a_clear_storage_error(tmp_path):
    """A lock file that cannot be created (folder is a file) gives a StorageError that names the cause."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError) as err:
        acquire_instance_lock(blocker / "papi.sqlite3")
    assert "tệp khoá" in err.value.vi


def test_start_session_locks_opens_and_releases(tmp_path, demo_repo):
    """The GUI's start: a second session on the same database is refused; closing frees it."""
    db = demo_repo.path
    demo_repo.close()
    with start_session(db) as session:
        assert not session.created and len(session.repo.list_assessments()) == 7
        assert session.daily_backup is not None and session.daily_backup.path.exists()
        with pytest.raises(InstanceLockedError):
            start_session(db)
    with start_session(db) as again:
        assert again.daily_backup is None  # one per day


def test_start_session_on_missing_database_points_to_latest_backup(tmp_path, demo_repo):
    """A database that vanished (deleted by someone) is created empty, and the newest backup is offered."""
    db = demo_repo.path
    demo_repo.close()
    with start_session(db) as first:
        made = first.daily_backup.path
    for suffix in ("", "-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    with start_session(db) as session:
        assert session.created and session.latest_backup == made


class FakeMsvcrt:
    """Windows' ``msvcrt.locking`` semantics: mandatory one-byte-range locks, per open file, at the file position;
    a locked range cannot be locked again through another open file (``OSError``, as Windows gives)."""

    LK_UNLCK, LK_NBLCK = 0, 2
    held: typing.ClassVar[dict] = {}

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        key = (os.fstat(fd).st_ino, os.lseek(fd, 0, os.SEEK_CUR), nbytes)
        if mode == self.LK_NBLCK:
            if self.held.get(key, fd) != fd:
                raise OSError(13, "Permission denied")
            self.held[key] = fd
        elif self.held.get(key) == fd:
            del self.held[key]
        else:
            raise OSError(13, "Permission denied")


@pytest.fixture
def windows_locks(monkeypatch):
    """The instance lock as it runs on Windows (msvcrt), simulated."""
    from papi_desktop.storage import lock

    FakeMsvcrt.held = {}
    monkeypatch.setattr(lock, "_LOCKS", lock.WindowsLocks(FakeMsvcrt()))
    return FakeMsvcrt.held


def test_windows_second_copy_is_refused_and_told_who_holds_the_lock(tmp_path, windows_locks):
    """On Windows a second copy is refused, and (the locked byte lying past the text) learns which process has it."""
    db = tmp_path / "papi.sqlite3"
    with acquire_instance_lock(db):
        assert len(windows_locks) == 1
        with pytest.raises(InstanceLockedError) as err:
            acquire_instance_lock(db)
        assert f"pid {os.getpid()}" in err.value.vi
    assert windows_locks == {}  # released
    with acquire_instance_lock(db) as again:
        assert again.held


def test_windows_lock_is_per_database(tmp_path, windows_locks):
    """On Windows too, two different databases can be open at the same time."""
    with acquire_instance_lock(tmp_path / "a.sqlite3"), acquire_instance_lock(tmp_path / "b.sqlite3") as b:
        assert b.held and len(windows_locks) == 2


def test_windows_platform_gets_the_msvcrt_lock(monkeypatch):
    """On Windows the msvcrt lock is chosen, elsewhere flock."""
    import types

    from papi_desktop.storage import lock

    monkeypatch.setitem(sys.modules, "msvcrt", types.SimpleNamespace(LK_NBLCK=2, LK_UNLCK=0))
    assert isinstance(lock.platform_locks("win32"), lock.WindowsLocks)
    assert isinstance(lock.platform_locks("linux"), lock.PosixLocks)


def test_refusal_names_the_computer_that_holds_the_database(tmp_path, windows_locks, monkeypatch):
    """The second copy is told which computer has the file open (a shared folder): COMPUTERNAME on Windows, the
    host name elsewhere."""
    from papi_desktop.storage import lock

    monkeypatch.setattr(lock.sys, "platform", "win32")
    monkeypatch.setenv("COMPUTERNAME", "MAY-HIEU-TRUONG")
    db = tmp_path / "papi.sqlite3"
    with acquire_instance_lock(db):
        with pytest.raises(InstanceLockedError) as err:
            acquire_instance_lock(db)
        assert "MAY-HIEU-TRUONG" in err.value.vi and "MAY-HIEU-TRUONG" in err.value.en
    monkeypatch.setattr(lock.sys, "platform", "linux")
    if hasattr(os, "uname"):
        assert lock.computer_name() == os.uname().nodename
