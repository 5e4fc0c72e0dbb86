"""Layout checks that see what a user sees: text cut off, a widget that needs sideways scrolling, a window larger
than the screen. ``problems(widget)`` works in any GUI test; run as a script this module renders the app's windows
and dialogs (:data:`SCREENS`) at 100/125/150 % on a 1366×768 screen, saves each as a PNG and prints what is wrong:

    python tests/gui/layout.py --out /tmp/layout

(the script starts itself again on a 1366×768 offscreen screen). ``tests/gui/test_layout.py`` runs it. To check
more screens (e.g. every criterion page), add a generator to :data:`SCREENS` that yields ``(name, widget)`` for
each state to look at, with the widget shown.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1366, 768)
ZOOMS = (100, 125, 150)
#: room the system's taskbar takes from a 1366×768 screen (Windows 10/11: 40 px)
TASKBAR = 40
#: item views whose many columns scroll sideways by design (accessible names, in Vietnamese)
WIDE_TABLES = {"Các trường và tiêu chí", "Kết quả của từng tệp", "Câu trả lời và kết quả", "Các xung đột",
               "Ý kiến cha mẹ theo trường", "Ý kiến cha mẹ theo đơn vị"}


def _name(w) -> str:
    for attr in ("text", "windowTitle", "accessibleName"):
        value = getattr(w, attr, None)
        if callable(value) and isinstance(value(), str) and value():
            return f"{type(w).__name__} «{value()[:60]}»"
    return type(w).__name__


def _in_scrolled_content(w) -> bool:
    """Inside a scroll area's content (the content's width is checked as sideways scrolling instead)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    p = w.parentWidget()
    while p is not None:
        area = p.parentWidget()
        if isinstance(area, QAbstractScrollArea) and p is area.viewport():
            return True
        p = area
    return False


def problems(widget, *, sideways_ok: Callable[[object], bool] | None = None) -> list[str]:
    """What does not fit in ``widget`` (a shown window or dialog) and its children, one sentence each:

    * a label whose text needs more room than it has (wrapped: more height; on one line: more width);
    * a button or check box whose text is wider than the button; a list box whose chosen text is cut short;
    * a scroll area (a page, a form, a list) that scrolls sideways — unless ``sideways_ok(view)`` (default: the
      tables of :data:`WIDE_TABLES`);
    * a child that sticks out of its parent (so it is cut off), outside scrolled content;
    * the window larger than a 1366×768 screen's free area.
    """
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractScrollArea,
        QComboBox,
        QCommandLinkButton,
        QLabel,
        QStyle,
        QStyleOptionComboBox,
        QToolButton,
        QWidget,
    )

    sideways_ok = sideways_ok or (lambda view: view.accessibleName() in WIDE_TABLES)
    out = []
    if widget.isWindow():
        frame = widget.frameGeometry()
        free_w, free_h = SCREEN[0], SCREEN[1] - TASKBAR
        if frame.width() > free_w or frame.height() > free_h:
            out.append(f"{_name(widget)} is {frame.width()}×{frame.height()}, larger than the free area of a "
                       f"1366×768 screen ({free_w}×{free_h})")
    for w in widget.findChildren(QWidget):
        if not w.isVisibleTo(widget) or w.window() is not widget.window() or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text() and (w.pixmap() is None or w.pixmap().isNull()):
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    out.append(f"{_name(w)} needs {need} px of height, has {w.height()}")
            elif w.minimumSizeHint().width() > w.width() + 1 or w.fontMetrics().height() > w.height() + 1:
                out.append(f"{_name(w)} needs {w.minimumSizeHint().width()}×{w.fontMetrics().height()} px, has "
                           f"{w.width()}×{w.height()}")
        elif isinstance(w, QCommandLinkButton):
            if w.heightForWidth(w.width()) > w.height() + 1:
                out.append(f"{_name(w)} needs {w.heightForWidth(w.width())} px of height, has {w.height()}")
        elif isinstance(w, QAbstractButton) and not isinstance(w, QToolButton) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                out.append(f"{_name(w)} needs {w.sizeHint().width()} px of width, has {w.width()}")
        elif isinstance(w, QComboBox) and not w.isEditable() and w.currentText():
            option = QStyleOptionComboBox()
            w.initStyleOption(option)
            field = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, w)
            need = w.fontMetrics().horizontalAdvance(w.currentText())
            if need > field.width() + 1:
                out.append(f"{_name(w)} shows «{w.currentText()}» in {field.width()} px, needs {need}")
        if isinstance(w, QAbstractScrollArea) and not (isinstance(w, QAbstractItemView) and sideways_ok(w)):
            bar = w.horizontalScrollBar()
            if bar.maximum() > 0:
                out.append(f"{_name(w)} scrolls sideways by {bar.maximum()} px")
        parent = w.parentWidget()
        if parent is not None and not w.isWindow() and not _in_scrolled_content(w) \
                and not isinstance(parent, QAbstractScrollArea):
            g = w.geometry()
            if g.right() > parent.width() + 1 or g.bottom() > parent.height() + 1:
                out.append(f"{_name(w)} sticks out of {_name(parent)} (to {g.right()}, {g.bottom()} in "
                           f"{parent.width()}×{parent.height()})")
    return out


