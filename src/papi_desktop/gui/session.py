"""The open assessment: a small controller between the widgets and the repository.

Widgets never write to the database: they hand an :class:`~papi_desktop.core.model.Answer` to
:meth:`AssessmentSession.update`. The session keeps the answers in memory (so verdicts update live), saves at once
or after a short pause while the user is typing (``debounce``), and :meth:`flush` writes whatever is pending —
called on focus-out, page change and close, so no keystroke is lost.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QObject, QTimer, Signal

from papi_desktop.core.answers.engine import dependants
from papi_desktop.core.catalogue import Catalogue, Criterion
from papi_desktop.core.model import Answer, Assessment, School
from papi_desktop.core.scoring import Evaluation, Scores, evaluate, evaluate_all, score
from papi_desktop.errors import PapiError
from papi_desktop.gui.prefs import RESUME_KEY
from papi_desktop.storage.repository import Repository

DEBOUNCE_MS = 400


class AssessmentSession(QObject):
    """One assessment being answered or reviewed."""

    #: an answer changed in memory (criterion id) — verdicts, marks and scores follow
    changed = Signal(str)
    #: something is waiting to be written
    pending = Signal()
    #: everything pending was written (the "đã lưu" indicator)
    saved = Signal()
    #: draft ↔ finalised, or the assessment was reloaded
    state_changed = Signal()
    #: a PapiError to show to the user
    failed = Signal(object)

    def __init__(self, repo: Repository, assessment_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.repo = repo
        self._pending: dict[str, Answer] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.load(assessment_id)

    # -- state ------------------------------------------------------------------------------------------

    def load(self, assessment_id: str) -> None:
        self.assessment: Assessment = self.repo.get_assessment(assessment_id)
        self.catalogue: Catalogue = self.repo.catalogue_of(self.assessment)
        self.school: School = self.repo.school_for(self.assessment)
        self.campus_codes = [c.code for c in self.school.campuses]
        self.answers: dict[str, Answer] = self.repo.get_answers(assessment_id)

    @property
    def id(self) -> str:
        return self.assessment.id

    @property
    def read_only(self) -> bool:
        return self.assessment.is_final

    def answer(self, criterion_id: str) -> Answer | None:
        """A copy of the current answer (None when not answered yet)."""
        a = self.answers.get(criterion_id)
        return copy.deepcopy(a) if a else None

    def evaluation(self, criterion: Criterion) -> Evaluation:
        """The criterion's verdict and messages (checks against the school profile and other answers included)."""
        return evaluate(criterion, self.answers.get(criterion.id), self.campus_codes, self.assessment.school_year,
                        stats=self.school.stats, answers=self.answers)

    def evaluations(self) -> dict[str, Evaluation]:
        return evaluate_all(self.catalogue, self.answers, self.campus_codes, self.assessment.school_year,
                            stats=self.school.stats)

    def scores(self) -> Scores:
        return score(self.catalogue, self.evaluations())

    # -- writing ------------------------------------------------------------------------------------------

    def update(self, answer: Answer, *, debounce: bool = False) -> None:
        """Take a changed answer: keep it in memory now, write it now or after a pause while typing."""
        if self.read_only:
            return
        self.answers[answer.criterion_id] = answer
        self._pending[answer.criterion_id] = answer
        self.changed.emit(answer.criterion_id)
        for other in dependants(self.catalogue).get(answer.criterion_id, ()):  # checks that read this answer
            self.changed.emit(other)
        self.pending.emit()
        if debounce:
            self._timer.start()
        else:
            self.flush()

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Write every pending answer; True when nothing is left pending."""
        self._timer.stop()
        if not self._pending:
            return True
        todo, self._pending = self._pending, {}
        try:
            self.repo.save_answers(self.id, list(todo.values()))
        except PapiError as exc:
            # keep them pending so a later flush (after the user fixed the cause) still writes them
            for cid, answer in todo.items():
                self._pending.setdefault(cid, answer)
            self.failed.emit(exc)
            return False
        self.assessment = self.repo.get_assessment(self.id)
        self.saved.emit()
        return True

    def finalise(self, *, doc_number: int | None = None, doc_date: str | None = None) -> None:
        self.flush()
        self.repo.finalise(self.id, doc_number=doc_number, doc_date=doc_date)
        self.load(self.id)
        self.state_changed.emit()

    def reopen(self, reason: str) -> None:
        self.repo.reopen(self.id, reason=reason)
        self.load(self.id)
        self.state_changed.emit()

    def remember_position(self, criterion_id: str | None, view: str = "walk") -> None:
        """Store where the principal is, so a new start after a crash or power cut reopens there."""
        try:
            self.repo.set_setting(RESUME_KEY, {"assessment": self.id, "criterion": criterion_id, "view": view})
        except PapiError as exc:
            self.failed.emit(exc)
