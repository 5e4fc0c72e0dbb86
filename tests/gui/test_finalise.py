"""Finalise (blocked with the list of what is missing) and reopen (reason, new revision, audit)."""

from __future__ import annotations

from papi_desktop.gui import assessment_view
from papi_desktop.gui.dialogs import ask_finalise as REAL_ASK_FINALISE  # bound before the stand-in replaces it


def _open(window, final: bool):
    a = next(a for a in window.home.assessments if a.is_final == final)
    window.open_assessment(a.id)
    return window.assessment_view


def test_finalise_is_blocked_with_the_list_of_what_is_missing(demo_db, open_window, monkeypatch):
    """An incomplete draft is not finalised; the list names each missing criterion and can open it."""
    window = open_window(demo_db)
    code = window.home.school_code()
    fresh = window.repo.create_assessment(school_code=code, school_year="2026-2027")
    window.open_assessment(fresh.id)
    view = window.assessment_view
    shown = {}

    def fake_show(_parent, session, missing):
        shown["missing"] = missing
        dialog = assessment_view.MissingDialog(session, missing)
        shown["lines"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        return missing[0][0]

    monkeypatch.setattr(assessment_view, "show_missing", fake_show)
    view.finalise_button.click()
    assert len(shown["missing"]) == len(window.repo.missing_for_finalise(window.session.id))
    assert len(shown["lines"]) == len(window.session.catalogue.criteria)
    assert all("chưa trả lời đủ" in line for line in shown["lines"])
    assert not window.repo.get_assessment(window.session.id).is_final
    assert view.walkthrough.current_id() == shown["missing"][0][0]


def test_finalised_assessment_is_read_only(demo_db, open_window):
    """Every answer widget is disabled and only "Mở lại" is offered."""
    window = open_window(demo_db)
    view = _open(window, final=True)
    page = view.walkthrough.pages[view.walkthrough.current_id()]
    assert not page.editor.isEnabled() and not page.note.isEnabled() and not page.na.isEnabled()
    assert not page.attachments.add_button.isEnabled()
    assert view.reopen_button.isVisible() and not view.finalise_button.isVisible()
    assert "chỉ xem" in view.title.text()
    assert not view.review.plan.generate_button.isEnabled()


def test_reopen_asks_a_reason_and_records_it(demo_db, open_window, user):
    """Reopening needs a reason; it makes revision 2 and writes the reason to the audit log."""
    window = open_window(demo_db)
    view = _open(window, final=True)
    aid = window.session.id
    user.text_answers[:] = [None]
    view.reopen_button.click()
    assert window.repo.get_assessment(aid).is_final
    user.text_answers[:] = ["Sửa số phòng học điểm trường Buôn Trấp"]
    view.reopen_button.click()
    a = window.repo.get_assessment(aid)
    assert not a.is_final and a.revision == 2
    entry = [e for e in window.repo.audit_log(aid) if e.action == "assessment_reopened"][-1]
    assert entry.detail["reason"] == "Sửa số phòng học điểm trường Buôn Trấp"
    page = view.walkthrough.pages[view.walkthrough.current_id()]
    assert page.note.isEnabled() and view.finalise_button.isVisible()


def test_finalise_dialog_asks_number_and_date_in_vietnamese(qtbot):
    """The real dialog: Vietnamese buttons; the number and date typed are returned; "Chưa" returns nothing."""
    from PySide6.QtCore import QDate, QTimer
    from PySide6.QtWidgets import QApplication, QDateEdit, QDialog, QPushButton, QSpinBox

    from papi_desktop.gui.i18n import install_language

    install_language("vi")
    seen = {}

    def fill(accept: bool):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, lambda: fill(accept))
            return
        buttons = {b.text(): b for b in dialog.findChildren(QPushButton)}
        seen["buttons"] = sorted(buttons)
        dialog.findChild(QSpinBox).setValue(12)
        dialog.findChild(QDateEdit).setDate(QDate(2026, 5, 20))
        buttons["Hoàn thành" if accept else "Chưa"].click()

    QTimer.singleShot(20, lambda: fill(True))
    assert REAL_ASK_FINALISE(None, "Hoàn thành?", None) == (12, "2026-05-20")
    assert seen["buttons"] == ["Chưa", "Hoàn thành"]
    QTimer.singleShot(20, lambda: fill(False))
    assert REAL_ASK_FINALISE(None, "Hoàn thành?", 3) is None
