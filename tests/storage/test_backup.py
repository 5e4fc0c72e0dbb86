"""Backups: online, checked, rotated, made on finalise and once a day."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from papi_desktop.storage.backup import daily_backup, list_backups, make_backup, rotate
from papi_desktop.storage.repository import Repository
from tests.conftest import run_cli


def assessments_in(path) -> int:
    with sqlite3.connect(path) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return c.execute("SELECT count(*) FROM assessments").fetchone()[0]


def draft_ready_to_finalise(repo) -> str:
    """A fresh complete draft of the first demo school (answers copied from its finalised year)."""
    old = next(a for a in repo.list_assessments() if a.is_final)
    repo.reopen(old.id, reason="Sửa số liệu")
    return old.id


def test_backup_is_a_standalone_checked_copy(demo_repo, _isolated_data_dir):
    """A backup is one SQLite file (no -wal beside it) holding every assessment, in the data folder's backups."""
    info = make_backup(demo_repo.db.conn, demo_repo.path, "manual")
    assert info.path.parent == _isolated_data_dir / "backups"
    assert info.size == info.path.stat().st_size > 0
    assert not info.path.with_name(info.path.name + "-wal").exists()
    assert assessments_in(info.path) == 7
    copy = Repository.open(info.path)
    assert {a.id for a in copy.list_assessments()} == {a.id for a in demo_repo.list_assessments()}
    copy.close()


def test_rotation_keeps_the_newest_n_in_the_configured_folder(demo_repo, tmp_path):
    """With {"dir": ..., "keep": 3}, only the three newest backups stay, in that folder; rescue copies stay too."""
    demo_repo.set_setting("backup", {"dir": "mes-sauvegardes", "keep": 3})
    made = [make_backup(demo_repo.db.conn, demo_repo.path, "manual").path for _ in range(5)]
    rescue = make_backup(demo_repo.db.conn, demo_repo.path, "rescue").path
    folder = demo_repo.path.parent / "mes-sauvegardes"
    assert list_backups(folder, demo_repo.path) == [*made[-3:], rescue]
    assert rotate(folder, demo_repo.path, 1) == made[-3:-1]  # rescue copies are never rotated away


def test_finalise_makes_a_backup_that_contains_it(demo_repo, _isolated_data_dir):
    """After 'finalise' a backup exists that already holds the finalised assessment."""
    aid = draft_ready_to_finalise(demo_repo)
    demo_repo.finalise(aid)
    [backup] = (_isolated_data_dir / "backups").glob("demo-*-finalise.sqlite3")
    with sqlite3.connect(backup) as c:
        assert c.execute("SELECT status FROM assessments WHERE id = ?", [aid]).fetchone()[0] == "finalised"


def test_failed_backup_does_not_undo_the_finalise(demo_repo, tmp_path):
    """If the backup after finalising cannot be written, the finalise is still saved."""
    (tmp_path / "blocker").write_text("x")
    demo_repo.set_setting("backup", {"dir": str(tmp_path / "blocker" / "sub")})
    aid = draft_ready_to_finalise(demo_repo)
    assert demo_repo.finalise(aid).status == "finalised"
    assert demo_repo.get_assessment(aid).status == "finalised"


def test_one_daily_backup_per_day(demo_repo):
    """The daily backup is made on the first use of a day only."""
    first = daily_backup(demo_repo)
    assert first is not None and first.reason == "daily"
    assert daily_backup(demo_repo) is None
    assert daily_backup(demo_repo, today=datetime(2099, 1, 2)) is not None  # a new day


def test_no_daily_backup_of_an_empty_database(repo):
    """An empty database is not backed up."""
    assert daily_backup(repo) is None


def test_cli_backup_and_list(tmp_path):
    """'papi-desktop backup' writes a checked backup and 'backup --list' shows it; --out to a folder works."""
    db = tmp_path / "p.sqlite3"
    assert run_cli("demo", "--db", str(db)).returncode == 0
    r = run_cli("backup", "--db", str(db))
    assert r.returncode == 0 and "đã kiểm tra toàn vẹn" in r.stdout, r.stderr
    listing = run_cli("backup", "--db", str(db), "--list")
    assert "p-" in listing.stdout and "-manual.sqlite3" in listing.stdout
    out = tmp_path / "usb"
    out.mkdir()
    assert run_cli("backup", "--db", str(db), "--out", str(out)).returncode == 0
    [copy] = out.glob("p-*.sqlite3")
    assert assessments_in(copy) == 7
    again = run_cli("backup", "--db", str(db), "--out", str(copy))
    assert again.returncode == 1 and "đã có" in again.stderr  # never overwrites


def test_cli_backup_of_missing_database_creates_nothing(tmp_path):
    """Backing up a database that does not exist says so and does not create an empty one."""
    r = run_cli("backup", "--db", str(tmp_path / "none.sqlite3"))
    assert r.returncode == 1 and "Không có tệp dữ liệu" in r.stderr
    assert not (tmp_path / "none.sqlite3").exists()
