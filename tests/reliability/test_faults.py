"""Injected faults: disk full, read-only, missing or locked evidence file, database deleted while running.

How each fault is injected (honestly, and as close to the real thing as this machine allows):

* disk full — SQLite's ``PRAGMA max_page_count`` (the database cannot grow: SQLITE_FULL, exactly what SQLite
  reports on ENOSPC), and, where user namespaces are available, a real 1 MB tmpfs that runs out of space;
* read-only — ``PRAGMA query_only`` on the open connection, and a read-only bind mount of the data folder
  (``unshare -rm``; ``chmod`` when not root — root ignores file modes);
* missing evidence file — a path that does not exist; locked — ``read_bytes`` raising the ``PermissionError``
  Windows gives for a file another program holds open (Linux has no mandatory locks to reproduce it);
* database deleted while running — unlinking the file (and its -wal/-shm) under the open repository.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from papi_desktop.core.model import Answer
from papi_desktop.errors import DatabaseMovedError, StorageError
from papi_desktop.storage.repository import Repository
from tests.conftest import SRC, run_cli


def draft_and_criterion(repo):
    a = next(x for x in repo.list_assessments() if not x.is_final)
    return a, repo.catalogue_of(a).criteria[0]


def notes(repo, aid) -> dict[str, str]:
    return {cid: ans.note for cid, ans in repo.get_answers(aid).items()}


def test_disk_full_keeps_what_was_saved(demo_repo):
    """When the disk is full, the user is told so; earlier answers stay, and saving works again once there is room."""
    a, crit = draft_and_criterion(demo_repo)
    demo_repo.save_answer(a.id, Answer(crit.id, {"choice": "yes"}, note="trước khi đầy"))
    before = notes(demo_repo, a.id)
    pages = demo_repo.db.execute("PRAGMA page_count").fetchone()[0]
    demo_repo.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError) as err:
        demo_repo.add_attachment_bytes(a.id, crit.id, "biên bản họp.pdf", b"%PDF-1.4\n" + os.urandom(2_000_000))
    assert "ổ đĩa đã đầy" in err.value.vi and "vẫn còn nguyên" in err.value.vi
    assert notes(demo_repo, a.id) == before and demo_repo.list_attachments(a.id) == []
    assert demo_repo.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    demo_repo.db.execute("PRAGMA max_page_count = 1073741823")
    demo_repo.save_answer(a.id, Answer(crit.id, {"choice": "no"}, note="sau khi dọn đĩa"))
    assert notes(demo_repo, a.id)[crit.id] == "sau khi dọn đĩa"


def test_read_only_connection_refuses_clearly(demo_repo):
    """A database that has become read-only says so; nothing saved is lost."""
    a, crit = draft_and_criterion(demo_repo)
    before = notes(demo_repo, a.id)
    demo_repo.db.execute("PRAGMA query_only = ON")
    with pytest.raises(StorageError) as err:
        demo_repo.save_answer(a.id, Answer(crit.id, {"choice": "yes"}, note="không lưu được"))
    assert "chỉ cho phép đọc" in err.value.vi
    demo_repo.db.execute("PRAGMA query_only = OFF")
    assert notes(demo_repo, a.id) == before


def test_missing_evidence_file_is_named(demo_repo, tmp_path):
    """Attaching a file that no longer exists names the file; nothing is attached."""
    a, crit = draft_and_criterion(demo_repo)
    with pytest.raises(StorageError) as err:
        demo_repo.add_attachment(a.id, crit.id, tmp_path / "Biên bản họp phụ huynh.pdf")
    assert "Biên bản họp phụ huynh.pdf" in err.value.vi and "đã bị xoá" in err.value.vi
    assert demo_repo.list_attachments(a.id) == []


def test_locked_evidence_file_is_explained(demo_repo, tmp_path, monkeypatch):
    """A file held open by another program (Windows sharing violation) gives a clear message, not a traceback."""
    a, crit = draft_and_criterion(demo_repo)
    doc = tmp_path / "Kế hoạch.docx"
    doc.write_bytes(b"PK\x03\x04 word document")

    def locked(self):
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(Path, "read_bytes", locked)
    with pytest.raises(StorageError) as err:
        demo_repo.add_attachment(a.id, crit.id, doc)
    assert "Kế hoạch.docx" in err.value.vi and "đang mở ở chương trình khác" in err.value.vi
    monkeypatch.undo()
    assert demo_repo.list_attachments(a.id) == []


def test_database_deleted_while_running(demo_repo, _isolated_data_dir):
    """Database deleted under the app: next save refused, rescue copy has all saved before, nothing recreated."""
    a, crit = draft_and_criterion(demo_repo)
    demo_repo.save_answer(a.id, Answer(crit.id, {"choice": "yes"}, note="đã lưu trước"))
    path = demo_repo.path
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    with pytest.raises(DatabaseMovedError) as err:
        demo_repo.save_answer(a.id, Answer(crit.id, {"choice": "no"}, note="sau khi bị xoá"))
    assert "đã bị xoá, di chuyển" in err.value.vi and "KHÔNG được lưu" in err.value.vi
    rescue = demo_repo.db.rescued
    assert rescue is not None and str(rescue) in err.value.vi and rescue.parent == _isolated_data_dir / "backups"
    with pytest.raises(DatabaseMovedError):  # still refused, no second rescue copy
        demo_repo.save_answer(a.id, Answer(crit.id, {"choice": "no"}, note="lần nữa"))
    assert len(list(rescue.parent.glob("*rescue*"))) == 1
    assert not path.exists()  # nothing recreated silently
    with Repository.open(rescue) as saved:
        assert notes(saved, a.id)[crit.id] == "đã lưu trước" and len(saved.list_assessments()) == 7


def _namespace_works() -> bool:
    if not sys.platform.startswith("linux") or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True)
    return probe.returncode == 0


NAMESPACE = _namespace_works()


def run_cli_read_only(folder: Path, *args: str):
    """The CLI with ``folder`` read-only: a bind mount in a private namespace (root), else chmod."""
    env = dict(os.environ, PYTHONPATH=str(SRC))
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [folder, *folder.iterdir()]}
        for p in modes:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            return run_cli(*args)
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
    if not NAMESPACE:
        pytest.skip("needs user namespaces (unshare -rm) to make a folder read-only for root")
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    return subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", str(folder), sys.executable, "-m",
                           "papi_desktop", *args], capture_output=True, text=True, env=env, encoding="utf-8")


@pytest.mark.parametrize("command", [["demo", "--schools", "8"], ["list"]])
def test_read_only_folder_gives_clear_message(tmp_path, command):
    """A database in a read-only folder: a sentence saying so and what to do, no traceback, file unchanged."""
    folder = tmp_path / "ro"
    db = folder / "papi.sqlite3"
    assert run_cli("demo", "--db", str(db)).returncode == 0
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    r = run_cli_read_only(folder, *command, "--db", str(db))
    assert r.returncode == 1 and "chỉ cho phép đọc" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


FULL_DISK_SCRIPT = """
import json, os, sys
from papi_desktop.core.model import Answer
from papi_desktop.demo import make_demo
from papi_desktop.errors import StorageError
from papi_desktop.storage.repository import Repository
repo = Repository.open(sys.argv[1] + "/papi.sqlite3")
make_demo(repo, schools=2)
a = next(x for x in repo.list_assessments() if not x.is_final)
crit = repo.catalogue_of(a).criteria[0]
repo.save_answer(a.id, Answer(crit.id, {"choice": "yes"}, note="đã lưu"))
out = {}
try:
    repo.add_attachment_bytes(a.id, crit.id, "ảnh.jpg", b"\\xff\\xd8\\xff\\xe0" + os.urandom(3_000_000))
