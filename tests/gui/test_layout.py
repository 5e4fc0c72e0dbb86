"""Layout at 100/125/150 % on a 1366×768 screen: no text cut off, nothing to scroll sideways, no window too big."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from .layout import SCREENS, ZOOMS, problems, run_in_screen


def test_every_window_and_dialog_fits_at_every_text_size(tmp_path):
    """Home, first start, wizard pages, the assessment, its dialogs and the office tabs have no layout problem at
    100, 125 and 150 %, and each was rendered to a PNG (look at them: ``python tests/gui/layout.py --out DIR``)."""
    found = run_in_screen(tmp_path)
    assert {name.split("@")[1] for name in found} == {str(z) for z in ZOOMS}
    assert len(found) >= 3 * 20, sorted(found)
    assert {k: v for k, v in found.items() if v} == {}
    for name in found:
        shot, zoom = name.split("@")
        image = QImage(str(tmp_path / f"{shot}-{zoom}.png"))
        assert not image.isNull() and image.width() <= 1366 and image.height() <= 768 - 40


def test_the_checker_sees_clipped_text_sideways_scrolling_and_an_oversized_window(qtbot):
    """A label squeezed below its text, a button narrower than its text, a page wider than its scroll area and a
    window taller than a 1366×768 screen are each reported (so a clean result means something)."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = QLabel("Số giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019")
    label.setWordWrap(True)
    label.setFixedHeight(label.fontMetrics().height())  # room for one line of a text that needs two
    label.setFixedWidth(200)
    button = QPushButton("Đóng gói gửi cấp trên…")
    button.setFixedWidth(40)
    area = QScrollArea()
    wide = QWidget()
    wide.setMinimumWidth(2000)
    area.setWidget(wide)
    area.setFixedWidth(300)
    for w in (label, button, area):
        layout.addWidget(w)
    window.resize(400, 900)
    window.show()
    qtbot.waitExposed(window)
    found = "\n".join(problems(window))
    assert "needs" in found and "Số giáo viên" in found
    assert "Đóng gói" in found
    assert "scrolls sideways" in found
    assert "larger than the free area" in found


def test_the_screens_to_check_cover_both_roles():
    """The layout run looks at the first start, the principal's screens, the wizard and the office."""
    assert set(SCREENS) >= {"first_start", "principal", "wizard", "office"}
