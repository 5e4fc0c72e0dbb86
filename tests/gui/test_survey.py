"""The parents' survey tab: forms typed with the keyboard (1/2/3, Enter), saved at once, undone with Ctrl+Z, per
class and campus; results and gaps shown; read-only once finalised."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from papi_desktop.core.survey import NO, YES
from papi_desktop.gui.session import AssessmentSession
from papi_desktop.gui.survey import SurveyPage
from papi_desktop.storage.repository import Repository

DIGIT = {1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3, 4: Qt.Key.Key_4, 0: Qt.Key.Key_0}


@pytest.fixture
def page(qtbot, demo_db):
    """The survey tab of the sample school's draft, on its own (its sample forms removed)."""
    repo = Repository.open(demo_db)
    draft = next(a for a in repo.list_assessments() if not a.is_final)
    repo.delete_survey_forms(draft.id, [f.id for f in repo.list_survey_forms(draft.id)])
    session = AssessmentSession(repo, draft.id)
    widget = SurveyPage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    repo.close()


def choose_class(page, label: str) -> None:
    page.class_box.setCurrentText(label)
    page.class_box.lineEdit().editingFinished.emit()


def type_keys(qtbot, page, digits: list[int], enter: bool = False) -> None:
    for d in digits:
        qtbot.keyClick(page.grid, DIGIT[d])
    if enter:
        qtbot.keyClick(page.grid, Qt.Key.Key_Return)


def stored(page):
    return page.session.repo.list_survey_forms(page.session.id)


def test_sixty_forms_are_entered_by_keyboard_and_counted_exactly(qtbot, page):
    """60 returned forms of class 3A typed with digit keys (some cut short with Enter) give exactly the counts
    typed: question 1 has 42 Có, 15 Không, 3 Không biết."""
    choose_class(page, "3a")
    page.grid.setFocus()
    rng = random.Random(7)
    first_answers = [1] * 42 + [2] * 15 + [3] * 3
    rng.shuffle(first_answers)
    expected_rating = {"tot": 0, "kha": 0, "trung_binh": 0, "kem": 0}
    for i, first in enumerate(first_answers):
        if i % 10 == 9:  # a form with only the first five questions answered: Enter goes to the next form
            type_keys(qtbot, page, [first, 1, 1, 2, 3], enter=True)
            continue
        rating = rng.randint(1, 4)
        expected_rating[list(expected_rating)[rating - 1]] += 1
        type_keys(qtbot, page, [first, 1, 2, 1, 1, 1, 2, 1, 1, rng.randint(1, 4), rating])
    results = page.session.repo.survey_results(page.session.id)
    assert results.forms == 60 and results.classes == (("chinh", "3A", 60),)
    q1 = results.school.questions[0]
    assert (q1.yes, q1.no, q1.dont_know, q1.blank) == (42, 15, 3, 0)
    q6 = next(q for q in results.school.questions if q.id == "hoc_them")
    assert (q6.yes, q6.forms - q6.yes - q6.no - q6.dont_know) == (54, 6)  # the six short forms left it blank
    rating = next(c for c in results.school.choices if c.id == "danh_gia")
    assert {k: n for k, _l, n in rating.counts} == expected_rating
    assert "60" in page.count.text()


def test_enter_moves_to_the_next_form_and_zero_leaves_a_question_blank(qtbot, page):
    """1, 0, 2 then Enter: question 2 is blank, the cursor waits at the first question of a new form."""
    choose_class(page, "1A")
    page.grid.setFocus()
    type_keys(qtbot, page, [1, 0, 2], enter=True)
    (form,) = stored(page)
    assert form.answers == {"lop_hoc": YES, "nuoc_uong": NO}
    assert (page.grid.currentIndex().row(), page.grid.currentIndex().column()) == (1, 0)


