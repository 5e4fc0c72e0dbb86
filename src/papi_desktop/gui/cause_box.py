"""The cause of a criterion not met (nguyên nhân), on the criterion's page: a short text the principal writes for
section IV of the report. The suggestion from the failing facts shows in grey while the box is empty — and is
what the report prints when nothing is written. Saved after a short pause while typing, and on leaving the box."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from papi_desktop.core.catalogue import Criterion
from papi_desktop.core.remedies import cause_suggestion
from papi_desktop.core.scoring import NOT_MET
from papi_desktop.core.text import nfc
from papi_desktop.errors import PapiError
from papi_desktop.gui.i18n import current_language
from papi_desktop.gui.session import AssessmentSession

SAVE_AFTER_MS = 600


class CauseBox(QGroupBox):
    """Shown only while the criterion is not met."""

    def __init__(self, criterion: Criterion, session: AssessmentSession, parent: QWidget | None = None):
        super().__init__(self.tr("Cause (printed in section IV of the report)"), parent)
        self.criterion, self.session = criterion, session
        self._loading = False
        self._dirty = False
        layout = QVBoxLayout(self)
        self.hint = QLabel(self.tr("Why is the criterion not met? Write it in a sentence or two. While the box is "
                                   "empty, the report prints the suggestion shown in grey."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(self.tr("Cause of the criterion not met"))
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 3 + 14)
        self.edit.textChanged.connect(self._typed)
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)
        self.use_button = QPushButton(self.tr("&Start from the suggestion"))
        self.use_button.clicked.connect(self.use_suggestion)
        layout.addWidget(self.use_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        session.changed.connect(self._answer_changed)
        session.state_changed.connect(self.reload)
        self.reload()

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

    def suggestion(self) -> str:
        answer = self.session.answers.get(self.criterion.id)
        campuses = [{"code": c.code, "name": c.name} for c in self.session.school.campuses]
        return cause_suggestion(self.session.catalogue, self.criterion, answer.value if answer else None, campuses,
                                current_language())

    def reload(self) -> None:
        """Show the stored cause, the suggestion, and whether the box applies at all."""
        stored = (self.session.repo.stored_details(self.session.id).get("causes") or {}).get(self.criterion.id, "")
        self._loading = True
        try:
            if self.edit.toPlainText() != stored:
                self.edit.setPlainText(stored)
        finally:
            self._loading = False
        self._dirty = False
        ro = self.session.read_only
        self.edit.setReadOnly(ro)
        self.use_button.setEnabled(not ro)
        self._answer_changed(self.criterion.id)

    def _answer_changed(self, criterion_id: str) -> None:
        if criterion_id != self.criterion.id:
            return
        failing = self.session.evaluation(self.criterion).verdict == NOT_MET
        self.setVisible(failing)
        if failing:
            self.edit.setPlaceholderText(self.suggestion())

    def _typed(self) -> None:
        if self._loading or self.session.read_only:
            return
        self._dirty = True
        self._timer.start()

    def use_suggestion(self) -> None:
        """Put the suggestion in the box, to edit it."""
        self.edit.setPlainText(self.suggestion())
        self.edit.setFocus()
        self.flush()

    def flush(self) -> bool:
        """Write the cause if it changed; False when the repository refused it (the message is shown)."""
        self._timer.stop()
        if not self._dirty or self.session.read_only:
            return True
        try:
            self.session.repo.save_report_details(self.session.id,
                                                  causes={self.criterion.id: nfc(self.edit.toPlainText()) or ""})
        except PapiError as exc:
            self.session.failed.emit(exc)
            return False
        self._dirty = False
        self.session.saved.emit()
        return True

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)
