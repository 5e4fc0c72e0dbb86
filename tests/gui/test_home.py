"""Home: assessments by school year; new (copying last year), open, delete a draft."""

from __future__ import annotations

from papi_desktop.demo import school_profile
from papi_desktop.gui import home
from papi_desktop.gui.walkthrough import RECHECK


def _rows(view):
    return [[view.table.item(r, c).text() for c in range(view.table.columnCount())]
            for r in range(view.table.rowCount())]


def test_home_lists_the_schools_assessments_with_status_and_score(demo_db, open_window):
    """Each school year shows its status, score and last change; newest first."""
    window = open_window(demo_db)
    window.home.school.setCurrentIndex(window.home.school.findData(school_profile(1, 0).code))
    window.home._school_chosen(0)
    rows = _rows(window.home)
    assert [r[0] for r in rows] == ["2025-2026", "2024-2025"]
    assert rows[0][1] == "Bản nháp" and rows[1][1].startswith("Đã hoàn thành")
    assert all(r[2] != "" for r in rows) and rows[0][3].count("/") == 2


def test_schools_are_sorted_in_vietnamese_order(demo_db, open_window):
    """The school chooser uses Vietnamese collation (Lê Lợi before Nguyễn Du)."""
    window = open_window(demo_db)
    names = [window.home.school.itemText(i) for i in range(window.home.school.count())]
    assert names[0].startswith("Trường Tiểu học Lê Lợi") and names[1].startswith("Trường Tiểu học Nguyễn Du")


def test_new_school_year_copies_last_years_answers_for_rechecking(demo_db, open_window, monkeypatch):
    """A new year copies the facts; every copied answer is marked and the pane shows it."""
    window = open_window(demo_db)
    window.home._school_chosen(0)
    monkeypatch.setattr(home, "ask_new_assessment", lambda _p, suggested, label: (suggested, True))
    window.home.new_assessment()
    session = window.session
    assert session.assessment.school_year == "2026-2027"
    assert session.answers and all(a.needs_recheck for a in session.answers.values())
    walk = window.assessment_view.walkthrough
    cid = next(c for c in walk.items if c in session.answers)  # a criterion answered last year
    walk.show_criterion(cid)
    assert walk.current_id() == cid
    assert walk.items[cid].data(0, 257) == RECHECK
    page = walk.pages[cid]
    assert page.recheck.isVisible()
    page.confirm_button.click()
    assert not window.repo.get_answers(session.id)[cid].needs_recheck
    assert not page.recheck.isVisible()


def test_deleting_a_draft_asks_first(demo_db, open_window, user):
    """"Xoá bản nháp" deletes only after the user confirms."""
    window = open_window(demo_db)
    view = window.home
    view.table.selectRow(0)
    draft = view.selected()
    assert not draft.is_final
    user.confirm_answers[:] = [False]
    view.delete_button.click()
    assert window.repo.get_assessment(draft.id)
    user.confirm_answers[:] = [True]
    view.delete_button.click()
    assert draft.id not in [a.id for a in window.repo.list_assessments()]


def test_a_finalised_assessment_cannot_be_deleted(demo_db, open_window):
    """The delete button is off for a finalised school year."""
    window = open_window(demo_db)
    view = window.home
    finalised = [i for i, a in enumerate(view.assessments) if a.is_final]
    view.table.selectRow(finalised[0])
    assert not view.delete_button.isEnabled() and view.open_button.isEnabled()
