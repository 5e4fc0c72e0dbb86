"""Every file dialog of the app: the platform's native dialog where there is one (Windows, and Linux desktops
with a platform theme), starting in a sensible folder — the last one used for that kind of file (remembered per
user, :class:`~papi_desktop.gui.prefs.UiPrefs`), else the user's Documents folder, never the program's folder.

``kind`` names what the dialog is for ("evidence", "pdf", "data-file", "import", "roster", "summary", "backup"…),
so choosing evidence photos does not move the folder where reports are saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

#: a file type is shown by its name ("Ảnh và văn bản"), not with its list of patterns, which is too wide to read
OPTIONS = QFileDialog.Option.HideNameFilterDetails


def documents_folder() -> str:
    """The user's Documents folder (home when the system has none)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


def start_folder(kind: str) -> str:
    """Where a dialog of ``kind`` opens: the last folder used for it, if it still exists, else Documents."""
    from papi_desktop.gui.prefs import UiPrefs

    last = UiPrefs().last_folder(kind)
    return last if last and Path(last).is_dir() else documents_folder()


def remember(kind: str, chosen: str, *, is_folder: bool = False) -> None:
    """Remember the folder of ``chosen`` (a file, or a folder) for the next dialog of ``kind``."""
    from papi_desktop.gui.prefs import UiPrefs

    if chosen:
        UiPrefs().set_last_folder(kind, str(Path(chosen) if is_folder else Path(chosen).parent))


def open_file_name(parent: QWidget | None, kind: str, title: str, filters: str, start: str = "") -> str:
    """One existing file ("" when cancelled); ``start`` overrides the remembered folder."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start or start_folder(kind), filters, options=OPTIONS)
    remember(kind, path)
    return path


def open_file_names(parent: QWidget | None, kind: str, title: str, filters: str) -> list[str]:
    """Existing files ([] when cancelled)."""
    files, _ = QFileDialog.getOpenFileNames(parent, title, start_folder(kind), filters, options=OPTIONS)
    if files:
        remember(kind, files[0])
    return files


def save_file_name(parent: QWidget | None, kind: str, title: str, suggested: str, filters: str) -> str:
    """Where to save a file, suggesting ``suggested`` in the start folder ("" when cancelled)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(start_folder(kind)) / suggested), filters,
                                          options=OPTIONS)
    remember(kind, path)
    return path


def existing_folder(parent: QWidget | None, kind: str, title: str, start: str = "") -> str:
    """A folder ("" when cancelled); ``start`` overrides the remembered folder."""
    folder = QFileDialog.getExistingDirectory(parent, title, start or start_folder(kind))
    remember(kind, folder, is_folder=True)
    return folder
