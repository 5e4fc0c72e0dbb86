"""The GUI's entry in ``papi-desktop selftest``: Qt's widget libraries load, the Vietnamese translation works and
names sort in Vietnamese order (a ă â … d đ; on Linux this proves the bundle's trimmed ICU data kept it).

Runs without a display (no window is created), so it also proves a frozen bundle carries Qt and the .qm file.
"""

from __future__ import annotations


def check_gui() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QWidget  # noqa: F401 - proves the widget libraries load

    from papi_desktop.gui.i18n import sort_vi
    from papi_desktop.resources import resource_path

    qm = resource_path("i18n", "papi_desktop_vi.qm")
    translator = QTranslator()
    if not translator.load(str(qm)):
        raise FileNotFoundError(f"cannot load {qm}")
    yes = translator.translate("Dialogs", "Yes")
    if yes != "Có":
        raise RuntimeError(f"Vietnamese translation broken: 'Yes' -> {yes!r}")
    order = sort_vi(["Đức", "Ân", "Dũng", "Anh", "Ăn"])
    if order != ["Anh", "Ăn", "Ân", "Dũng", "Đức"]:
        raise RuntimeError(f"Vietnamese sort order broken: {order}")
    return f"PySide6 {pyside_version}, tiếng Việt OK (bản dịch, thứ tự a ă â d đ)"
