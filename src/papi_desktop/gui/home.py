"""Home: the school's assessments by school year — start a new one, open one, delete a draft."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.core.model import Assessment, valid_school_year
from papi_desktop.errors import PapiError
from papi_desktop.gui import dialogs
from papi_desktop.gui.i18n import datetime_text, number_text, sort_vi
from papi_desktop.storage.repository import Repository

CURRENT_SCHOOL_KEY = "gui.current_school"


def next_school_year(existing: list[str], today: date | None = None) -> str:
    """The year after the newest one, or the school year running today (it starts in August)."""
    if existing:
        first = int(max(existing)[:4]) + 1
    else:
        today = today or date.today()
        first = today.year if today.month >= 8 else today.year - 1
    return f"{first}-{first + 1}"


def status_text(a: Assessment) -> str:
    if a.is_final:
        return QCoreApplication.translate("HomeView", "Finalised (revision %1)").replace("%1", str(a.revision))
    if a.revision > 1:
        return QCoreApplication.translate("HomeView", "Draft (reopened, revision %1)").replace("%1", str(a.revision))
    return QCoreApplication.translate("HomeView", "Draft")


def ask_new_assessment(parent: QWidget, suggested: str, copy_label: str | None) -> tuple[str, bool] | None:
    """Ask the school year of a new assessment and whether to copy last year's facts."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("HomeView", "New self-assessment"))
    form = QFormLayout(dialog)
    year = QComboBox()
    year.setEditable(True)
    first = int(suggested[:4])
    for y in range(first - 1, first + 2):
        year.addItem(f"{y}-{y + 1}")
    year.setCurrentText(suggested)
    year.setAccessibleName(QCoreApplication.translate("HomeView", "School year"))
    form.addRow(QCoreApplication.translate("HomeView", "School year:"), year)
    copy = QCheckBox(copy_label or "")
    copy.setChecked(bool(copy_label))
    if copy_label:
        form.addRow("", copy)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    dialogs.set_box_texts(box)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    form.addRow(box)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return year.currentText().strip(), copy.isChecked() and bool(copy_label)


class HomeView(QWidget):
    """List of assessments of the current school."""

    open_requested = Signal(str)
    profile_requested = Signal(str)
    settings_requested = Signal()

    def __init__(self, repo: Repository, parent: QWidget | None = None):
        super().__init__(parent)
        self.repo = repo
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.school_label = QLabel(self.tr("&School:"))
        self.school = QComboBox()
        self.school.setAccessibleName(self.tr("School"))
        self.school.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.school_label.setBuddy(self.school)
        self.school.activated.connect(self._school_chosen)
        self.profile_button = QPushButton(self.tr("School &profile…"))
        self.settings_button = QPushButton(self.tr("Se&ttings…"))
        self.profile_button.clicked.connect(lambda: self.profile_requested.emit(self.school_code() or ""))
        self.settings_button.clicked.connect(self.settings_requested)
        top.addWidget(self.school_label)
        top.addWidget(self.school, 1)
        top.addWidget(self.profile_button)
        top.addWidget(self.settings_button)
        layout.addLayout(top)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.details = QLabel()
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        hint = QLabel(self.tr("Choose a school year and press Open (or double-click it). Everything you enter is "
                              "saved at once; you can stop at any time and continue later."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Self-assessments"))
        self.table.setHorizontalHeaderLabels([self.tr("School year"), self.tr("Status"), self.tr("Score"),
                                              self.tr("Last change")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Start a new school year…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.delete_button = QPushButton(self.tr("&Delete draft"))
        self.new_button.clicked.connect(self.new_assessment)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self.refresh()

    # -- data ---------------------------------------------------------------------------------------------

    def school_code(self) -> str | None:
        return self.school.currentData()

    def refresh(self) -> None:
        schools = sort_vi(self.repo.list_schools(), key=lambda s: s.name)
        wanted = self.repo.get_setting(CURRENT_SCHOOL_KEY) or (schools[0].code if schools else None)
        self.school.clear()
        for s in schools:
            self.school.addItem(f"{s.name} ({s.code})", s.code)
        i = self.school.findData(wanted)
        self.school.setCurrentIndex(max(i, 0))
        several = len(schools) > 1
        self.school.setVisible(several)
        self.school_label.setVisible(several)
        code = self.school_code()
        names = {s.code: s for s in schools}
        self.heading.setText(names[code].name if code in names else self.tr("No school yet"))
        if code in names:
            s = names[code]
            self.details.setText(self.tr("School code %1 · %2 · %3 campus(es) · principal: %4")
                                 .replace("%1", s.code).replace("%2", s.supervising_body or "–")
                                 .replace("%3", str(len(s.campuses))).replace("%4", s.principal or "–"))
        else:
            self.details.setText(self.tr("Enter the school profile first (button «School profile»)."))
        self.assessments = self.repo.list_assessments(code) if code else []
        self.table.setRowCount(len(self.assessments))
        for row, a in enumerate(self.assessments):
            values = [a.school_year, status_text(a), number_text(a.score),
                      datetime_text(a.updated_at)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        if self.assessments:
            self.table.selectRow(0)
        self.new_button.setEnabled(code is not None)
        self.profile_button.setEnabled(True)
        self._update_buttons()

    def _school_chosen(self, _index: int) -> None:
        self.repo.set_setting(CURRENT_SCHOOL_KEY, self.school_code())
        self.refresh()

    def selected(self) -> Assessment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.assessments[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        a = self.selected()
        self.open_button.setEnabled(a is not None)
        self.delete_button.setEnabled(a is not None and not a.is_final)

    # -- actions --------------------------------------------------------------------------------------------

    def open_selected(self) -> None:
        a = self.selected()
        if a:
            self.open_requested.emit(a.id)

    def new_assessment(self) -> None:
        code = self.school_code()
        if not code:
            return
        years = [a.school_year for a in self.assessments]
        last = self.assessments[0] if self.assessments else None
        copy_label = (self.tr("Copy the answers of %1 (each is marked for re-checking)").replace("%1", last.school_year)
                      if last else None)
        answer = ask_new_assessment(self, next_school_year(years), copy_label)
        if answer is None:
            return
        year, copy = answer
        if not valid_school_year(year):
            dialogs.warn(self, self.tr("New self-assessment"),
                         self.tr("Write the school year as two years, e.g. 2025-2026."))
            return
        try:
            a = self.repo.create_assessment(school_code=code, school_year=year,
                                            copy_from=last.id if copy and last else None)
        except PapiError as exc:
            dialogs.show_error(self, exc)
            return
        self.refresh()
        self.open_requested.emit(a.id)

    def delete_selected(self) -> None:
        a = self.selected()
        if a is None or a.is_final:
            return
        if not dialogs.confirm(self, self.tr("Delete draft"),
                               self.tr("Delete the draft of school year %1 with all its answers and evidence? "
                                       "This cannot be undone.").replace("%1", a.school_year),
                               yes=self.tr("Delete"), no=self.tr("Keep")):
            return
        try:
            self.repo.delete_assessment(a.id)
        except PapiError as exc:
            dialogs.show_error(self, exc)
        self.refresh()
