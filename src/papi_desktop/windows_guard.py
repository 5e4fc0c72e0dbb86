"""Before Qt loads: tell the school, in a native Windows message box, when this PC cannot run the window.

Qt 6 (so PySide6) runs on 64-bit Windows 10 version 1809 (build 17763) or later and on Windows 11. On an older
Windows 10 build, importing QtGui fails with "DLL load failed while importing QtGui", which means nothing to a
principal. :func:`require_supported_windows` runs before the GUI imports PySide6 and, on such a PC, shows one
message box in the user's language (Vietnamese by default) saying which Windows the app needs and what the school
can do, then the app exits with :data:`EXIT_UNSUPPORTED`. :func:`explain_qt_import_error` turns that ImportError
into the same message when it happens anyway. The installer (``.ci/installer.nsi``) checks the same before it
installs.

Reach: the frozen app is a 64-bit program built with Python 3.11. On 32-bit Windows it does not start at all
(Windows refuses it before any of our code runs), and on Windows 7 Python 3.11 itself cannot load; those PCs are
turned away by the installer with this same message. This guard covers the PCs where Python runs but Qt cannot:
Windows 8.1 and Windows 10 before 1809, and a 32-bit Python started from source.

Standard library only (``ctypes`` for ``MessageBoxW``); nothing here imports Qt. The decision
(:func:`windows_problem`) is a pure function so that tests can simulate every Windows.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

MIN_BUILD = 17763  # Windows 10 version 1809
EXIT_UNSUPPORTED = 3
# Windows 10 builds before 1809 and the version names people see in "Settings → System → About"
WIN10_VERSIONS = {10240: "1507", 10586: "1511", 14393: "1607", 15063: "1703", 16299: "1709", 17134: "1803"}
OLD_WINDOWS = {(6, 3): "Windows 8.1", (6, 2): "Windows 8", (6, 1): "Windows 7", (6, 0): "Windows Vista"}


@dataclass(frozen=True)
class WindowsProblem:
    """Why this PC cannot run the window: ``old`` (Windows too old), ``os32`` (32-bit Windows) or ``python32``
    (a 32-bit Python on 64-bit Windows, only when run from source), with the Windows that was found."""

    reason: str
    version: tuple[int, int]
    build: int

    def found(self, lang: str) -> str:
        """The Windows found, as its owner knows it: ``Windows 10 1803 (bản dựng 17134)``."""
        name = windows_name(self.version, self.build)
        word = "bản dựng" if lang == "vi" else "build"
        return f"{name} ({word} {self.build})" + (", 32-bit" if self.reason == "os32" else "")


def windows_name(version: tuple[int, int], build: int) -> str:
    """``(10, 0), 17134`` → ``Windows 10 1803``; ``(6, 1), 7601`` → ``Windows 7``; build 22000+ → Windows 11."""
    if version[0] >= 10:
        if build >= 22000:
            return "Windows 11"
        release = WIN10_VERSIONS.get(build)
        return f"Windows 10 {release}" if release else "Windows 10"
    return OLD_WINDOWS.get(version, f"Windows {version[0]}.{version[1]}")


def windows_problem(platform: str, version: tuple[int, int], build: int, machine: str,
                    python_bits: int) -> WindowsProblem | None:
    """None when this system can run the window, else what is wrong.

    ``platform`` is ``sys.platform``; ``version`` and ``build`` come from ``sys.getwindowsversion()``;
    ``machine`` is the processor architecture of Windows itself (``AMD64``, ``ARM64``, ``x86``); ``python_bits``
    is 64 or 32. Anything but Windows passes (the guard is about Windows only).
    """
    if platform != "win32":
        return None
    if machine.upper() in ("X86", "I386", "I686"):
        return WindowsProblem("os32", version, build)
    if version[0] < 10 or build < MIN_BUILD:
        return WindowsProblem("old", version, build)
    if python_bits < 64:
        return WindowsProblem("python32", version, build)
    return None


TEXTS = {
    "vi": {
        "title": "PAPI — máy tính này chưa chạy được ứng dụng",
        "damaged": "Không nạp được thư viện giao diện (Qt) của ứng dụng. Bản cài đặt có thể bị hỏng hoặc bị phần "
                   "mềm diệt virus chặn.\n\nHãy cài lại ứng dụng từ tệp cài đặt, hoặc nhờ cán bộ tin học kiểm tra.",
        "python32": "Ứng dụng cần Python 64-bit, nhưng máy đang chạy Python 32-bit (trên {found}).\n\nHãy cài "
                    "Python 64-bit từ python.org, hoặc dùng tệp cài đặt của ứng dụng (không cần Python).",
        "needs": "Ứng dụng PAPI cần Windows 10 phiên bản 1809 trở lên hoặc Windows 11, loại 64-bit.",
        "found": "Máy tính này đang chạy {found}.",
        "can": "Nhà trường có thể:",
        "ask": "• đề nghị cấp (hoặc mượn) một máy tính chạy Windows 10 (1809 trở lên) hoặc Windows 11, loại 64-bit;",
        "office": "• dùng máy tính của văn phòng nhà trường hoặc của cơ quan quản lý, nếu máy đó đủ điều kiện;",
        "update": "• nhờ cán bộ tin học cập nhật Windows (Windows Update) lên phiên bản mới.",
        "data": "Dữ liệu đã nhập ở máy khác không bị ảnh hưởng.",
    },
    "en": {
        "title": "PAPI — this PC cannot run the app",
        "damaged": "The app's window libraries (Qt) could not be loaded. The installation may be damaged or blocked "
                   "by antivirus software.\n\nReinstall the app from its installer, or ask IT to check.",
        "python32": "The app needs a 64-bit Python, but this is a 32-bit Python (on {found}).\n\nInstall the "
                    "64-bit Python from python.org, or use the app's installer (no Python needed).",
        "needs": "The PAPI app needs Windows 10 version 1809 or later, or Windows 11, 64-bit.",
        "found": "This PC runs {found}.",
        "can": "The school can:",
        "ask": "• ask for (or borrow) a PC with Windows 10 (1809 or later) or Windows 11, 64-bit;",
        "office": "• use the school office's PC or the education office's, if it meets this;",
        "update": "• ask IT to update Windows (Windows Update) to a newer version.",
        "data": "Data entered on another PC is not affected.",
    },
}


def message(problem: WindowsProblem | None, lang: str) -> tuple[str, str]:
    """``(title, text)`` of the message box: what the app needs, what was found, what the school can do.

    ``problem`` None means Windows is recent enough but Qt's libraries still did not load (a damaged or blocked
    installation). Windows Update is suggested only for an old 64-bit Windows 10 (the free way forward there)."""
    t = TEXTS["vi" if lang == "vi" else "en"]
    if problem is None:
        return t["title"], t["damaged"]
    found = problem.found(lang)
    if problem.reason == "python32":
        return t["title"], t["python32"].format(found=found)
    lines = [t["needs"], t["found"].format(found=found), "", t["can"], t["ask"], t["office"]]
    if problem.reason == "old" and problem.version[0] >= 10:
        lines.append(t["update"])
    return t["title"], "\n".join([*lines, "", t["data"]])


MB_OK_ICONERROR_FOREGROUND = 0x0 | 0x10 | 0x10000  # MB_OK | MB_ICONERROR | MB_SETFOREGROUND


def show_message_box(title: str, text: str, user32=None) -> None:
    """A native message box (``MessageBoxW``, no Qt); the text also goes to stderr for the command line.

    ``user32`` is ``ctypes.windll.user32`` unless a test passes a fake."""
    print(f"{title}\n{text}", file=sys.stderr)
    if user32 is None:
        if sys.platform != "win32":
            return
        import ctypes

        user32 = ctypes.windll.user32  # type: ignore[attr-defined]
    user32.MessageBoxW(None, text, title, MB_OK_ICONERROR_FOREGROUND)


def current_problem() -> WindowsProblem | None:
    """:func:`windows_problem` for the running system."""
    if sys.platform != "win32":
        return None
    v = sys.getwindowsversion()  # type: ignore[attr-defined]
    # a 32-bit process on 64-bit Windows sees x86 in PROCESSOR_ARCHITECTURE and the real one in ...W6432
    machine = os.environ.get("PROCESSOR_ARCHITEW6432") or os.environ.get("PROCESSOR_ARCHITECTURE", "AMD64")
    return windows_problem(sys.platform, (v.major, v.minor), v.build, machine, 64 if sys.maxsize > 2**32 else 32)


def _lang() -> str:
    from papi_desktop.errors import user_language

    return user_language()


def require_supported_windows(problem: WindowsProblem | None = None, box=None) -> int:
    """0 when this PC can run the window; otherwise shows the message and returns :data:`EXIT_UNSUPPORTED`.

    ``problem`` defaults to the running system's, ``box`` to :func:`show_message_box` (tests pass both)."""
    problem = problem if problem is not None else current_problem()
    if problem is None:
        return 0
    (box or show_message_box)(*message(problem, _lang()))
    return EXIT_UNSUPPORTED


def explain_qt_import_error(exc: ImportError, problem: WindowsProblem | None = None, box=None) -> int:
    """For ``DLL load failed while importing QtGui`` (or QtCore, Shiboken… — the caller imports only the GUI):
    show the message and return :data:`EXIT_UNSUPPORTED`. Any other ImportError is raised again (a bug, logged
    by the command line)."""
    if "DLL load failed" not in str(exc):
        raise exc
    (box or show_message_box)(*message(problem if problem is not None else current_problem(), _lang()))
    return EXIT_UNSUPPORTED
