"""School profile set-up: a QWizard whose pages are listed as data (Picard style).

Each page's ``initializePage`` loads its part of the profile, ``validatePage`` blocks with a message when
something is wrong and otherwise saves its own part at once (so nothing is lost if the wizard is closed half
way). On an empty data folder the first page offers to open the sample school instead.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from papi_desktop.core.model import SCHOOL_CODE_RE, Campus, School
from papi_desktop.core.text import nfc
from papi_desktop.errors import PapiError
from papi_desktop.gui import dialogs
from papi_desktop.storage.repository import Repository


class ProfileDraft:
    """The profile being edited, shared by the pages; ``save()`` writes it (one transaction)."""

    def __init__(self, repo: Repository, code: str | None):
        self.repo = repo
        self.school = repo.get_school(code) if code else School(code="", name="")
        self.existing = bool(code)

    def save(self) -> None:
        self.school = self.repo.save_school(self.school)
        self.existing = True


def _line(form: QFormLayout, label: str, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    caption = QLabel(label)
    caption.setBuddy(edit)
    form.addRow(caption, edit)
    return edit


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [nfc(x.strip()) for x in edit.toPlainText().splitlines() if x.strip()]


class ProfilePage(QWizardPage):
    """Base: pages get the shared draft; ``save_part`` copies the widgets into it."""

    def __init__(self, draft: ProfileDraft):
        super().__init__()
        self.draft = draft

    def problem(self) -> str | None:
        return None

    def save_part(self) -> None:
        raise NotImplementedError

    def validatePage(self) -> bool:
        problem = self.problem()
        if problem:
            dialogs.warn(self, self.title(), problem)
            return False
        self.save_part()
        try:
            self.draft.save()
        except PapiError as exc:
            dialogs.show_error(self, exc)
            return False
        return True


class WelcomePage(QWizardPage):
    """Only on an empty data folder: set up your school, or look at the sample school first."""

    sample_requested = Signal()

    def __init__(self, _draft: ProfileDraft):
        super().__init__()
        self.setTitle(self.tr("Welcome"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This program helps you assess your school against the criteria for raising the "
                               "PAPI index. First enter your school's profile; it takes a few minutes.\n\n"
                               "Want to see a filled-in example first? Open the sample school. You can add your own "
                               "school later from the home page."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.sample_button = QPushButton(self.tr("Open the &sample school"))
        self.sample_button.clicked.connect(self.sample_requested)
        row = QHBoxLayout()
        row.addWidget(self.sample_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)


class SchoolPage(ProfilePage):
    def __init__(self, draft: ProfileDraft):
        super().__init__(draft)
        self.setTitle(self.tr("Your school"))
        self.setSubTitle(self.tr("As written on the school's documents."))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.code = _line(form, self.tr("School &code:"), self.tr("School code"), self.tr("e.g. TH64300001"))
        self.name = _line(form, self.tr("School &name:"), self.tr("School name"),
                          self.tr("e.g. Trường Tiểu học Lê Lợi"))
        self.abbreviation = _line(form, self.tr("&Abbreviation on documents:"), self.tr("Abbreviation"),
                                  self.tr("e.g. THLL"))
        self.body = _line(form, self.tr("Supervising &body:"), self.tr("Supervising body"),
                          self.tr("e.g. UBND XÃ EA KAR"))
        self.place = _line(form, self.tr("&Place name on documents:"), self.tr("Place name"),
                           self.tr("e.g. Ea Kar"))
        self.address = _line(form, self.tr("A&ddress:"), self.tr("Address"))

    def initializePage(self) -> None:
        s = self.draft.school
        self.code.setText(s.code)
        self.code.setReadOnly(self.draft.existing)
        for edit, value in ((self.name, s.name), (self.abbreviation, s.abbreviation), (self.body, s.supervising_body),
                            (self.place, s.place_name), (self.address, s.address)):
            edit.setText(value)

    def problem(self) -> str | None:
        if not SCHOOL_CODE_RE.match(self.code.text().strip()):
            return self.tr("Enter the school code: letters and digits only, 2 to 32 characters.")
        if not self.name.text().strip():
            return self.tr("Enter the school's name.")
        if not self.place.text().strip():
            return self.tr("Enter the place name used on documents (e.g. Ea Kar).")
        return None

    def save_part(self) -> None:
        s = self.draft.school
        self.draft.school = replace(
            s, code=self.code.text().strip(), name=nfc(self.name.text().strip()),
            abbreviation=nfc(self.abbreviation.text().strip()), supervising_body=nfc(self.body.text().strip()),
            place_name=nfc(self.place.text().strip()), address=nfc(self.address.text().strip()))
        if not self.draft.school.campuses:
            self.draft.school.campuses = [Campus("chinh", self.tr("Main campus"), True, self.draft.school.address)]


class OfficesPage(ProfilePage):
    def __init__(self, draft: ProfileDraft):
        super().__init__(draft)
        self.setTitle(self.tr("Receiving offices"))
        self.setSubTitle(self.tr("The offices the report is sent to, one per line (since 1 July 2025 usually the "
                                 "commune People's Committee and the provincial Department of Education)."))
        layout = QVBoxLayout(self)
        self.offices = QPlainTextEdit()
        self.offices.setTabChangesFocus(True)
        self.offices.setAccessibleName(self.tr("Receiving offices, one per line"))
        layout.addWidget(self.offices)

    def initializePage(self) -> None:
        self.offices.setPlainText("\n".join(self.draft.school.receiving_offices))

    def problem(self) -> str | None:
        return None if _lines(self.offices) else self.tr("Enter at least one receiving office.")

    def save_part(self) -> None:
        self.draft.school.receiving_offices = _lines(self.offices)


class PeoplePage(ProfilePage):
    def __init__(self, draft: ProfileDraft):
        super().__init__(draft)
        self.setTitle(self.tr("Principal and deputies"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.principal = _line(form, self.tr("&Principal:"), self.tr("Principal's full name"))
        self.deputies = QPlainTextEdit()
        self.deputies.setTabChangesFocus(True)
        self.deputies.setAccessibleName(self.tr("Deputy principals, one per line"))
        caption = QLabel(self.tr("&Deputies (one per line):"))
        caption.setBuddy(self.deputies)
        form.addRow(caption, self.deputies)

    def initializePage(self) -> None:
        self.principal.setText(self.draft.school.principal)
        self.deputies.setPlainText("\n".join(self.draft.school.deputies))

    def problem(self) -> str | None:
        return None if self.principal.text().strip() else self.tr("Enter the principal's full name.")

    def save_part(self) -> None:
        self.draft.school.principal = nfc(self.principal.text().strip())
        self.draft.school.deputies = _lines(self.deputies)


class CampusesPage(ProfilePage):
    def __init__(self, draft: ProfileDraft):
        super().__init__(draft)
        self.setTitle(self.tr("Campuses"))
        self.setSubTitle(self.tr("The main campus first, then each satellite campus (điểm trường)."))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Campuses"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Address")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add campus"))
        self.remove_button = QPushButton(self.tr("&Remove campus"))
        self.add_button.clicked.connect(lambda: self.add_row("", ""))
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.codes: list[str | None] = []

    def add_row(self, name: str, address: str, code: str | None = None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(name))
        self.table.setItem(r, 1, QTableWidgetItem(address))
        self.table.item(r, 0).setData(Qt.ItemDataRole.UserRole, code)

    def initializePage(self) -> None:
        self.table.setRowCount(0)
        for c in self.draft.school.campuses:
            self.add_row(c.name, c.address, c.code)

    def _rows(self) -> list[tuple[str, str, str | None]]:
        out = []
        for r in range(self.table.rowCount()):
            name = (self.table.item(r, 0).text() if self.table.item(r, 0) else "").strip()
            address = (self.table.item(r, 1).text() if self.table.item(r, 1) else "").strip()
            code = self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) if self.table.item(r, 0) else None
            if name:
                out.append((nfc(name), nfc(address), code))
        return out

    def problem(self) -> str | None:
        return None if self._rows() else self.tr("Enter at least the main campus.")

    def save_part(self) -> None:
        used = {code for _n, _a, code in self._rows() if code}
        campuses = []
        for i, (name, address, code) in enumerate(self._rows()):
            if not code:
                n = 1
                while f"diem-{n}" in used:
                    n += 1
                code = "chinh" if i == 0 and "chinh" not in used else f"diem-{n}"
                used.add(code)
            campuses.append(Campus(code, name, i == 0, address))
        self.draft.school.campuses = campuses


#: the pages of the wizard, in order (the welcome page is added only on an empty data folder)
PAGES = (SchoolPage, OfficesPage, PeoplePage, CampusesPage)


class ProfileWizard(QWizard):
    """Create or edit a school profile. ``sample_opened`` is set when the user chose the sample school."""

    def __init__(self, repo: Repository, code: str | None = None, *, welcome: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.repo = repo
        self.draft = ProfileDraft(repo, code)
        self.sample_opened = False
        self.setWindowTitle(self.tr("School profile"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Save"))
        self.setButtonText(QWizard.WizardButton.HelpButton, self.tr("&Help"))
        if welcome:
            page = WelcomePage(self.draft)
            page.sample_requested.connect(self.open_sample)
            self.addPage(page)
        for page_class in PAGES:
            self.addPage(page_class(self.draft))
        self.resize(720, 520)

    @property
    def school_code(self) -> str | None:
        return self.draft.school.code or None

    def open_sample(self) -> None:
        """Fill the data folder with the sample school and close the wizard."""
        from papi_desktop.demo import make_demo

        try:
            make_demo(self.repo, schools=1, seed=1)
        except PapiError as exc:
            dialogs.show_error(self, exc)
            return
        self.sample_opened = True
        self.draft.school = self.repo.list_schools()[0]
        self.accept()
