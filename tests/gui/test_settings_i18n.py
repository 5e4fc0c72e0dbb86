"""Settings, language switch, text size, translations and the placeholders of features still to come."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox

from papi_desktop.core.model import SIGNER_TITLES
from papi_desktop.gui.dialogs import confirm as REAL_CONFIRM  # bound before the stand-in replaces it
from papi_desktop.gui.prefs import UiPrefs, current_zoom
from papi_desktop.gui.settings_dialog import SIGNER_KEY, SettingsDialog
from papi_desktop.resources import resource_path

from ..conftest import SRC


def _open_draft(window):
    draft = next(a for a in window.home.assessments if not a.is_final)
    window.open_assessment(draft.id)
    return window.assessment_view


def _settings(window):
    return SettingsDialog(window.repo, window.prefs, window.home.school_code(), window)


def test_switching_to_english_keeps_the_place(demo_db, open_window):
    """English is applied at once — our texts and the catalogue's — at the same criterion."""
    window = open_window(demo_db)
    view = _open_draft(window)
    view.walkthrough.go_next()
    cid = view.walkthrough.current_id()
    assert view.home_button.text() == "◀ Trang &chính"
    dialog = _settings(window)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    window.apply_preferences()
    view = window.assessment_view
    assert view.home_button.text() == "◀ &Home"
    assert view.walkthrough.current_id() == cid
    criterion = window.session.catalogue.criterion(cid)
    assert view.walkthrough.pages[cid].title.text() == f"{cid}. {criterion.text.en}"
    assert UiPrefs().language == "en"
    dialog = _settings(window)
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    dialog.accept()
    window.apply_preferences()
    assert window.assessment_view.home_button.text() == "◀ Trang &chính"


def _clipped(root) -> list[str]:
    """Visible one-line labels and buttons narrower than their text needs."""
    out = []
    for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not w.isVisibleTo(root) or not w.text() or (isinstance(w, QLabel) and w.wordWrap()):
            continue
        if w.width() < w.minimumSizeHint().width() - 1:
            out.append(f"{type(w).__name__} «{w.text()}» {w.width()} < {w.minimumSizeHint().width()}")
    return out


def test_text_size_150_percent_enlarges_without_clipping(demo_db, open_window, qtbot):
    """At 150 % the font is 1.5× larger and no label or button on home or a criterion page is cut off."""
    window = open_window(demo_db)
    base = QApplication.font().pointSizeF()
    dialog = _settings(window)
    dialog.zoom.setCurrentIndex(dialog.zoom.findData(150))
    dialog.accept()
    window.apply_preferences()
    window.resize(1280, 860)
    qtbot.wait(50)
    assert current_zoom() == 150 and abs(QApplication.font().pointSizeF() - base * 1.5) < 0.01
    assert _clipped(window.home) == []
    view = _open_draft(window)
    qtbot.wait(50)
    assert _clipped(view) == []
    view.show_review()
    qtbot.wait(50)
    assert _clipped(view) == []


