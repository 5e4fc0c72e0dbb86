"""A backup "a colleague sent" is hostile: restore takes only its data rows, into a database the app builds."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from papi_desktop.errors import BackupError
from papi_desktop.storage.backup import make_backup
from papi_desktop.storage.repository import Repository
from papi_desktop.storage.restore import restore_backup

AUDIT_TRIGGERS = {"audit_no_update", "audit_no_delete"}


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A genuine backup of a sample school database (made once; tests change copies)."""
    from papi_desktop.demo import make_demo

    folder = tmp_path_factory.mktemp("pristine")
    with Repository.open(folder / "school.sqlite3") as repo:
        make_demo(repo, schools=2, seed=3)
        return make_backup(repo.db.conn, repo.path, "manual", out=folder / "backup.sqlite3").path


@pytest.fixture
def target(tmp_path, pristine):
    """The principal's own database (a copy of the same data) and a hostile copy of the backup to edit."""
    db = tmp_path / "papi.sqlite3"
    shutil.copyfile(pristine, db)
    Repository.open(db).close()
    hostile = tmp_path / "tu-dong-nghiep.sqlite3"
    shutil.copyfile(pristine, hostile)
    return db, hostile


def plant(path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for s in sql:
            conn.execute(s)
        conn.commit()
    finally:
        conn.close()


def schema(path) -> set[tuple[str, str]]:
    with sqlite3.connect(path) as c:
        return set(c.execute("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view', 'table')"))


def test_planted_trigger_is_not_restored_and_never_runs(target):
    """A backup with an extra TRIGGER (forging a 10.0 score, wiping the roster on the next import) is restored
    without it — named in the result — and the next ordinary write does not run it."""
    from papi_desktop.core.model import Answer

    db, hostile = target
    plant(hostile, "CREATE TRIGGER forge AFTER UPDATE ON assessments BEGIN "
                   "UPDATE assessments SET score = 10.0; DELETE FROM roster; END",
          "CREATE VIEW evil AS SELECT * FROM schools", "CREATE TABLE extra (x)")
    result = restore_backup(db, hostile)
    assert {"trigger forge", "view evil", "table extra"} <= set(result.ignored)
    assert not {("trigger", "forge"), ("view", "evil"), ("table", "extra")} & schema(db)
    with Repository.open(db) as repo:
        draft = next(a for a in repo.list_assessments() if not a.is_final)
        cid = repo.catalogue_of(draft).criteria[0].id
        repo.save_answer(draft.id, Answer(cid, {"choice": "no"}))
        assert {a.score for a in repo.list_assessments()} != {10.0}


def test_audit_log_stays_append_only_after_restoring_a_backup_without_its_triggers(target):
    """A backup whose audit triggers were dropped restores with the app's own: the audit log stays append-only."""
    db, hostile = target
    plant(hostile, "DROP TRIGGER audit_no_update", "DROP TRIGGER audit_no_delete")
    restore_backup(db, hostile)
    assert {n for t, n in schema(db) if t == "trigger"} >= AUDIT_TRIGGERS
    with Repository.open(db) as repo, pytest.raises(sqlite3.DatabaseError, match="append-only"):
        repo.db.execute("DELETE FROM audit")


def test_planted_machine_settings_are_never_restored(target):
    """A planted token library, backup folder or signing certificate in a backup does not reach this computer."""
    db, hostile = target
    with Repository.open(db) as repo:
        repo.set_setting("backup", {"dir": "sao-luu-cua-toi", "keep": 5})
    plant(hostile,
          """INSERT OR REPLACE INTO settings VALUES ('pkcs11', '{"lib_path": "\\\\\\\\attacker\\\\evil.dll"}')""",
          """INSERT OR REPLACE INTO settings VALUES ('backup', '{"dir": "\\\\\\\\attacker\\\\share"}')""",
          """INSERT OR REPLACE INTO settings VALUES ('exchange_signing', '{"pkcs12": "C:/evil.p12"}')""")
    result = restore_backup(db, hostile)
    assert {"setting pkcs11", "setting backup", "setting exchange_signing"} <= set(result.ignored)
    with Repository.open(db) as repo:
        assert repo.get_setting("pkcs11") is None and repo.get_setting("exchange_signing") is None
        assert repo.get_setting("backup") == {"dir": "sao-luu-cua-toi", "keep": 5}
        assert not repo.db.execute("SELECT count(*) FROM settings WHERE key IN ('pkcs11', 'backup')").fetchone()[0]


def test_planted_summary_rows_are_recomputed_not_restored(target):
    """The summary (derived) is recomputed from the restored assessments, so a forged score there goes."""
    from papi_desktop.exchange.aggregate import sync_summary

    db, hostile = target
    plant(hostile, "UPDATE summary SET score = 10.0")
    restore_backup(db, hostile)
    with Repository.open(db) as repo:
        sync_summary(repo)
        assert {r[0] for r in repo.db.execute("SELECT score FROM summary")} != {10.0}


@pytest.mark.parametrize(("sql", "words"), [
    ("UPDATE answers SET value = '{\"tong_so\": NaN}' WHERE rowid = (SELECT min(rowid) FROM answers)", "JSON"),
    ("UPDATE schools SET profile = '{\"name\": 1, \"name\": 2}'", "JSON"),
    ("UPDATE assessments SET revision = 'một' WHERE rowid = 1", "sai kiểu"),
    ("UPDATE schools SET name = 'Trường' || char(27) || '[2J'", "U+001B"),
    ("INSERT INTO answers (assessment_id, criterion_id, updated_at) VALUES ('khong-co', 'D1.01', 'x')", "trỏ tới"),
])
def test_inconsistent_or_hostile_data_is_refused_and_changes_nothing(target, sql, words):
    """NaN or repeated keys in JSON, a text in a number column, an ANSI escape in a school name, an answer of no
    assessment: the restore is refused with the reason and the current database is byte for byte unchanged."""
    db, hostile = target
    plant(hostile, "PRAGMA foreign_keys=OFF", sql)
    before = sha(db)
    with pytest.raises(BackupError) as err:
        restore_backup(db, hostile)
    assert words in err.value.vi and "không bị thay đổi" in err.value.vi
    assert sha(db) == before
    assert not list(db.parent.glob("*.partial"))


def test_genuine_backup_restores_everything(target, pristine):
    """A genuine backup's data comes back whole: every row of every table the app keeps, nothing ignored."""
    db, hostile = target
    with Repository.open(db) as repo:
        repo.delete_assessment(next(a for a in repo.list_assessments() if not a.is_final).id)
    result = restore_backup(db, hostile)
    assert result.ignored == ()
    tables = ("schools", "assessments", "answers", "attachments", "blobs", "actions", "revisions", "audit")
    with sqlite3.connect(pristine) as a, sqlite3.connect(db) as b:
        for t in tables:
            assert sorted(a.execute(f"SELECT * FROM {t}")) == sorted(b.execute(f"SELECT * FROM {t}")), t


_statements = st.sampled_from([
    "CREATE TRIGGER t{n} AFTER INSERT ON answers BEGIN DELETE FROM schools; END",
    "CREATE VIEW v{n} AS SELECT 1",
    "CREATE TABLE x{n} (a, b)",
    "DROP TRIGGER IF EXISTS audit_no_delete",
    "UPDATE answers SET value = '{{\"a\": {n}}}' WHERE rowid % 3 = {n} % 3",
    "UPDATE answers SET value = 'không phải json' WHERE rowid = {n}",
    "UPDATE assessments SET score = {n}.5",
    "UPDATE schools SET name = name || char({n} % 40)",
    "INSERT OR REPLACE INTO settings VALUES ('gui.resume', '{{\"assessment\": \"{n}\"}}')",
    "DELETE FROM schools WHERE rowid = {n} % 3",
    "UPDATE audit SET detail = '[{n}]'",
    "DELETE FROM _sqlite_migrations WHERE rowid = {n} % 5",
])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(_statements, st.integers(0, 50)), max_size=5))
def test_fuzz_restore_accepts_only_sound_data_and_keeps_the_apps_schema(tmp_path_factory, pristine, changes):
    """Whatever is planted in a backup, a restore either refuses it and changes nothing, or gives a database with
    exactly the app's own tables and triggers, sound foreign keys and integrity."""
    folder = tmp_path_factory.mktemp("fuzz")
    db, hostile = folder / "papi.sqlite3", folder / "b.sqlite3"
    shutil.copyfile(pristine, db)
    shutil.copyfile(pristine, hostile)
    Repository.open(db).close()
    app_schema = schema(db)
    conn = sqlite3.connect(hostile)
    conn.execute("PRAGMA foreign_keys=OFF")
    for template, n in changes:
        with contextlib.suppress(sqlite3.DatabaseError):
            conn.execute(template.format(n=n))
    conn.commit()
    conn.close()
    before = sha(db)
    try:
        restore_backup(db, hostile)
    except BackupError as err:
        assert err.vi.endswith(".") and sha(db) == before
        return
    assert schema(db) == app_schema
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        for (value,) in c.execute("SELECT value FROM answers"):
            json.loads(value)
