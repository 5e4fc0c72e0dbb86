"""Start the GUI: ``run_gui(db_path)`` for the command line, ``create_main_window(db_path)`` for tests and tools.

Start-up shows the window frame as soon as Qt is up, then imports the repository (sqlite-utils) and builds the
home page; the walk-through, review, wizard and settings are imported on first use, and reportlab, pyhanko and
openpyxl never at start (``tests/benchmarks/bench_startup.py`` measures it).
"""

from __future__ import annotations

import os
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


def _show_crash(details: str, exc: BaseException) -> None:
    """The crash dialog of :func:`papi_desktop.logs.install_excepthook`: PapiErrors get their own sentence."""
    from papi_desktop.errors import PapiError
    from papi_desktop.gui import dialogs

    parent = QApplication.activeWindow()
    if isinstance(exc, PapiError):
        dialogs.show_error(parent, exc)
    else:
        dialogs.show_crash(parent, details, exc)


def _daily_backup(window) -> None:
    from papi_desktop.storage.backup import daily_backup

    if window.repo is not None and not window.is_sample:  # the sample data needs no backups
        daily_backup(window.repo)  # failures are logged by the backup module, never shown as errors


def open_at_office(window, path: str | Path) -> QMainWindow:
    """A double-clicked ``.papi`` file: the receiving office's window on this database, importing that file."""
    office = window.open_office()
    office.tabs.setCurrentWidget(office.import_panel)
    office.import_panel.start([str(path)])
    return office


def run_gui(db_path: str | Path, open_file: str | Path | None = None) -> int:
    """Show the main window on ``db_path`` and run until it is closed; returns the exit code.

    Takes the one-writer lock of the data file first (a second window on the same file gets a clear message),
    makes the backup of the day once the window is up, and shows unexpected errors in the crash dialog.
    ``open_file`` (a ``.papi`` file) is imported at once in the office window (:func:`open_at_office`).
    """
    from PySide6.QtCore import QTimer

    from papi_desktop.errors import PapiError
    from papi_desktop.gui import dialogs
    from papi_desktop.logs import install_excepthook
    from papi_desktop.storage.lock import acquire_instance_lock

    app = _application()
    install_excepthook(show=_show_crash)
    try:
        lock = acquire_instance_lock(db_path)
    except PapiError as exc:
        dialogs.show_error(None, exc)
        return 1
    window = None
    try:
        window = show_main_window(db_path)
        window.instance_lock = lock  # a restore from a backup swaps it for a new one
        window.raise_()
        if open_file:
            open_at_office(window, open_file)
        QTimer.singleShot(1500, lambda: _daily_backup(window))
        if os.environ.get("PAPI_QUIT_WHEN_SHOWN") == "1":  # tests/benchmarks/bench_frozen_startup.py
            QTimer.singleShot(0, app.quit)
        return app.exec()
    except PapiError as exc:
        dialogs.show_error(None, exc)
        return 1
    finally:
        (window.instance_lock if window is not None and window.instance_lock else lock).release()