def test_signer_backup_folder_and_offices_are_saved(demo_db, open_window, tmp_path):
    """The signer is stored as {"name", "title"}; offices go to the school profile."""
    window = open_window(demo_db)
    dialog = _settings(window)
    school = window.repo.get_school(window.home.school_code())
    deputy = school.deputies[0]
    dialog.signer_name.setCurrentText(deputy)
    dialog.signer_title.setCurrentIndex(1)
    dialog.backup.setText(str(tmp_path))
    dialog.offices.setPlainText("UBND phường Buôn Ma Thuột\nSở Giáo dục và Đào tạo tỉnh Đắk Lắk")
    dialog.accept()
    assert window.repo.get_setting(SIGNER_KEY) == {"name": deputy, "title": SIGNER_TITLES[1]}
    assert window.repo.get_setting("backup")["dir"] == str(tmp_path)
    assert window.repo.get_school(school.code).receiving_offices == [
        "UBND phường Buôn Ma Thuột", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"]


def test_no_unfinished_vietnamese_translation():
    """Every entry of papi_desktop_vi.ts is translated, and the compiled .qm is shipped."""
    tree = ET.parse(resource_path("i18n", "papi_desktop_vi.ts"))
    unfinished = [m.find("source").text for m in tree.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not (m.find("translation").text or "").strip()]
    assert unfinished == []
    assert resource_path("i18n", "papi_desktop_vi.qm").stat().st_size > 1000


def test_message_box_buttons_are_in_vietnamese(qtbot):
    """The real confirm dialog shows our Vietnamese button texts (Qt has none)."""
    from papi_desktop.gui.i18n import install_language

    install_language("vi")
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.extend(b.text() for b in box.buttons())
            box.buttons()[0].click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    assert REAL_CONFIRM(None, "Xoá", "Xoá bản nháp?") is True
    assert sorted(seen) == ["Có", "Không"]


def test_export_of_a_draft_says_how_to_finalise(demo_db, open_window, user, monkeypatch):
    """On a draft, "Xuất tệp dữ liệu" explains in Vietnamese that only finalised assessments are exported."""
    from papi_desktop.gui import actions

    monkeypatch.setattr(actions, "save_file", lambda *a: "")
    window = open_window(demo_db)
    view = _open_draft(window)
    view.export_button.click()
    said = user.kinds("inform")
    assert "bản nháp" in said[0] and "Hoàn thành" in said[0]


def test_start_up_imports_no_heavy_library(demo_db):
    """Building the main window imports neither reportlab, pyhanko nor openpyxl."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from papi_desktop.gui.app import create_main_window\n"
        f"w = create_main_window({str(demo_db)!r}); w.show(); app.processEvents()\n"
        "print(sorted(m for m in ('reportlab', 'pyhanko', 'openpyxl', 'segno') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _mnemonics(window) -> list[str]:
    """Alt+letter keys of everything the user can see now (menu, buttons, buddy labels, tabs)."""
    import re

    from PySide6.QtWidgets import QTabBar

    texts = [a.text() for a in window.menuBar().actions()]
    for w in window.findChildren(QAbstractButton):
        if w.isVisibleTo(window) and w.isEnabled():
            texts.append(w.text())
    for w in window.findChildren(QLabel):
        if w.isVisibleTo(window) and w.buddy() is not None:
            texts.append(w.text())
    for bar in window.findChildren(QTabBar):
        if bar.isVisibleTo(window):
            texts += [bar.tabText(i) for i in range(bar.count())]
    keys = []
    for t in texts:
        m = re.search(r"&([^&\s])", t.replace("&&", ""))
        if m:
            keys.append(m.group(1).lower())
    return keys


def test_alt_keys_are_unique_on_each_screen(demo_db, open_window):
    """No two things visible at once share an Alt+letter (a shared one only moves focus between them)."""
    from papi_desktop.gui.i18n import install_language

    window = open_window(demo_db)
    for lang in ("vi", "en"):
        window.prefs.language = lang
        window.apply_preferences()
        keys = _mnemonics(window)
        assert len(keys) == len(set(keys)), (lang, "home", sorted(keys))
        view = _open_draft(window)
        keys = _mnemonics(window)
        assert len(keys) == len(set(keys)), (lang, "criterion", sorted(keys))
        view.show_review()
        keys = _mnemonics(window)
        assert len(keys) == len(set(keys)), (lang, "review", sorted(keys))
        window.go_home()
    install_language("vi")


def test_the_ts_file_holds_every_string_of_the_code(tmp_path):
    """pyside6-lupdate finds no string in gui/ that the committed .ts lacks (run it after changing texts)."""
    import shutil
    from pathlib import Path

    import pytest

    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    if not Path(tool).exists():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "copy.ts"
    shutil.copy(resource_path("i18n", "papi_desktop_vi.ts"), copy)
    sources = sorted(str(p) for p in (SRC / "papi_desktop" / "gui").rglob("*.py"))
    out = subprocess.run([tool, *sources, "-ts", str(copy), "-no-obsolete"], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert "(0 new and" in out.stdout + out.stderr, out.stdout + out.stderr
