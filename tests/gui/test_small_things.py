"""The smaller walls of the first hour: file dialogs' folders, an empty reason, a PDF with no viewer, keyboard focus
after Ctrl+PgDown, the criteria pane's width, dialog titles and window sizes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from papi_desktop.gui import actions, dialogs, files


def _open_draft(window):
    a = next(a for a in window.home.assessments if not a.is_final)
    window.open_assessment(a.id)
    return window.assessment_view.walkthrough


def test_file_dialogs_start_in_documents_then_where_that_kind_was_last_used(monkeypatch, tmp_path):
    """A first dialog opens in Documents (never the program's folder); each kind remembers its own last folder."""
    seen = []

    def fake_open(_parent, _title, start, _filters, **_options):
        seen.append(start)
        return str(tmp_path / "anh" / "phong-hoc.jpg"), ""

    def fake_save(_parent, _title, start, _filters, **_options):
        seen.append(start)
        return str(tmp_path / "bao-cao" / "x.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([fake_open(*a, **k)[0]], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    (tmp_path / "anh").mkdir()
    (tmp_path / "bao-cao").mkdir()
    docs = files.documents_folder()
    assert Path(docs).is_dir() and Path(docs) != Path.cwd()
    files.open_file_names(None, "evidence", "t", "*")
    actions.save_file(None, "t", "bao-cao.pdf", "PDF (*.pdf)")
    files.open_file_names(None, "evidence", "t", "*")
    actions.save_file(None, "t", "bao-cao-2.pdf", "PDF (*.pdf)")
    assert seen[0] == docs and seen[1] == str(Path(docs) / "bao-cao.pdf")
    assert seen[2] == str(tmp_path / "anh") and seen[3] == str(tmp_path / "bao-cao" / "bao-cao-2.pdf")


def test_an_empty_reason_says_what_is_missing_and_keeps_the_dialog_open(qtbot):
    """"Mở lại…" with nothing written: the dialog stays open and says a reason is needed; with one it closes."""
    from papi_desktop.gui.i18n import install_language

    install_language("vi")
    dialog = dialogs.TextDialog(None, "Mở lại", "Vì sao phải sửa?", required=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.hint.isVisible() and "Hãy ghi" in dialog.hint.text()
    dialog.edit.setText("Phòng yêu cầu bổ sung")
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted


def test_a_pdf_no_viewer_opens_is_reported_with_where_it_was_saved(demo_db, open_window, monkeypatch, tmp_path,
                                                                   user):
    """"In / Xuất PDF" on a computer without a PDF viewer: the report is saved and a message says how to print it."""
    out = tmp_path / "bao-cao.pdf"
    monkeypatch.setattr(actions, "save_file", lambda *a: str(out))
    monkeypatch.setattr(actions, "open_file", lambda _p: False)
    window = open_window(demo_db)
    _open_draft(window)
    window.assessment_view.pdf_button.click()
    assert out.is_file()
    [message] = user.kinds("inform")
    assert "không có chương trình xem PDF" in message and str(out) in message


def test_after_ctrl_pgdown_the_first_tab_reaches_the_first_answer(demo_db, open_window, qtbot):
    """From the criteria pane, from an answer or from "Tiếp theo": Ctrl+PgDown, then Tab lands on the new page's
    first answer."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    for start in ("tree", "next_button"):
        walk.show_criterion(walk.order[0])
        getattr(walk, start).setFocus()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        assert walk.current_id() == walk.order[1]
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        page = walk.pages[walk.order[1]]
        focus = QApplication.focusWidget()
        assert page.isAncestorOf(focus) and focus is not page, (start, type(focus).__name__)
        first = page.nextInFocusChain()
        while not (first.focusPolicy() & Qt.FocusPolicy.TabFocus and first.isVisible()):
            first = first.nextInFocusChain()
        assert focus is first


def test_the_criteria_pane_can_be_widened_and_keeps_its_width(demo_db, open_window):
    """The divider between pane and page moves; the next assessment opened shows the pane as wide as it was left."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    total = sum(walk.splitter.sizes())
    walk.splitter.moveSplitter(total * 2 // 3, 1)
    wide = walk.splitter.sizes()[0]
    assert wide > total // 2
    window.go_home()
    again = _open_draft(window)
    assert abs(again.splitter.sizes()[0] - wide) <= 2


def test_the_new_year_dialog_is_wide_enough_for_its_title(qtbot):
    """"Bản tự đánh giá mới" is not cut short on the title bar: the dialog is at least as wide as its title needs."""
    from papi_desktop.gui.fit import title_width
    from papi_desktop.gui.home import NewAssessmentDialog

    dialog = NewAssessmentDialog(None, "2026-2027", "2025-2026")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Bản tự đánh giá mới"
    assert dialog.width() >= title_width(dialog) >= dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())


def test_windows_never_open_larger_than_the_screen(demo_db, open_window, qapp):
    """The main and the office windows fit the screen's free area (here the test screen's)."""
    window = open_window(demo_db)
    office = window.open_office()
    free = qapp.primaryScreen().availableGeometry()
    for w in (window, office):
        assert w.frameGeometry().width() <= free.width() and w.frameGeometry().height() <= free.height()
    office.close()


def test_the_criteria_pane_wraps_long_criteria_instead_of_cutting_them(demo_db, open_window, qtbot):
    """Every criterion in the pane is shown in full (on as many lines as it needs), also after the window is made
    narrower; a wider window gives the pane more room and the texts fewer lines."""
    from tests.gui.layout import _cut_items

    window = open_window(demo_db)
    walk = _open_draft(window)
    window.resize(1300, 700)
    qtbot.waitUntil(lambda: walk.tree.width() > 380)
    wide, lines_wide = walk.tree.width(), walk.tree.visualItemRect(walk.tree.topLevelItem(0).child(0)).height()
    window.resize(900, 700)
    qtbot.waitUntil(lambda: walk.tree.width() < wide)
    qtbot.wait(50)
    assert _cut_items(walk.tree) == []
    assert walk.tree.visualItemRect(walk.tree.topLevelItem(0).child(0)).height() > lines_wide
    assert walk.tree.horizontalScrollBar().maximum() == 0


def test_about_the_criterion_closes_once_for_every_page(demo_db, open_window):
    """«Về tiêu chí này» closed on one page is closed on the next page and after the program is opened again, so
    at 150 % the answer is in sight; opened again, it is open everywhere."""
    window = open_window(demo_db)
    walk = _open_draft(window)
    first = walk.pages[walk.current_id()]
    assert first.about.isVisible()
    first.about_button.click()
    assert not first.about.isVisible()
    walk.go_next()
    assert not walk.pages[walk.current_id()].about.isVisible()
    window.close()
    again = _open_draft(open_window(demo_db))
    page = again.pages[again.current_id()]
    assert not page.about.isVisible() and page.editor.isVisible()
    page.about_button.click()
    again.go_back()
    assert again.pages[again.current_id()].about.isVisible()


def test_the_first_start_choices_follow_the_text_size(qapp):
    """The three big choices of the first start are drawn in the chosen text size (Qt draws command links at 9 pt
    unless told otherwise): at 150 % a choice needs about half as much room again as at 100 %."""
    from papi_desktop.gui.prefs import apply_zoom
    from papi_desktop.gui.welcome import WelcomePanel

    heights = {}
    for zoom in (100, 150):
        apply_zoom(zoom)
        panel = WelcomePanel()
        heights[zoom] = panel.school_button.heightForWidth(2000)
        panel.deleteLater()
    apply_zoom(100)
    assert heights[150] >= heights[100] * 1.3, heights
