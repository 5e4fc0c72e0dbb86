"""The report's details in the window: the cause on a criterion's page, reference date, the year's plan and the
proposals on the review page, criteria not met offered to the plan."""

from __future__ import annotations

from PySide6.QtCore import QDate

from papi_desktop.core.scoring import NOT_MET


def _draft(window):
    a = next(a for a in window.home.assessments if not a.is_final)
    window.open_assessment(a.id)
    return window.session


def _page(window, cid):
    window.assessment_view.show_criterion(cid)
    return window.assessment_view.walkthrough.pages[cid]


def test_cause_box_shows_for_a_criterion_not_met_and_saves_what_is_typed(demo_db, open_window, qtbot):
    """On a criterion not met the cause box shows the suggestion in grey; typing a cause is saved (NFC) after a
    pause and on leaving the box; a met criterion has no cause box."""
    window = open_window(demo_db)
    session = _draft(window)
    evs = session.evaluations()
    failing = next(c for c, ev in evs.items() if ev.verdict == NOT_MET)
    met = next(c for c, ev in evs.items() if ev.verdict == "met")
    page = _page(window, failing)
    assert page.cause.isVisibleTo(page) and page.cause.edit.placeholderText()
    page.cause.edit.setPlainText("Kinh phi\u0301 sửa chữa chưa được cấp.")
    qtbot.waitUntil(lambda: bool(window.repo.stored_details(session.id).get("causes")), timeout=3000)
    assert window.repo.stored_details(session.id)["causes"] == {failing: "Kinh phí sửa chữa chưa được cấp."}
    assert not _page(window, met).cause.isVisibleTo(_page(window, met))


def test_starting_from_the_suggestion_fills_the_box(demo_db, open_window):
    """"Bắt đầu từ câu gợi ý" copies the suggestion into the box and saves it."""
    window = open_window(demo_db)
    session = _draft(window)
    failing = next(c for c, ev in session.evaluations().items() if ev.verdict == NOT_MET)
    page = _page(window, failing)
    suggestion = page.cause.edit.placeholderText()
    page.cause.use_button.click()
    assert page.cause.edit.toPlainText() == suggestion
    assert window.repo.stored_details(session.id)["causes"][failing] == suggestion


def test_reference_date_and_the_years_plan_are_saved(demo_db, open_window, qtbot):
    """Ticking "Số liệu tính đến ngày" saves the date; filling the plan's fields saves it for the school year and
    shows how it prints; the warnings under it go away."""
    window = open_window(demo_db)
    session = _draft(window)
    window.assessment_view.show_review()
    box = window.assessment_view.review.details
    assert box.missing.isVisibleTo(box) and "chưa nêu căn cứ" in box.missing.text()
    box.has_reference.setChecked(True)
    box.reference.setDate(QDate(2025, 9, 30))
    assert window.repo.stored_details(session.id)["reference_date"] == "2025-09-30"
    values = {"number": "1234/KH-SGDĐT", "date": "15/08/2025", "issuer": "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk",
              "title": "nâng cao Chỉ số PAPI năm 2025"}
    for key, value in values.items():
        box.basis[key].setText(value)
        box.basis[key].editingFinished.emit()
    stored = window.repo.stored_plan_basis(session.assessment.school_year)
    assert stored == {**values, "date": "2025-08-15"}
    assert "Kế hoạch số 1234/KH-SGDĐT ngày 15/8/2025" in box.basis_preview.text()
    assert not box.missing.isVisibleTo(box)


def test_an_unfinished_plan_is_not_saved_and_says_what_it_needs(demo_db, open_window):
    """A number without issuer and title is not saved; the box says to fill in the issuer and the title."""
    window = open_window(demo_db)
    session = _draft(window)
    window.assessment_view.show_review()
    box = window.assessment_view.review.details
    box.basis["number"].setText("12/KH-SGDĐT")
    box.basis["number"].editingFinished.emit()
    assert window.repo.stored_plan_basis(session.assessment.school_year) is None
    assert "cơ quan ban hành và trích yếu" in box.missing.text()


def test_proposals_are_suggested_edited_and_given_back(demo_db, open_window, qtbot):
    """The proposals show the suggestions from the criteria not met; an edit is saved as the principal's;
    "Điền lại…" goes back to the suggestions."""
    window = open_window(demo_db)
    session = _draft(window)
    window.assessment_view.show_review()
    box = window.assessment_view.review.details
    suggested = {k: e.toPlainText() for k, e in box.proposals.items()}
    assert any(suggested.values()) and window.repo.stored_details(session.id).get("proposals") is None
    box.proposals["so"].setPlainText("- Cấp thêm 2 máy lọc nước.")
    qtbot.waitUntil(lambda: bool(window.repo.stored_details(session.id).get("proposals")), timeout=3000)
    assert window.repo.stored_details(session.id)["proposals"]["so"] == "- Cấp thêm 2 máy lọc nước."
    box.suggest_button.click()
    assert window.repo.stored_details(session.id).get("proposals") is None
    assert {k: e.toPlainText() for k, e in box.proposals.items()} == suggested


def test_a_newly_failing_criterion_is_offered_to_the_plan(demo_db, open_window):
    """A criterion that becomes not met and has no action is named on the review page with a button that adds
    its action (what the school can do about it)."""
    window = open_window(demo_db)
    session = _draft(window)
    choice = next(c for c in session.catalogue.criteria if c.answer.model == "yes_no_partly"
                  and session.evaluation(c).verdict != NOT_MET)
    page = _page(window, choice.id)
    next(b for b in page.editor.group.buttons() if b.property("key") == "no").click()
    window.assessment_view.show_review()
    review = window.assessment_view.review
    assert review.add_unplanned.isVisibleTo(review) and choice.id in review.unplanned.text()
    review.add_unplanned.click()
    planned = [a for a in window.repo.list_actions(session.id) if a.criterion_id == choice.id]
    assert len(planned) == 1 and planned[0].what.startswith(f"{choice.id}: ")
    assert not review.add_unplanned.isVisibleTo(review)


def test_review_page_alt_keys_are_unique_in_vietnamese(demo_db, open_window):
    """On the review tab (with the report's details), no two visible controls share an Alt+letter key."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

    window = open_window(demo_db)
    _draft(window)
    window.assessment_view.show_review()
    QApplication.processEvents()
    view = window.assessment_view
    texts = [b.text() for b in view.findChildren(QAbstractButton) if b.isVisibleTo(view) and b.isEnabled()]
    texts += [x.text() for x in view.findChildren(QLabel) if x.isVisibleTo(view) and x.buddy()]
    texts += [view.tabs.tabText(k) for k in range(view.tabs.count())]
    keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&])", t))]
    assert len(keys) == len(set(keys)), sorted(keys)
