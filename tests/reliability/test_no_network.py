"""The app never uses the network: the CLI pipeline and the GUI start open no internet socket, do no DNS."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from papi_desktop import cli
from tests.conftest import SRC
from tests.reliability.netguard import network_guard


def run(*args: str) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return cli.main(list(args))


def commands() -> set[str]:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return set(sub.choices)


def pipeline(tmp: Path) -> list[list[str]]:
    """Every CLI step this branch has; steps of commands merged later (report, export, import) join in."""
    db, db2 = str(tmp / "a.sqlite3"), str(tmp / "b.sqlite3")
    steps = [["demo", "--db", db], ["list", "--db", db, "--json"], ["selftest"], ["backup", "--db", db],
             ["backup", "--db", db, "--out", str(tmp / "copy.sqlite3")]]
    have = commands()
    if "report" in have:  # placeholders are filled in when the step runs
        steps.append(["report", "--db", db, "--assessment", "{final}", "--out", str(tmp / "r.pdf")])
    if "export" in have:
        steps.append(["export", "--db", db, "--all", "--out-dir", str(tmp / "out")])
    if "import" in have:
        steps.append(["import", "--db", db2, "{exported}"])
    steps.append(["restore", "--db", db, str(tmp / "copy.sqlite3")])
    return steps


def test_guard_detects_a_socket():
    """The detector itself works: an internet socket and a DNS lookup inside the guard are reported."""
    with network_guard() as seen:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        with contextlib.suppress(OSError):
            socket.getaddrinfo("localhost", 80)
        s.close()
    assert any("socket.__new__" in e for e in seen) and any("getaddrinfo" in e for e in seen)


def test_cli_pipeline_uses_no_network(tmp_path):
    """demo, list, selftest, backup, restore (and report/export/import where present) open no internet socket."""
    ran = []
    with network_guard() as seen:
        for step in pipeline(tmp_path):
            if "{final}" in step:
                from papi_desktop.storage.repository import Repository

                with Repository.open(step[step.index("--db") + 1]) as r:
                    final = next(a.id for a in r.list_assessments() if a.is_final)
                step = [final if s == "{final}" else s for s in step]
            if "{exported}" in step:
                files = sorted(str(p) for p in (tmp_path / "out").glob("*")) or [str(tmp_path / "none")]
                step = [x for s in step for x in (files if s == "{exported}" else [s])]
            assert run(*step) == 0, step
            ran.append(step[0])
    assert seen == [], seen
    assert {"demo", "list", "selftest", "backup", "restore"} <= set(ran)


def test_gui_start_uses_no_network(tmp_path, qtbot):
    """Starting the GUI (main window shown, event loop running) opens no internet socket."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from papi_desktop.gui import app as gui_app

    db = tmp_path / "g.sqlite3"
    assert run("demo", "--db", str(db)) == 0
    with network_guard() as seen:
        if hasattr(gui_app, "create_main_window"):
            window = gui_app.create_main_window(db)
            qtbot.addWidget(window)
            window.show()
            qtbot.wait(500)
            window.close()
        else:  # the placeholder GUI: run its event loop for half a second
            QTimer.singleShot(500, QApplication.instance().quit)
            assert gui_app.run_gui(db) == 0
    assert seen == [], seen


STRACE_SCRIPT = """
import os, socket, sys
socket.socket(socket.AF_UNIX).close()  # proves the trace sees socket() calls
from papi_desktop import cli
db = os.path.join(sys.argv[1], "s.sqlite3")
for step in (["demo", "--db", db], ["list", "--db", db], ["selftest"], ["backup", "--db", db]):
    assert cli.main(step) == 0, step
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from papi_desktop.gui import app as gui_app
qapp = QApplication.instance() or QApplication([])
if hasattr(gui_app, "create_main_window"):
    w = gui_app.create_main_window(db)
    w.show()
    QTimer.singleShot(800, qapp.quit)
    qapp.exec()
else:
    QTimer.singleShot(800, qapp.quit)
    gui_app.run_gui(db)
"""


def _strace_works() -> bool:
    if not shutil.which("strace"):
        return False
    return subprocess.run(["strace", "-f", "-o", os.devnull, "true"], capture_output=True).returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _strace_works(), reason="needs strace (system package 'strace') and ptrace permission")
def test_no_internet_socket_at_system_call_level(tmp_path):
    """Under strace, the CLI and the GUI start (Qt's C++ code included) create no AF_INET/AF_INET6 socket."""
    trace = tmp_path / "trace.txt"
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen", PAPI_DATA_DIR=str(tmp_path / "d"))
    r = subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket,connect,bind,sendto", "-o", str(trace),
                        sys.executable, "-c", STRACE_SCRIPT, str(tmp_path)], capture_output=True, text=True,
                       env=env, timeout=180)
    assert r.returncode == 0, r.stderr[-2000:]
    calls = trace.read_text().splitlines()
    assert any("AF_UNIX" in c for c in calls), "strace saw no socket() call at all"
    bad = [c for c in calls if "AF_INET" in c]
    assert bad == [], bad[:10]
