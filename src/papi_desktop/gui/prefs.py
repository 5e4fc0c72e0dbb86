"""Per-user interface preferences (language, text size, window geometry) in a QSettings INI file.

The file lives in the app's data folder (``PAPI_DATA_DIR`` in tests, so every test has its own). Settings that
belong to the school's data (signer, backup folder, where the principal was) are repository settings instead.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from papi_desktop.paths import data_dir

ZOOMS = (100, 125, 150)
PREFS_FILE = "giao-dien.ini"
#: repository setting: where the principal was (assessment, criterion, view), written on every navigation
RESUME_KEY = "gui.resume"


class UiPrefs:
    """Typed access to the per-user preferences."""

    def __init__(self):
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self._s = QSettings(str(folder / PREFS_FILE), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", "vi"))
        return value if value in ("vi", "en") else "vi"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)
        self._s.sync()

    @property
    def zoom(self) -> int:
        try:
            value = int(self._s.value("ui/zoom", 100))
        except (TypeError, ValueError):
            value = 100
        return value if value in ZOOMS else 100

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._s.setValue("ui/zoom", int(value))
        self._s.sync()

    def geometry(self) -> QByteArray | None:
        value = self._s.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._s.setValue("ui/geometry", value)
        self._s.sync()

    def splitter_state(self, name: str) -> QByteArray | None:
        """Where the user left the divider of splitter ``name`` (e.g. the criteria pane), if anywhere."""
        value = self._s.value(f"splitters/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        self._s.setValue(f"splitters/{name}", state)
        self._s.sync()

    def last_folder(self, kind: str) -> str:
        """The folder a file dialog of ``kind`` (e.g. "evidence", "pdf", "import") was last used in ("" if never)."""
        return str(self._s.value(f"folders/{kind}", "") or "")

    def set_last_folder(self, kind: str, folder: str) -> None:
        self._s.setValue(f"folders/{kind}", folder)
        self._s.sync()


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
