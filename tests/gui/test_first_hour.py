"""The first hour of a principal and of an office clerk: who are you, the sample in its own file, schools on the
home page, and a new school's data reaching the report and the office."""

from __future__ import annotations

import json
import random

from pypdf import PdfReader
from PySide6.QtWidgets import QWizard

from papi_desktop.demo import school_profile
from papi_desktop.gui import actions
from papi_desktop.paths import default_db_path, sample_db_path
from papi_desktop.storage.repository import Repository

from .test_wizard import fill_all_pages, new_school_wizard


def _schools(path) -> list[str]:
    with Repository.open(path) as repo:
        return [s.code for s in repo.list_schools()]


def test_a_first_start_asks_who_you_are_and_shows_where_the_office_is(tmp_path, open_window):
    """On an empty data file home offers "Trường của tôi", "Cơ quan tổng hợp" and "Xem thử với dữ liệu mẫu"."""
    window = open_window(tmp_path / "new.sqlite3")
    welcome = window.home.welcome
    assert welcome.isVisible() and not window.home.school_part.isVisible()
    titles = [b.text().replace("&", "") for b in (welcome.school_button, welcome.office_button,
                                                  welcome.sample_button)]
    assert titles == ["Trường của tôi", "Cơ quan tổng hợp", "Xem thử với dữ liệu mẫu"]
    assert "Tệp → Tổng hợp" in welcome.office_button.description()
    assert window.profile_wizard is None  # nothing pops up by itself


def test_choosing_the_office_opens_it_and_the_next_start_goes_straight_there(tmp_path, open_window, qtbot):
    """"Cơ quan tổng hợp" opens the office's window; the choice is remembered for the next start."""
    db = tmp_path / "phong.sqlite3"
    window = open_window(db)
    window.home.welcome.office_button.click()
    assert window.office_window is not None and window.office_window.isVisible()
    window.office_window.close()
    window.close()
    again = open_window(db)
    qtbot.waitUntil(lambda: again.office_window is not None and again.office_window.isVisible(), timeout=3000)
    again.office_window.close()


def test_the_sample_opens_from_its_own_file_with_a_banner_and_never_enters_the_users_data(open_window, qtbot,
                                                                                          user):
    """"Xem thử với dữ liệu mẫu" reopens the window on papi-mau.sqlite3 under a "DỮ LIỆU MẪU" banner; the user's
    file holds no school; adding a school there offers to go back first; "Về dữ liệu của tôi" goes back."""
    window = open_window(default_db_path())
    window.home.welcome.sample_button.click()
    assert window.db_path == sample_db_path() and window.is_sample
    qtbot.waitUntil(lambda: window.sample_banner is not None and window.sample_banner.isVisible(), timeout=2000)
    assert "DỮ LIỆU MẪU" in window.windowTitle() and len(window.repo.list_schools()) == 6
    assert _schools(default_db_path()) == []
    user.confirm_answers[:] = [False]
    window.home.add_school_button.click()  # from the sample: offers to go back first; "stay" adds nothing
    assert window.is_sample and window.profile_wizard is None and "dữ liệu mẫu" in user.kinds("confirm")[-1]
    window.sample_banner.leave_button.click()
    assert window.db_path == default_db_path() and not window.is_sample and window.sample_banner is None
    qtbot.waitUntil(window.home.welcome.isVisible, timeout=2000)


def test_reports_from_the_sample_carry_the_watermark_and_data_files_are_refused(open_window, monkeypatch, tmp_path,
                                                                               user):
    """Nothing made from the sample passes for real: its PDF says "DỮ LIỆU MẪU"; "Xuất tệp dữ liệu" is refused with
    a sentence before any file is asked for."""
    from papi_desktop.sample import ensure_sample_db

    window = open_window(ensure_sample_db())
    window.home.show_school(school_profile(1, 0).code)
    final = next(a for a in window.home.assessments if a.is_final)
    window.open_assessment(final.id)
    out = tmp_path / "mau.pdf"
    asked = []
    monkeypatch.setattr(actions, "save_file", lambda *a: asked.append(a) or str(out))
    monkeypatch.setattr(actions, "open_file", lambda _p: True)
    window.assessment_view.pdf_button.click()
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert text.count("DỮ LIỆU MẪU") >= len(PdfReader(out).pages)
    asked.clear()
    window.assessment_view.export_button.click()
    assert asked == [] and "dữ liệu mẫu" in user.kinds("error")[-1]


