"""Restore: only sound backups of our own database, after backing up the current one."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest

from papi_desktop.errors import BackupError
from papi_desktop.storage import migrations as mig
from papi_desktop.storage.backup import make_backup
from papi_desktop.storage.database import applied_migrations
from papi_desktop.storage.lock import acquire_instance_lock
from papi_desktop.storage.repository import Repository
from papi_desktop.storage.restore import inspect_backup, restore_backup
from tests.conftest import run_cli


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed_demo(demo_repo):
    """(database path, a backup of it); the database is closed and holds 7 assessments."""
    backup = make_backup(demo_repo.db.conn, demo_repo.path, "manual").path
    path = demo_repo.path
    demo_repo.close()
    return path, backup


def ids(path) -> set[str]:
    with Repository.open(path) as r:
        return {a.id for a in r.list_assessments()}


def test_restore_brings_back_deleted_data_and_keeps_the_current(closed_demo, _isolated_data_dir):
    """Restoring puts back a deleted draft; the database as it was before the restore is backed up."""
    path, backup = closed_demo
    with Repository.open(path) as r:
        draft = next(a for a in r.list_assessments() if not a.is_final)
        r.delete_assessment(draft.id)
    result = restore_backup(path, backup)
    assert draft.id in ids(path)
    assert result.restored_from.assessments == 7 and not result.migrated
    assert "before-restore" in result.previous.path.name
    with sqlite3.connect(result.previous.path) as c:  # the pre-restore state: draft already deleted
        assert c.execute("SELECT count(*) FROM assessments WHERE id = ?", [draft.id]).fetchone()[0] == 0


def make_foreign(path):
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        c.execute("INSERT INTO photos (name) VALUES ('sân trường.jpg')")


def make_newer(path, source):
    shutil.copyfile(source, path)
    with sqlite3.connect(path) as c:
        c.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                  [mig.MIGRATION_SET, "m888_future", "2030-01-01"])


def make_damaged(path, source):
    data = bytearray(source.read_bytes())
    data[4096 * 3: 4096 * 3 + 2000] = b"\xff" * 2000  # trash a page in the middle
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("kind, words", [
    ("text", "không phải tệp dữ liệu"),
    ("foreign", "chương trình khác"),
    ("newer", "phiên bản mới hơn"),
    ("damaged", "hỏng"),
    ("missing", "không tìm thấy"),
])
def test_refused_files_change_nothing(closed_demo, tmp_path, kind, words):
    """A text file, another program's SQLite file, a newer or damaged backup, a missing file: refused, unchanged."""
    path, backup = closed_demo
    bad = tmp_path / f"bad-{kind}.sqlite3"
    if kind == "text":
        bad.write_text("Danh sách học sinh lớp 5A", encoding="utf-8")
    elif kind == "foreign":
        make_foreign(bad)
    elif kind == "newer":
        make_newer(bad, backup)
    elif kind == "damaged":
        make_damaged(bad, backup)
    before = sha(path)
    backups_before = sorted(backup.parent.iterdir())
    with pytest.raises(BackupError) as err:
        restore_backup(path, bad)
    assert words in err.value.vi and "không bị thay đổi" in err.value.vi
    assert sha(path) == before
    assert sorted(backup.parent.iterdir()) == backups_before  # not even a pre-restore backup was needed


def test_restore_refused_while_the_app_has_the_database_open(closed_demo):
    """Restoring under a running app is refused (it would pull the data from under it)."""
    path, backup = closed_demo
    with acquire_instance_lock(path), pytest.raises(BackupError) as err:
        restore_backup(path, backup)
    assert "cửa sổ PAPI khác" in err.value.vi and "đóng" in err.value.vi


def test_restore_over_a_damaged_database_keeps_a_raw_copy(closed_demo):
    """A damaged current database is copied byte for byte before it is replaced."""
    path, backup = closed_demo
    path.write_bytes(b"garbage" * 1000)
    result = restore_backup(path, backup)
    assert result.previous.read_bytes() == b"garbage" * 1000
    assert len(ids(path)) == 7


def test_restore_of_an_older_backup_migrates_it(closed_demo, monkeypatch):
    """A backup from an older version is restored into the current schema (its data in a database the app built)."""
    path, backup = closed_demo
    monkeypatch.setattr(mig.migrations, "_migrations", list(mig.migrations._migrations))

    @mig.migrations()
    def m998_test_later(db):
        db.execute("CREATE TABLE test_later (x)")

    assert "m998_test_later" not in inspect_backup(backup).migrations
    assert inspect_backup(backup).migrations[0] == "m001_initial"
    result = restore_backup(path, backup)
    assert result.migrated
    with Repository.open(path) as r:
        assert "m998_test_later" in applied_migrations(r.db)
        assert len(r.list_assessments()) == 7


def test_cli_restore_round_trip_and_refusal(tmp_path):
    """CLI: backup, delete, restore shows the data again; restoring a text file fails with a clear message."""
    db = tmp_path / "p.sqlite3"
    assert run_cli("demo", "--db", str(db)).returncode == 0
    out = tmp_path / "copy.sqlite3"
    assert run_cli("backup", "--db", str(db), "--out", str(out)).returncode == 0
    with Repository.open(db) as r:
        r.delete_assessment(next(a for a in r.list_assessments() if not a.is_final).id)
    r = run_cli("restore", "--db", str(db), str(out))
    assert r.returncode == 0 and "7 bản tự đánh giá" in r.stdout and "before-restore" in r.stdout, r.stderr
    assert len(ids(db)) == 7
    (tmp_path / "notes.txt").write_text("ghi chú")
    r = run_cli("restore", "--db", str(db), str(tmp_path / "notes.txt"))
    assert r.returncode == 1 and "không phải tệp dữ liệu" in r.stderr and "Traceback" not in r.stderr


def test_restore_stops_if_the_current_database_cannot_be_backed_up(closed_demo, tmp_path):
    """When the current database cannot be backed up first (folder unusable), the restore does nothing."""
    path, backup = closed_demo
    with Repository.open(path) as r:
        r.set_setting("backup", {"dir": str(tmp_path / "blocker" / "b")})
    (tmp_path / "blocker").write_text("a file where the backup folder should be")
    before = sha(path)
    with pytest.raises(BackupError):
        restore_backup(path, backup)
    assert sha(path) == before
