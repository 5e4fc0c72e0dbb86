"""School profile: a QWizard whose pages are listed as data (Picard style; the pages are in
:mod:`papi_desktop.gui.wizard_pages`).

The pages are independent (``QWizard.IndependentPages``): going back and forth keeps every entry as typed. Nothing
is written to the data file before Finish, and then the school is saved once — going back to fix a typo in the code
can never leave a second school behind. Cancelling with changes asks first.
"""

from __future__ import annotations

import copy
from dataclasses import asdict

from PySide6.QtWidgets import QWidget, QWizard

from papi_desktop.core.model import School
from papi_desktop.errors import NotFoundError, PapiError
from papi_desktop.gui import dialogs
from papi_desktop.gui.wizard_pages import CampusesPage, OfficesPage, PeoplePage, SchoolPage, UnitPage
from papi_desktop.storage.repository import Repository

__all__ = ["PAGES", "CampusesPage", "OfficesPage", "PeoplePage", "ProfileWizard", "SchoolPage", "UnitPage"]

#: the pages of the wizard, in order
PAGES = (SchoolPage, UnitPage, OfficesPage, PeoplePage, CampusesPage)


class ProfileWizard(QWizard):
    """Create (``code=None``) or edit a school profile. ``saved_code`` is the school saved at Finish, if any."""

    def __init__(self, repo: Repository, code: str | None = None, *, parent: QWidget | None = None):
        super().__init__(parent)
        from papi_desktop.gui.fit import fit_to_screen

        self.repo = repo
        self.is_new = code is None
        self.original = repo.get_school(code) if code else School(code="", name="")
        self.saved_code: str | None = None
        self.setWindowTitle(self.tr("New school") if self.is_new else self.tr("School profile"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.IndependentPages, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Save"))
        self.setButtonText(QWizard.WizardButton.HelpButton, self.tr("&Help"))
        self.pages = [page_class(self) for page_class in PAGES]
        for page in self.pages:
            self.addPage(page)
        fit_to_screen(self, 760, 560)

    def code_taken(self, code: str) -> bool:
        try:
            self.repo.get_school(code)
        except NotFoundError:
            return False
        return True

    def working(self) -> School:
        """The profile as the pages visited so far have it (what a page shown for the first time starts from)."""
        school = copy.deepcopy(self.original)
        for page in self.pages:
            if page.loaded:
                page.store(school)
        return school

    def changed(self) -> bool:
        return asdict(self.working()) != asdict(self.original)

    def accept(self) -> None:
        """Finish: check every page once more, then save the school — once."""
        for page in self.pages:
            problem = page.problem() if page.loaded else self.tr("Not every page was filled in.")
            if problem:
                dialogs.warn(self, page.title(), problem)
                return
        school = self.working()  # a new school's code was checked free by the first page's problem() above
        try:
            self.repo.save_school(school)
        except PapiError as exc:
            dialogs.show_error(self, exc)
            return
        self.saved_code = school.code
        super().accept()

    def reject(self) -> None:
        if self.changed() and not dialogs.confirm(
                self, self.windowTitle(), self.tr("Close without saving what you entered?"),
                yes=self.tr("Close without saving"), no=self.tr("Go on entering")):
            return
        super().reject()
