"""Roster (each school's status), summaries and the bundle, the office details, and the window's language."""

from __future__ import annotations

import zipfile

from papi_desktop.gui import actions
from papi_desktop.gui.office import reports


def test_roster_gives_each_schools_status(filled, monkeypatch, tmp_path):
    """After loading a list with one extra school, that school is "chưa gửi", the others "chờ xem xét"; showing
    only the schools not sent lists that one."""
    model = filled.dashboard.model
    sent = [(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data())
            for r in range(model.rowCount())]
    roster = tmp_path / "danh-sach.csv"
    extra = "TH99900099,Trường Tiểu học Ánh Dương,xã Ea Tiêu"
    lines = ["Mã trường,Tên trường,Đơn vị", *(",".join(s) for s in sent), extra]
    roster.write_text("\n".join(lines), encoding="utf-8-sig")
    monkeypatch.setattr(reports, "choose_roster_file", lambda _p: str(roster))
    filled.roster.load_button.click()
    rows = filled.roster.model.rows
    assert ["TH99900099", "Trường Tiểu học Ánh Dương", "xã Ea Tiêu", "chưa gửi"] in rows
    assert sorted(r[3] for r in rows) == ["chưa gửi"] + ["chờ xem xét"] * 5
    assert "6 trường trong danh sách: 1 chưa gửi, 5 chờ xem xét" in filled.roster.summary.text()
    combo = filled.roster.status_combo
    combo.setCurrentIndex(combo.findData("not_sent"))
    assert filled.roster.model.rows == [["TH99900099", "Trường Tiểu học Ánh Dương", "xã Ea Tiêu", "chưa gửi"]]


def test_summary_xlsx_is_written_and_readable(filled, monkeypatch, tmp_path, user):
    """The Excel button writes a workbook with one row per school and a sheet of pass rates."""
    from openpyxl import load_workbook

    out = tmp_path / "tong-hop.xlsx"
    suggested = []
    monkeypatch.setattr(actions, "save_file", lambda _p, _t, name, _f: suggested.append(name) or str(out))
    filled.summaries.all_submissions.setChecked(True)  # none is accepted yet: count every submission
    filled.summaries.xlsx_button.click()
    book = load_workbook(out)
    codes = [row[0] for row in book["Trường"].iter_rows(min_row=2, values_only=True)]
    assert sorted(codes) == sorted(filled.dashboard.model.index(r, 0).data() for r in range(5))
    assert book["Tiêu chí"].max_row > 41
    assert suggested == ["tong-hop-2025-2026.xlsx"]
    assert any("Đã lưu bảng tổng hợp" in m for m in user.kinds("inform"))


def test_office_details_go_on_the_summary_pdf_and_the_bundle_holds_the_files(filled, monkeypatch, tmp_path):
    """The office form is saved in settings and printed on the PDF; the bundle ZIP holds each school's file."""
    from pypdf import PdfReader

    form = filled.summaries
    for key, value in (("name", "Phòng Văn hóa – Xã hội phường Buôn Ma Thuột"),
                       ("supervising_body", "UBND phường Buôn Ma Thuột"), ("place_name", "Buôn Ma Thuột"),
                       ("signer", "Nguyễn Văn Bình"), ("signer_title", "TRƯỞNG PHÒNG"),
                       ("recipients", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk; UBND phường Buôn Ma Thuột"),
                       ("copy_to", "Lưu trữ phường (để biết)")):
        form.fields[key].setText(value)
    form.save_office_button.click()
    stored = filled.repo.get_setting("office")
    assert stored["recipients"] == ["Sở Giáo dục và Đào tạo tỉnh Đắk Lắk", "UBND phường Buôn Ma Thuột"]
    assert stored["copy_to"] == ["Lưu trữ phường (để biết)"]
    pdf, bundle = tmp_path / "tong-hop.pdf", tmp_path / "gui-so.zip"
    monkeypatch.setattr(actions, "save_file", lambda *a: str(pdf))
    form.pdf_button.click()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "PHÒNG VĂN HÓA" in text.upper()
    assert "- UBND phường Buôn Ma Thuột." in text.split("Nơi nhận")[0]  # Kính gửi
    assert "- Lưu trữ phường (để biết);" in text.split("Nơi nhận")[1]  # Nơi nhận
    monkeypatch.setattr(actions, "save_file", lambda *a: str(bundle))
    form.bundle_button.click()
    names = zipfile.ZipFile(bundle).namelist()
    assert len([n for n in names if n.endswith(".papi")]) == 5 and any(n.endswith(".xlsx") for n in names)


def test_english_and_vietnamese_labels(office):
    """In English the tabs and buttons read in English; in Vietnamese (the default) in Vietnamese."""
    from papi_desktop.gui.i18n import install_language
    from papi_desktop.gui.prefs import UiPrefs

    UiPrefs().language = "en"
    try:
        window = office("en")
        assert [window.tabs.tabText(i) for i in range(6)] == ["&Import files", "Dash&board", "Parents' feedbac&k",
                                                              "&Who has sent", "Co&nflicts", "Su&mmary reports"]
        assert window.import_panel.dry_run.text() == "Only &check, do not import"
    finally:
        UiPrefs().language = "vi"
        install_language("vi")
    window = office("vi")
    assert window.tabs.tabText(0) == "&Nhập tệp"
    assert window.import_panel.dry_run.text() == "&Chỉ kiểm tra, không nhập"
    assert window.windowTitle() == "Tổng hợp (cơ quan nhận báo cáo)"


def test_main_window_menu_opens_the_office_window(demo_db, open_window, qtbot):
    """Tệp → Tổng hợp (cơ quan nhận báo cáo)… opens the office window on the same data file."""
    window = open_window(demo_db)
    menu = window.menuBar().actions()[0].menu()
    entry = next(a for a in menu.actions() if "Tổng hợp" in a.text())
    entry.trigger()
    office = window.office_window
    assert office is not None and office.isVisible() and office.db_path == window.db_path
    entry.trigger()
    assert window.office_window is office, "a second click brings the same window forward"
    office.close()
    qtbot.waitUntil(lambda: window.office_window is None, timeout=2000)


def test_every_office_tab_has_unique_alt_keys(office):
    """On each tab, in Vietnamese and English, no two visible controls share an Alt+letter key."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

    from papi_desktop.gui.i18n import install_language
    from papi_desktop.gui.prefs import UiPrefs

    try:
        for lang in ("vi", "en"):
            UiPrefs().language = lang
            window = office(lang)
            for i in range(window.tabs.count()):
                window.tabs.setCurrentIndex(i)
                QApplication.processEvents()
                texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)
                         and b.isEnabled()]
                texts += [x.text() for x in window.findChildren(QLabel) if x.isVisibleTo(window) and x.buddy()]
                texts += [window.tabs.tabText(k) for k in range(window.tabs.count())]
                keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&])", t))]
                assert len(keys) == len(set(keys)), (lang, i, sorted(keys))
    finally:
        UiPrefs().language = "vi"
        install_language("vi")
