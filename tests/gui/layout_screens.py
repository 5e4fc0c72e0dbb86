"""The windows and dialogs the layout run (:mod:`tests.gui.layout`) looks at: the first start, the principal's home,
assessment and every dialog of the principal's window, the profile wizard and the office.

Dialogs are opened the way the app opens them — by the button's own function — with ``exec()`` made to return at
once (as if cancelled), so the dialog stays on screen to be checked (:func:`shown_by`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCREEN = (1366, 768)
#: room the system's taskbar takes from a 1366×768 screen (Windows 10/11: 40 px)
TASKBAR = 40
#: and the title bar of a maximised window
TITLE_BAR = 30


def _window(db: Path):
    from papi_desktop.gui.app import create_main_window

    window = create_main_window(db)
    window.show()
    return window


def maximise(window) -> None:
    """Size ``window`` as maximised on a 1366×768 screen with a taskbar (the offscreen screen has none)."""
    frame = window.frameGeometry().width() - window.width()
    window.setGeometry(0, 0, SCREEN[0] - frame, SCREEN[1] - TASKBAR - TITLE_BAR)


def _dialog(dialog):
    dialog.show()
    return dialog


@contextmanager
def patched(*changes):
    """Set ``(owner, name, value)`` for the duration of the block."""
    saved = [(owner, name, getattr(owner, name)) for owner, name, _value in changes]
    for owner, name, value in changes:
        setattr(owner, name, value)
    try:
        yield
    finally:
        for owner, name, value in saved:
            setattr(owner, name, value)


def shown_by(call, chosen_file: str = ""):
    """The last dialog ``call()`` opens, left open: ``exec()`` returns at once as if cancelled; a file dialog is
    Qt's own (what Windows shows natively), answering ``chosen_file``."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    opened = []

    def keep(dialog):
        opened.append(dialog)
        dialog.show()
        return 0

    def file_dialog(mode):
        def ask(parent, title="", folder="", filters="", *_args, options=None, **_kwargs):
            dialog = QFileDialog(parent, title, folder, filters)
            dialog.setOptions((options or QFileDialog.Option(0)) | QFileDialog.Option.DontUseNativeDialog)
            dialog.setFileMode(mode)
            keep(dialog)
            return ([chosen_file] if chosen_file else [], "") if mode == QFileDialog.FileMode.ExistingFiles \
                else (chosen_file, "")
        return ask

    with patched((QDialog, "exec", keep), (QMessageBox, "exec", keep),
                 (QFileDialog, "getOpenFileNames", file_dialog(QFileDialog.FileMode.ExistingFiles)),
                 (QFileDialog, "getSaveFileName", file_dialog(QFileDialog.FileMode.AnyFile))):
        call()
    assert opened, f"{call} opened no dialog"
    return opened[-1]


# -- the screens: each yields (name, shown widget) for every state to look at ----------------------------------------


def first_start(work: Path) -> Iterator:
    yield "chao-mung", _window(work / "trong.sqlite3")


def principal(work: Path) -> Iterator:
    """Home, the new-year dialog, an assessment's walk-through and review, what is missing, the settings."""
    from papi_desktop.demo import school_profile
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
    yield "cai-dat", _dialog(SettingsDialog(window.repo, window.prefs, window.session.school.code, window))
    yield "mau-khong-xuat", shown_by(window.assessment_view.export_button.click)


def _own_school(path: Path) -> tuple[str, str]:
    """A data file (not the sample) with one school: a complete draft of 2025-2026 and a finalised 2024-2025."""
    import random

    from papi_desktop.core.catalogue import catalogue_for_year
    from papi_desktop.demo import sample_answers, school_profile
    from papi_desktop.storage.repository import Repository

    with Repository.open(path) as repo:
        school = repo.save_school(school_profile(5, 2))
        ids = []
        for year in ("2025-2026", "2024-2025"):
            a = repo.create_assessment(school_code=school.code, school_year=year)
            answers = sample_answers(random.Random(year), catalogue_for_year(year), school, year)
            repo.save_answers(a.id, list(answers.values()))
            repo.add_attachment_bytes(a.id, next(iter(answers)), "Biên bản họp hội đồng trường về kế hoạch năm "
                                      "học (bản ký, đóng dấu).pdf", b"%PDF-1.4\n")
            ids.append(a.id)
        repo.finalise(ids[1], doc_number=12, doc_date="2025-05-20")
    return ids[0], ids[1]


def _no_pdf(_repo, _assessment_id, out) -> Path:
    """Stands in for the report (its layout is not looked at here, and reportlab takes a while)."""
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_bytes(b"%PDF-1.4\n")
    return Path(out)


def principal_dialogs(work: Path) -> Iterator:
    """Every dialog of the principal's window, opened by its own button: finalise, reopen, delete the school,
    evidence (choose a file, remove one), print and export (where to save, no viewer, no printer, a draft, done)."""
    import papi_desktop.report.api
    from papi_desktop.gui import actions

    draft, final = _own_school(work / "truong.sqlite3")
    window = _window(work / "truong.sqlite3")
    yield "xoa-truong", shown_by(window.home.delete_school)
    window.open_assessment(draft)
    view = window.assessment_view
    yield "hoan-thanh", shown_by(view.finalise)
    page = view.walkthrough.stack.currentWidget()
    yield "minh-chung-chon-tep", shown_by(page.attachments.add_files)
    yield "minh-chung-bo", shown_by(page.attachments.remove_selected)
    yield "xuat-ban-nhap", shown_by(view.export_button.click)
    yield "xuat-pdf-chon-noi-luu", shown_by(view.pdf_button.click)
    with patched((papi_desktop.report.api, "render_assessment_pdf", _no_pdf), (actions, "open_file", lambda _p: False)):
        yield "xuat-pdf-khong-mo-duoc", shown_by(view.pdf_button.click, str(work / "bao-cao.pdf"))
        with patched((actions, "send_to_printer", lambda _path: False)):
            yield "in-khong-may-in", shown_by(window.print_action.trigger)
    window.open_assessment(final)
    view = window.assessment_view
    reason = shown_by(view.reopen)
    reason.accept()  # empty: the dialog says what is missing
    yield "mo-lai", reason
    yield "xuat-xong", shown_by(view.export_button.click, str(work / "du-lieu.papi"))


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
    from PySide6.QtWidgets import QApplication

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
    QApplication.processEvents()
    view.review.verticalScrollBar().setValue(view.review.survey.y() - 120)
    yield "y-kien-cha-me-tong-hop", window
    office_window = window.open_office()
    office_window.tabs.setCurrentWidget(office_window.survey)
    yield "y-kien-cha-me-co-quan", office_window
    years = office_window.dashboard.year_combo
    years.setCurrentIndex(years.findData("2024-2025"))
    yield "y-kien-cha-me-co-quan-nam-cu", office_window
