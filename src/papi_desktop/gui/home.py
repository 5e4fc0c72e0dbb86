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
from papi_desktop.gui.receipts import VerdictBox
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


def review_texts(repo: Repository, assessments: list[Assessment]) -> dict[str, str]:
    """``assessment id → the office's verdict in words`` for those a receipt answered."""
    from papi_desktop.exchange.review import school_state

    words = {"accepted": QCoreApplication.translate("HomeView", "accepted"),
             "returned": QCoreApplication.translate("HomeView", "returned"),
             "resubmitted": QCoreApplication.translate("HomeView", "sent again")}
    newest = repo.newest_receipts()  # one query for the page, not one per assessment
    return {a.id: words[school_state(a, newest[a.id])] for a in assessments if a.id in newest}


def status_text(a: Assessment) -> str:
    if a.is_final:
        return QCoreApplication.translate("HomeView", "Finalised (revision %1)").replace("%1", str(a.revision))
    if a.revision > 1:
        return QCoreApplication.translate("HomeView", "Draft (reopened, revision %1)").replace("%1", str(a.revision))
    return QCoreApplication.translate("HomeView", "Draft")


class NewAssessmentDialog(QDialog):
    """The school year of a new assessment (``year``) and whether to copy the facts of ``copy_from`` (``copy``)."""

    def __init__(self, parent: QWidget | None, suggested: str, copy_from: str | None):
        from papi_desktop.gui.fit import fit_to_title

        super().__init__(parent)
        self.setWindowTitle(self.tr("New self-assessment"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the school year of the new self-assessment."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.year = QComboBox()
        self.year.setEditable(True)
        first = int(suggested[:4])
        for y in range(first - 1, first + 2):
            self.year.addItem(f"{y}-{y + 1}")
        self.year.setCurrentText(suggested)
        self.year.setAccessibleName(self.tr("School year"))
        caption = QLabel(self.tr("School &year:"))
        caption.setBuddy(self.year)
        form.addRow(caption, self.year)
        layout.addLayout(form)
        self.copy = QCheckBox(self.tr("&Copy the answers of %1").replace("%1", copy_from or ""))
        self.copy.setChecked(bool(copy_from))
        note = QLabel(self.tr("Each copied answer is marked «needs re-checking» until you confirm it."))
        note.setWordWrap(True)
        if copy_from:
            layout.addWidget(self.copy)
            layout.addWidget(note)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        dialogs.set_box_texts(box)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        fit_to_title(self)


def ask_new_assessment(parent: QWidget, suggested: str, copy_from: str | None) -> tuple[str, bool] | None:
    """Ask the school year of a new assessment and whether to copy the facts of ``copy_from`` (a school year)."""
    dialog = NewAssessmentDialog(parent, suggested, copy_from)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.year.currentText().strip(), dialog.copy.isChecked() and bool(copy_from)


class HomeView(QWidget):
    """The schools and their assessments: switch, add or delete a school; start, open or delete an assessment.
    While the data file holds no school it shows the welcome panel instead (who are you?)."""

    open_requested = Signal(str)
    profile_requested = Signal(str)
    add_school_requested = Signal()
    settings_requested = Signal()
    office_requested = Signal()
    sample_requested = Signal()

    def __init__(self, repo: Repository, parent: QWidget | None = None):
        super().__init__(parent)
        from papi_desktop.gui.welcome import WelcomePanel

        self.repo = repo
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.welcome = WelcomePanel()
        self.welcome.school_requested.connect(self.add_school_requested)
        self.welcome.office_requested.connect(self.office_requested)
        self.welcome.sample_requested.connect(self.sample_requested)
        outer.addWidget(self.welcome)
        self.school_part = QWidget()
        outer.addWidget(self.school_part, 1)
        layout = QVBoxLayout(self.school_part)
        top = QHBoxLayout()
        self.school_label = QLabel(self.tr("&School:"))
        self.school = QComboBox()
        self.school.setAccessibleName(self.tr("School"))
        self.school.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.school_label.setBuddy(self.school)
        self.school.activated.connect(self._school_chosen)
        self.add_school_button = QPushButton(self.tr("&Add a school…"))
        self.profile_button = QPushButton(self.tr("School &profile…"))
        self.delete_school_button = QPushButton(self.tr("Delete this s&chool…"))
        self.settings_button = QPushButton(self.tr("Se&ttings…"))
        self.add_school_button.clicked.connect(self.add_school_requested)
        self.profile_button.clicked.connect(lambda: self.profile_requested.emit(self.school_code() or ""))
        self.delete_school_button.clicked.connect(self.delete_school)
        self.settings_button.clicked.connect(self.settings_requested)
        top.addWidget(self.school_label)
        top.addWidget(self.school, 1)
        layout.addLayout(top)
        manage = QHBoxLayout()
        for b in (self.add_school_button, self.profile_button, self.delete_school_button):
            manage.addWidget(b)
        manage.addStretch(1)
        manage.addWidget(self.settings_button)
        layout.addLayout(manage)
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
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Self-assessments"))
        self.table.setHorizontalHeaderLabels([self.tr("School year"), self.tr("Status"), self.tr("Score"),
                                              self.tr("Last change"), self.tr("Office's review")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.verdict = VerdictBox()  # the office's answer to the assessment chosen, from its receipt
        self.verdict.reopen_requested.connect(self.reopen_returned)
        layout.addWidget(self.verdict)
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
        self.welcome.setVisible(not schools)
        self.school_part.setVisible(bool(schools))
        wanted = self.repo.get_setting(CURRENT_SCHOOL_KEY) or (schools[0].code if schools else None)
        self.school.clear()
        for s in schools:
            self.school.addItem(f"{s.name} ({s.code})", s.code)
        i = self.school.findData(wanted)
        self.school.setCurrentIndex(max(i, 0))
        self.school.setEnabled(len(schools) > 1)
        code = self.school_code()
        names = {s.code: s for s in schools}
        self.heading.setText(names[code].name if code in names else "")
        if code in names:
            s = names[code]
            self.details.setText(self.tr("School code %1 · %2 · %3 campus(es) · principal: %4")
                                 .replace("%1", s.code).replace("%2", s.supervising_body or "–")
                                 .replace("%3", str(len(s.campuses))).replace("%4", s.principal or "–"))
        else:
            self.details.setText("")
        self.assessments = self.repo.list_assessments(code) if code else []
        self.table.setRowCount(len(self.assessments))
        reviews = review_texts(self.repo, self.assessments)
        for row, a in enumerate(self.assessments):
            values = [a.school_year, status_text(a), number_text(a.score),
                      datetime_text(a.updated_at), reviews.get(a.id, "")]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        if self.assessments:
            self.table.selectRow(0)
        for b in (self.new_button, self.profile_button, self.delete_school_button):
            b.setEnabled(code is not None)
        self._update_buttons()

    def show_school(self, code: str) -> None:
        """Make ``code`` the school shown (and the one shown at the next start)."""
        self.repo.set_setting(CURRENT_SCHOOL_KEY, code)
        self.refresh()

    def _school_chosen(self, _index: int) -> None:
        self.show_school(self.school_code())

    def selected(self) -> Assessment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.assessments[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        a = self.selected()
        self.open_button.setEnabled(a is not None)
        self.delete_button.setEnabled(a is not None and not a.is_final)
        self.verdict.show_for(self.repo, a)

    def reopen_returned(self, assessment_id: str) -> None:
        """"Mở lại để sửa" on the office's verdict: reopen with the office's reason offered, then open it."""
        from papi_desktop.gui.receipts import reopen_after_return

        if reopen_after_return(self, self.repo, self.repo.get_assessment(assessment_id)):
            self.refresh()
            self.open_requested.emit(assessment_id)

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
        answer = ask_new_assessment(self, next_school_year(years), last.school_year if last else None)
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

    def delete_school(self) -> bool:
        """Delete the school shown, after a confirmation and a backup of the whole data file; True when deleted."""
        from papi_desktop.storage.backup import make_backup

        code = self.school_code()
        if not code:
            return False
        school = self.repo.get_school(code)
        finals = sum(1 for a in self.assessments if a.is_final)
        question = self.tr("Delete %1 (%2) with its %3 self-assessment(s), %4 of them finalised, their answers, "
                           "evidence and history? A backup of all the data is made first, so it can be restored "
                           "(Settings → Backups).").replace("%1", school.name).replace("%2", code) \
            .replace("%3", str(len(self.assessments))).replace("%4", str(finals))
        if not dialogs.confirm(self, self.tr("Delete school"), question, yes=self.tr("Delete the school"),
                               no=self.tr("Keep")):
            return False
        try:
            backup = make_backup(self.repo.conn, self.repo.path, "before-delete") if self.repo.path else None
            self.repo.delete_school(code)
        except PapiError as exc:  # no backup, no deletion
            dialogs.show_error(self, exc)
            return False
        self.repo.set_setting(CURRENT_SCHOOL_KEY, None)
        self.refresh()
        dialogs.inform(self, self.tr("Delete school"), self.tr("%1 was deleted.").replace("%1", school.name),
                       self.tr("Backup made before deleting: %1").replace("%1", str(backup.path)) if backup else "")
        return True