def settle(widget) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(4):
        QApplication.processEvents()
    widget.repaint()
    QApplication.processEvents()


# -- the screens: each yields (name, shown widget) for every state to look at ----------------------------------------


def _window(db: Path):
    from papi_desktop.gui.app import create_main_window

    window = create_main_window(db)
    window.show()
    return window


def _dialog(dialog):
    dialog.show()
    return dialog


def first_start(work: Path) -> Iterator:
    yield "chao-mung", _window(work / "trong.sqlite3")


def principal(work: Path) -> Iterator:
    """Home, the new-year dialog, an assessment's walk-through and review, the small dialogs."""
    from PySide6.QtWidgets import QMessageBox

    from papi_desktop.demo import school_profile
    from papi_desktop.gui import dialogs
    from papi_desktop.gui.assessment_view import MissingDialog, missing_items
    from papi_desktop.gui.home import NewAssessmentDialog
    from papi_desktop.gui.settings_dialog import SettingsDialog
    from papi_desktop.sample import SAMPLE_SEED

    window = _window(work / "papi-mau.sqlite3")
    window.home.show_school(school_profile(SAMPLE_SEED, 0).code)
    yield "trang-chinh", window
    yield "nam-hoc-moi", _dialog(NewAssessmentDialog(window, "2026-2027", "2025-2026"))
    draft = next(a for a in window.home.assessments if not a.is_final)
    window.open_assessment(draft.id)
    yield "tieu-chi", window
    window.assessment_view.show_review()
    yield "tong-hop", window
    yield "chua-du", _dialog(MissingDialog(window.session, missing_items(window.session), window))
    yield "hoan-thanh", _dialog(dialogs.FinaliseDialog(window, window.tr(
        "Finalise the self-assessment of %1? Afterwards it can only be read; to change it you must reopen it and give "
        "a reason.").replace("%1", "2025-2026"), None))
    reason = dialogs.TextDialog(window, "Mở lại", "Vì sao phải sửa bản tự đánh giá đã hoàn thành? Lý do được ghi vào "
                                "lịch sử.", required=True)
    reason.show()
    reason.accept()  # empty: the dialog says what is missing
    yield "mo-lai", reason
    box = dialogs.message_box(window, QMessageBox.Icon.Question, "Xoá trường",
                              "Xoá Trường Tiểu học Nguyễn Thị Minh Khai (TH64300006) cùng 2 bản tự đánh giá (1 bản đã "
                              "hoàn thành), các câu trả lời, minh chứng và lịch sử?")
    box.addButton("Xoá trường", QMessageBox.ButtonRole.YesRole)
    box.addButton("Giữ lại", QMessageBox.ButtonRole.NoRole)
    yield "hop-thoai", _dialog(box)
    yield "cai-dat", _dialog(SettingsDialog(window.repo, window.prefs, window.session.school.code, window))


