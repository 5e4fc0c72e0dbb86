"""Starting the app on a database, Qt-free: what the GUI calls before it shows its window.

``start_session(db_path)`` takes the one-writer lock, opens (and if needed backs up, then migrates) the
database, and makes the backup of the day. The GUI shows a :class:`~papi_desktop.errors.PapiError` from it in
its error dialog and quits; on success it keeps the session until it closes, then calls ``session.close()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from papi_desktop.storage.backup import BackupInfo, backup_settings, daily_backup, list_backups
from papi_desktop.storage.lock import InstanceLock, acquire_instance_lock


@dataclass
class Session:
    repo: object  # papi_desktop.storage.repository.Repository
    lock: InstanceLock
    #: the database did not exist and was created empty
    created: bool
    #: when ``created``: the newest backup of a database with this name, if any (offer to restore it)
    latest_backup: Path | None
    daily_backup: BackupInfo | None

    def close(self) -> None:
        try:
            self.repo.close()
        finally:
            self.lock.release()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def start_session(db_path: str | Path) -> Session:
    """Lock, open, back up. Raises ``InstanceLockedError`` (another window has it), ``NewerDatabaseError``,
    ``StorageError`` (read-only folder, damaged file…) — all with a message for the principal."""
    from papi_desktop.storage.repository import Repository

    db_path = Path(db_path)
    lock = acquire_instance_lock(db_path)
    try:
        created = not db_path.exists() or db_path.stat().st_size == 0
        repo = Repository.open(db_path)
    except BaseException:
        lock.release()
        raise
    latest = None
    if created:
        folder, _ = backup_settings(repo.conn, db_path)
        backups = list_backups(folder, db_path)
        latest = backups[-1] if backups else None
    return Session(repo, lock, created, latest, daily_backup(repo))
