"""The receiving office's part of the app ("Tổng hợp"): import schools' data files, dashboard, roster, summaries.

``create_office_window(db_path)`` builds the window (used by the main window's menu and by tests)."""

from __future__ import annotations

from pathlib import Path


def create_office_window(db_path: str | Path, parent=None):
    """The office window on the database at ``db_path`` (not shown yet). Raises PapiError."""
    from papi_desktop.gui.app import _application
    from papi_desktop.gui.office.window import OfficeWindow

    _application()
    if parent is None:  # on its own (tests, tools): the user's language and text size, as the main window does
        from papi_desktop.gui.i18n import install_language
        from papi_desktop.gui.prefs import UiPrefs, apply_zoom

        prefs = UiPrefs()
        install_language(prefs.language)
        apply_zoom(prefs.zoom)
    return OfficeWindow(db_path, parent)
