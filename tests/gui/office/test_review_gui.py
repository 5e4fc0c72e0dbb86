"""The review loop in both windows: the office returns with notes and accepts the new revision; the school reads
each receipt (dropped on its window), sees the notes on the criteria pages and reopens with the office's reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from papi_desktop.gui import actions, dialogs
from papi_desktop.gui.office import review_dialog

from .helpers import run_import

OFFICE = {"name": "Phòng Văn hóa – Xã hội phường Buôn Ma Thuột", "supervising_body": "UBND phường Buôn Ma Thuột"}


@pytest.fixture
def school_db(tmp_path):
    """A school's data file with its 2025-2026 self-assessment finalised (and other sample schools)."""
    from papi_desktop.demo import make_demo
    from papi_desktop.storage.repository import Repository

    path = tmp_path / "truong.sqlite3"
    with Repository.open(path) as repo:
        make_demo(repo, schools=4, seed=1)
        a = next(x for x in repo.list_assessments() if x.is_final and x.school_year == "2025-2026")
        repo.set_setting("gui.current_school", a.school_code)
    return path, a.id


def _decide_in_dialog(monkeypatch, reason: str = "", notes: dict | None = None, shown: list | None = None):
    """The clerk fills the accept/return dialog and presses its button (instead of a modal wait)."""

    def fake_exec(self):
        if shown is not None:
            shown.append(self)
        self.reason.setPlainText(reason)
        for cid, note in (notes or {}).items():
            self.set_note(cid, note)
        self.accept()
        return self.result()

    monkeypatch.setattr(review_dialog.ReviewDialog, "exec", fake_exec)


