"""The Windows version guard: a PC that cannot run Qt 6 gets a native message box in Vietnamese, before Qt loads."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from papi_desktop import cli
from papi_desktop.windows_guard import (
    EXIT_UNSUPPORTED,
    WindowsProblem,
    explain_qt_import_error,
    message,
    require_supported_windows,
    show_message_box,
    windows_problem,
)
from tests.conftest import SRC

SUPPORTED = [
    ("Windows 10 1809", (10, 0), 17763, "AMD64"),
    ("Windows 10 22H2", (10, 0), 19045, "AMD64"),
    ("Windows 11 24H2", (10, 0), 26100, "AMD64"),
    ("Windows 11 on ARM", (10, 0), 22631, "ARM64"),
]
REFUSED = [
    ("Windows 7 SP1", (6, 1), 7601, "AMD64", "old", "Windows 7 (bản dựng 7601)"),
    ("Windows 8.1", (6, 3), 9600, "AMD64", "old", "Windows 8.1 (bản dựng 9600)"),
    ("Windows 10 1803", (10, 0), 17134, "AMD64", "old", "Windows 10 1803 (bản dựng 17134)"),
    ("Windows 10 1507", (10, 0), 10240, "AMD64", "old", "Windows 10 1507 (bản dựng 10240)"),
    ("32-bit Windows 10 22H2", (10, 0), 19045, "x86", "os32", "Windows 10 (bản dựng 19045), 32-bit"),
    ("32-bit Windows 7", (6, 1), 7601, "x86", "os32", "Windows 7 (bản dựng 7601), 32-bit"),
]


class FakeUser32:
    """Stands in for ``ctypes.windll.user32``: records each message box."""

    def __init__(self):
        self.boxes = []

    def MessageBoxW(self, hwnd, text, title, flags):
        self.boxes.append((hwnd, text, title, flags))
        return 1


@pytest.mark.parametrize(("name", "version", "build", "machine"), SUPPORTED, ids=[s[0] for s in SUPPORTED])
def test_supported_windows_passes(name, version, build, machine):
    """64-bit Windows 10 1809 and later, and Windows 11, are let through."""
    assert windows_problem("win32", version, build, machine, 64) is None


@pytest.mark.parametrize(("name", "version", "build", "machine", "reason", "found"), REFUSED,
                         ids=[r[0] for r in REFUSED])
def test_unsupported_windows_is_refused_naming_what_was_found(name, version, build, machine, reason, found):
    """Older Windows and 32-bit Windows are refused; the message names the Windows found and the one needed."""
    problem = windows_problem("win32", version, build, machine, 64)
    assert problem is not None and problem.reason == reason
    title, text = message(problem, "vi")
    assert found in text
    assert "Windows 10 phiên bản 1809 trở lên hoặc Windows 11, loại 64-bit" in text
    assert "máy tính của văn phòng" in text
    assert "PAPI" in title


def test_windows_update_is_suggested_only_for_windows_10():
    """An old Windows 10 can be updated for free; Windows 7 cannot, so only Windows 10 gets that advice."""
    _, win10 = message(windows_problem("win32", (10, 0), 17134, "AMD64", 64), "vi")
    _, win7 = message(windows_problem("win32", (6, 1), 7601, "AMD64", 64), "vi")
    assert "Windows Update" in win10 and "Windows Update" not in win7


def test_32_bit_python_on_64_bit_windows_is_told_to_use_64_bit_python():
    """Run from source with a 32-bit Python (no PySide6 wheel exists for it), the advice is the 64-bit Python."""
    problem = windows_problem("win32", (10, 0), 19045, "AMD64", 32)
    assert problem.reason == "python32"
    assert "Python 64-bit" in message(problem, "vi")[1]


def test_other_systems_are_never_refused():
    """Linux and macOS are not the guard's business."""
    assert windows_problem("linux", (0, 0), 0, "x86_64", 64) is None
    assert windows_problem("darwin", (0, 0), 0, "arm64", 64) is None


def test_english_message_for_english_users():
    """With the English language the box is in English and has no Vietnamese words."""
    title, text = message(windows_problem("win32", (6, 3), 9600, "AMD64", 64), "en")
    assert "Windows 8.1 (build 9600)" in text and "1809" in text and "thầy" not in text and "máy" not in text
    assert title.startswith("PAPI")


