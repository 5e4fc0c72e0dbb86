"""Printing from the GUI: "In / Xuất PDF" saves the official report and opens it for printing."""

from __future__ import annotations

from pypdf import PdfReader

from papi_desktop.gui import actions
from papi_desktop.paths import data_dir


def _open(window, final: bool):
    a = next(a for a in window.home.assessments if a.is_final == final)
    window.open_assessment(a.id)
    return a


def test_print_button_saves_the_report_and_opens_it(demo_db, open_window, monkeypatch, tmp_path):
    """Clicking the PDF button writes the report where the user chose and hands it to the viewer."""
    out = tmp_path / "báo cáo.pdf"
    opened = []
    monkeypatch.setattr(actions, "save_file", lambda *a: str(out))
    monkeypatch.setattr(actions, "open_file", lambda p: opened.append(str(p)) or True)
    window = open_window(demo_db)
    a = _open(window, final=True)
    window.assessment_view.pdf_button.click()
    assert opened == [str(out)]
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "BÁO CÁO" in text and a.school_year in text
    assert "Mã xác thực" in text


def test_cancelled_save_writes_nothing(demo_db, open_window, monkeypatch, tmp_path):
    """Cancelling the save dialog produces no file and opens nothing."""
    opened = []
    monkeypatch.setattr(actions, "save_file", lambda *a: "")
    monkeypatch.setattr(actions, "open_file", lambda p: opened.append(p))
    window = open_window(demo_db)
    _open(window, final=False)
    window.assessment_view.pdf_button.click()
    assert opened == [] and not list(tmp_path.glob("*.pdf"))


def test_report_error_is_shown_not_raised(demo_db, open_window, monkeypatch, tmp_path, user):
    """A target that cannot be written gives a message in the dialog, and the window stays usable."""
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(actions, "save_file", lambda *a: str(blocker / "x.pdf"))
    monkeypatch.setattr(actions, "open_file", lambda p: True)
    window = open_window(demo_db)
    _open(window, final=False)
    window.assessment_view.pdf_button.click()
    assert any("Không ghi được" in m for m in user.kinds("error")), user.messages
    assert window.assessment_view.pdf_button.isEnabled()


def test_ctrl_p_sends_the_report_to_the_printer(demo_db, open_window, monkeypatch):
    """Ctrl+P on an open assessment builds its report and hands that PDF to the system's print handler."""
    sent = []
    monkeypatch.setattr(actions, "send_to_printer", lambda p: sent.append(p) or True)
    window = open_window(demo_db)
    a = _open(window, final=True)
    window.print_action.trigger()
    [path] = sent
    assert path.name == f"bao-cao-papi-{a.school_code}-{a.school_year}.pdf"
    assert "BÁO CÁO" in PdfReader(path).pages[0].extract_text()


def test_without_a_printer_program_the_report_opens_instead(demo_db, open_window, monkeypatch, user):
    """When no print handler answers, the user is told and the PDF opens in the viewer to print from there."""
    opened = []
    monkeypatch.setattr(actions, "send_to_printer", lambda p: False)
    monkeypatch.setattr(actions, "open_file", lambda p: opened.append(p) or True)
    window = open_window(demo_db)
    window.home.table.selectRow(0)
    window.print_action.trigger()
    assert len(opened) == 1 and str(opened[0]).endswith(".pdf")
    assert any("máy in" in m.lower() for m in user.kinds("inform")), user.messages


def test_without_a_printer_program_or_a_viewer_the_message_says_where_the_report_is(demo_db, open_window,
                                                                                  monkeypatch, user):
    """Ctrl+P on a PC with neither a print handler nor a PDF viewer: one message names the saved file and how to
    print it (not "print it from there" about a viewer that never opened)."""
    monkeypatch.setattr(actions, "send_to_printer", lambda p: False)
    monkeypatch.setattr(actions, "open_file", lambda p: False)
    window = open_window(demo_db)
    window.home.table.selectRow(0)
    window.print_action.trigger()
    [message] = user.kinds("inform")
    [path] = (data_dir() / "in").glob("*.pdf")
    assert str(path) in message and "Foxit" in message
    assert "in từ đó" not in message  # the "it is opened instead: print it from there" of a viewer that opened


def test_windows_printing_uses_the_pdf_programs_print_verb(tmp_path):
    """Simulated Windows: the PDF goes to os.startfile(path, "print"); no "print" verb (WinError 1155) → False."""
    pdf = tmp_path / "bao-cao.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    calls = []
    assert actions.send_to_printer(pdf, platform="win32", startfile=lambda *a: calls.append(a)) is True
    assert calls == [(str(pdf), "print")]

    def no_print_verb(*_a):
        raise OSError(22, "No application is associated with the specified file for this operation")

    assert actions.send_to_printer(pdf, platform="win32", startfile=no_print_verb) is False