def wizard(work: Path) -> Iterator:
    """Every page of the profile wizard (an existing school, so each page is filled)."""
    from papi_desktop.gui.wizard import ProfileWizard

    window = _window(work / "papi-mau.sqlite3")
    wiz = _dialog(ProfileWizard(window.repo, window.home.school_code(), parent=window))
    for i in range(len(wiz.pages)):
        yield f"ho-so-truong-{i + 1}", wiz
        wiz.next()


def office(work: Path) -> Iterator:
    """Every tab of the office's window and one school read-only."""
    window = _window(work / "papi-mau.sqlite3")
    office_window = window.open_office()
    for i in range(office_window.tabs.count()):
        office_window.tabs.setCurrentIndex(i)
        yield f"tong-hop-tab-{i + 1}", office_window
    yield "tong-hop-truong", office_window.open_school(office_window.dashboard.model.assessment_id(0))


def review_loop(work: Path) -> Iterator:
    """The review loop: the office's dashboard with review states, the return dialog with notes, the school view;
    the school's home page with the verdict and a criterion page with the office's note."""
    from papi_desktop.demo import make_demo
    from papi_desktop.exchange.importer import import_paths
    from papi_desktop.exchange.receipt import write_receipt
    from papi_desktop.exchange.receipt_import import import_receipts
    from papi_desktop.exchange.review import decide
    from papi_desktop.exchange.roster import load_roster
    from papi_desktop.exchange.writer import export_all
    from papi_desktop.gui.office import create_office_window
    from papi_desktop.gui.office.review_dialog import ReviewDialog
    from papi_desktop.storage.repository import Repository

    school_db, office_db = work / "truong-xem-xet.sqlite3", work / "phong-xem-xet.sqlite3"
    with Repository.open(school_db) as school, Repository.open(office_db) as desk:
        make_demo(school, schools=12, seed=1)
        import_paths(desk, export_all(school, work / "gui-phong", school_year="2025-2026"))
        desk.set_setting("office", {"name": "Phòng Văn hóa – Xã hội phường Buôn Ma Thuột"})
        ids = [a.id for a in desk.list_assessments()]
        notes = {"CD.01": "Số lớp ghép ghi chưa khớp với hồ sơ trường; đề nghị ghi lại theo số liệu ngày 30/9.",
                 "CD.03": "Bổ sung ảnh chụp phòng học tạm."}
        decide(desk, ids[0], "returned", reason="Thiếu minh chứng cho hai tiêu chí về phòng học", notes=notes,
               reviewer="Trần Thị Hoa")
        decide(desk, ids[1], "accepted", reviewer="Trần Thị Hoa")
        import_receipts(school, [write_receipt(desk, ids[0], work / "tra-lai.papi-receipt")])
        school.set_setting("gui.current_school", school.get_assessment(ids[0]).school_code)
        roster = work / "danh-sach.csv"
        roster.write_text("\n".join(["Mã trường,Tên trường,Đơn vị"] + [f"{s.code},{s.name},{s.unit_name}"
                                                                      for s in school.list_schools()]),
                          encoding="utf-8-sig")
        load_roster(desk, roster)
    office_window = create_office_window(office_db)
    office_window.show()
    office_window.tabs.setCurrentWidget(office_window.dashboard)
    yield "xem-xet-bang", office_window
    office_window.tabs.setCurrentWidget(office_window.roster)
    yield "xem-xet-tinh-trang", office_window
    yield "xem-xet-tra-lai", _dialog(ReviewDialog(office_window.repo, ids[2], "returned", office_window))
    yield "xem-xet-tiep-nhan", _dialog(ReviewDialog(office_window.repo, ids[2], "accepted", office_window))
    yield "xem-xet-truong", office_window.open_school(ids[0])
    window = _window(school_db)
    window.home.show_school(window.repo.get_assessment(ids[0]).school_code)
    yield "truong-giay-bao", window
    window.open_assessment(ids[0], criterion="CD.01")
    yield "truong-ghi-chu", window


