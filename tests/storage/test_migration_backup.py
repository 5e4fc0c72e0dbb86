"""Schema versions: newer databases are refused, older ones are backed up, then migrated."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from papi_desktop.errors import BackupError, NewerDatabaseError
from papi_desktop.storage import migrations as mig
from papi_desktop.storage.database import applied_migrations, open_database
from papi_desktop.storage.repository import Repository


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def fake_later_migration(monkeypatch):
    """Registers ``m999_test_later`` (adds a column) for the duration of one test."""
    monkeypatch.setattr(mig.migrations, "_migrations", list(mig.migrations._migrations))

    @mig.migrations()
    def m999_test_later(db):
        db.execute("ALTER TABLE schools ADD COLUMN test_flag INTEGER NOT NULL DEFAULT 0")

    return "m999_test_later"


def test_newer_database_is_refused_and_left_unchanged(tmp_path, demo_repo):
    """A database written by a newer app is refused with a message telling to update, and not modified."""
    with demo_repo.transaction():
        demo_repo.db["_sqlite_migrations"].insert(
            {"migration_set": mig.MIGRATION_SET, "name": "m777_from_the_future", "applied_at": "2030-01-01"})
    path = demo_repo.path
    demo_repo.close()
    before = sha(path)
    with pytest.raises(NewerDatabaseError) as err:
        Repository.open(path)
    assert "phiên bản mới hơn" in err.value.vi and "cập nhật" in err.value.vi
    assert sha(path) == before


def test_older_database_is_backed_up_then_migrated(tmp_path, demo_repo, fake_later_migration, _isolated_data_dir):
    """A database at m001 only gets a checked 'before-upgrade' backup (still at m001), then the new migration."""
    path = demo_repo.path
    ids = [a.id for a in demo_repo.list_assessments()]
    demo_repo.db.conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [fake_later_migration])
    demo_repo.db.conn.commit()
    demo_repo.close()
    repo = Repository.open(path)  # the fake migration is pending: backup, then migrate
    assert fake_later_migration in applied_migrations(repo.db)
    assert [a.id for a in repo.list_assessments()] == ids
    repo.close()
    backups = list((_isolated_data_dir / "backups").glob("demo-*-before-upgrade.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = [r[0] for r in c.execute("SELECT name FROM _sqlite_migrations")]
        assert fake_later_migration not in names and "m001_initial" in names
        assert c.execute("SELECT count(*) FROM assessments").fetchone()[0] == len(ids)


def test_new_empty_database_is_not_backed_up(tmp_path, _isolated_data_dir):
    """Creating a fresh database makes no backup (there is nothing to lose)."""
    open_database(tmp_path / "new.sqlite3").close()
    assert not (_isolated_data_dir / "backups").exists()


def test_failed_backup_stops_the_migration(tmp_path, demo_repo, fake_later_migration):
    """If the backup before an upgrade cannot be written, the database is not migrated and says why."""
    demo_repo.set_setting("backup", {"dir": str(tmp_path / "blocker" / "backups")})
    (tmp_path / "blocker").write_text("a file where the backup folder should be")
    demo_repo.db.conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [fake_later_migration])
    demo_repo.db.conn.commit()
    path = demo_repo.path
    demo_repo.close()
    with pytest.raises(BackupError) as err:
        open_database(path)
    assert "Chưa nâng cấp" in err.value.vi and "chưa bị thay đổi" in err.value.vi
    db = open_database(path, migrate=False)
    assert fake_later_migration not in applied_migrations(db)
    db.close()