def _drop(window, path: Path) -> None:
    """Drop a file on the window, as from the file manager."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window.dropEvent(QDropEvent(QPointF(QPoint(50, 50)), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def _export(window, aid: str, out: Path, monkeypatch) -> Path:
    """Xuất tệp dữ liệu from the open assessment."""
    monkeypatch.setattr(actions, "save_file", lambda *_a: str(out))
    window.open_assessment(aid)
    window.assessment_view.export_button.click()
    assert out.exists()
    return out


def _row(office_window, aid: str) -> int:
    dash = office_window.dashboard
    dash.select_assessment(aid)
    assert dash.selected_id() == aid
    return next(r for r in range(dash.model.rowCount()) if dash.model.assessment_id(r) == aid)


def test_the_whole_loop_in_both_windows(school_db, office, open_window, monkeypatch, tmp_path, user, qtbot):
    """Export → import → return with two notes → receipt → dropped on the school's window: the verdict on the
    home page, the notes on their criteria pages → "Mở lại để sửa" with the reason filled in → finalise, export
    r2 → the office sees "đã gửi lại" → accept → receipt → the school sees "đã tiếp nhận"."""
    from papi_desktop.gui.office.dashboard_model import REVIEW_COLUMN

    db, aid = school_db
    school = open_window(db)
    desk = office()
    desk.repo.set_setting("office", OFFICE)
    run_import(qtbot, desk, [_export(school, aid, tmp_path / "r1.papi", monkeypatch)])
    desk.dashboard.refresh()
    row = _row(desk, aid)
    assert desk.dashboard.model.index(row, REVIEW_COLUMN).data() == "chưa xem xét"
    assert not desk.dashboard.receipt_button.isEnabled()

    receipt = tmp_path / "tra-lai.papi-receipt"
    monkeypatch.setattr(actions, "save_file", lambda _p, _t, name, _f: str(receipt) if name.endswith(
        "-r1-tra-lai.papi-receipt") else "")
    _decide_in_dialog(monkeypatch, "Thiếu minh chứng", {"CD.01": "Ghi rõ số lớp ghép", "CD.03": "Thêm ảnh"})
    user.confirm_answers = [True]  # "write the receipt now?"
    desk.dashboard.return_button.click()
    assert receipt.exists()
    row = _row(desk, aid)
    assert desk.dashboard.model.index(row, REVIEW_COLUMN).data() == "trả lại"

    school.go_home()
    _drop(school, receipt)
    assert "đã trả lại lần sửa 1" in user.kinds("inform")[-1]
    verdict = school.home.verdict
    assert verdict.isVisible() and "Thiếu minh chứng" in verdict.text.text() and "CD.01, CD.03" in verdict.text.text()
    school.open_assessment(aid, criterion="CD.01")
    page = school.assessment_view.walkthrough.pages["CD.01"]
    assert page.office_note.isVisible() and page.office_note.note.text() == "Ghi rõ số lớp ghép"
    school.assessment_view.walkthrough.show_criterion("CD.02")
    assert not school.assessment_view.walkthrough.pages["CD.02"].office_note.isVisible()

    school.go_home()
    offered = []
    monkeypatch.setattr(dialogs, "ask_text", lambda _p, _t, _l, text="", **_k: offered.append(text) or text)
    assert verdict.reopen_button.isVisible()
    verdict.reopen_button.click()
    assert "Thiếu minh chứng" in offered[0]
    assert school.session is not None and school.session.assessment.revision == 2 and not school.session.read_only
    school.assessment_view.finalise_button.click()
    assert school.session.read_only
    run_import(qtbot, desk, [_export(school, aid, tmp_path / "r2.papi", monkeypatch)])
    row = _row(desk, aid)
    assert desk.dashboard.model.index(row, REVIEW_COLUMN).data() == "đã gửi lại"

    accepted = tmp_path / "tiep-nhan.papi-receipt"
    monkeypatch.setattr(actions, "save_file", lambda *_a: str(accepted))
    _decide_in_dialog(monkeypatch)
    user.confirm_answers = [True]
    desk.dashboard.accept_button.click()
    assert desk.dashboard.model.index(_row(desk, aid), REVIEW_COLUMN).data() == "đã tiếp nhận"
    school.go_home()
    _drop(school, accepted)
    assert "đã tiếp nhận lần sửa 2" in verdict.text.text() and not verdict.reopen_button.isVisible()
    home = school.home
    row = next(r for r, a in enumerate(home.assessments) if a.id == aid)
    assert home.table.item(row, 4).text() == "đã tiếp nhận"


def test_returning_without_a_reason_keeps_the_dialog_open_and_says_why(filled, monkeypatch, user):
    """The return dialog refuses an empty reason in its own red line and stores nothing."""
    filled.repo.set_setting("office", OFFICE)
    aid = filled.dashboard.model.assessment_id(0)
    dialog = review_dialog.ReviewDialog(filled.repo, aid, "returned", filled)
    dialog.reason.setPlainText("   ")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.problem.isVisibleTo(dialog)
    assert "lý do" in dialog.problem.text()
    assert filled.repo.review_history(aid) == []


def test_the_review_filter_and_the_school_view(filled, monkeypatch, user, tmp_path):
    """Accepting from the read-only school view shows there and on the dashboard; the dashboard's review filter
    shows only the schools in that state; "write all pending receipts" writes one file per reviewed school."""
    filled.repo.set_setting("office", OFFICE)
    first, second = filled.dashboard.model.assessment_id(0), filled.dashboard.model.assessment_id(1)
    view = filled.open_school(first)
    _decide_in_dialog(monkeypatch, "Đầy đủ, rõ ràng")
    user.confirm_answers = [False]  # write the receipt later
    view.accept_button.click()
    assert "đã tiếp nhận" in view.review_label.text() and "Đầy đủ, rõ ràng" in view.review_label.text()
    filled.dashboard.select_assessment(second)
    _decide_in_dialog(monkeypatch, "Thiếu biên bản")
    user.confirm_answers = [False]
    filled.dashboard.return_button.click()
    combo = filled.dashboard.review_combo
    combo.setCurrentIndex(combo.findData("accepted"))
    assert [filled.dashboard.model.assessment_id(r) for r in range(filled.dashboard.model.rowCount())] == [first]
    combo.setCurrentIndex(combo.findData("pending"))
    assert filled.dashboard.model.rowCount() == 3
    out = tmp_path / "giay-bao"
    out.mkdir()
    monkeypatch.setattr(review_dialog, "choose_receipt_folder", lambda _p: str(out))
    filled.dashboard.pending_button.click()
    names = sorted(p.name for p in out.iterdir())
    assert [n.endswith("-tiep-nhan.papi-receipt") for n in names].count(True) == 1
    assert [n.endswith("-tra-lai.papi-receipt") for n in names].count(True) == 1 and len(names) == 2
    user.messages.clear()
    filled.dashboard.pending_button.click()
    assert "đã có giấy báo" in user.kinds("inform")[-1]


def test_the_next_level_imports_a_bundle_with_its_receipts(filled, office, qtbot, tmp_path):
    """The Sở imports a lower office's bundle folder: the receipt's line says what that office decided, and the
    school's window at the Sở shows it, while the Sở's own review starts "chưa xem xét"."""
    from papi_desktop.exchange.bundle import make_bundle
    from papi_desktop.exchange.review import decide

    filled.repo.set_setting("office", {**OFFICE, "place_name": "Buôn Ma Thuột", "signer": "Nguyễn Văn Bình",
                                       "signer_title": "TRƯỞNG PHÒNG", "recipients": ["Sở GDĐT Đắk Lắk"]})
    aid = filled.dashboard.model.assessment_id(0)
    decide(filled.repo, aid, "accepted", reason="Đầy đủ", reviewer="Hoa")
    make_bundle(filled.repo, tmp_path / "gui-so", school_year="2025-2026")
    so = office("so")
    report = run_import(qtbot, so, [tmp_path / "gui-so"])
    [line] = [r for r in report.results if r.path.endswith(".papi-receipt")]
    assert line.result == "imported" and "đã tiếp nhận lần sửa 1 của trường" in line.reason_vi
    view = so.open_school(aid)
    assert "Review" not in view.review_label.text() and "chưa xem xét" in view.review_label.text()
    assert "Cấp dưới đã xem xét trước khi gửi lên: Phòng Văn hóa – Xã hội phường Buôn Ma Thuột đã tiếp nhận" \
        in view.review_label.text()
