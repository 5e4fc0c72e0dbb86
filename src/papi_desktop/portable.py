"""The portable copy (a zip for PCs where nothing may be installed): its data lives beside the program.

The portable zip ships :data:`MARKER` next to ``papi-desktop.exe``. When the frozen app finds it there, its data
folder is :data:`DATA_FOLDER` in the same folder (database, backups, log, preferences), so everything travels with
the folder (a USB stick, a PC whose profile is wiped at every restart) and a copy of the folder is a complete
backup. Without the marker (the installed app, or after deleting the file) the normal data folder is used.
``PAPI_DATA_DIR`` and ``--db`` still win. Only a frozen app looks for the marker: a Python started from source is
never "portable".
"""

from __future__ import annotations

from pathlib import Path

MARKER = "papi-desktop-portable.txt"
DATA_FOLDER = "du-lieu"
MARKER_TEXT = (
    "Bản chạy không cần cài đặt (portable) của ứng dụng PAPI.\r\n"
    f"Vì có tệp này, dữ liệu được lưu trong thư mục \"{DATA_FOLDER}\" bên cạnh papi-desktop.exe: hãy giải nén "
    "vào nơi được phép ghi (Màn hình nền, Tài liệu, USB) và sao chép cả thư mục khi muốn mang dữ liệu sang máy "
    "khác. Xoá tệp này thì ứng dụng lưu dữ liệu ở thư mục dữ liệu thông thường (%LOCALAPPDATA%\\papi-desktop).\r\n"
)


def portable_data_dir(executable: str | Path, frozen: bool) -> Path | None:
    """``<folder of executable>/du-lieu`` when ``frozen`` and the marker lies beside ``executable``, else None."""
    if not frozen:
        return None
    folder = Path(executable).resolve().parent
    return folder / DATA_FOLDER if (folder / MARKER).is_file() else None
