"""Opening the SQLite file: durable settings, schema version checks, migrations.

Settings, and why:

* ``journal_mode=WAL`` — readers never block the writer; a power cut loses at most the transaction being
  written, never an older one.
* ``synchronous=FULL`` — every commit is on disk before it returns (with WAL, ``NORMAL`` could lose the last
  commits on power loss; a principal who saw "đã lưu" must never lose that answer).
* ``foreign_keys=ON`` — answers, attachments and actions cannot outlive their assessment.
* ``busy_timeout`` — wait a little for a lock instead of failing at once.

Together with the one-transaction-per-write rule of the repository this gives: a crash (killed process) or a
power cut loses at most the write that had not returned yet, and never leaves half of one (tested by
``tests/reliability/test_crash.py``, which kills a writer hundreds of times). ``synchronous=FULL`` costs one
extra flush per commit compared with ``NORMAL``; an autosave of one answer stays well under the time a principal
takes to move to the next field, so durability wins.

Reads use the standard library's ``sqlite3`` (``DatabaseFile.conn``); sqlite-utils, which costs ≈ 120 ms and
15 MiB to import on a slow PC, is imported for the first write or migration only (``DatabaseFile.database``, over
the same connection) — starting the app to its home page reads and never writes (``docs/perf.md``).

Two more guards live here:

* before migrating a database that already holds data, a backup is made (:mod:`papi_desktop.storage.backup`);
  if that fails, the database is not touched;
* :class:`DatabaseFile` refuses to start a write when its file was deleted, moved or replaced since it was
  opened (SQLite itself would keep writing into the unlinked file, and everything would vanish at exit); it
  first saves a rescue copy of what the open connection still holds.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from papi_desktop.errors import DatabaseMovedError, NewerDatabaseError, StorageError
from papi_desktop.storage.migrations import MIGRATION_SET, applied_names, known_names, migrations

if TYPE_CHECKING:
    from papi_desktop.storage.writing import PapiDatabase

BUSY_TIMEOUT_MS = 5000


def _connect(path: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    if str(path) != ":memory:":
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA recursive_triggers=ON")  # as sqlite-utils sets it: the same triggers before its first write
    return conn


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


class DatabaseFile:
    """An open database: ``conn``, the plain ``sqlite3`` connection with the durable settings that every read
    uses, the "file was moved or replaced" guard (:meth:`check_file`), and ``database``, the sqlite-utils
    ``Database`` over the same connection through which every write goes (made, and sqlite-utils imported, the
    first time it is asked for)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None):
        self.conn = conn
        self.file_path = path
        self._identity = _identity(path) if path is not None else None
        self.rescued: Path | None = None
        self._database: PapiDatabase | None = None

    @property
    def database(self) -> PapiDatabase:
        if self._database is None:
            from papi_desktop.storage.writing import PapiDatabase

            self._database = PapiDatabase(self)
        return self._database

    def close(self) -> None:
        self.conn.close()

    def check_file(self) -> None:
        """Raise :class:`DatabaseMovedError` (after saving a rescue copy once) if the file is gone or replaced."""
        if self.file_path is None:
            return
        now = _identity(self.file_path)
        if now is not None and (now == self._identity or not now[1] or not self._identity or not self._identity[1]):
            return  # same file (or a file system without stable file ids: only a missing file counts)
        if self.rescued is None:
            from papi_desktop.storage.backup import rescue_copy

            self.rescued = rescue_copy(self.conn, self.file_path)
        where_vi = (f"Mọi thứ đã lưu trước đó được chép ra {self.rescued}; hãy đóng ứng dụng, chép tệp đó về "
                    f"{self.file_path} (hoặc dùng chức năng khôi phục) rồi mở lại.") if self.rescued else (
                    "Hãy đóng ứng dụng và khôi phục từ bản sao lưu gần nhất.")
        where_en = (f"Everything saved before was copied to {self.rescued}; close the app, copy that file back to "
                    f"{self.file_path} (or use restore) and start again.") if self.rescued else (
                    "Close the app and restore the latest backup.")
        raise DatabaseMovedError(
            f"Tệp dữ liệu {self.file_path} đã bị xoá, di chuyển hoặc thay thế trong khi ứng dụng đang mở, nên thay "
            f"đổi vừa rồi KHÔNG được lưu. {where_vi}",
            f"The database {self.file_path} was deleted, moved or replaced while the app had it open, so the last "
            f"change was NOT saved. {where_en}",
        )