except StorageError as exc:
    out["error"] = exc.vi
repo.close()
repo = Repository.open(sys.argv[1] + "/papi.sqlite3")
out["note"] = repo.get_answers(a.id)[crit.id].note
out["attachments"] = len(repo.list_attachments(a.id))
out["integrity"] = repo.db.execute("PRAGMA integrity_check").fetchone()[0]
print(json.dumps(out))
"""


@pytest.mark.skipif(not NAMESPACE, reason="needs user namespaces (unshare -rm) for a private tmpfs")
def test_real_full_disk(tmp_path):
    """On a real 1 MB file system that runs out of space: a clear message, earlier answers kept, file sound."""
    env = dict(os.environ, PYTHONPATH=str(SRC), PAPI_DATA_DIR=str(tmp_path / "data"))
    mnt = tmp_path / "small"
    mnt.mkdir()
    script = 'mount -t tmpfs -o size=1m tmpfs "$1" && exec "$2" -c "$3" "$1"'
    r = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", str(mnt), sys.executable, FULL_DISK_SCRIPT],
                       capture_output=True, text=True, env=env, encoding="utf-8")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert "ổ đĩa đã đầy" in out["error"]
    assert out == {"error": out["error"], "note": "đã lưu", "attachments": 0, "integrity": "ok"}


def test_database_replaced_while_running(demo_repo, tmp_path):
    """A different file put in place of the open database (restored by hand, copied over): writes are refused."""
    a, crit = draft_and_criterion(demo_repo)
    other = tmp_path / "other.sqlite3"
    Repository.open(other).close()
    os.replace(other, demo_repo.path)
    with pytest.raises(DatabaseMovedError):
        demo_repo.save_answer(a.id, Answer(crit.id, {"choice": "yes"}, note="vào tệp nào?"))
