"""One page of the walk-through, built from one catalogue criterion."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.core.answers import prefill
from papi_desktop.core.catalogue import Criterion
from papi_desktop.core.model import Answer
from papi_desktop.core.scoring import MET, NA, NOT_MET, VERDICT_TEXT
from papi_desktop.core.text import nfc
from papi_desktop.gui.attachments import AttachmentsPanel
from papi_desktop.gui.cause_box import CauseBox
from papi_desktop.gui.editors import make_editor, set_line
from papi_desktop.gui.i18n import text
from papi_desktop.gui.office_note import OfficeNoteBox
from papi_desktop.gui.prefs import UiPrefs
from papi_desktop.gui.session import AssessmentSession

VERDICT_COLOURS = {MET: "#1b7d32", NOT_MET: "#b3261e", NA: "#555555"}


def _label(value: str, *, bold: bool = False, selectable: bool = True) -> QLabel:
    label = QLabel(value)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class CriterionPage(QScrollArea):
    """Question, why it matters, legal basis, answer widgets, verdict, "not applicable", note and evidence."""

    def __init__(self, criterion: Criterion, session: AssessmentSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.criterion = criterion
        self.session = session
        self._loading = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(10)

        self.title = _label(f"{criterion.id}. {text(criterion.text)}", bold=True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.office_note = OfficeNoteBox(criterion.id, session)  # the office's note when it returned the assessment
        layout.addWidget(self.office_note)

        # "About this criterion" opens and closes (remembered for every page): at 150 % on a small screen it
        # would otherwise push the answer out of sight
        self.about_button = QToolButton()
        self.about_button.setText(self.tr("About this criterion (why it matters, how it is judged)"))
        self.about_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.about_button.setAutoRaise(True)
        self.about_button.setAccessibleName(self.tr("Show or hide what the criterion is about"))
        self.about_button.clicked.connect(lambda: self._about_toggled(self.about.isHidden()))
        layout.addWidget(self.about_button)
        self.about = about = QFrame()
        about.setFrameShape(QFrame.Shape.StyledPanel)
        about_layout = QVBoxLayout(about)
        about_layout.addWidget(_label(self.tr("Why it matters"), bold=True))
        about_layout.addWidget(_label(text(criterion.guidance)))
        about_layout.addWidget(_label(self.tr("How it is judged"), bold=True))
        about_layout.addWidget(_label(text(criterion.verdict_rule)))
        if criterion.legal_basis:
            about_layout.addWidget(_label(self.tr("Legal basis"), bold=True))
            about_layout.addWidget(_label("\n".join(f"• {b}" for b in criterion.legal_basis)))
        layout.addWidget(about)

        self.recheck = QFrame()
        self.recheck.setFrameShape(QFrame.Shape.StyledPanel)
        self.recheck.setStyleSheet("QFrame { background: #fff4d6; }")
        recheck_row = QHBoxLayout(self.recheck)
        recheck_row.addWidget(_label(self.tr("This answer was copied from last school year. Check it, change what "
                                             "is different, or confirm that it is still right."), selectable=False),
                              1)
        self.confirm_button = QPushButton(self.tr("Still ri&ght"))
        self.confirm_button.clicked.connect(self.confirm_unchanged)
        recheck_row.addWidget(self.confirm_button)
        layout.addWidget(self.recheck)

        answer_box = QGroupBox(self.tr("Your answer"))
        answer_layout = QVBoxLayout(answer_box)
        self.editor = make_editor(criterion, session.school.campuses, session.assessment.school_year)
        self.editor.edited.connect(self._edited)
        answer_layout.addWidget(self.editor)
        self.na = QCheckBox(self.tr("N&ot applicable to this school"))
        self.na_reason = QLineEdit()
        self.na_reason.setPlaceholderText(self.tr("Reason (required)"))
        self.na_reason.setAccessibleName(self.tr("Reason why the criterion does not apply"))
        if criterion.answer.allow_na:  # the reason on its own line, as wide as the answer: it is read in full
            answer_layout.addWidget(self.na)
            answer_layout.addWidget(self.na_reason)
        else:
            self.na.hide()
            self.na_reason.hide()
        self.na.toggled.connect(lambda _c: self._edited(False))
        self.na_reason.textEdited.connect(lambda _t: self._edited(True))
        self.verdict = _label("", bold=True)
        self.verdict.setAccessibleName(self.tr("Result"))
        self.problems = _label("")
        self.problems.setStyleSheet("color: #b3261e;")
        self.problems.setAccessibleName(self.tr("Problems to fix"))
        answer_layout.addWidget(self.verdict)
        answer_layout.addWidget(self.problems)
        layout.addWidget(answer_box)
        self.cause = CauseBox(criterion, session)  # the cause of a criterion not met (report section IV)
        layout.addWidget(self.cause)

        evidence_box = QGroupBox(self.tr("Evidence"))
        ev_layout = QVBoxLayout(evidence_box)
        ev_layout.addWidget(_label(self.tr("Suggested evidence: %1").replace("%1", text(criterion.evidence))))
        note_label = QLabel(self.tr("Evidence no&te:"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Evidence note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        note_label.setBuddy(self.note)
        self.note.textChanged.connect(lambda: self._edited(True))
        ev_layout.addWidget(note_label)
        ev_layout.addWidget(self.note)
        self.attachments = AttachmentsPanel(session, criterion.id)
        ev_layout.addWidget(self.attachments)
        layout.addWidget(evidence_box)
        layout.addStretch(1)
        self.setWidget(body)

        session.changed.connect(self._session_changed)  # also emitted for criteria whose checks read this one
        session.state_changed.connect(self.reload)
        self.reload()

    # -- loading and state ----------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        self._show_about(UiPrefs().about_open)  # as the user left it on another page
        super().showEvent(event)

    def _show_about(self, open_: bool) -> None:
        self.about_button.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.about.setVisible(open_)

    def _about_toggled(self, open_: bool) -> None:
        UiPrefs().about_open = open_
        self._show_about(open_)

    def reload(self) -> None:
        """Show the session's answer for this criterion and apply read-only state."""
        self._loading = True
        try:
            a = self.session.answer(self.criterion.id) or Answer(self.criterion.id)
            value = a.value
            if not self.session.read_only and not a.na:
                # what the school profile already says (staff, teachers, classes) is filled in; it is saved with
                # the first change on this page
                value = prefill(self.criterion, value, self.session.school.stats, self.session.campus_codes)
            self.editor.set_value(value)
            self.na.setChecked(a.na)
            set_line(self.na_reason, a.na_reason)
            if self.note.toPlainText() != a.note:
                self.note.setPlainText(a.note)
        finally:
            self._loading = False
        ro = self.session.read_only
        for w in (self.editor, self.na, self.note, self.confirm_button):
            w.setEnabled(not ro)
        self.note.setReadOnly(ro)
        self.attachments.refresh()
        self._apply_na()
        self._show_verdict()

    def _apply_na(self) -> None:
        on = self.na.isChecked()
        editable = not self.session.read_only
        self.editor.setEnabled(editable and not on)
        self.na_reason.setEnabled(editable and on)

    def _session_changed(self, criterion_id: str) -> None:
        if criterion_id == self.criterion.id:
            self._show_verdict()

    def _show_verdict(self) -> None:
        ev = self.session.evaluation(self.criterion)
        a = self.session.answers.get(self.criterion.id)
        self.recheck.setVisible(bool(a and a.needs_recheck) and not self.session.read_only)
        verdict = text(VERDICT_TEXT[ev.verdict])
        self.verdict.setText(self.tr("Result: %1").replace("%1", verdict))
        self.verdict.setStyleSheet(f"color: {VERDICT_COLOURS.get(ev.verdict, '#333333')};")
        # each message next to its field; what concerns the whole answer under the result
        problems, reasons = self.editor.show_messages(ev.problems, ev.reasons)
        names = {c.code: c.name for c in self.session.school.campuses}
        lines = []
        for mark, messages in (("⚠", problems), ("•", reasons)):
            for p in messages:
                where = f"{names.get(p.campus, p.campus)}: " if p.campus else ""
                lines.append(f"{mark} {where}{text(p.message)}")
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    # -- editing ---------------------------------------------------------------------------------------------

    def current_answer(self) -> Answer:
        na = self.na.isChecked()
        return Answer(
            self.criterion.id,
            value={} if na else self.editor.value(),
            na=na,
            na_reason=nfc(self.na_reason.text().strip()) if na else "",
            note=nfc(self.note.toPlainText()) or "",
            needs_recheck=False,
        )

    def _edited(self, typing: bool) -> None:
        if self._loading or self.session.read_only:
            return
        self._apply_na()
        self.session.update(self.current_answer(), debounce=typing)

    def confirm_unchanged(self) -> None:
        """The copied answer is still right: clear the re-check mark."""
        self.session.update(self.current_answer())
