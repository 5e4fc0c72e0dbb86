"""The "Tình trạng gửi" tab (expected schools and the status of each: not sent, awaiting review, accepted,
returned, resubmitted) and the "Báo cáo tổng hợp" tab (office details,
summary XLSX / CSV / PDF, the bundle for the next level)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.gui import actions, dialogs
from papi_desktop.gui.i18n import current_language
from papi_desktop.gui.office.tables import AMBER, BLUE, GREEN, RED, WHITE, RowsModel

#: row colours of the roster by status
STATUS_COLOURS = {"not_sent": RED, "pending": WHITE, "accepted": GREEN, "returned": AMBER, "resubmitted": BLUE}


def choose_roster_file(parent: QWidget | None) -> str:
    """Pick the list of expected schools (CSV or XLSX: code, name, unit); "" when cancelled."""
    from papi_desktop.gui.files import open_file_name

    return open_file_name(parent, "roster", QCoreApplication.translate("Office", "Choose the list of schools"),
                          QCoreApplication.translate("Office", "Lists of schools (*.xlsx *.csv);;All files (*)"))


class RosterPanel(QWidget):
    """Load the expected schools; the table gives each one's status for the school year shown on the dashboard:
    chưa gửi, chờ xem xét, đã tiếp nhận, trả lại, đã gửi lại (filterable)."""

    def __init__(self, repo, year: Callable[[], str | None], parent: QWidget | None = None):
        super().__init__(parent)
        from papi_desktop.exchange.review import ROSTER_TEXT

        self.repo, self.year = repo, year
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.load_button = QPushButton(self.tr("&Load the list of schools…"))
        self.load_button.clicked.connect(self.load)
        row.addWidget(self.load_button)
        row.addStretch(1)
        caption = QLabel(self.tr("S&how:"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status shown"))
        caption.setBuddy(self.status_combo)
        self.status_combo.addItem(self.tr("Every school"), None)
        lang = 0 if current_language() == "vi" else 1
        for status, words in ROSTER_TEXT.items():
            self.status_combo.addItem(words[lang], status)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        row.addWidget(caption)
        row.addWidget(self.status_combo)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.statuses: list[str] = []
        self.model = RowsModel([self.tr("Code"), self.tr("School"), self.tr("Unit"), self.tr("Status")], self,
                               colour=lambda r: STATUS_COLOURS[self.statuses[r]])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Status of each school of the list"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        path = choose_roster_file(self)
        if not path:
            return
        from papi_desktop.exchange.roster import load_roster

        if actions.run_reporting_errors(self, lambda: load_roster(self.repo, path)) is not None:
            self.refresh()

    def refresh(self) -> None:
        from papi_desktop.exchange.review import NOT_SENT, ROSTER_TEXT, roster_status

        year, rows = roster_status(self.repo, self.year())
        wanted = self.status_combo.currentData()
        lang = 0 if current_language() == "vi" else 1
        shown = [r for r in rows if wanted in (None, r[3])]
        self.statuses = [r[3] for r in shown]
        self.model.set_rows([[code, name, unit, ROSTER_TEXT[status][lang]] for code, name, unit, status in shown])
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 320)
        self.table.setColumnWidth(2, 220)
        from papi_desktop.storage.exchange_store import roster_rows

        expected = len(roster_rows(self.repo))
        counts = ", ".join(f"{n} {ROSTER_TEXT[s][lang]}" for s in ROSTER_TEXT
                           if (n := sum(1 for r in rows if r[3] == s)))
        if not expected:
            self.summary.setText(self.tr("No list of schools loaded yet: the table shows the schools that sent their "
                                         "data (%1). Load a CSV or Excel file with the columns code, name and unit "
                                         "to see which schools have not sent.").replace("%1", counts or "0"))
            return
        text = self.tr("School year %1, %2 schools on the list: %3.").replace("%1", year or "–") \
            .replace("%2", str(expected)).replace("%3", counts)
        if not any(r[3] == NOT_SENT for r in rows):
            text += " " + self.tr("Every school of the list has sent its data.")
        self.summary.setText(text)


class SummaryPanel(QWidget):
    """The office's profile (printed on its summary report, :mod:`papi_desktop.exchange.office`) and the files the
    office sends on. "Kính gửi" and "Nơi nhận" are two fields: the offices the report is addressed to, and the
    further recipients of a copy."""

    def __init__(self, repo, filters: Callable[[], tuple[str | None, str | None]], parent: QWidget | None = None):
        super().__init__(parent)
        self.repo, self.filters = repo, filters
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("The office (printed on the summary report)"))
        form = QFormLayout(box)
        self.fields: dict[str, QLineEdit] = {}
        for key, caption, hint in (
                ("name", self.tr("&Office name:"), self.tr("e.g. Phòng Văn hóa – Xã hội phường Buôn Ma Thuột")),
                ("supervising_body", self.tr("S&upervising body:"), self.tr("e.g. UBND phường Buôn Ma Thuột")),
                ("abbreviation", self.tr("Abbrevi&ation:"), self.tr("in the document number; empty: from the name")),
                ("place_name", self.tr("P&lace name:"), self.tr("printed before the date, e.g. Buôn Ma Thuột")),
                ("signer", self.tr("Si&gner:"), self.tr("full name")),
                ("signer_title", self.tr("Signer's &title:"), self.tr("e.g. TRƯỞNG PHÒNG, or KT. TRƯỞNG PHÒNG / "
                                                                      "PHÓ TRƯỞNG PHÒNG")),
                ("recipients", self.tr("Addres&sed to (Kính gửi, separated by ;):"),
                 self.tr("e.g. Sở Giáo dục và Đào tạo tỉnh Đắk Lắk")),
                ("copy_to", self.tr("Other &recipients (Nơi nhận, separated by ;):"),
                 self.tr("e.g. UBND phường (để báo cáo)"))):
            edit = QLineEdit()
            edit.setPlaceholderText(hint)
            label = QLabel(caption)
            label.setBuddy(edit)
            edit.setAccessibleName(caption.replace("&", "").rstrip(":"))
            form.addRow(label, edit)
            self.fields[key] = edit
        self.doc_number = QSpinBox()
        self.doc_number.setRange(0, 9999)
        self.doc_number.setSpecialValueText(self.tr("(fill in later)"))
        number_label = QLabel(self.tr("&Document number:"))
        number_label.setBuddy(self.doc_number)
        form.addRow(number_label, self.doc_number)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b3261e;")
        form.addRow(self.missing)
        self.save_office_button = QPushButton(self.tr("Sa&ve the office details"))
        self.save_office_button.clicked.connect(self.save_office)
        form.addRow(self.save_office_button)
        layout.addWidget(box)
        self.note = QLabel()
        self.note.setWordWrap(True)
        # the summaries count the accepted submissions, unless this is ticked (the bundle's summary always does)
        self.all_submissions = QCheckBox(self.tr("Count ever&y submission received, not only the accepted ones"))
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.all_submissions)
        layout.addLayout(note_row)
        row = QHBoxLayout()
        self.xlsx_button = QPushButton(self.tr("Summary as &Excel…"))
        self.csv_button = QPushButton(self.tr("Summary as &CSV…"))
        self.pdf_button = QPushButton(self.tr("Summary report as &PDF…"))
        self.bundle_button = QPushButton(self.tr("Bundle &for the next level…"))
        self.xlsx_button.clicked.connect(lambda: self.save_summary("xlsx"))
        self.csv_button.clicked.connect(lambda: self.save_summary("csv"))
        self.pdf_button.clicked.connect(lambda: self.save_summary("pdf"))
        self.bundle_button.clicked.connect(self.save_bundle)
        for b in (self.xlsx_button, self.csv_button, self.pdf_button, self.bundle_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        for edit in self.fields.values():
            edit.textChanged.connect(self._show_missing)
        self.load_office()
        self.show_filters()

    def show_filters(self) -> None:
        """Say which school year and unit the files will hold (those chosen on the dashboard)."""
        year, unit = self.filters()
        self.note.setText(self.tr("The files hold school year %1, %2 (chosen on the dashboard).")
                          .replace("%1", year or "–").replace("%2", unit or self.tr("all units")))

    def load_office(self) -> None:
        from papi_desktop.exchange.office import load_office

        office = load_office(self.repo)
        for key, edit in self.fields.items():
            value = office.get(key, "")
            edit.setText("; ".join(value) if isinstance(value, list) else str(value or ""))
        self.doc_number.setValue(int(office.get("doc_number") or 0))
        self._show_missing()

    def office(self) -> dict:
        """The form's values (not yet checked)."""
        out: dict = {k: e.text() for k, e in self.fields.items()}
        out["doc_number"] = self.doc_number.value() or None
        return out

    def _show_missing(self) -> None:
        from papi_desktop.exchange.office import LABELS, missing_fields

        missing = missing_fields({k: e.text().strip() for k, e in self.fields.items()})
        names = ", ".join(LABELS[k][0 if current_language() == "vi" else 1] for k in missing)
        self.missing.setText(self.tr("Still to fill in before the summary report can be printed: %1.")
                             .replace("%1", names) if missing else "")
        self.missing.setVisible(bool(missing))

    def _store_office(self) -> bool:
        from papi_desktop.exchange.office import save_office

        return actions.run_reporting_errors(self, lambda: save_office(self.repo, self.office())) is not None

    def save_office(self) -> None:
        if self._store_office():
            self.load_office()
            dialogs.inform(self, self.tr("Office details"), self.tr("The office details were saved."))

    def save_summary(self, fmt: str) -> str | None:
        year, unit = self.filters()
        suggested = f"tong-hop-{year or ''}{'-' + unit if unit else ''}.{fmt}"
        filters = {"xlsx": self.tr("Excel workbook (*.xlsx)"), "csv": self.tr("CSV table (*.csv)"),
                   "pdf": "PDF (*.pdf)"}[fmt]
        out = actions.save_file(self, self.tr("Save the summary"), suggested, filters)
        if not out:
            return None
        path = Path(out) if Path(out).suffix.lower() == f".{fmt}" else Path(out + f".{fmt}")
        if fmt == "pdf" and not self._store_office():  # the PDF prints the office details as they are in the form
            return None

        every = self.all_submissions.isChecked()

        def work():
            if fmt == "pdf":
                from papi_desktop.exchange.summary_pdf import write_summary_pdf

                return write_summary_pdf(self.repo, path, school_year=year, unit=unit, all_submissions=every)
            from papi_desktop.exchange.tabular import summary_sheets, write_tables

            return write_tables(path, summary_sheets(self.repo, school_year=year, unit=unit, all_submissions=every))

        with actions.busy_cursor():
            done = actions.run_reporting_errors(self, work)
        if done is None:
            return None
        dialogs.inform(self, self.tr("Summary"), self.tr("The summary was saved as %1.").replace("%1", str(path)))
        return str(path)

    def save_bundle(self) -> str | None:
        year, _unit = self.filters()
        out = actions.save_file(self, self.tr("Save the bundle for the next level"), f"gui-cap-tren-{year or ''}.zip",
                                self.tr("ZIP archive (*.zip)"))
        if not out:
            return None
        path = Path(out) if out.lower().endswith(".zip") else Path(out + ".zip")
        if not self._store_office():
            return None
        from papi_desktop.exchange.bundle import make_bundle
        from papi_desktop.exchange.signing import settings_signer

        with actions.busy_cursor():
            count = actions.run_reporting_errors(self, lambda: make_bundle(self.repo, path, school_year=year,
                                                                           signer=settings_signer(self.repo)))
        if count is None:
            return None
        dialogs.inform(self, self.tr("Bundle"), self.tr("The bundle was saved as %1: %2 schools' data files with the "
                                                        "summary (Excel and PDF).").replace("%1", str(path))
                       .replace("%2", str(count)))
        return str(path)
