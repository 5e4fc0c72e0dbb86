"""The screenshot script runs, and the run_gui start path shows the frame before opening the data."""

from __future__ import annotations

from PySide6.QtGui import QImage

from papi_desktop.gui.app import show_main_window


def test_screenshot_script_renders_every_main_screen(tmp_path, qapp):
    """make_screenshots writes non-empty PNGs under 200 KB for every main screen (windows at least 600 px wide, the
    date field's calendar on its own), none larger than a 1366×768 screen's free area."""
    from .make_screenshots import MAX_BYTES, make_screenshots

    shots = make_screenshots(tmp_path)
    names = {p.name for p in shots}
    assert {"trang-chinh.png", "tieu-chi-theo-diem-truong.png", "tong-hop.png", "cai-dat.png",
            "ho-so-truong.png", "trang-chinh-150.png", "tieu-chi-ngay.png", "lich-chon-ngay.png"} <= names
    for p in shots:
        image = QImage(str(p))
        assert not image.isNull() and image.width() >= (200 if p.name == "lich-chon-ngay.png" else 600)
        assert image.width() <= 1366 and image.height() <= 768 - 40
        assert p.stat().st_size < MAX_BYTES


def test_frame_is_visible_before_the_data_is_opened(demo_db, qtbot):
    """show_main_window (used by run_gui) exposes the window first, then fills it from the database."""
    seen = {}

    def on_visible(window):
        seen["exposed"] = window.windowHandle().isExposed()
        seen["repo"] = window.repo

    window = show_main_window(demo_db, on_visible=on_visible)
    qtbot.addWidget(window)
    assert seen == {"exposed": True, "repo": None}
    assert window.repo is not None and window.home.table.rowCount() >= 1
