"""Settings of this computer, kept apart from the school's data: device paths, the backup folder, window state.

They live in one small JSON file in the user's data folder (:data:`MACHINE_FILE`, e.g.
``%LOCALAPPDATA%\\papi-desktop\\may-nay.json``), read by the command line and the window alike (no Qt needed), and
never in the database: a database or backup someone else made can therefore never decide which library the USB
token signing loads, where full copies of the database are written, or which certificate signs the exports —
restoring a backup never touches them (:mod:`papi_desktop.storage.restore`).

The repository routes these keys here (:meth:`Repository.get_setting` / ``set_setting``), per database file, so
two databases on one PC keep their own backup folder and last position; values found in an older database's
``settings`` table are moved here the first time it is opened. The file is written whole or not at all.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path
from typing import Any

from papi_desktop.core.strict_json import loads as strict_loads

MACHINE_FILE = "may-nay.json"
#: repository settings that belong to the computer, not to the school's data
MACHINE_KEYS = frozenset({
    "backup",  # {"dir", "keep"}: where automatic backups go (a planted one would copy the data anywhere)
    "pkcs11",  # the USB token's PKCS#11 library (a planted path would load anyone's library) and labels
    "exchange_signing",  # the .p12 file that signs exported data files
    "gui.resume",  # where the principal was (window state)
    "gui.current_school",  # the school shown at start (window state)
})
log = logging.getLogger("papi_desktop.storage.machine")
_lock = threading.Lock()


def _db_key(db_path: Path | None) -> str:
    return os.path.normcase(str(Path(db_path).resolve())) if db_path is not None else ":memory:"


class MachineSettings:
    """The settings of this computer (see the module docstring). ``folder`` None keeps them in memory only
    (an in-memory database in tests)."""

    def __init__(self, folder: Path | None):
        self.path = Path(folder) / MACHINE_FILE if folder is not None else None
        self._memory: dict = {}

    @classmethod
    def for_this_computer(cls) -> MachineSettings:
        from papi_desktop.paths import data_dir

        return cls(data_dir())

    def _load(self) -> dict:
        if self.path is None:
            return self._memory
        try:
            data = strict_loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:  # a damaged file: start afresh (it holds no school data)
            log.warning("machine settings %s unreadable (%s); using defaults", self.path, exc)
            return {}
        return data if isinstance(data, dict) else {}

    def _save(self, data: dict) -> None:
        if self.path is None:
            self._memory = data
            return
        from papi_desktop.errors import StorageError
        from papi_desktop.outputs import write_bytes

        text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False)
        write_bytes(self.path, text.encode("utf-8"), StorageError)

    def get(self, db_path: Path | None, key: str, default: Any = None) -> Any:
        """The value of ``key`` for the database at ``db_path`` (``default`` when unset)."""
        return self._load().get("databases", {}).get(_db_key(db_path), {}).get(key, default)

    def set(self, db_path: Path | None, key: str, value: Any) -> None:
        """Set (``None``: remove) ``key`` for the database at ``db_path``."""
        with _lock:
            data = self._load()
            entry = data.setdefault("databases", {}).setdefault(_db_key(db_path), {})
            if value is None:
                entry.pop(key, None)
            else:
                entry[key] = value
            self._save(data)

    def ui(self, key: str, default: Any = None) -> Any:
        """An interface preference of this user on this computer (language, text size, window geometry)."""
        return self._load().get("ui", {}).get(key, default)

    def set_ui(self, key: str, value: Any) -> None:
        with _lock:
            data = self._load()
            data.setdefault("ui", {})[key] = value
            self._save(data)


def move_out_of_database(repo) -> list[str]:
    """Move machine-local values an older version kept in the database's ``settings`` table to this computer's file
    (a value already set here wins); returns the keys moved. Runs when a repository is opened."""
    rows = repo.conn.execute(
        f"SELECT key, value FROM settings WHERE key IN ({', '.join('?' * len(MACHINE_KEYS))})",
        sorted(MACHINE_KEYS)).fetchall()
    if not rows:
        return []
    for key, value in rows:
        if repo.machine.get(repo.path, key) is None:
            try:
                repo.machine.set(repo.path, key, strict_loads(value))
            except ValueError:
                continue
    with repo.transaction():
        repo.db.execute(f"DELETE FROM settings WHERE key IN ({', '.join('?' * len(MACHINE_KEYS))})",
                        sorted(MACHINE_KEYS))
    return [k for k, _v in rows]
