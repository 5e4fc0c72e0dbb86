"""Actions that hand an assessment to another part of the app: printing and the data file.

One function per action, each taking ``(parent, repo, assessment_id)``; heavy libraries are imported lazily."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from papi_desktop.errors import PapiError
from papi_desktop.gui import dialogs
from papi_desktop.storage.repository import Repository


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """Ask where to save a file ("" when cancelled)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


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
    open_file(out)
    return out


def export_data_file(parent: QWidget | None, repo: Repository, assessment_id: str) -> str | None:
    """Xuất tệp dữ liệu: write the data file the receiving office imports. Awaits the data-file exchange feature."""
    dialogs.inform(parent, QCoreApplication.translate("Actions", "Export data file"),
                   QCoreApplication.translate("Actions", "Exporting the data file for the receiving office is not "
                                                         "available in this version yet: it awaits the data-file "
                                                         "exchange feature."),
                   QCoreApplication.translate("Actions", "Your answers are saved and can be exported once it is "
                                                         "added."))
    return None
