"""Review: scores per dimension (chart + table), criteria not met, the improvement plan, last year's comparison."""

from __future__ import annotations

from PySide6.QtCore import QDate

from papi_desktop.core.scoring import NOT_MET


def _review(window, final=False):
    a = next(a for a in window.home.assessments if a.is_final == final)
    window.open_assessment(a.id)
    window.assessment_view.show_review()
    return window.assessment_view.review


def test_scores_table_and_chart_match_the_scoring(demo_db, open_window):
    """Each dimension's score in the table and the chart is the one core.scoring computes."""
    window = open_window(demo_db)
    review = _review(window)
    scores = window.session.scores()
    cat = window.session.catalogue
    dims = [d for d in cat.dimensions if cat.criteria_of(d.id)]
    from papi_desktop.core.terms import dimension_title

    table = {review.scores_table.item(r, 0).text(): review.scores_table.item(r, 1).text()
             for r in range(review.scores_table.rowCount())}
    for d in dims:
        value = scores.dimensions[d.id]
        label = dimension_title(cat, d)
        assert table[label] == ("–" if value is None else f"{value:.2f}".replace(".", ","))
    assert [v for _label, v in review.chart.rows] == [scores.dimensions[d.id] for d in dims]
    assert f"{scores.overall:.2f}".replace(".", ",") in review.overall.text()  # Vietnamese decimal comma
    image = review.chart.grab()
    assert image.width() > 100 and image.height() > 20


def test_not_met_list_opens_the_criterion(demo_db, open_window):
    """The list holds exactly the criteria not met; activating one opens it in the walk-through."""
    window = open_window(demo_db)
    review = _review(window)
    not_met = [cid for cid, ev in window.session.evaluations().items() if ev.verdict == NOT_MET]
    listed = [review.not_met.item(i).data(256) for i in range(review.not_met.count())]
    assert [x for x in listed if x] == not_met
    if not_met:
        review.not_met.itemActivated.emit(review.not_met.item(0))
        assert window.assessment_view.walkthrough.current_id() == not_met[0]


def test_plan_is_created_from_the_criteria_not_met(demo_db, open_window, user):
    """"Tạo kế hoạch…" adds one action per unmet criterion without one; pressing it again adds nothing."""
    window = open_window(demo_db)
    review = _review(window)
    session = window.session
    choice = next(c for c in session.catalogue.criteria if c.answer.model == "yes_no_partly")
    window.assessment_view.show_criterion(choice.id)  # make sure at least one criterion is not met
    page = window.assessment_view.walkthrough.pages[choice.id]
    next(b for b in page.editor.group.buttons() if b.property("key") == "no").click()
    window.assessment_view.show_review()
    for a in window.repo.list_actions(session.id):
        window.repo.delete_action(a.id)
    review.plan.refresh()
    review.plan.generate_button.click()
    not_met = {cid for cid, ev in session.evaluations().items() if ev.verdict == NOT_MET}
    actions = window.repo.list_actions(session.id)
    assert {a.criterion_id for a in actions} == not_met
    assert review.plan.table.rowCount() == len(actions)
    first = actions[0]
    assert review.plan.table.item(0, 0).text().startswith(f"{first.criterion_id}: ")
    assert len(review.plan.table.item(0, 0).text()) > len(first.criterion_id) + 10  # says what to do
    review.plan.generate_button.click()
    assert len(window.repo.list_actions(session.id)) == len(actions)
    assert user.kinds("inform")


def test_editing_the_plan_is_saved(demo_db, open_window):
    """Typing the person responsible, a deadline and a status is written to the database at once."""
    window = open_window(demo_db)
    review = _review(window)
    review.plan.add_button.click()
    row = review.plan.table.rowCount() - 1
    review.plan.table.item(row, 1).setText("Tổng phụ trách Đội")
    review.plan.table.cellWidget(row, 2).setDate(QDate(2026, 4, 30))
    status = review.plan.table.cellWidget(row, 3)
    status.setCurrentIndex(1)
    status.activated.emit(1)
    action = window.repo.list_actions(window.session.id)[-1]
    assert (action.who, action.due, action.status) == ("Tổng phụ trách Đội", "2026-04-30", "in_progress")


def test_history_compares_with_the_previous_school_year(demo_db, open_window):
    """The draft of 2025-2026 is compared criterion by criterion with the finalised 2024-2025."""
    window = open_window(demo_db)
    window.home._school_chosen(0)
    review = _review(window)
    assert "2024-2025" in review.history_note.text()
    assert review.history.rowCount() == len(window.session.catalogue.criteria)
    assert {review.history.item(r, 3).text() for r in range(review.history.rowCount())} <= {
        "tốt hơn", "kém hơn", "như cũ", "–"}
