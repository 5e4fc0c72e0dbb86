"""Interface preferences share this computer's settings file; those of older versions are moved there once."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from papi_desktop.gui.prefs import OLD_PREFS_FILE, UiPrefs


def test_old_ini_preferences_are_moved_once(_isolated_data_dir):
    """Language, text size, window geometry, splitters and folders of the old giao-dien.ini are read once into
    may-nay.json."""
    old = QSettings(str(_isolated_data_dir / OLD_PREFS_FILE), QSettings.Format.IniFormat)
    old.setValue("ui/language", "en")
    old.setValue("ui/zoom", 150)
    old.setValue("ui/geometry", QByteArray(b"\x01\x02geometry"))
    old.setValue("splitters/criteria-pane", QByteArray(b"\x00\xffpane"))
    old.setValue("folders/import", "D:/Ho so truong")
    old.sync()
    prefs = UiPrefs()
    assert (prefs.language, prefs.zoom, bytes(prefs.geometry())) == ("en", 150, b"\x01\x02geometry")
    assert bytes(prefs.splitter_state("criteria-pane")) == b"\x00\xffpane"
    assert prefs.last_folder("import") == "D:/Ho so truong" and prefs.last_folder("pdf") == ""
    prefs.language = "vi"
    assert UiPrefs().language == "vi"  # moved once: the old file no longer decides
    assert (_isolated_data_dir / "may-nay.json").is_file()