def parents(work: Path) -> Iterator:
    """The parents' survey: the principal's tab (entry, results), the review page's box with its gaps, and the
    office's tab for a year with surveys and for a year whose file came before the survey."""
    from papi_desktop.demo import school_profile
    from papi_desktop.sample import SAMPLE_SEED

    window = _window(work / "papi-mau.sqlite3")
    window.home.show_school(school_profile(SAMPLE_SEED, 0).code)
    window.open_assessment(next(a for a in window.home.assessments if not a.is_final).id)
    view = window.assessment_view
    view.tabs.setCurrentWidget(view.survey)
    yield "y-kien-cha-me-nhap", window
    view.survey.tabs.setCurrentWidget(view.survey.results)
    view.survey.results.refresh()
    yield "y-kien-cha-me-ket-qua", window
    view.show_review()
    settle(window)
    view.review.verticalScrollBar().setValue(view.review.survey.y() - 120)
    yield "y-kien-cha-me-tong-hop", window
    office_window = window.open_office()
    office_window.tabs.setCurrentWidget(office_window.survey)
    yield "y-kien-cha-me-co-quan", office_window
    years = office_window.dashboard.year_combo
    years.setCurrentIndex(years.findData("2024-2025"))
    yield "y-kien-cha-me-co-quan-nam-cu", office_window


SCREENS: dict[str, Callable[[Path], Iterator]] = {
    "first_start": first_start, "principal": principal, "wizard": wizard, "office": office,
    "review_loop": review_loop, "parents": parents,
}


def run(out: Path, zooms=ZOOMS, screens=None) -> dict[str, list[str]]:
    """Render every screen at every zoom into ``out`` (PNG); returns ``{"name@zoom": [problems]}``."""
    from PySide6.QtWidgets import QApplication

    from papi_desktop.gui.app import _application
    from papi_desktop.gui.prefs import UiPrefs
    from papi_desktop.sample import ensure_sample_db

    app = _application()
    out.mkdir(parents=True, exist_ok=True)
    results = {}
    for zoom in zooms:
        work = Path(tempfile.mkdtemp(prefix=f"layout-{zoom}-"))
        os.environ["PAPI_DATA_DIR"] = str(work)
        UiPrefs().language = "vi"
        UiPrefs().zoom = zoom
        ensure_sample_db(work / "papi-mau.sqlite3")
        for key in screens or SCREENS:
            for name, widget in SCREENS[key](work):
                settle(widget)
                results[f"{name}@{zoom}"] = problems(widget)
                widget.grab().save(str(out / f"{name}-{zoom}.png"))
            for w in QApplication.topLevelWidgets():
                w.close()
                w.deleteLater()
            app.processEvents()
    return results


def screen_config(folder: Path) -> str:
    """``QT_QPA_PLATFORM`` for an offscreen screen of 1366×768 (Qt's offscreen plugin reads a JSON file)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "screen-1366x768.json"
    path.write_text(json.dumps({"screens": [{"name": "1366x768", "x": 0, "y": 0, "width": SCREEN[0],
                                             "height": SCREEN[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                             "dpr": 1}]}))
    return f"offscreen:configfile={path}"


def run_in_screen(out: Path, screens=None) -> dict[str, list[str]]:
    """Run :func:`run` in a fresh process whose (offscreen) screen is 1366×768."""
    env = dict(os.environ, QT_QPA_PLATFORM=screen_config(out), PYTHONPATH=str(ROOT / "src"))
    args = [sys.executable, __file__, "--out", str(out), "--here", *(["--screens", ",".join(screens)] if screens
                                                                        else [])]
    done = subprocess.run(args, env=env, capture_output=True, text=True, encoding="utf-8", timeout=600)
    if done.returncode:
        raise RuntimeError(done.stderr[-4000:])
    return json.loads(done.stdout.splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--screens", default="")
    parser.add_argument("--here", action="store_true", help="run in this process (the screen is set up already)")
    args = parser.parse_args()
    screens = [s for s in args.screens.split(",") if s] or None
    if not args.here:
        found = run_in_screen(args.out, screens)
        for name, lines in found.items():
            for line in lines:
                print(f"{name}: {line}")
        return 1 if any(found.values()) else 0
    sys.path.insert(0, str(ROOT / "src"))
    print(json.dumps(run(args.out, screens=screens), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
