"""One open assessment: a header with its state and actions, the walk-through and the review as tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.errors import PapiError
from papi_desktop.gui import actions, dialogs
from papi_desktop.gui.i18n import text
from papi_desktop.gui.review import ReviewView
from papi_desktop.gui.session import AssessmentSession
from papi_desktop.gui.survey import survey_tab
from papi_desktop.gui.walkthrough import Walkthrough
from papi_desktop.gui.widgets import WrappingDelegate

WALK, REVIEW = "walk", "review"


def missing_items(session: AssessmentSession) -> list[tuple[str, str]]:
    """``(criterion_id, message)`` in the GUI's language, for what ``Repository.missing_for_finalise`` reports."""
    from PySide6.QtCore import QCoreApplication

    from papi_desktop.core.scoring import UNANSWERED

    names = {c.code: c.name for c in session.school.campuses}
    out = []
    for cid, ev in session.evaluations().items():
        if ev.verdict == UNANSWERED:
            out.append((cid, QCoreApplication.translate("MissingDialog", "not fully answered")))
        for p in ev.problems:
            where = f"{names.get(p.campus, p.campus)}: " if p.campus else ""
            out.append((cid, where + text(p.message)))
        answer = session.answers.get(cid)
        if answer and answer.needs_recheck:
            out.append((cid, QCoreApplication.translate("MissingDialog", "needs re-checking (copied from last year)")))
    return out


class MissingDialog(QDialog):
    """What still blocks finalising; choosing a line opens that criterion."""

    def __init__(self, session: AssessmentSession, missing: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not complete yet"))
        self.chosen: str | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The self-assessment cannot be finalised yet. Still missing (%1):")
                       .replace("%1", str(len(missing))))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("What is missing"))
        WrappingDelegate(self.list)
        for cid, message in missing:
            item = QListWidgetItem(f"{cid}  {text(session.catalogue.criterion(cid).text)} — {message}")
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.list.addItem(item)
        self.list.itemActivated.connect(self._go)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        go = buttons.addButton(self.tr("&Go to the criterion"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        go.clicked.connect(lambda: self._go(self.list.currentItem()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.setCurrentRow(0)
        self.resize(640, 420)

    def _go(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
            self.accept()


def show_missing(parent: QWidget, session: AssessmentSession, missing: list[tuple[str, str]]) -> str | None:
    """Show what is missing; returns the criterion the user wants to open, if any."""
    dialog = MissingDialog(session, missing, parent)
    dialog.exec()
    return dialog.chosen


class AssessmentView(QWidget):
    """Header + tabs for one assessment."""

    home_requested = Signal()

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.home_button = QPushButton(self.tr("◀ &Home"))
        self.home_button.clicked.connect(self.home_requested)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.finalise_button = QPushButton(self.tr("&Finalise…"))
        self.reopen_button = QPushButton(self.tr("Re&open…"))
        self.pdf_button = QPushButton(self.tr("&Print / export PDF"))
        self.export_button = QPushButton(self.tr("E&xport data file"))
        self.finalise_button.clicked.connect(self.finalise)
        self.reopen_button.clicked.connect(self.reopen)
        self.pdf_button.clicked.connect(lambda: actions.export_pdf(self, session.repo, session.id))
        self.export_button.clicked.connect(lambda: actions.export_data_file(self, session.repo, session.id))
        header.addWidget(self.home_button)
        header.addWidget(self.title, 1)
        for b in (self.finalise_button, self.reopen_button, self.pdf_button, self.export_button):
            header.addWidget(b)
        layout.addLayout(header)
        self.tabs = QTabWidget()
        self.walkthrough = Walkthrough(session)
        self.review = ReviewView(session)
        self.review.go_to.connect(self.show_criterion)
        self.tabs.addTab(self.walkthrough, self.tr("&Answers"))
        self.tabs.addTab(self.review, self.tr("&Review and plan"))
        self.survey = survey_tab(session)  # the parents' survey (issue 16)
        self.tabs.addTab(self.survey, self.tr("Parents' &views"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        session.state_changed.connect(self.refresh_header)
        self.refresh_header()

    def refresh_header(self) -> None:
        a = self.session.assessment
        state = (self.tr("finalised (read-only)") if a.is_final else self.tr("draft"))
        self.title.setText(self.tr("%1 — school year %2 — %3")
                           .replace("%1", self.session.school.name).replace("%2", a.school_year).replace("%3", state))
        self.finalise_button.setVisible(not a.is_final)
        self.reopen_button.setVisible(a.is_final)

    def current_view(self) -> str:
        return REVIEW if self.tabs.currentWidget() is self.review else WALK

    def _tab_changed(self, _index: int) -> None:
        self.session.flush()
        if self.tabs.currentWidget() is self.review:
            self.review.refresh()
        self.session.remember_position(self.walkthrough.current_id(), self.current_view())

    def show_criterion(self, criterion_id: str) -> None:
        self.tabs.setCurrentWidget(self.walkthrough)
        self.walkthrough.show_criterion(criterion_id)

    def show_review(self) -> None:
        self.tabs.setCurrentWidget(self.review)
        self.review.refresh()

    def finalise(self) -> None:
        self.session.flush()
        if self.session.repo.missing_for_finalise(self.session.id):
            chosen = show_missing(self, self.session, missing_items(self.session))
            if chosen:
                self.show_criterion(chosen)
            return
        answer = dialogs.ask_finalise(
            self, self.tr("Finalise the self-assessment of %1? Afterwards it can only be read; to change it you must "
                          "reopen it and give a reason.").replace("%1", self.session.assessment.school_year),
            self.session.assessment.doc_number)
        if answer is None:
            return
        try:
            self.session.finalise(doc_number=answer[0], doc_date=answer[1])
        except PapiError as exc:
            dialogs.show_error(self, exc)

    def reopen(self) -> None:
        from papi_desktop.exchange.review import reopen_reason, returned_receipt
        from papi_desktop.gui.i18n import current_language

        returned = returned_receipt(self.session.repo, self.session.assessment)  # the office's reason, offered
        reason = dialogs.ask_text(self, self.tr("Reopen"),
                                  self.tr("Why must the finalised self-assessment be changed? The reason is kept in "
                                          "the history."),
                                  reopen_reason(returned, current_language()) if returned else "", required=True)
        if not reason:
            return
        try:
            self.session.reopen(reason)
        except PapiError as exc:
            dialogs.show_error(self, exc)