def test_guard_shows_one_native_box_and_exits_non_zero(monkeypatch, capsys):
    """On an unsupported PC: one MessageBoxW call with the Vietnamese text, also on stderr, and exit code 3."""
    fake = FakeUser32()
    monkeypatch.setenv("PAPI_LANG", "vi")
    problem = WindowsProblem("old", (10, 0), 17134)
    code = require_supported_windows(problem, box=lambda t, x: show_message_box(t, x, user32=fake))
    assert code == EXIT_UNSUPPORTED != 0
    [(hwnd, text, title, flags)] = fake.boxes
    assert title.startswith("PAPI")
    assert hwnd is None and "Windows 10 1803" in text and "cần Windows 10" in text
    assert flags & 0x10  # the error icon
    assert "cần Windows 10" in capsys.readouterr().err


def test_guard_is_silent_on_a_supported_pc():
    """Nothing is shown and 0 is returned when the PC is fine (here: not Windows)."""
    shown = []
    assert require_supported_windows(box=lambda *a: shown.append(a)) == 0 and shown == []


def test_qt_dll_error_gets_the_same_message():
    """'DLL load failed while importing QtGui' on an old Windows becomes the same message box, not a traceback."""
    shown = []
    exc = ImportError("DLL load failed while importing QtGui: The specified procedure could not be found.")
    problem = WindowsProblem("old", (10, 0), 16299)
    assert explain_qt_import_error(exc, problem, box=lambda t, x: shown.append(x)) == EXIT_UNSUPPORTED
    assert "Windows 10 1709" in shown[0] and "1809" in shown[0]


def test_qt_dll_error_on_a_recent_windows_says_the_installation_is_damaged(monkeypatch):
    """On a recent Windows the same DLL error means a damaged or blocked installation: the box says so."""
    shown = []
    monkeypatch.setenv("PAPI_LANG", "vi")
    exc = ImportError("DLL load failed while importing QtWidgets: The specified module could not be found.")
    explain_qt_import_error(exc, None, box=lambda t, x: shown.append(x))
    assert "cài lại" in shown[0] and "1809" not in shown[0]


def test_other_import_errors_are_not_disguised():
    """An ImportError that is not Qt's DLL failure is raised again (it is a bug to log, not an old PC)."""
    with pytest.raises(ImportError, match="no module"):
        explain_qt_import_error(ImportError("no module named foo"), box=lambda *a: None)


def test_gui_start_on_an_old_windows_stops_before_qt(tmp_path):
    """The window's start on an unsupported Windows returns exit code 3 and PySide6 is never imported."""
    code = (
        "import sys\n"
        "import papi_desktop.windows_guard as g\n"
        "g.current_problem = lambda: g.WindowsProblem('old', (6, 3), 9600)\n"
        "g.show_message_box = lambda title, text: print(text, file=sys.stderr)\n"
        "from papi_desktop.cli import main\n"
        "rc = main([])\n"
        "print(rc, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen", PAPI_LANG="vi",
               PAPI_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout.split() == [str(EXIT_UNSUPPORTED), "False"], out.stdout + out.stderr
    assert "Windows 8.1" in out.stderr


def test_papi_file_alone_on_the_command_line_opens_it_at_the_office(monkeypatch, tmp_path):
    """`papi-desktop FILE.papi` (a double click) and `--open FILE.papi` start the window importing that file."""
    import papi_desktop.gui.app as gui_app

    started = []
    monkeypatch.setattr(gui_app, "run_gui", lambda db, open_file=None: started.append((db, open_file)) or 0)
    monkeypatch.setattr(cli, "has_display", lambda: True)
    db = tmp_path / "x.sqlite3"
    assert cli.main(["--db", str(db), "--open", "truong-a.papi"]) == 0
    assert cli.main([str(tmp_path / "TRUONG-B.PAPI"), "--db", str(db)]) == 0
    assert started == [(db, "truong-a.papi"), (db, str(tmp_path / "TRUONG-B.PAPI"))]
