"""The portable copy keeps its data beside the program when its marker file is there; otherwise nothing changes."""

from __future__ import annotations

import sys

from papi_desktop.paths import data_dir, default_db_path
from papi_desktop.portable import DATA_FOLDER, MARKER, portable_data_dir


def _copy(tmp_path, marker: bool):
    folder = tmp_path / "papi-desktop"
    folder.mkdir(parents=True)
    exe = folder / "papi-desktop.exe"
    exe.write_bytes(b"MZ")
    if marker:
        (folder / MARKER).write_text("portable", encoding="utf-8")
    return exe


def test_frozen_copy_with_the_marker_keeps_data_beside_the_exe(tmp_path):
    """Unzipped portable copy: the data folder is du-lieu next to papi-desktop.exe."""
    exe = _copy(tmp_path, marker=True)
    assert portable_data_dir(exe, frozen=True) == exe.parent.resolve() / DATA_FOLDER


def test_without_the_marker_or_unfrozen_the_normal_folder_is_used(tmp_path):
    """The installed app (no marker) and a Python run from source are never portable."""
    assert portable_data_dir(_copy(tmp_path / "a", marker=False), frozen=True) is None
    assert portable_data_dir(_copy(tmp_path / "b", marker=True), frozen=False) is None


def test_data_dir_follows_the_portable_copy_and_the_override_still_wins(tmp_path, monkeypatch):
    """data_dir(): PAPI_DATA_DIR first, then the portable folder, then the user's data folder."""
    exe = _copy(tmp_path, marker=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setenv("PAPI_DATA_DIR", str(tmp_path / "override"))
    assert data_dir() == tmp_path / "override"
    monkeypatch.delenv("PAPI_DATA_DIR")
    assert default_db_path() == exe.parent.resolve() / DATA_FOLDER / "papi.sqlite3"
    (exe.parent / MARKER).unlink()
    assert DATA_FOLDER not in data_dir().parts
