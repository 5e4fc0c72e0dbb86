"""Autosave: nothing typed is lost — debounce, flush on focus-out/page change/close, resume after a crash."""

from __future__ import annotations

import random

from papi_desktop.demo import sample_answers
from papi_desktop.gui.assessment_view import REVIEW
from papi_desktop.gui.session import RESUME_KEY
from papi_desktop.storage.repository import Repository

NOTE = "Biên bản kiểm tra ngày 15/9, ảnh chụp các phòng học ở điểm trường Buôn Trấp"


def _open_draft(window):
    draft = next(a for a in window.home.assessments if not a.is_final)
    window.open_assessment(draft.id)
    return window.assessment_view.walkthrough


def _db_note(db, assessment_id, cid):
    with Repository.open(db) as repo:
        answer = repo.get_answers(assessment_id).get(cid)
    return answer.note if answer else None


def _type_note(page, value):
    page.note.setPlainText(value)  # textChanged → debounced save, as when typing


def test_typing_is_saved_after_a_short_pause(demo_db, open_window, qtbot):
    """A note being typed reaches the database ~400 ms after the last keystroke, without any Save button."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    cid = walk.current_id()
    _type_note(walk.pages[cid], NOTE)
    assert window.session.has_pending()
    assert window.saved_label.text() == "Đang lưu…"
    qtbot.waitUntil(lambda: _db_note(demo_db, window.session.id, cid) == NOTE, timeout=3000)
    assert window.saved_label.text().startswith("Đã lưu")


def test_changing_page_flushes_what_was_typed(demo_db, open_window):
    """Going to the next criterion writes the note at once (no waiting for the pause)."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    cid = walk.current_id()
    _type_note(walk.pages[cid], NOTE)
    walk.go_next()
    assert _db_note(demo_db, window.session.id, cid) == NOTE


def test_focus_leaving_a_field_flushes(demo_db, open_window, qtbot):
    """Leaving the note field (Tab) writes it at once."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    page = walk.pages[walk.current_id()]
    page.note.setFocus()
    qtbot.waitUntil(page.note.hasFocus, timeout=2000)
    _type_note(page, NOTE)
    page.attachments.add_button.setFocus()
    qtbot.waitUntil(lambda: not window.session.has_pending(), timeout=300)
    assert _db_note(demo_db, window.session.id, walk.current_id()) == NOTE


def test_value_is_there_after_closing_and_reopening(demo_db, open_window):
    """Close the window right after typing; a new window on the same database shows the value."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    cid = walk.current_id()
    _type_note(walk.pages[cid], NOTE)
    window.close()
    again = open_window(demo_db)
    assert again.session is not None and again.assessment_view.walkthrough.current_id() == cid
    assert again.assessment_view.walkthrough.pages[cid].note.toPlainText() == NOTE


def test_after_a_crash_the_app_reopens_at_the_last_criterion(demo_db, open_window, qtbot):
    """Without close (a crash or power cut), the next start reopens the same assessment at the same criterion."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    walk.show_criterion(walk.order[-1])
    cid = walk.current_id()
    _type_note(walk.pages[cid], NOTE)
    qtbot.waitUntil(lambda: not window.session.has_pending(), timeout=3000)
    assessment_id = window.session.id
    # no close(): the first window is simply abandoned
    again = open_window(demo_db)
    assert again.session.id == assessment_id
    assert again.assessment_view.walkthrough.current_id() == cid
    assert again.assessment_view.walkthrough.pages[cid].note.toPlainText() == NOTE


def test_resume_remembers_the_review_tab_and_home_clears_it(demo_db, open_window):
    """The review tab is reopened too; going home deliberately means the next start shows home."""
    window = open_window(demo_db)
    _open_draft(window)
    window.assessment_view.show_review()
    assert window.repo.get_setting(RESUME_KEY)["view"] == REVIEW
    again = open_window(demo_db)
    assert again.assessment_view.current_view() == REVIEW
    again.go_home()
    assert open_window(demo_db).session is None


def test_text_typed_in_decomposed_form_is_stored_as_nfc(demo_db, open_window):
    """Text pasted in NFD (as some Windows keyboards send it) is stored in NFC."""
    import unicodedata

    window = open_window(demo_db)
    walk = _open_draft(window)
    cid = walk.current_id()
    _type_note(walk.pages[cid], unicodedata.normalize("NFD", NOTE))
    window.session.flush()
    assert _db_note(demo_db, window.session.id, cid) == unicodedata.normalize("NFC", NOTE) == NOTE


def test_a_failed_save_is_reported_and_kept_pending(demo_db, open_window, user):
    """If another program finalised the assessment meanwhile, the user is told and the change is not dropped."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    cid = walk.current_id()
    with Repository.open(demo_db) as other:  # the other program completes and finalises it
        school = other.get_school(window.session.school.code)
        cat = other.catalogue_of(other.get_assessment(window.session.id))
        other.save_answers(window.session.id,
                           list(sample_answers(random.Random(1), cat, school, "2025-2026").values()))
        other.finalise(window.session.id)
    _type_note(walk.pages[cid], NOTE)
    assert window.session.flush() is False
    assert window.session.has_pending()
    assert any("chỉ xem" in m or "Mở lại" in m for m in user.kinds("error"))


def test_resume_of_a_deleted_assessment_starts_at_home(demo_db, open_window):
    """If the remembered assessment no longer exists, the app simply starts at home."""
    with Repository.open(demo_db) as repo:
        repo.set_setting(RESUME_KEY, {"assessment": "00000000-0000-4000-8000-000000000000", "criterion": None})
    window = open_window(demo_db)
    assert window.session is None and window.stack.currentWidget() is window.home


def test_an_assessment_of_an_unknown_catalogue_gives_a_message(demo_db, open_window, user):
    """An assessment made with a catalogue this app does not ship is refused with a message, not a crash."""
    with Repository.open(demo_db) as repo:  # as if imported from a newer app
        code = repo.list_schools()[0].code
        a = repo.create_assessment(school_code=code, school_year="2030-2031")
        repo.db["assessments"].update(a.id, {"catalogue_version": "2099.1"})
    window = open_window(demo_db)
    window.open_assessment(a.id)
    assert window.session is None and window.stack.currentWidget() is window.home
    assert any("2099.1" in m for m in user.kinds("error"))