def _conn(db) -> sqlite3.Connection:
    return db if isinstance(db, sqlite3.Connection) else db.conn


def applied_migrations(db) -> list[str]:
    """The app's migrations applied to ``db`` (a connection, :class:`DatabaseFile` or sqlite-utils ``Database``)."""
    return applied_names(_conn(db))


def pending_migrations(db) -> list[str]:
    applied = set(applied_migrations(db))
    return [name for name in migrations.names() if name not in applied]


def check_not_newer(db, path: str | Path) -> None:
    """Refuse a database written by a newer app (it has migrations this app does not know)."""
    unknown = [n for n in applied_migrations(db) if n not in known_names()]
    if unknown:
        raise NewerDatabaseError(
            f"Tệp dữ liệu {path} được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng để mở.",
            f"The database {path} was written by a newer version of the app; update the app to open it.",
        )


def open_file(path: str | Path, *, migrate: bool = True, create: bool = True) -> DatabaseFile:
    """Open (or create) the database at ``path`` with durable settings and an up-to-date schema, with the standard
    library only while it is up to date (sqlite-utils is imported to migrate, and on the first write).

    A database that already holds data is backed up before it is migrated. With ``create=False`` a missing
    file is an error instead of a new empty database.
    """
    path_str = str(path)
    p = None
    if path_str != ":memory:":
        p = Path(path)
        if not create and not p.is_file():
            raise StorageError(f"Không có tệp dữ liệu {p}.", f"The database {p} does not exist.")
        if p.exists() and p.is_dir():
            raise StorageError(f"{p} là một thư mục, không phải tệp dữ liệu.", f"{p} is a folder, not a database.")
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                f"Không tạo được thư mục dữ liệu {p.parent}: {exc.strerror}.",
                f"Cannot create the data folder {p.parent}: {exc.strerror}.",
            ) from None
    conn = None
    try:
        conn = _connect(path_str)
        file = DatabaseFile(conn, p.absolute() if p is not None else None)
        # reading the schema proves this is an SQLite file
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        check_not_newer(conn, path)
        if migrate and pending_migrations(conn):
            if p is not None and applied_migrations(conn):
                _backup_before_upgrade(conn, p)
            migrations.apply(file.database)
    except BaseException as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise _open_failed(path, exc) from None
        raise
    return file


def open_database(path: str | Path, *, migrate: bool = True, create: bool = True) -> PapiDatabase:
    """:func:`open_file`, as a sqlite-utils ``Database`` (for tools that write at once: restore, benchmarks)."""
    return open_file(path, migrate=migrate, create=create).database


def _backup_before_upgrade(conn: sqlite3.Connection, path: Path) -> None:
    from papi_desktop.errors import BackupError
    from papi_desktop.storage.backup import make_backup

    try:
        make_backup(conn, path, "before-upgrade")
    except BackupError as exc:
        raise BackupError(
            f"Chưa nâng cấp tệp dữ liệu lên phiên bản mới vì không sao lưu được trước; dữ liệu chưa bị thay đổi. "
            f"{exc.vi}",
            f"The database was not upgraded to the new version because it could not be backed up first; nothing "
            f"was changed. {exc.en}",
        ) from None


def _open_failed(path: str | Path, exc: sqlite3.DatabaseError) -> StorageError:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StorageError(
            f"Không mở được tệp dữ liệu {path} để ghi: thư mục hoặc tệp chỉ cho phép đọc (hoặc ổ đĩa không còn). "
            "Hãy chép tệp sang thư mục ghi được (ví dụ Tài liệu) hoặc nhờ cán bộ tin học cấp quyền ghi.",
            f"Cannot open the database {path} for writing: the folder or file is read-only (or the drive is "
            "gone). Copy it to a writable folder (e.g. Documents) or ask IT for write access.",
        )
    if "full" in text:
        return StorageError(
            f"Không mở được tệp dữ liệu {path}: ổ đĩa đã đầy. Hãy xoá bớt tệp không cần rồi mở lại.",
            f"Cannot open the database {path}: the disk is full. Free some space and try again.",
        )
    return StorageError(
        f"Không mở được tệp dữ liệu {path}: tệp hỏng hoặc không phải dữ liệu của ứng dụng ({exc}).",
        f"Cannot open the database {path}: the file is damaged or not an app database ({exc}).",
    )


__all__ = ["MIGRATION_SET", "DatabaseFile", "open_database", "open_file"]
