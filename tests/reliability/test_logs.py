"""Uncaught errors: logged to the rotating file, data left consistent, a text for the crash dialog."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from papi_desktop import __version__
from papi_desktop.errors import StorageError
from papi_desktop.logs import crash_report_text, install_excepthook, log_file, setup_logging
from papi_desktop.storage.repository import Repository
from tests.conftest import SRC


def raise_and_catch(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:
        return caught


def test_crash_report_text_has_what_it_to_needs(_isolated_data_dir):
    """The 'copy details' text names the app version, the error, the log file and the traceback."""
    exc = raise_and_catch(StorageError("Không ghi được: ổ đĩa đã đầy.", "Cannot write: the disk is full."))
    text = crash_report_text(exc)
    assert f"papi-desktop {__version__}" in text and "StorageError" in text
    assert "vi: Không ghi được: ổ đĩa đã đầy." in text and "Traceback" in text and "raise_and_catch" in text
    assert str(_isolated_data_dir / "papi-desktop.log") in text


def test_excepthook_logs_and_calls_the_dialog(monkeypatch):
    """An uncaught exception (main thread or worker thread) is logged and handed to the GUI's dialog."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    shown = []
    install_excepthook(lambda text, exc: shown.append((text, exc)))
    exc = raise_and_catch(ValueError("ô nhập liệu lạ"))
    sys.excepthook(type(exc), exc, exc.__traceback__)
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    assert [type(e) for _, e in shown] == [ValueError, ZeroDivisionError]
    assert "ô nhập liệu lạ" in shown[0][0]
    log = log_file().read_text(encoding="utf-8")
    assert "ValueError: ô nhập liệu lạ" in log and "ZeroDivisionError" in log


CRASHING_APP = """
import sys
from papi_desktop.core.model import Answer
from papi_desktop.logs import install_excepthook, setup_logging
from papi_desktop.storage.repository import Repository
setup_logging()
install_excepthook()
repo = Repository.open(sys.argv[1])
a = next(x for x in repo.list_assessments() if not x.is_final)
crit = repo.catalogue_of(a).criteria[0]
repo.save_answer(a.id, Answer(crit.id, {"choice": "yes"}, note="đã lưu"))
with repo.transaction():
    repo.db["settings"].insert({"key": "half-done", "value": "1"})
    raise RuntimeError("lỗi giữa chừng")
"""


def test_uncaught_error_in_a_write_rolls_back_and_is_logged(demo_repo, tmp_path, _isolated_data_dir):
    """A crash in the middle of a write: no traceback for the user, the log has it, the half write is gone."""
    path = demo_repo.path
    demo_repo.close()
    r = subprocess.run([sys.executable, "-c", CRASHING_APP, str(path)], capture_output=True, text=True,
                       encoding="utf-8", env=dict(os.environ, PYTHONPATH=str(SRC)))
    assert r.returncode == 1
    assert "Lỗi không mong muốn (RuntimeError)" in r.stderr and "Traceback" not in r.stderr
    assert "RuntimeError: lỗi giữa chừng" in (_isolated_data_dir / "papi-desktop.log").read_text(encoding="utf-8")
    with Repository.open(path) as repo:
        assert repo.get_setting("half-done") is None
        a = next(x for x in repo.list_assessments() if not x.is_final)
        assert repo.get_answers(a.id)[repo.catalogue_of(a).criteria[0].id].note == "đã lưu"
        assert repo.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_setup_logging_writes_in_the_data_folder(_isolated_data_dir):
    """The log file lives in the data folder."""
    assert setup_logging() == _isolated_data_dir / "papi-desktop.log"


def test_log_file_rotates_at_one_megabyte_keeping_three(_isolated_data_dir):
    """Records go to papi-desktop.log; past 1 MB it rotates, keeping the newest record and three older files."""
    import logging

    setup_logging()
    log = logging.getLogger("papi_desktop.test")
    for i in range(5000):
        log.warning("dòng %d %s", i, "x" * 900)
    path = _isolated_data_dir / "papi-desktop.log"
    assert "dòng 4999" in path.read_text(encoding="utf-8")
    assert sorted(p.name for p in _isolated_data_dir.glob("papi-desktop.log.*")) == [
        "papi-desktop.log.1", "papi-desktop.log.2", "papi-desktop.log.3"]
    assert all(p.stat().st_size <= 1_000_000 for p in _isolated_data_dir.glob("papi-desktop.log*"))
