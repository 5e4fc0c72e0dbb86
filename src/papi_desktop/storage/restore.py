"""Restoring a backup: the data of a sound backup of our own database, into a database the app builds itself.

A backup may come from anyone ("a colleague sent it"): nothing of its *schema* is trusted. Order (nothing is
changed until every check passed):

1. copy the offered file (and its ``-wal``, if one lies beside it) to a private folder; it must be SQLite, pass
   ``integrity_check``, carry our migration records and no migration this app does not know;
2. build a new database in the target's folder with the app's **own** migrations (so its triggers, among them the
   audit log's append-only ones, are the app's), and copy into it only the **data rows** of the tables and columns
   the app knows — never a trigger, view, index or table of the file (they are named in the result), never derived
   rows (the summary is recomputed), never this computer's settings (:mod:`papi_desktop.storage.machine`: a planted
   token library or backup folder stays out);
3. check the copy: foreign keys, ``integrity_check``, value types per column, JSON columns strictly (no repeated
   keys, NaN or Infinity), no control or bidi characters in school codes and names;
4. take the instance lock (the app must not be running on the database), back up the current database (a raw copy
   if it is damaged), and swap the new file in with one rename (a crash leaves the old or the new, never a mix).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from papi_desktop.errors import BackupError, InstanceLockedError
from papi_desktop.storage.backup import BackupInfo, backup_settings, make_backup, write_backup
from papi_desktop.storage.migrations import MIGRATION_SET, known_names

SQLITE_HEADER = b"SQLite format 3\x00"
REQUIRED_TABLES = ("schools", "assessments", "answers", "settings", "audit")


@dataclass(frozen=True)
class BackupCheck:
    """What a restorable file holds."""

    path: Path
    migrations: tuple[str, ...]
    schools: int
    assessments: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: BackupCheck
    previous: BackupInfo | Path | None  # backup of the database that was replaced (a raw copy if it was damaged)
    migrated: bool  # the backup was of an older version (its data now in the current schema)
    #: what the file had that was not restored: its own triggers, views, tables, columns, this computer's settings
    ignored: tuple[str, ...] = field(default_factory=tuple)


def _refuse(path: Path, vi: str, en: str) -> BackupError:
    return BackupError(
        f"Không khôi phục từ {path.name}: {vi} Dữ liệu hiện tại không bị thay đổi.",
        f"Not restoring from {path.name}: {en} The current data was not changed.",
    )


def _copy_candidate(path: Path, folder: Path) -> Path:
    copy = folder / "candidate.sqlite3"
    shutil.copyfile(path, copy)
    wal = path.with_name(path.name + "-wal")
    if wal.is_file():
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    return copy


def _inspect(original: Path, copy: Path) -> BackupCheck:
    with open(copy, "rb") as f:
        if f.read(16) != SQLITE_HEADER:
            raise _refuse(original, "tệp này không phải tệp dữ liệu hay bản sao lưu của ứng dụng.",
                          "this file is not an app database or backup.")
    conn = sqlite3.connect(str(copy))
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            raise _refuse(original, f"tệp bị hỏng ({ok}).", f"the file is damaged ({ok}).")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "_sqlite_migrations" not in tables:
            raise _refuse(original, "đây là tệp SQLite của chương trình khác, không phải dữ liệu PAPI.",
                          "this is another program's SQLite file, not PAPI data.")
        names = tuple(r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]))
        if not names or any(t not in tables for t in REQUIRED_TABLES):
            raise _refuse(original, "đây là tệp SQLite của chương trình khác, không phải dữ liệu PAPI.",
                          "this is another program's SQLite file, not PAPI data.")
        if any(n not in known_names() for n in names):
            raise _refuse(original, "tệp được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng trước.",
                          "it was written by a newer version of the app; update the app first.")
        schools = conn.execute("SELECT count(*) FROM schools").fetchone()[0]
        assessments = conn.execute("SELECT count(*) FROM assessments").fetchone()[0]
        conn.execute("PRAGMA journal_mode=DELETE")  # fold a copied -wal into the file
    except sqlite3.DatabaseError as exc:
        raise _refuse(original, f"tệp bị hỏng hoặc không đọc được ({exc}).", f"the file is damaged ({exc}).") from None
    finally:
        conn.close()
    return BackupCheck(original, names, schools, assessments)


def inspect_backup(path: str | Path) -> BackupCheck:
    """Check that ``path`` can be restored (read-only: works on a copy). Raises :class:`BackupError`."""
    path = Path(path)
    if not path.is_file():
        raise _refuse(path, "không tìm thấy tệp.", "the file does not exist.")
    with tempfile.TemporaryDirectory(prefix="papi-restore-") as tmp:
        return _inspect(path, _copy_candidate(path, Path(tmp)))


def _preserve_current(db_path: Path) -> BackupInfo | Path | None:
    """Back up the database about to be replaced; a damaged one is copied byte for byte instead."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    from papi_desktop.storage.database import _connect

    conn = None
    try:
        conn = _connect(db_path)
        sound = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        sound = False
    try:
        if sound:  # a failure here (disk full, read-only folder) stops the restore before anything changed
            return make_backup(conn, db_path, "before-restore")
    finally:
        if conn is not None:
            conn.close()
    folder, _ = backup_settings(None, db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        raw, n = folder / f"{db_path.name}.damaged", 2
        while raw.exists():
            raw, n = folder / f"{db_path.name}.damaged-{n}", n + 1
        for suffix in ("", "-wal"):
            src = db_path.with_name(db_path.name + suffix)
            if src.exists():
                shutil.copy2(src, raw.with_name(raw.name + suffix))
    except OSError as exc:
        raise BackupError(
            f"Không chép giữ được tệp dữ liệu hiện tại ({exc.strerror or exc}) nên chưa khôi phục; dữ liệu hiện tại "
            "không bị thay đổi.",
            f"Could not keep a copy of the current database ({exc.strerror or exc}), so nothing was restored.",
        ) from None
    return raw


def restore_backup(db_path: str | Path, backup_path: str | Path) -> RestoreResult:
    """Replace the database at ``db_path`` with the data of the backup at ``backup_path`` (see the module
    docstring). Raises :class:`BackupError` with the reason; then the current database is unchanged."""
    from papi_desktop.outputs import atomic_output
    from papi_desktop.storage.database import open_database
    from papi_desktop.storage.lock import acquire_instance_lock
    from papi_desktop.storage.restore_copy import Refused, build

    db_path, backup_path = Path(db_path), Path(backup_path)
    if not backup_path.is_file():
        raise _refuse(backup_path, "không tìm thấy tệp.", "the file does not exist.")
    with tempfile.TemporaryDirectory(prefix="papi-restore-") as tmp:
        copy = _copy_candidate(backup_path, Path(tmp))
        check = _inspect(backup_path, copy)
        try:
            lock = acquire_instance_lock(db_path)
        except InstanceLockedError as exc:
            raise BackupError(exc.vi + " Hãy đóng cửa sổ đó trước khi khôi phục.",
                              exc.en + " Close it before restoring.") from None
        with lock, atomic_output(db_path, BackupError) as fresh:
            try:
                ignored = build(copy, fresh)
            except Refused as exc:
                raise _refuse(backup_path, exc.vi, exc.en) from None
            except sqlite3.DatabaseError as exc:
                raise _refuse(backup_path, f"tệp bị hỏng hoặc không đọc được ({exc}).",
                              f"the file is damaged ({exc}).") from None
            previous = _preserve_current(db_path)
            for suffix in ("-wal", "-shm"):  # the old file's journal must not be replayed into the new one
                with contextlib.suppress(FileNotFoundError):
                    db_path.with_name(db_path.name + suffix).unlink()
        open_database(db_path).close()  # back to WAL; every migration is applied already
    migrated = any(name not in check.migrations for name in known_names())
    return RestoreResult(check, previous, migrated, tuple(ignored))


def selftest_check() -> str:
    """``papi-desktop selftest``: back up a small temporary database and check the copy can be restored."""
    from papi_desktop.core.model import School
    from papi_desktop.storage.repository import Repository

    with tempfile.TemporaryDirectory(prefix="papi-selftest-") as tmp:
        with Repository.open(Path(tmp) / "selftest.sqlite3") as repo:
            repo.save_school(School(code="SELFTEST", name="Trường Tiểu học Kiểm Tra"))
            info = make_backup(repo.conn, repo.path, "manual", out=Path(tmp) / "copy.sqlite3")
        check = inspect_backup(info.path)
        return f"backup + restore check OK ({check.schools} school, {info.size} bytes, {info.seconds:.3f} s)"


__all__ = ["BackupCheck", "RestoreResult", "inspect_backup", "restore_backup", "selftest_check", "write_backup"]
