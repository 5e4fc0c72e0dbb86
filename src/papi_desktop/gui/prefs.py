"""Per-user interface preferences (language, text size, window geometry, splitters, the folders file dialogs last
used) in this computer's settings file.

The file is :mod:`papi_desktop.storage.machine`'s ``may-nay.json`` in the app's data folder (``PAPI_DATA_DIR`` in
tests, so every test has its own), shared with the command line and never part of the database. Preferences of
older versions (the QSettings file ``giao-dien.ini``) are read once and moved there. Settings that belong to the
school's data (signer, receiving offices) are repository settings instead.
"""

from __future__ import annotations

import base64
import contextlib

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from papi_desktop.paths import data_dir
from papi_desktop.storage.machine import MachineSettings

ZOOMS = (100, 125, 150)
OLD_PREFS_FILE = "giao-dien.ini"
#: repository setting (kept on this computer): where the principal was (assessment, criterion, view)
RESUME_KEY = "gui.resume"


class UiPrefs:
    """Typed access to the per-user preferences."""

    def __init__(self):
        self._m = MachineSettings.for_this_computer()
        self._move_old_ini()

    def _move_old_ini(self) -> None:
        old = data_dir() / OLD_PREFS_FILE
        if not old.is_file() or self._m.ui("moved_from_ini"):
            return
        s = QSettings(str(old), QSettings.Format.IniFormat)
        for key in ("language", "zoom"):
            value = s.value(f"ui/{key}")
            if value is not None and self._m.ui(key) is None:
                self._m.set_ui(key, str(value))
        geometry = s.value("ui/geometry")
        if isinstance(geometry, QByteArray) and self._m.ui("geometry") is None:
            self.set_geometry(geometry)
        for group, is_bytes in (("splitters", True), ("folders", False)):
            s.beginGroup(group)
            for key in s.childKeys():
                value = s.value(key)
                if self._m.ui(f"{group}/{key}") is not None:
                    continue
                if is_bytes and isinstance(value, QByteArray):
                    self._set_bytes(f"{group}/{key}", value)
                elif not is_bytes and value:
                    self._m.set_ui(f"{group}/{key}", str(value))
            s.endGroup()
        self._m.set_ui("moved_from_ini", True)

    @property
    def language(self) -> str:
        value = str(self._m.ui("language", "vi"))
        return value if value in ("vi", "en") else "vi"

    @language.setter
    def language(self, value: str) -> None:
        self._m.set_ui("language", value)

    @property
    def zoom(self) -> int:
        try:
            value = int(self._m.ui("zoom", 100))
        except (TypeError, ValueError):
            value = 100
        return value if value in ZOOMS else 100

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._m.set_ui("zoom", int(value))

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._m.ui(key)
        if not isinstance(value, str):
            return None
        with contextlib.suppress(ValueError):
            return QByteArray(base64.b64decode(value, validate=True))
        return None

    def _set_bytes(self, key: str, value: QByteArray) -> None:
        self._m.set_ui(key, base64.b64encode(bytes(value)).decode("ascii"))

    @property
    def about_open(self) -> bool:
        """Whether criterion pages show «Về tiêu chí này» open (closed once, it stays closed on every page)."""
        return self._m.ui("about_open", True) is not False

    @about_open.setter
    def about_open(self, value: bool) -> None:
        self._m.set_ui("about_open", bool(value))

    def geometry(self) -> QByteArray | None:
        return self._bytes("geometry")

    def set_geometry(self, value: QByteArray) -> None:
        self._set_bytes("geometry", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        """Where the user left the divider of splitter ``name`` (e.g. the criteria pane), if anywhere."""
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        self._set_bytes(f"splitters/{name}", state)

    def last_folder(self, kind: str) -> str:
        """The folder a file dialog of ``kind`` (e.g. "evidence", "pdf", "import") was last used in ("" if never)."""
        value = self._m.ui(f"folders/{kind}", "")
        return value if isinstance(value, str) else ""

    def set_last_folder(self, kind: str, folder: str) -> None:
        self._m.set_ui(f"folders/{kind}", folder)


def apply_zoom(percent: int) -> None:
    """Scale the application font (text size for older eyes); layouts follow the font."""
    app = QApplication.instance()
    if app is None:
        return
    base = app.property("papi_base_point_size")
    if not base:
        base = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 9.0
        base = max(base, 10.0)  # an old PC's 9 pt default is too small for this audience
        app.setProperty("papi_base_point_size", base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * percent / 100)
    app.setFont(font)
    app.setProperty("papi_zoom", percent)


def current_zoom() -> int:
    app = QApplication.instance()
    value = app.property("papi_zoom") if app else None
    return int(value) if value else 100
