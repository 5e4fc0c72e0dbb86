"""Backups: made with SQLite's online backup API, checked, rotated.

When (see ``docs/reliability.md``):

* before every schema migration of a database that already holds data (:func:`open_database` calls
  :func:`make_backup`; if the backup fails the database is not migrated);
* after every finalise (``Repository.finalise`` → :func:`backup_after_finalise`);
* once per day of use (:func:`daily_backup`, called at start by :func:`papi_desktop.storage.session.start_session`);
* before a restore, and on demand (``papi-desktop backup``).

Each backup is a complete, standalone SQLite file (rollback-journal mode, no ``-wal`` side file) named
``<database name>-<YYYYMMDD-HHMMSS>-<reason>.sqlite3`` in the backup folder: ``data_dir()/backups`` unless the
setting ``"backup": {"dir": ..., "keep": N}`` says otherwise (a relative ``dir`` is relative to the database's
folder). It is written to ``*.partial`` (:mod:`papi_desktop.outputs`), checked with ``PRAGMA integrity_check``,
flushed to disk and only then renamed, so a crash or power cut during a backup never leaves a half backup under a
real name. The newest ``keep`` backups of a database are kept (default 10); rescue copies are never deleted
automatically.
"""

from __future__ import annotations

import contextlib
import glob
import json
import logging
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from papi_desktop.errors import BackupError

DEFAULT_KEEP = 10
SETTING_KEY = "backup"
RESCUE = "rescue"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.sqlite3$")
_PARTIAL = re.compile(r"\.[0-9a-f]{8}\.partial$")  # a backup being written (papi_desktop.outputs)
log = logging.getLogger("papi_desktop.storage.backup")


@dataclass(frozen=True)
class BackupInfo:
    """A backup that was written: where, how big (bytes), how long it took (seconds), why."""

    path: Path
    size: int
    seconds: float
    reason: str


