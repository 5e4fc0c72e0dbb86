"""The walk-through generated from the catalogue: navigation, answer widgets, live verdicts, validation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox

from papi_desktop.core.catalogue import default_catalogue
from papi_desktop.core.model import Answer
from papi_desktop.core.scoring import MET, NA, NOT_MET
from papi_desktop.gui.editors import ChoiceEditor, DisclosureEditor, FormEditor

from .helpers import fill_page, plausible_answer


def _open_draft(window):
    draft = next(a for a in window.home.assessments if not a.is_final)
    window.open_assessment(draft.id)
    return window.assessment_view.walkthrough


def _first(model: str, **kw):
    return next(c for c in default_catalogue().criteria if c.answer.model == model
                and all(getattr(c.answer, k) == v for k, v in kw.items()))


def test_pages_and_navigation_pane_come_from_the_catalogue(demo_db, open_window):
    """One pane entry per criterion, grouped by dimension; each page has the editor of its model."""
    walk = _open_draft(open_window(demo_db))
    cat = default_catalogue()
    assert sorted(walk.items) == sorted(c.id for c in cat.criteria)
    groups = [walk.tree.topLevelItem(i).text(0) for i in range(walk.tree.topLevelItemCount())]
    assert groups == [d.name.vi for d in cat.dimensions if cat.criteria_of(d.id)]
    kinds = {"yes_no_partly": ChoiceEditor, "form": FormEditor, "disclosure": DisclosureEditor}
    for c in cat.criteria:
        walk.show_criterion(c.id)
        page = walk.pages[c.id]
        assert isinstance(page.editor, kinds[c.answer.model])
        assert page.title.text() == f"{c.id}. {c.text.vi}"


def test_full_walk_through_with_next_answers_everything(demo_db, open_window, user):
    """Answering every page through its widgets and pressing Next makes the draft complete and finalisable."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    session = window.session
    codes = session.campus_codes
    walk.show_criterion(walk.order[0])
    for i, cid in enumerate(walk.order):
        assert walk.current_id() == cid
        criterion = session.catalogue.criterion(cid)
        fill_page(walk.pages[cid], plausible_answer(criterion, codes, session.assessment.school_year, seed=i,
                                                             session=session))
        walk.next_button.click()
    assert walk.current_id() == walk.order[-1] and not walk.next_button.isEnabled()
    assert window.repo.missing_for_finalise(session.id) == []
    user.confirm_answers[:] = [True]
    window.assessment_view.finalise_button.click()
    final = window.repo.get_assessment(session.id)
    assert final.is_final and (final.doc_number, final.doc_date) == (7, "2026-05-20")


def test_keyboard_moves_between_criteria(demo_db, open_window, qtbot):
    """Ctrl+PgDown / Alt+Right go forward, Ctrl+PgUp / Alt+Left go back."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    walk.show_criterion(walk.order[0])
    walk.tree.setFocus()
    qtbot.keyClick(walk.tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert walk.current_id() == walk.order[1]
    qtbot.keyClick(walk.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert walk.current_id() == walk.order[0]
    qtbot.keyClick(walk.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(walk.tree, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert walk.current_id() == walk.order[0]


def test_choosing_an_answer_updates_verdict_and_mark_at_once(demo_db, open_window):
    """Yes → Đạt, No → Chưa đạt, shown on the page and in the pane."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    c = _first("yes_no_partly")
    walk.show_criterion(c.id)
    page = walk.pages[c.id]
    buttons = {b.property("key"): b for b in page.editor.group.buttons()}
    buttons["yes"].click()
    assert page.verdict.text() == "Kết quả: Đạt"
    assert walk.items[c.id].data(0, 257) == MET
    buttons["no"].click()
    assert page.verdict.text() == "Kết quả: Chưa đạt"
    assert walk.items[c.id].data(0, 257) == NOT_MET
    assert window.repo.get_answers(window.session.id)[c.id].value["choice"] == "no"


def test_impossible_counts_show_the_catalogues_message(demo_db, open_window):
    """More solid rooms than rooms in total: the catalogue's check message appears next to that field of that
    campus (not under all campuses), and the criterion is not "Đạt"."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    c = _first("form", per_campus=True)
    walk.show_criterion(c.id)
    page = walk.pages[c.id]
    campus = window.session.campus_codes[0]
    spins = {f.key: page.editor.field_input(f.key, campus) for f in c.answer.fields}
    assert all(isinstance(s, QSpinBox) for s in spins.values())
    check = c.answer.checks[0]
    left, right = check.rule["left"], check.rule["right"]
    spins[right].setValue(3)
    spins[left].setValue(9)
    block = next(i for i in page.editor._inputs[campus] if i.field.key == left)
    assert block.message.isVisible() and check.message.vi in block.message.text()
    assert check.message.vi not in page.problems.text()
    assert window.session.evaluation(c).verdict != MET


def test_not_applicable_needs_a_reason(demo_db, open_window):
    """"Không áp dụng" disables the answer; without a reason it stays unanswered with a message."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    c = next(c for c in default_catalogue().criteria if c.answer.allow_na)
    walk.show_criterion(c.id)
    page = walk.pages[c.id]
    page.na.setChecked(True)
    assert not page.editor.isEnabled() and page.na_reason.isEnabled()
    assert "lý do" in page.problems.text()
    page.na_reason.setText("Trường không có điểm trường lẻ")
    page.na_reason.textEdited.emit(page.na_reason.text())
    assert window.session.evaluation(c).verdict == NA
    assert walk.items[c.id].data(0, 257) == NA


