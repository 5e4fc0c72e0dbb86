"""This computer's settings (token library, backup folder, window state) live outside the database."""

from __future__ import annotations

import json
import sqlite3

from papi_desktop.storage.machine import MACHINE_FILE, MACHINE_KEYS
from papi_desktop.storage.repository import Repository
from tests.conftest import run_cli


def test_machine_keys_go_to_the_computers_file_not_the_database(tmp_path, _isolated_data_dir):
    """The token library and the backup folder are written to may-nay.json; the database never holds them."""
    with Repository.open(tmp_path / "p.sqlite3") as repo:
        repo.set_setting("pkcs11", {"lib_path": "C:/Windows/System32/vnpt-ca.dll"})
        repo.set_setting("backup", {"dir": "sao-luu", "keep": 3})
        repo.set_setting("signer", {"name": "Nguyễn Thị Hoa"})  # school data: stays in the database
        assert repo.get_setting("pkcs11") == {"lib_path": "C:/Windows/System32/vnpt-ca.dll"}
        keys = {k for (k,) in repo.db.execute("SELECT key FROM settings")}
    assert keys == {"signer"}
    stored = json.loads((_isolated_data_dir / MACHINE_FILE).read_text(encoding="utf-8"))
    [entry] = stored["databases"].values()
    assert entry["backup"] == {"dir": "sao-luu", "keep": 3}


def test_values_of_an_older_database_are_moved_out_when_it_is_opened(tmp_path, _isolated_data_dir):
    """A database of an older version with machine settings in its table: they move to this computer's file."""
    path = tmp_path / "cu.sqlite3"
    Repository.open(path).close()
    with sqlite3.connect(path) as c:
        c.executemany("INSERT INTO settings VALUES (?, ?)", [(k, json.dumps({"v": k})) for k in sorted(MACHINE_KEYS)])
    with Repository.open(path) as repo:
        assert not repo.db.execute("SELECT count(*) FROM settings").fetchone()[0]
        assert all(repo.get_setting(k) == {"v": k} for k in MACHINE_KEYS)


def test_command_line_reads_the_backup_folder_without_qt(tmp_path):
    """`backup --list` (no Qt) uses the backup folder set on this computer."""
    db = tmp_path / "p.sqlite3"
    with Repository.open(db) as repo:
        repo.set_setting("backup", {"dir": str(tmp_path / "sao-luu"), "keep": 4})
    r = run_cli("backup", "--db", str(db), "--list", env={"PAPI_DATA_DIR": str(tmp_path / "data")})
    assert r.returncode == 0 and "giữ 10" in r.stdout  # another computer (data folder): its own defaults
    import os

    r = run_cli("backup", "--db", str(db), "--list", env={"PAPI_DATA_DIR": os.environ["PAPI_DATA_DIR"]})
    assert r.returncode == 0 and "sao-luu" in r.stdout and "giữ 4" in r.stdout


def test_damaged_machine_file_gives_defaults_not_a_crash(tmp_path, _isolated_data_dir):
    """A damaged may-nay.json (or one with NaN or repeated keys) is set aside: defaults, no traceback."""
    (_isolated_data_dir / MACHINE_FILE).write_text('{"databases": NaN, "databases": 1}', encoding="utf-8")
    with Repository.open(tmp_path / "p.sqlite3") as repo:
        assert repo.get_setting("backup") is None
        repo.set_setting("backup", {"keep": 2})
        assert repo.get_setting("backup") == {"keep": 2}