def _table_exists(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def backup_settings(conn: sqlite3.Connection | None, db_path: str | Path) -> tuple[Path, int]:
    """``(folder, keep)`` for the database at ``db_path``: the ``"backup"`` setting of this computer
    (:mod:`papi_desktop.storage.machine`), else the defaults. Only a database of an older version, not yet opened as
    a repository (which moves the value to this computer), still has the value in its own ``settings`` table: then,
    for the backup made before its upgrade, that one is read through ``conn``."""
    from papi_desktop.paths import data_dir
    from papi_desktop.storage.machine import MachineSettings

    folder, keep = data_dir() / "backups", DEFAULT_KEEP
    value = MachineSettings.for_this_computer().get(Path(db_path), SETTING_KEY)
    if value is None and conn is not None:
        with contextlib.suppress(sqlite3.Error, ValueError, TypeError):
            if _table_exists(conn, "settings"):
                row = conn.execute("SELECT value FROM settings WHERE key = ?", [SETTING_KEY]).fetchone()
                value = json.loads(row[0]) if row else None
    if isinstance(value, dict):
        if isinstance(value.get("dir"), str) and value["dir"].strip():
            d = Path(value["dir"].strip()).expanduser()
            folder = d if d.is_absolute() else Path(db_path).resolve().parent / d
        if isinstance(value.get("keep"), int) and value["keep"] >= 1:
            keep = value["keep"]
    return folder, keep


def _write_failed(dest: Path, exc: BaseException) -> BackupError:
    text = str(getattr(exc, "strerror", None) or exc)
    if "full" in text.lower() or getattr(exc, "errno", None) == 28:
        return BackupError(
            f"Không tạo được bản sao lưu {dest}: ổ đĩa đã đầy. Hãy xoá bớt tệp không cần rồi thử lại.",
            f"Cannot write the backup {dest}: the disk is full. Free some space and try again.",
        )
    return BackupError(
        f"Không tạo được bản sao lưu {dest}: {text}. Hãy kiểm tra thư mục sao lưu còn ghi được.",
        f"Cannot write the backup {dest}: {text}. Check that the backup folder is writable.",
    )


def write_backup(source: sqlite3.Connection, dest: Path, reason: str = "manual") -> BackupInfo:
    """Copy the database open on ``source`` to ``dest`` (online backup API), check it, flush it, name it.

    Writers may keep working meanwhile (WAL). Raises :class:`BackupError`; never leaves a partial ``dest``
    (written through :func:`papi_desktop.outputs.atomic_output`).
    """
    from papi_desktop.outputs import atomic_output

    t0 = time.perf_counter()
    try:
        with atomic_output(dest, BackupError) as tmp:
            target = sqlite3.connect(str(tmp))
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")  # a standalone file, no -wal beside it
                ok = target.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                target.close()
            if ok != "ok":
                raise BackupError(
                    f"Bản sao lưu {dest.name} không đạt kiểm tra toàn vẹn ({ok}); tệp dữ liệu có thể đã hỏng. Hãy "
                    "giữ nguyên các bản sao lưu cũ và liên hệ cán bộ tin học.",
                    f"The backup {dest.name} failed the integrity check ({ok}); the database may be damaged. Keep "
                    "the older backups and contact IT.",
                )
    except sqlite3.Error as exc:
        raise _write_failed(dest, exc) from None
    info = BackupInfo(dest, dest.stat().st_size, time.perf_counter() - t0, reason)
    log.info("backup %s (%s): %d bytes in %.3f s", dest, reason, info.size, info.seconds)
    return info


def backup_name(db_path: str | Path, reason: str, folder: Path, now: datetime | None = None) -> Path:
    """A fresh, sortable name in ``folder``: ``papi-20261128-073712-daily.sqlite3`` (``-2`` etc. if taken)."""
    stem = Path(db_path).stem
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    try:
        taken = [_NAME.match(_PARTIAL.sub("", p.name))
                 for p in folder.glob(f"{glob.escape(stem)}-{stamp}-*")]
    except OSError:
        taken = []
    # one counter per second across reasons, above any name still there, keeps names in the order made
    n = max((int(m["n"] or 1) for m in taken if m and m["stem"] == stem), default=0) + 1
    return folder / (f"{stem}-{stamp}-{reason}.sqlite3" if n == 1 else f"{stem}-{stamp}-{n}-{reason}.sqlite3")


def list_backups(folder: Path, db_path: str | Path) -> list[Path]:
    """The backups of the database at ``db_path`` in ``folder``, oldest first (rescue copies included)."""
    stem = Path(db_path).stem
    found = []
    with contextlib.suppress(OSError):
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m and m["stem"] == stem:
                found.append(((m["stamp"], int(m["n"] or 1)), p))
    return [p for _, p in sorted(found)]


def rotate(folder: Path, db_path: str | Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of the database (rescue copies and others' files stay)."""
    olds = [p for p in list_backups(folder, db_path) if not p.name.endswith(f"-{RESCUE}.sqlite3")]
    removed = []
    for p in olds[: max(0, len(olds) - keep)]:
        with contextlib.suppress(OSError):
            p.unlink()
            removed.append(p)
    with contextlib.suppress(OSError):  # leftovers of backups interrupted by a crash
        for p in folder.glob(f"{glob.escape(Path(db_path).stem)}-*.partial"):
            if time.time() - p.stat().st_mtime > 3600:
                p.unlink()
    return removed


def make_backup(conn: sqlite3.Connection, db_path: str | Path, reason: str, *, out: Path | None = None) -> BackupInfo:
    """Back up the database at ``db_path`` (open on ``conn``) into its backup folder, then rotate.

    With ``out`` (a folder, or a new file name) the backup goes there instead and nothing is rotated.
    """
    folder, keep = backup_settings(conn, db_path)
    if out is not None:
        if out.is_dir():
            return write_backup(conn, backup_name(db_path, reason, out), reason)
        if out.exists():
            raise BackupError(
                f"Tệp {out} đã có; hãy chọn tên khác để không ghi đè.", f"{out} already exists; choose another name."
            )
        return write_backup(conn, out, reason)
    info = write_backup(conn, backup_name(db_path, reason, folder), reason)
    if reason != RESCUE:
        rotate(folder, db_path, keep)
    return info


def _repo_backup(repo, reason: str) -> BackupInfo | None:
    if repo.path is None or repo.conn.in_transaction:
        return None
    try:
        return make_backup(repo.conn, repo.path, reason)
    except BackupError as exc:  # the data itself is saved; a missing backup is logged, not fatal
        log.warning("backup (%s) failed: %s", reason, exc.en)
        return None


def backup_after_finalise(repo) -> BackupInfo | None:
    """The backup made after a finalise (None for in-memory databases, inside a transaction, or on failure)."""
    return _repo_backup(repo, "finalise")


def daily_backup(repo, today: datetime | None = None) -> BackupInfo | None:
    """One backup per day of use: makes one unless a backup of this database from today exists."""
    if repo.path is None:
        return None
    folder, _ = backup_settings(repo.conn, repo.path)
    day = (today or datetime.now()).strftime("%Y%m%d")
    if any(_NAME.match(p.name)["stamp"].startswith(day) for p in list_backups(folder, repo.path)):
        return None
    if not repo.conn.execute("SELECT 1 FROM assessments LIMIT 1").fetchone():
        return None  # nothing worth keeping yet
    return _repo_backup(repo, "daily")


def rescue_copy(conn: sqlite3.Connection, db_path: str | Path) -> Path | None:
    """Save what the still-open connection holds (its file was deleted or moved); None if that fails too."""
    try:
        return make_backup(conn, db_path, RESCUE).path
    except BackupError as exc:
        log.error("rescue copy failed: %s", exc.en)
        return None
