"""Start the GUI: ``run_gui(db_path)`` for the command line, ``create_main_window(db_path)`` for tests and tools.

Start-up shows the window frame as soon as Qt is up, then imports the repository (sqlite-utils) and builds the
home page; the walk-through, review, wizard and settings are imported on first use, and reportlab, pyhanko and
openpyxl never at start (``tests/benchmarks/bench_startup.py`` measures it).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

from papi_desktop import APP_NAME


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv)
        app.setApplicationName(APP_NAME)
        app.setOrganizationName(APP_NAME)
    return app


def _window(db_path: str | Path):
    from papi_desktop.gui.i18n import install_language
    from papi_desktop.gui.main_window import MainWindow
    from papi_desktop.gui.prefs import UiPrefs, apply_zoom

    _application()
    prefs = UiPrefs()
    install_language(prefs.language)
    apply_zoom(prefs.zoom)
    return MainWindow(db_path, prefs)


def create_main_window(db_path: str | Path) -> QMainWindow:
    """Open the database at ``db_path`` and build the main window (not shown yet). Raises PapiError."""
    window = _window(db_path)
    window.load()
    return window


def show_main_window(db_path: str | Path, on_visible: Callable[[QMainWindow], None] | None = None) -> QMainWindow:
    """Show the window frame first, then open the database and fill it (what ``run_gui`` does).

    The frame appears as soon as Qt is up; the repository (sqlite-utils) and the views are loaded right after,
    while the user already sees the window. Raises PapiError when the data cannot be opened.
    """
    app = _application()
    window = _window(db_path)
    window.show()
    handle = window.windowHandle()
    for _ in range(100):
        app.processEvents()
        if handle is not None and handle.isExposed():
            break
    if on_visible:
        on_visible(window)
    window.load()
    return window


def _excepthook(exc_type, exc, tb) -> None:
    """Unexpected errors: logged, then one calm message — never a traceback on screen."""
    from papi_desktop.errors import PapiError
    from papi_desktop.gui import dialogs

    if isinstance(exc, PapiError):
        dialogs.show_error(QApplication.activeWindow(), exc)
        return
    try:
        from papi_desktop.logs import log_exception

        where = log_exception(exc)
    except Exception:  # logging must never make things worse
        where = "?"
    dialogs.show_error(QApplication.activeWindow(), PapiError(
        f"Lỗi không mong muốn ({exc_type.__name__}). Những gì đã lưu vẫn còn nguyên. Chi tiết đã ghi vào {where}.",
        f"Unexpected error ({exc_type.__name__}). Everything saved is intact. Details were written to {where}."))


def run_gui(db_path: str | Path) -> int:
    """Show the main window on ``db_path`` and run until it is closed; returns the exit code."""
    from papi_desktop.errors import PapiError

    app = _application()
    sys.excepthook = _excepthook
    try:
        window = show_main_window(db_path)
    except PapiError as exc:
        from papi_desktop.gui import dialogs

        dialogs.show_error(None, exc)
        return 1
    window.raise_()
    return app.exec()