def test_disclosure_outside_the_school_year_is_not_met(demo_db, open_window):
    """A disclosure typed as 10/01/2000 for a 2025-2026 assessment is not met, and the date's message says the
    window, next to the date."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    c = next(c for c in window.session.catalogue.criteria if c.answer.model == "disclosure")
    walk.show_criterion(c.id)
    editor = walk.pages[c.id].editor
    editor.yes.click()
    editor.methods[0].setChecked(True)
    editor.date.edit.setText("10/01/2000")
    editor.date.edit.textEdited.emit("10/01/2000")
    QApplication.processEvents()
    assert window.session.evaluation(c).verdict == NOT_MET
    assert editor.date_message.isVisible() and "01/07/2025" in editor.date_message.text()
    editor.date.edit.setText("15092025")
    editor.date.edit.textEdited.emit("15092025")
    assert window.session.evaluation(c).verdict == MET and not editor.date_message.isVisible()


def test_every_input_has_an_accessible_name_and_tab_reaches_it(demo_db, open_window):
    """Screen readers get a name for every answer input; each can take keyboard focus."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    for cid in walk.order:
        walk.show_criterion(cid)
        page = walk.pages[cid]
        for w in page.editor.inputs():
            assert w.accessibleName(), f"{cid}: {type(w).__name__} without accessible name"
            assert w.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert page.note.accessibleName()


def test_tab_goes_from_the_pane_into_the_answer_and_typing_saves(demo_db, open_window, qtbot):
    """Keyboard only: Tab from the pane reaches the page and then its first answer input; digits typed are saved."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    c = _first("form", per_campus=True)
    walk.show_criterion(c.id)
    page = walk.pages[c.id]
    walk.tree.setFocus()
    qtbot.waitUntil(walk.tree.hasFocus, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    first = page.editor.inputs()[0]
    focus = QApplication.focusWidget()
    assert focus is first or first.isAncestorOf(focus)
    first.lineEdit().selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "17")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # leaving the field writes it
    campus = window.session.campus_codes[0]
    saved = window.repo.get_answers(window.session.id)[c.id].value["campuses"][campus]
    assert saved[c.answer.fields[0].key] == 17


def test_profile_numbers_are_filled_in_and_saved_with_the_first_change(demo_db, open_window, qtbot):
    """CD.02's total comes from the school profile (teachers + other staff) and is saved with the first change."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    session = window.session
    session.update(Answer("CD.02", {}))  # as if nothing was answered yet
    session.flush()
    walk.show_criterion("CD.02")
    page = walk.pages["CD.02"]
    page.reload()
    stats = session.school.stats
    total = page.editor.field_input("tong_so")
    assert total.value() == stats["teachers"] + stats["staff"]
    page.editor.field_input("da_pho_bien").setValue(total.value())
    qtbot.waitUntil(lambda: not session.has_pending(), timeout=3000)
    stored = window.repo.get_answers(session.id)["CD.02"].value
    assert stored == {"tong_so": total.value(), "da_pho_bien": total.value()}
    assert session.evaluation(session.catalogue.criterion("CD.02")).verdict == MET


def test_a_typed_date_is_saved_after_the_pause(demo_db, open_window, qtbot):
    """A disclosure date typed as "15092025" is saved (debounced like any typing) as 2025-09-15."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    c = next(c for c in window.session.catalogue.criteria if c.answer.model == "disclosure")
    walk.show_criterion(c.id)
    editor = walk.pages[c.id].editor
    editor.yes.click()
    editor.date.edit.setText("15092025")
    editor.date.edit.textEdited.emit("15092025")
    assert window.session.has_pending()
    qtbot.waitUntil(lambda: not window.session.has_pending(), timeout=3000)
    assert window.repo.get_answers(window.session.id)[c.id].value["date"] == "2025-09-15"


def test_tab_order_runs_from_the_pane_through_the_pages_inputs_also_when_a_page_is_shown_again(demo_db,
                                                                                               open_window):
    """However many pages were opened before, Tab from the pane goes through the shown page's inputs, in order,
    then to "Quay lại" — also on a page shown for the second time."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    for cid in walk.order:
        walk.show_criterion(cid)
    for cid in (walk.order[0], walk.order[len(walk.order) // 2], walk.order[-1]):
        walk.show_criterion(cid)
        page = walk.pages[cid]
        chain, w = [], walk.tree.nextInFocusChain()
        while w is not walk.back_button and len(chain) < 5000:
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(window) and w.isEnabled():
                chain.append(w)
            w = w.nextInFocusChain()
        assert w is walk.back_button
        wanted = [x for x in page.editor.inputs() if x.isEnabled()]
        assert chain[0] is page and [x for x in chain if x in wanted] == wanted and page.note in chain
        assert all(page.isAncestorOf(x) for x in chain[1:])
