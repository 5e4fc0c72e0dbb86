"""Import of schools' ``.papi`` files: choose files or a folder, import in a worker thread, show each file's result.

The worker opens its own :class:`Repository` (one SQLite connection per thread) and talks to the screen only
through signals; "Dừng" asks :func:`~papi_desktop.exchange.importer.import_paths` to stop after the current file.
A file held aside because its school's signer changed (:mod:`papi_desktop.exchange.trust`) is selected when the
results come in; "Chấp nhận người ký mới" and one confirmation accept the new certificate (audited) and import it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.gui.i18n import current_language
from papi_desktop.gui.office.tables import AMBER, BLUE, GREEN, GREY, RED, WHITE, RowsModel

RESULT_COLOURS = {"imported": GREEN, "updated": BLUE, "unchanged": WHITE, "older": GREY, "conflict": AMBER,
                  "signer_changed": AMBER, "rejected": RED}


def choose_papi_files(parent: QWidget | None) -> list[str]:
    """Pick ``.papi`` files to import (tests replace this function)."""
    from papi_desktop.gui.files import open_file_names

    return open_file_names(parent, "import", QCoreApplication.translate("Office", "Choose data files to import"),
                           QCoreApplication.translate("Office", "PAPI data files and receipts (*.papi *.papi-receipt);;"
                                                                   "All files (*)"))


def choose_import_folder(parent: QWidget | None) -> str:
    """Pick a folder whose ``.papi`` files (also in sub-folders) are imported ("" when cancelled)."""
    from papi_desktop.gui.files import existing_folder

    return existing_folder(parent, "import", QCoreApplication.translate("Office", "Choose a folder to import"))


def result_label(result: str) -> str:
    """The result word in the GUI's language (đã nhập / không đổi / đã cập nhật / bản cũ hơn / xung đột / từ chối)."""
    from papi_desktop.exchange.importer import RESULT_TEXT

    vi, en = RESULT_TEXT[result]
    return vi if current_language() == "vi" else en


class ImportWorker(QThread):
    """Runs ``import_paths`` on its own connection; ``progressed(done, total)``, then ``done`` (the report is in
    ``report``; no Python object crosses threads in a signal) or ``failed(message)``."""

    progressed = Signal(int, int)
    done = Signal()
    failed = Signal(str)

    def __init__(self, db_path: Path, paths: list[str], dry_run: bool, parent=None, require_signature: bool = False):
        super().__init__(parent)
        self.db_path, self.paths, self.dry_run = db_path, paths, dry_run
        self.require_signature = require_signature
        self._stop = False
        self.report = None

    def cancel(self) -> None:
        self._stop = True

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop

    def run(self) -> None:
        from papi_desktop.errors import PapiError
        from papi_desktop.exchange.importer import import_paths
        from papi_desktop.exchange.receipt_import import import_receipts, split_receipts
        from papi_desktop.storage.repository import Repository

        try:
            receipts, paths = split_receipts(self.paths)  # a lower office's receipts, after the files they answer
            with Repository.open(self.db_path) as repo:
                report = import_paths(repo, paths, dry_run=self.dry_run, progress=self._progress,
                                      require_signature=self.require_signature)
                report.results += [r.as_import_result() for r in import_receipts(repo, receipts,
                                                                                 dry_run=self.dry_run)]
        except PapiError as exc:
            self.failed.emit(exc.message(current_language()))
            return
        except Exception as exc:  # shown to the user, never a traceback in the worker
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.report = report
        self.done.emit()


