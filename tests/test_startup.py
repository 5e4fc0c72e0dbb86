"""Starting the app only reads, with the standard library: the home page loads no sqlite-utils and no heavy library;
the first write still goes through sqlite-utils' transactions and the "file was moved" guard."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from papi_desktop.errors import DatabaseMovedError
from papi_desktop.storage.repository import Repository
from tests.conftest import SRC

#: libraries the home page must not import (each costs tens of milliseconds and megabytes on a slow PC)
NOT_AT_START = ("sqlite_utils", "reportlab", "pyhanko", "openpyxl", "segno", "fastjsonschema", "logging.handlers")

# the real start (papi-desktop --db FILE), ended as soon as the window is shown; then what it shows and imported
START = """
import json, sys
from papi_desktop import cli
from papi_desktop.gui import app
windows = []
real = app.show_main_window
app.show_main_window = lambda *a, **k: windows.append(real(*a, **k)) or windows[-1]
code = cli.main(sys.argv[1:])
w = windows[0]
print(json.dumps({"code": code, "session": w.session is not None, "rows": w.home.table.rowCount(),
                  "welcome": not w.home.welcome.isHidden(), "modules": sorted(sys.modules)}))
"""


def start_app(db, data_dir) -> dict:
    env = dict(os.environ, PYTHONPATH=str(SRC), PAPI_DATA_DIR=str(data_dir), PAPI_QUIT_WHEN_SHOWN="1",
               QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", START, "--db", str(db)], capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.splitlines()[-1])


def loaded(result: dict, names=NOT_AT_START) -> list[str]:
    return [n for n in names if n in result["modules"]]


def test_home_page_start_imports_no_sqlite_utils_or_heavy_library(demo_repo, _isolated_data_dir):
    """The usual start (a school with assessments) shows the filled home page without importing sqlite-utils,
    reportlab, pyHanko, openpyxl, segno, fastjsonschema or logging.handlers."""
    path = demo_repo.path
    demo_repo.close()
    result = start_app(path, _isolated_data_dir)
    assert result["code"] == 0 and result["rows"] >= 1 and not result["session"] and not result["welcome"]
    assert loaded(result) == []


def test_resumed_start_reads_without_sqlite_utils(demo_repo, _isolated_data_dir):
    """A start that reopens the assessment the principal was in loads its catalogue, but still writes nothing and
    imports no sqlite-utils."""
    from papi_desktop.gui.prefs import RESUME_KEY

    draft = next(a for a in demo_repo.list_assessments() if not a.is_final)
    last = demo_repo.catalogue_of(draft).criteria[-1].id
    demo_repo.set_setting(RESUME_KEY, {"assessment": draft.id, "criterion": last, "view": "walk"})
    path = demo_repo.path
    demo_repo.close()
    result = start_app(path, _isolated_data_dir)
    assert result["code"] == 0 and result["session"]
    assert loaded(result, ("sqlite_utils", "reportlab", "pyhanko", "openpyxl", "segno")) == []


def test_first_start_creates_the_schema_and_shows_the_welcome(tmp_path, _isolated_data_dir):
    """On an empty data folder the migrations create the database (through sqlite-utils) and the welcome shows."""
    db = tmp_path / "moi" / "papi.sqlite3"
    result = start_app(db, _isolated_data_dir)
    assert result["code"] == 0 and result["welcome"]
    assert "sqlite_utils" in result["modules"] and loaded(result, NOT_AT_START[1:]) == []
    with Repository.open(db) as repo:
        assert repo.list_schools() == [] and repo.list_assessments() == []


READ_THEN_WRITE = """
import json, sys
from papi_desktop.storage.repository import Repository
repo = Repository.open(sys.argv[1])
schools = len(repo.list_schools())
assessments = repo.list_assessments()
repo.get_answers(assessments[0].id)
repo.get_setting("gui.current_school")
before = "sqlite_utils" in sys.modules
try:
    with repo.transaction() as db:  # the first write: a transaction that fails half-way
        db["settings"].upsert({"key": "half", "value": "1"}, pk="key")
        raise RuntimeError("stop")
except RuntimeError:
    pass
import sqlite_utils
rolled_back = repo.get_setting("half") is None
repo.set_setting("whole", 1)
print(json.dumps({"schools": schools, "sqlite_utils_before_write": before, "rolled_back": rolled_back,
                  "written": repo.get_setting("whole"), "same_connection": repo.db.conn is repo.conn,
                  "sqlite_utils_database": isinstance(repo.db, sqlite_utils.Database)}))
"""


def test_reads_need_no_sqlite_utils_and_the_first_write_is_its_transaction(demo_repo):
    """Reading schools, assessments, answers and settings imports no sqlite-utils; the first write is a
    sqlite-utils transaction on the same connection (rolled back whole when it fails, committed when it ends)."""
    path = demo_repo.path
    demo_repo.close()
    out = subprocess.run([sys.executable, "-c", READ_THEN_WRITE, str(path)], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(SRC)), timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"schools": 6, "sqlite_utils_before_write": False, "rolled_back": True,
                                      "written": 1, "same_connection": True, "sqlite_utils_database": True}


def test_first_write_after_the_file_was_moved_is_refused_with_a_rescue_copy(demo_repo, _isolated_data_dir):
    """A database opened and only read, then deleted under the app: the first save is refused and what the
    connection still holds is copied out."""
    path = demo_repo.path
    demo_repo.close()
    repo = Repository.open(path)
    schools = repo.list_schools()
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    with pytest.raises(DatabaseMovedError):
        repo.set_setting("after", 1)
    rescue = repo.db.rescued
    assert rescue is not None and rescue.parent == _isolated_data_dir / "backups"
    repo.close()
    with Repository.open(rescue) as saved:
        assert [s.code for s in saved.list_schools()] == [s.code for s in schools]