def test_undo_and_redo_reach_the_database(qtbot, page):
    """Ctrl+Z takes back the last answer (and a form created by it), Ctrl+Y puts it back — stored each time."""
    choose_class(page, "2B")
    page.grid.setFocus()
    type_keys(qtbot, page, [1, 2])
    assert stored(page)[0].answers == {"lop_hoc": YES, "nha_ve_sinh": NO}
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(page)[0].answers == {"lop_hoc": YES}
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(page) == []  # the form the first key made is gone again
    qtbot.keyClick(page.grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [f.answers for f in stored(page)] == [{"lop_hoc": YES, "nha_ve_sinh": NO}]


def test_a_deleted_form_comes_back_with_undo(qtbot, page):
    """Delete form removes the current row from the database; Undo restores it with its answers."""
    choose_class(page, "4A")
    page.grid.setFocus()
    type_keys(qtbot, page, [2, 2, 2], enter=True)
    type_keys(qtbot, page, [1, 1, 1], enter=True)
    page.grid.go(0, 0)
    page.delete_button.click()
    assert [f.answers["lop_hoc"] for f in stored(page)] == [YES]
    page.undo_button.click()
    assert sorted(f.answers["lop_hoc"] for f in stored(page)) == [NO, YES]


def test_a_key_the_question_does_not_have_changes_nothing_and_says_which_keys(qtbot, page):
    """4 on a Có/Không/Không biết question is ignored, and the page names the keys 1 to 3."""
    choose_class(page, "5A")
    page.grid.setFocus()
    type_keys(qtbot, page, [4])
    assert stored(page) == []
    assert "1" in page.saved.text() and "3" in page.saved.text()


def test_forms_are_kept_per_class_and_per_campus(qtbot, page):
    """Forms typed for 1A at the main campus and for 1C at a satellite stay with their class and campus."""
    choose_class(page, "1A")
    page.grid.setFocus()
    type_keys(qtbot, page, [1], enter=True)
    page.campus.setCurrentIndex(1)
    page.campus.activated.emit(1)
    choose_class(page, "1C")
    page.grid.setFocus()
    type_keys(qtbot, page, [2], enter=True)
    type_keys(qtbot, page, [2], enter=True)
    satellite = page.session.school.campuses[1].code
    assert sorted((f.campus, f.class_label) for f in stored(page)) == [("chinh", "1A"), (satellite, "1C"),
                                                                        (satellite, "1C")]
    assert page.entry.model.rowCount() == 3  # two forms of 1C and the empty row for the next one
    assert all(f.batch.endswith("-2526-1C") for f in stored(page) if f.class_label == "1C")


def test_results_and_gaps_are_shown(qtbot, page):
    """The results tab shows each question's counts and share; a criterion met while most parents say no is
    listed as a gap on the results tab and on the review page, where its link opens the criterion."""
    from papi_desktop.core.model import Answer
    from papi_desktop.gui.survey_results import SurveySummary

    page.session.update(Answer("TH.04", {"choice": "yes"}))  # no third shift: met
    choose_class(page, "3A")
    page.grid.setFocus()
    for _ in range(4):  # question 4 (ca_ba): three say no, one says yes
        type_keys(qtbot, page, [1, 1, 1], enter=False)
        type_keys(qtbot, page, [2 if _ else 1], enter=True)
    page.tabs.setCurrentWidget(page.results)
    table = page.results.table
    assert table.item(3, 0).text().startswith("4.") and table.item(3, 2).text() == "1"
    assert table.item(3, 3).text() == "3" and table.item(3, 5).text() == "25%"
    assert "TH.04" in page.results.gaps.text()
    summary = SurveySummary(page.session)
    qtbot.addWidget(summary)
    summary.refresh()
    assert "4" in summary.label.text() and '<a href="TH.04">TH.04</a>' in summary.gaps.text()
    gaps = summary.gaps.text()  # in the language the test run's translator gives
    assert "25% of parents say yes (1 of 4 forms)" in gaps or "25% cha mẹ trả lời «Có» (1/4 phiếu)" in gaps
    with qtbot.waitSignal(summary.go_to) as opened:  # the criterion's link opens it
        summary.gaps.linkActivated.emit("TH.04")
    assert opened.args == ["TH.04"]


def test_a_finalised_assessment_shows_its_forms_read_only(qtbot, demo_db):
    """After finalising, keys change nothing and there is no row for a new form."""
    repo = Repository.open(demo_db)
    final = next(a for a in repo.list_assessments() if a.is_final and a.school_year == "2024-2025")
    page = SurveyPage(AssessmentSession(repo, final.id))
    qtbot.addWidget(page)
    page.show()
    page.grid.setFocus()
    type_keys(qtbot, page, [1, 2])
    assert repo.list_survey_forms(final.id) == []
    assert page.entry.model.rowCount() == 0 and not page.load_button.isEnabled()
    assert "chỉ xem" in page.banner.text() or "only be read" in page.banner.text()
    repo.close()


def test_the_tab_is_in_the_principals_window(qtbot, demo_db, open_window):
    """The open assessment has a tab for the parents' survey next to the review."""
    window = open_window(demo_db)
    with Repository.open(demo_db) as repo:
        draft = next(a for a in repo.list_assessments() if not a.is_final)
    window.open_assessment(draft.id)
    view = window.assessment_view
    assert view.tabs.indexOf(view.survey) == 2
    view.tabs.setCurrentWidget(view.survey)
    assert view.survey.isVisible()


def test_loading_a_table_from_the_tab(qtbot, page, user, monkeypatch, tmp_path):
    """Nạp tệp: a wrong file shows the one sentence and stores nothing; a good one adds its forms to the class."""
    from papi_desktop.gui import survey

    bad = tmp_path / "sai.csv"
    bad.write_text("lop,diem_truong,lop_hoc\n3A,chinh,có\n3A,chinh,chắc vậy\n", encoding="utf-8")
    good = tmp_path / "dung.csv"
    good.write_text("lop,diem_truong,lop_hoc,nha_ve_sinh\n3A,chinh,c,k\n3A,Điểm trường chính,k,kb\n",
                    encoding="utf-8")
    choose_class(page, "3A")
    monkeypatch.setattr(survey, "choose_table_file", lambda _parent: str(bad))
    assert page.load_file() is None
    assert stored(page) == []
    assert any("Dòng 3, cột C" in m for m in user.kinds("error"))
    monkeypatch.setattr(survey, "choose_table_file", lambda _parent: str(good))
    assert page.load_file() == 2
    assert any("2" in m and "dung.csv" in m for m in user.kinds("inform"))
    assert page.entry.model.rowCount() == 3 and "2" in page.count.text()


def test_printing_blank_forms_for_the_chosen_class(qtbot, page, monkeypatch, tmp_path):
    """In phiếu trắng: the chosen number of one-page forms for the class, opened for printing."""
    from pypdf import PdfReader

    from papi_desktop.gui import actions

    out = tmp_path / "phieu.pdf"
    opened = []
    monkeypatch.setattr(actions, "save_file", lambda *_a: str(out))
    monkeypatch.setattr(actions, "open_file", lambda path: opened.append(str(path)))
    choose_class(page, "5b")
    page.copies.setValue(4)
    page.print_button.click()
    assert opened == [str(out)]
    reader = PdfReader(out)
    assert len(reader.pages) == 4 and "-2526-5B" in reader.pages[0].extract_text()


def test_forms_of_an_unknown_questionnaire_do_not_stop_the_assessment_opening(qtbot, demo_db, open_window):
    """Forms entered with a questionnaire this app does not ship: the tab says so, everything else opens."""
    from papi_desktop.core.survey import SurveyForm

    with Repository.open(demo_db) as repo:
        draft = next(a for a in repo.list_assessments() if not a.is_final)
        code = repo.school_for(draft).campuses[0].code
        repo.save_survey_forms(draft.id, [SurveyForm(campus=code, answers={"lop_hoc": YES})])
        repo.db.execute("UPDATE survey SET survey_version = '2099.1'")
    window = open_window(demo_db)
    window.open_assessment(draft.id)
    view = window.assessment_view
    assert "2099.1" in view.survey.text() and "cập nhật" in view.survey.text()
    view.show_review()
    assert "2099.1" in view.review.survey.label.text()


def test_finalising_while_the_tab_is_open_makes_the_forms_read_only(qtbot, page):
    """The forms typed stay; after finalising no key changes them and the row for a new form is gone."""
    from tests.gui.helpers import plausible_answer

    choose_class(page, "2A")
    page.grid.setFocus()
    type_keys(qtbot, page, [1, 2], enter=True)
    session = page.session
    for c in session.catalogue.criteria:
        session.update(plausible_answer(c, session.campus_codes, session.assessment.school_year, session=session))
    for cid in list(session.answers):
        session.answers[cid].needs_recheck = False
        session.update(session.answers[cid])
    session.finalise(doc_number=3, doc_date="2026-05-20")
    assert page.entry.model.rowCount() == 1 and not page.load_button.isEnabled()
    page.grid.go(0, 0)
    type_keys(qtbot, page, [3, 3])
    assert [f.answers for f in stored(page)] == [{"lop_hoc": YES, "nha_ve_sinh": NO}]
