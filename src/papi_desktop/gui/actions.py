"""Actions that hand an assessment to another part of the app: printing and the data file.

One function per action, each taking ``(parent, repo, assessment_id)``; heavy libraries are imported lazily."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from papi_desktop.errors import PapiError
from papi_desktop.gui import dialogs
from papi_desktop.storage.repository import Repository


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """Ask where to save a file ("" when cancelled); the dialog starts where the last file of the same type
    (``.pdf``, ``.papi``, ``.xlsx``…) was saved, else in Documents."""
    from papi_desktop.gui.files import save_file_name

    return save_file_name(parent, "save" + Path(suggested).suffix.lower(), title, suggested, filters)


def open_file(path: str | Path) -> bool:
    """Open a produced file in the system's viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


@contextmanager
def busy_cursor():
    """Show the wait cursor while a longer job runs in the GUI thread."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def run_reporting_errors(parent: QWidget | None, work: Callable[[], object]) -> object | None:
    """Run ``work``; a PapiError is shown to the user and None returned."""
    try:
        return work()
    except PapiError as exc:
        dialogs.show_error(parent, exc)
        return None


def export_pdf(parent: QWidget | None, repo: Repository, assessment_id: str) -> str | None:
    """In / Xuất PDF: save the official report as PDF, then open it in the system's viewer to print."""
    a = repo.get_assessment(assessment_id)
    suggested = f"bao-cao-papi-{a.school_code}-{a.school_year}.pdf"
    out = save_file(parent, QCoreApplication.translate("Actions", "Save the report as PDF"), suggested,
                    "PDF (*.pdf)")
    if not out:
        return None
    from papi_desktop.report.api import render_assessment_pdf  # lazy: reportlab is heavy

    with busy_cursor():
        done = run_reporting_errors(parent, lambda: render_assessment_pdf(repo, assessment_id, out))
    if done is None:
        return None
    if not open_file(out):
        dialogs.inform(parent, QCoreApplication.translate("Actions", "Print / export PDF"),
                       QCoreApplication.translate("Actions", "The report was saved, but no program to show PDF files "
                                                             "opened it. Open the file with a PDF viewer (e.g. Foxit "
                                                             "Reader or Adobe Acrobat Reader) to print it."), out)
    return out


def send_to_printer(path: str | Path, platform: str | None = None, startfile=None) -> bool:
    """Print a PDF directly with the system's print handler (Windows: the PDF program's "print" verb; elsewhere
    ``lp``). False when the system has none; the caller then opens the file so it can be printed from the viewer.

    Qt itself cannot draw a PDF onto a QPrinter without the QtPdf add-on (too large for the school installer), so
    printing goes through the program that already shows PDFs on that PC. ``platform`` (``sys.platform``) and
    ``startfile`` (``os.startfile``) let tests simulate Windows.
    """
    import os
    import shutil
    import subprocess
    import sys

    if (platform or sys.platform) == "win32":
        try:
            (startfile or os.startfile)(str(path), "print")  # type: ignore[attr-defined]
        except OSError:  # e.g. WinError 1155: no program has a "print" verb for PDF files
            return False
        return True
    lp = shutil.which("lp")
    if lp is None:
        return False
    return subprocess.run([lp, str(path)], capture_output=True, check=False).returncode == 0


def print_report(parent: QWidget | None, repo: Repository, assessment_id: str) -> str | None:
    """In (Ctrl+P): build the report into the data folder's print folder and send it to the printer; without a
    printer program it is opened in the PDF viewer, and without a viewer the message says where the file is."""
    from papi_desktop.paths import data_dir
    from papi_desktop.report.api import render_assessment_pdf  # lazy: reportlab is heavy

    a = repo.get_assessment(assessment_id)
    out = data_dir() / "in" / f"bao-cao-papi-{a.school_code}-{a.school_year}.pdf"
    with busy_cursor():
        done = run_reporting_errors(parent, lambda: render_assessment_pdf(repo, assessment_id, out))
        printed = done is not None and send_to_printer(out)
    if done is None:
        return None
    if printed:
        return str(out)
    title = QCoreApplication.translate("Actions", "Print")
    if open_file(out):
        dialogs.inform(parent, title, QCoreApplication.translate("Actions", "No printer program answered, so the "
                                                                            "report is opened instead: print it from "
                                                                            "there."), str(out))
    else:
        dialogs.inform(parent, title,
                       QCoreApplication.translate("Actions", "The report was saved, but neither a printer program nor "
                                                             "a program to show PDF files answered. Open the file with "
                                                             "a PDF viewer (e.g. Foxit Reader or Adobe Acrobat Reader) "
                                                             "to print it."), str(out))
    return str(out)


def export_data_file(parent: QWidget | None, repo: Repository, assessment_id: str) -> str | None:
    """Xuất tệp dữ liệu: write the ``.papi`` file the receiving office imports (or the answers as XLSX / CSV).

    Only a finalised assessment is exported; a draft gets a message saying how to finalise it. The success
    message shows the verification code printed on the signed paper report, so the office can compare them."""
    from papi_desktop.storage.sample import refuse_export

    title = QCoreApplication.translate("Actions", "Export data file")
    try:
        refuse_export(repo)  # before asking where: nothing is made from the sample data
    except PapiError as exc:
        dialogs.show_error(parent, exc)
        return None
    a = repo.get_assessment(assessment_id)
    if not a.is_final:
        dialogs.inform(parent, title,
                       QCoreApplication.translate("Actions", "Only finalised assessments are exported as data files. "
                                                             "This assessment is still a draft."),
                       QCoreApplication.translate("Actions", "Answer every criterion, then press “Finalise…” and "
                                                             "give the report's number and date. After that, press "
                                                             "“Export data file” again."))
        return None
    from papi_desktop.exchange.writer import file_name

    filters = QCoreApplication.translate("Actions", "PAPI data file (*.papi);;Excel workbook (*.xlsx);;"
                                                    "CSV table (*.csv)")
    out = save_file(parent, title, file_name(repo, assessment_id), filters)
    if not out:
        return None
    path = Path(out)
    if path.suffix.lower() not in (".papi", ".xlsx", ".csv"):
        path = path.with_name(path.name + ".papi")
    with busy_cursor():
        done = run_reporting_errors(parent, lambda: _write_data_file(repo, assessment_id, path))
    if done is None:
        return None
    from papi_desktop.core.snapshot import verification_code

    code = verification_code(a.content_hash) if a.content_hash else ""
    if path.suffix.lower() == ".papi":
        message = QCoreApplication.translate("Actions", "The data file was saved as %1. Send it to the receiving "
                                                        "office together with the signed report.")
    else:
        message = QCoreApplication.translate("Actions", "The answers were saved as %1.")
    details = QCoreApplication.translate("Actions", "Verification code: %1 (the same code is printed on the paper "
                                                    "report).").replace("%1", code)
    dialogs.inform(parent, title, message.replace("%1", str(path)), details)
    return str(path)


def _write_data_file(repo: Repository, assessment_id: str, path: Path) -> Path:
    if path.suffix.lower() == ".papi":
        from papi_desktop.exchange.writer import export_assessment

        return export_assessment(repo, assessment_id, path)
    from papi_desktop.exchange.tabular import assessment_sheets, write_tables

    return write_tables(path, assessment_sheets(repo, assessment_id))
