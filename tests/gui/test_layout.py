"""Layout at 100/125/150 % on a 1366×768 screen: no text cut off, nothing to scroll sideways, no window too big."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.core.catalogue import catalogue_for

from .layout import SCREENS, ZOOMS, problems, run_in_screen


def test_every_window_dialog_and_criterion_page_fits_at_every_text_size(tmp_path):
    """Home, first start, wizard pages, the assessment, every dialog of the principal's window, the office tabs and
    every criterion page of both catalogues (one and three campuses; empty, filled, wrong, "không áp dụng";
    maximised) have no layout problem at 100, 125 and 150 %, and in English at 150 %; the windows and dialogs were
    rendered to PNGs (look at them, and at every criterion page: ``python tests/gui/layout.py --out DIR``)."""
    found = run_in_screen(tmp_path, quick=True)
    assert {name.split("@")[1] for name in found} == {str(z) for z in ZOOMS} | {f"en-{ZOOMS[-1]}"}
    assert {k: v for k, v in found.items() if v} == {}
    pages = {name for name in found if name.startswith("tieu-chi-")}
    for version in ("2025.1", "2026.1"):
        criteria = catalogue_for("papi-tieu-hoc", version).criteria
        ids, per_campus = [c.id for c in criteria], [c.id for c in criteria if c.answer.per_campus]
        for tag in (*map(str, ZOOMS), f"en-{ZOOMS[-1]}"):
            for state in ("trong", "day-du", "sai"):
                assert {f"tieu-chi-{version}-1dt-{state}-{cid}@{tag}" for cid in ids} <= pages
                assert {f"tieu-chi-{version}-3dt-{state}-{cid}@{tag}" for cid in per_campus} <= pages
            assert f"tieu-chi-{version}-1dt-sai-TH.07-phong-to@{tag}" in pages
            assert any(name.startswith(f"tieu-chi-{version}-1dt-khong-ap-dung-") and name.endswith(f"@{tag}")
                       for name in pages)
    assert {"hoan-thanh", "mo-lai", "nam-hoc-moi", "cai-dat", "minh-chung-chon-tep", "xuat-xong"} <= {
        name.split("@")[0] for name in found}
    for name in set(found) - pages:
        shot, tag = name.split("@")
        image = QImage(str(tmp_path / f"{shot}-{tag}.png"))
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
    tree = QTreeWidget()
    tree.setHeaderHidden(True)
    tree.addTopLevelItem(QTreeWidgetItem(["TH.02  Nhà vệ sinh sạch sẽ: loại hợp vệ sinh, dùng được và tách riêng"]))
    tree.setFixedWidth(200)
    tabs = QTabWidget()
    for title in ("Trả lời", "Tổng hợp và kế hoạch", "Ý kiến cha mẹ học sinh"):
        tabs.addTab(QWidget(), title)
    tabs.setFixedWidth(200)
    files = QListWidget()
    files.addItem("Biên bản họp hội đồng trường về kế hoạch năm học 2025-2026 (bản ký).pdf")
    files.setFixedWidth(200)
    for w in (label, button, area, tree, tabs, files):
        layout.addWidget(w)
    window.resize(400, 900)
    window.show()
    qtbot.waitExposed(window)
    found = "\n".join(problems(window))
    assert "needs" in found and "Số giáo viên" in found
    assert "Đóng gói" in found
    assert "scrolls sideways" in found
    assert "larger than the free area" in found
    assert "item «TH.02" in found  # cut short with "…"
    assert "tab «Ý kiến" in found
    assert "QListWidget scrolls sideways" in found


def test_the_screens_to_check_cover_both_roles():
    """The layout run looks at the first start, the principal's screens and dialogs, the wizard, the office and
    every criterion page."""
    assert set(SCREENS) >= {"first_start", "principal", "dialogs", "wizard", "office", "review_loop", "criterion_pages"}


def test_a_caption_with_a_shortcut_letter_stays_on_its_one_line(qtbot):
    """"&Tên trường:" in a form: Qt's own label is drawn on two lines in a row one line high (the checker says so);
    the app's Caption asks for the room it is drawn in, and short captions are not wrapped into two lines."""
    from PySide6.QtWidgets import QFormLayout, QLineEdit

    from papi_desktop.gui.widgets import Caption

    found = {}
    for kind in (QLabel, Caption):
        window = QWidget()
        qtbot.addWidget(window)
        form = QFormLayout(window)
        for text in ("&Tên trường:", "Tên &viết tắt trên văn bản:"):
            field = QLineEdit()
            label = Caption(text, field) if kind is Caption else QLabel(text)
            if kind is QLabel:
                label.setWordWrap(True)
                label.setBuddy(field)
            form.addRow(label, field)
        window.resize(700, 200)
        window.show()
        qtbot.waitExposed(window)
        found[kind] = problems(window)
        if kind is Caption:
            assert all(label.height() < 2 * label.fontMetrics().height() for label in window.findChildren(Caption))
    assert any("drawn on two lines" in p and "Tên trường" in p for p in found[QLabel]), found[QLabel]
    assert found[Caption] == []