class ImportPanel(QWidget):
    """The "Nhập tệp" tab. ``finished(report)`` after each import (also a dry run); ``imported`` when the
    database changed, so the dashboard refreshes."""

    finished = Signal(object)
    imported = Signal()

    def __init__(self, db_path: Path, repo, parent: QWidget | None = None):
        """``repo``: the window's repository (settings, accepting a signer); an import runs in a worker thread
        on its own connection to ``db_path``."""
        super().__init__(parent)
        self.db_path, self.repo = db_path, repo
        self.worker: ImportWorker | None = None
        self.report = None
        self._announce = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Import the data files (.papi) the schools sent. Each file is checked first; a file "
                               "that fails a check is rejected with the reason and changes nothing."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.files_button = QPushButton(self.tr("Import &files…"))
        self.folder_button = QPushButton(self.tr("Import a f&older…"))
        self.dry_run = QCheckBox(self.tr("Only &check, do not import"))
        self.require_signature = QCheckBox(self.tr("Accept only digitally si&gned files"))
        self.require_signature.setChecked(self._office_setting())
        self.require_signature.toggled.connect(self._save_require_signature)
        self.cancel_button = QPushButton(self.tr("&Stop"))
        self.cancel_button.setEnabled(False)
        self.files_button.clicked.connect(lambda: self.start(choose_papi_files(self)))
        self.folder_button.clicked.connect(self._choose_folder)
        self.cancel_button.clicked.connect(self.cancel)
        for w in (self.files_button, self.folder_button, self.dry_run, self.require_signature):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Import progress"))
        layout.addWidget(self.progress)
        self.summary = QLabel(self.tr("No files imported yet."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = RowsModel([self.tr("File"), self.tr("Result"), self.tr("School"), self.tr("Reason")], self,
                               colour=lambda r: RESULT_COLOURS.get(self.results[r].result))
        self.results: list = []
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Result of each file"))
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        accept_row = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Accept the &new signer…"))
        self.accept_button.setToolTip(self.tr("For the selected file held aside because the school's digital "
                                              "signature changed: after checking with the school, accept its new "
                                              "certificate and import the file."))
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self.accept_signer)
        accept_row.addStretch(1)
        accept_row.addWidget(self.accept_button)
        layout.addLayout(accept_row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_accept())

    def _choose_folder(self) -> None:
        folder = choose_import_folder(self)
        if folder:
            self.start([folder])

    def running(self) -> bool:
        return self.worker is not None

    def start(self, paths: list[str]) -> None:
        """Import ``paths`` (files and folders) in the background."""
        if not paths or self.worker is not None:
            return
        self.worker = ImportWorker(self.db_path, list(paths), self.dry_run.isChecked(), self,
                                   require_signature=self.require_signature.isChecked())
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._worker_ended)
        for w in (self.files_button, self.folder_button, self.dry_run, self.accept_button):
            w.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)  # busy until the first file is done
        self.summary.setText(self.tr("Reading the files…"))
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Stopping after the current file…"))

    def wait(self) -> None:
        """Stop a running import and wait for it (closing the window)."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.summary.setText(self.tr("Checked %1 of %2 files…").replace("%1", str(done)).replace("%2", str(total)))

    def _show_results(self) -> None:
        lang = current_language()
        rows = []
        for r in self.results:
            school = " ".join(x for x in (r.school_code, r.school_name, r.school_year) if x)
            rows.append([Path(r.path).name, result_label(r.result), school, r.reason(lang)])
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        held = self._held_rows()
        if held:
            self.table.selectRow(held[0])
        self._update_accept()

    def _held_rows(self) -> list[int]:
        return [i for i, r in enumerate(self.results) if r.result == "signer_changed"]

    def _update_accept(self) -> None:
        row = self.table.currentIndex().row()
        self.accept_button.setEnabled(self.worker is None and 0 <= row < len(self.results)
                                      and self.results[row].result == "signer_changed")

    def accept_signer(self) -> None:
        """Accept the new certificate of the selected held file's school (after a confirmation naming both
        certificates), then show what importing its held files gave."""
        from papi_desktop.errors import PapiError
        from papi_desktop.exchange.trust import accept_signer
        from papi_desktop.gui import dialogs

        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.results) or self.results[row].result != "signer_changed":
            return
        held = self.results[row]
        question = self.tr("%1\n\nOnly accept if you have checked with the school (by telephone, say) that it "
                           "changed its digital certificate. The acceptance is recorded in the audit log.")
        if not dialogs.confirm(self, self.tr("Accept the new signer of %1").replace("%1", held.school_code or ""),
                               question.replace("%1", held.reason(current_language())),
                               yes=self.tr("Accept and import"), no=self.tr("Cancel")):
            return
        try:
            report = accept_signer(self.repo, held.school_code or "")
        except PapiError as exc:
            dialogs.show_error(self, exc)
            return
        by_path = {r.path: r for r in report.results}
        self.results = [by_path.pop(r.path, r) if r.result == "signer_changed" else r for r in self.results]
        self.results += list(by_path.values())
        self._show_results()
        self.imported.emit()

    def _office_setting(self) -> bool:
        from papi_desktop.exchange.trust import signature_required

        return signature_required(self.repo)

    def _save_require_signature(self, on: bool) -> None:
        from papi_desktop.exchange.trust import set_signature_required

        set_signature_required(self.repo, on)

    def _done(self) -> None:
        report = self.report = self.worker.report
        self.results = report.results
        self._show_results()
        total = len(report.results)
        if self.progress.maximum() == 0:
            self.progress.setRange(0, max(1, total))
        if total == 0:
            self.summary.setText(self.tr("No .papi files were found there."))
        else:
            counts = ", ".join(f"{result_label(k)}: {report.count(k)}" for k in RESULT_COLOURS if report.count(k))
            text = self.tr("Checked only, nothing was imported. %1") if report.dry_run else self.tr("Done. %1")
            self.summary.setText(text.replace("%1", counts))
        self._announce = report

    def _failed(self, message: str) -> None:
        from papi_desktop.gui import dialogs

        self.summary.setText(message)
        dialogs.warn(self, self.tr("Import"), message)

    def _worker_ended(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
        for w in (self.files_button, self.folder_button, self.dry_run):
            w.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self._update_accept()
        report, self._announce = self._announce, None
        if report is not None:
            if not report.dry_run and any(r.result in ("imported", "updated") for r in report.results):
                self.imported.emit()
            self.finished.emit(report)