def test_schools_on_the_home_page_add_switch_and_delete_with_a_backup(demo_db, open_window, qtbot, user):
    """Add a school from home, switch between schools, delete one after a confirmation and a backup."""
    from papi_desktop.storage.backup import backup_settings, list_backups

    window = open_window(demo_db)
    home = window.home
    first = home.school_code()
    home.add_school_button.click()
    qtbot.waitUntil(lambda: window.profile_wizard is not None and window.profile_wizard.isVisible())
    fill_all_pages(window.profile_wizard, code="TH65100077")
    window.profile_wizard.button(QWizard.WizardButton.FinishButton).click()
    assert home.school_code() == "TH65100077" and home.school.isEnabled()
    home.school.setCurrentIndex(home.school.findData(first))
    home.school.activated.emit(home.school.currentIndex())
    assert home.heading.text() == window.repo.get_school(first).name
    user.confirm_answers[:] = [False]
    home.delete_school_button.click()
    assert first in [s.code for s in window.repo.list_schools()]
    user.confirm_answers[:] = [True]
    home.delete_school_button.click()
    assert first not in [s.code for s in window.repo.list_schools()]
    assert window.repo.list_assessments(first) == []
    assert "sao lưu" in user.kinds("confirm")[-1] and "2 bản tự đánh giá" in user.kinds("confirm")[-1]
    folder, _ = backup_settings(window.repo.db.conn, demo_db)
    [backup] = [b for b in list_backups(folder, demo_db) if "before-delete" in b.name]
    assert first in _schools(backup)
    assert any(e.action == "school_deleted" for e in window.repo.audit_log())


def test_a_new_schools_profile_reaches_the_report_and_the_offices_unit_filter(tmp_path, open_window, qtbot,
                                                                               monkeypatch):
    """A principal creates the school (three campuses); its report prints "3. Quy mô" with the numbers; after
    export → import the office's unit filter finds it under its commune."""
    from papi_desktop.demo import sample_answers
    from papi_desktop.exchange.importer import import_paths
    from papi_desktop.exchange.writer import export_assessment
    from papi_desktop.gui.office import create_office_window

    window = open_window(tmp_path / "truong.sqlite3")
    wizard = new_school_wizard(window, qtbot)
    fill_all_pages(wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    repo = window.repo
    school = repo.get_school("TH65100007")
    a = repo.create_assessment(school_code=school.code, school_year="2025-2026")
    catalogue = repo.catalogue_of(a)
    answers = sample_answers(random.Random(7), catalogue, school, a.school_year)
    repo.save_answers(a.id, list(answers.values()))
    repo.finalise(a.id, doc_number=12, doc_date="2026-05-20")
    out = tmp_path / "bao-cao.pdf"
    monkeypatch.setattr(actions, "save_file", lambda *x: str(out))
    monkeypatch.setattr(actions, "open_file", lambda _p: True)
    actions.export_pdf(window, repo, a.id)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "3. Quy mô: 15 lớp; 412 học sinh; 24 giáo viên; 6 cán bộ, nhân viên." in text
    sent = export_assessment(repo, a.id, tmp_path / "gui" / "TH65100007.papi")
    office_db = tmp_path / "phong.sqlite3"
    with Repository.open(office_db) as office_repo:
        make_others = [r.result for r in import_paths(office_repo, [sent]).results]
    assert make_others == ["imported"]
    office = create_office_window(office_db)
    qtbot.addWidget(office)
    panel = office.dashboard
    at = panel.unit_combo.findText("xã Ea Kar")
    assert at > 0
    panel.unit_combo.setCurrentIndex(at)
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == ["TH65100007"]
    assert json.loads(json.dumps(office.filters())) == ["2025-2026", "xã Ea Kar"]
