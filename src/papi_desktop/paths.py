"""Where the app keeps its data: the user's data folder (platformdirs), overridable with ``--db`` or
``PAPI_DATA_DIR``; the portable copy keeps it beside the program (:mod:`papi_desktop.portable`). The sample data
("Xem thử với dữ liệu mẫu") has a file of its own beside the user's."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from papi_desktop import APP_NAME

DB_FILENAME = "papi.sqlite3"
SAMPLE_DB_FILENAME = "papi-mau.sqlite3"


def data_dir() -> Path:
    """``PAPI_DATA_DIR`` if set, else ``du-lieu`` beside a portable copy, else e.g. ``%LOCALAPPDATA%\\papi-desktop``
    or ``~/.local/share/papi-desktop``."""
    override = os.environ.get("PAPI_DATA_DIR")
    if override:
        return Path(override)
    from papi_desktop.portable import portable_data_dir

    portable = portable_data_dir(sys.executable, getattr(sys, "frozen", False))
    if portable is not None:
        return portable
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def sample_db_path() -> Path:
    """The sample database: never the user's own data file."""
    return data_dir() / SAMPLE_DB_FILENAME
