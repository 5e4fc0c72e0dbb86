"""Opening the SQLite file: durable settings, schema version checks, migrations.

Settings, and why:

* ``journal_mode=WAL`` — readers never block the writer; a power cut loses at most the transaction being
  written, never an older one.
* ``synchronous=FULL`` — every commit is on disk before it returns (with WAL, ``NORMAL`` could lose the last
  commits on power loss; a principal who saw "đã lưu" must never lose that answer).
* ``foreign_keys=ON`` — answers, attachments and actions cannot outlive their assessment.
* ``busy_timeout`` — wait a little for a lock instead of failing at once.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from papi_desktop.errors import NewerDatabaseError, StorageError
from papi_desktop.storage.migrations import MIGRATION_SET, known_names, migrations

BUSY_TIMEOUT_MS = 5000


def _connect(path: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    if str(path) != ":memory:":
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def applied_migrations(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def pending_migrations(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def check_not_newer(db: Database, path: str | Path) -> None:
    """Refuse a database written by a newer app (it has migrations this app does not know)."""
    unknown = [n for n in applied_migrations(db) if n not in known_names()]
    if unknown:
        raise NewerDatabaseError(
            f"Tệp dữ liệu {path} được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng để mở.",
            f"The database {path} was written by a newer version of the app; update the app to open it.",
        )


def open_database(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (or create) the database at ``path`` with durable settings and an up-to-date schema."""
    path_str = str(path)
    if path_str != ":memory:":
        p = Path(path)
        if p.exists() and p.is_dir():
            raise StorageError(f"{p} là một thư mục, không phải tệp dữ liệu.", f"{p} is a folder, not a database.")
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                f"Không tạo được thư mục dữ liệu {p.parent}: {exc.strerror}.",
                f"Cannot create the data folder {p.parent}: {exc.strerror}.",
            ) from None
    try:
        conn = _connect(path_str)
        db = Database(conn)
        # reading the schema proves this is an SQLite file
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        check_not_newer(db, path)
        if migrate and pending_migrations(db):
            migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            f"Không mở được tệp dữ liệu {path}: tệp hỏng hoặc không phải dữ liệu của ứng dụng ({exc}).",
            f"Cannot open the database {path}: the file is damaged or not an app database ({exc}).",
        ) from None
    return db


__all__ = ["MIGRATION_SET", "open_database"]
