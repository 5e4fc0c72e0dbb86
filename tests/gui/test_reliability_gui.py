"""The GUI side of reliability: one window per data file, backups and restore from settings, the crash dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from papi_desktop.gui import app as gui_app
from papi_desktop.gui import dialogs
from papi_desktop.gui.settings_dialog import SettingsDialog
from papi_desktop.storage.backup import list_backups
from papi_desktop.storage.lock import acquire_instance_lock


def test_second_copy_on_the_same_data_gets_a_message(demo_db, user):
    """Starting the app on a data file another copy has open shows one sentence and exits 1 — no lock error."""
    held = acquire_instance_lock(demo_db)
    try:
        assert gui_app.run_gui(demo_db) == 1
    finally:
        held.release()
    [message] = user.kinds("error")
    assert "đang được mở" in message


def _settings(window):
    return SettingsDialog(window.repo, window.prefs, window.home.school_code(), window)


def test_back_up_now_makes_a_checked_copy_in_the_chosen_folder(demo_db, open_window, tmp_path, user):
    """'Sao lưu ngay' writes a backup into the folder set in the dialog and says where."""
    window = open_window(demo_db)
    dialog = _settings(window)
    dialog.backup.setText(str(tmp_path / "sao lưu"))
    dialog.keep.setValue(3)
    dialog.backup_now.click()
    made = list_backups(tmp_path / "sao lưu", demo_db)
    assert len(made) == 1 and made[0].stat().st_size > 0
    assert str(made[0]) in user.kinds("inform")[0]
    assert window.repo.get_setting("backup") == {"dir": str(tmp_path / "sao lưu"), "keep": 3}


def test_restore_from_settings_brings_back_deleted_work(demo_db, open_window, tmp_path, monkeypatch, user):
    """A draft deleted after a backup comes back when that backup is restored from the settings dialog."""
    window = open_window(demo_db)
    dialog = _settings(window)
    dialog.backup.setText(str(tmp_path))
    dialog.backup_now.click()
    [backup] = list_backups(tmp_path, demo_db)
    draft = next(a for a in window.repo.list_assessments() if not a.is_final)
    window.repo.delete_assessment(draft.id)
    monkeypatch.setattr(dialogs, "choose_backup", lambda *_a: str(backup))
    dialog.restore.click()
    assert dialog.restore_path == str(backup)
    window.restore_from_backup(dialog.restore_path)
    assert draft.id in {a.id for a in window.repo.list_assessments()}
    assert draft.id in {a.id for a in window.home.assessments}
    assert any("khôi phục" in m.lower() for m in user.kinds("inform"))


def test_restore_of_a_foreign_file_is_refused_and_changes_nothing(demo_db, open_window, tmp_path, user):
    """Restoring a file that is not a backup shows why, and the data stays as it was."""
    window = open_window(demo_db)
    before = {a.id for a in window.repo.list_assessments()}
    bogus = tmp_path / "ghi chú.sqlite3"
    bogus.write_text("không phải dữ liệu")
    window.restore_from_backup(bogus)
    assert user.kinds("error")
    assert {a.id for a in window.repo.list_assessments()} == before


def test_crash_dialog_copies_the_details(qtbot, monkeypatch):
    """An unexpected error shows a calm message with a button that copies the details for IT support."""
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            qtbot.wait(10)
            return answer()
        seen["text"] = box.text()
        next(b for b in box.buttons() if b.text() == "Sao chép chi tiết").click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(20, answer)
    dialogs.show_crash(None, "Traceback: ZeroDivisionError at line 3", ZeroDivisionError("x"))
    assert "ZeroDivisionError" in seen["text"] and "đã lưu" in seen["text"]
    assert QApplication.clipboard().text() == "Traceback: ZeroDivisionError at line 3"


@pytest.fixture(autouse=True)
def _vietnamese(monkeypatch):
    from papi_desktop.gui.i18n import install_language

    install_language("vi")
