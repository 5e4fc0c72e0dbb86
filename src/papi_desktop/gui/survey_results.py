"""Results of the parents' survey in the window: the tab "Ý kiến cha mẹ → Kết quả" and the summary on the review
page. Both compute with :func:`papi_desktop.core.survey.survey_results` from the stored forms and the session's
verdicts in memory, so the gaps follow the answers as they are typed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.core.scoring import VERDICT_TEXT
from papi_desktop.core.survey import SurveyResults, percent, survey_results
from papi_desktop.errors import PapiError
from papi_desktop.gui.i18n import current_language, date_text, text
from papi_desktop.gui.session import AssessmentSession


def results_of(session: AssessmentSession) -> SurveyResults:
    """The survey's results against the verdicts the session holds now."""
    repo = session.repo
    return survey_results(repo.survey_questionnaire(session.id), repo.list_survey_forms(session.id),
                          session.catalogue, session.evaluations(), session.campus_codes)


def gap_line(gap) -> str:
    """"TH.04 Học sinh không phải học ca ba — nhà trường: Đạt; 38% cha mẹ trả lời «Có» (79/208 phiếu)"."""
    return (QCoreApplication.translate("Survey", "%1 %2 — the school: %3; %4 of parents say yes (%6 of %5 forms)")
            .replace("%1", gap.criterion).replace("%2", text(gap.text)).replace("%3", text(VERDICT_TEXT[gap.verdict]))
            .replace("%4", percent(gap.share_yes)).replace("%5", str(gap.answered)).replace("%6", str(gap.yes)))


class _FitTable(QTableWidget):
    """A read-only table as tall as its rows, which it measures again whenever its width (and so the wrapping of
    its texts) changes."""

    def fit(self) -> None:
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(self.horizontalHeader().height() + rows + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


def _table(headers: list[str], name: str) -> _FitTable:
    t = _FitTable(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setAccessibleName(name)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(True)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(1, len(headers)):
        t.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return t


def _fill(t: _FitTable, rows: list[list[str]]) -> None:
    t.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            t.setItem(r, c, item)
    t.fit()


class SurveyResultsView(QScrollArea):
    """Per question: forms, Có / Không / Không biết, the share of "Có" with its 95 % interval; the gaps; forms per
    class. For the school or one campus."""

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        self.campus = QComboBox()
        self.campus.setAccessibleName(self.tr("Results for"))
        self.campus.addItem(self.tr("Whole school"), "")
        for c in session.school.campuses:
            self.campus.addItem(c.name, c.code)
        self.campus.activated.connect(lambda _i: self.refresh())
        caption = QLabel(self.tr("Sho&w:"))
        caption.setBuddy(self.campus)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top.addWidget(caption)
        top.addWidget(self.campus)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        self.table = _table([self.tr("Question"), self.tr("Forms"), self.tr("Yes"), self.tr("No"),
                             self.tr("Don't know"), self.tr("Share of yes"), self.tr("95% interval")],
                            self.tr("Results per question"))
        layout.addWidget(self.table)
        self.choices = QLabel()
        self.choices.setWordWrap(True)
        layout.addWidget(self.choices)
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.gaps)
        self.classes = _table([self.tr("Campus"), self.tr("Class"), self.tr("Forms")], self.tr("Forms per class"))
        layout.addWidget(self.classes)
        layout.addStretch(1)
        self.setWidget(body)

    def refresh(self) -> None:
        results = results_of(self.session)
        code = self.campus.currentData() or ""
        group = dict(results.campuses).get(code) if code else results.school
        names = {c.code: c.name for c in self.session.school.campuses}
        if group is None:  # no form from this campus yet
            self.summary.setText(self.tr("No forms from this campus yet."))
            self.table.setRowCount(0)
            self.choices.clear()
        else:
            same_day = results.first_entered == results.last_entered
            self.summary.setText((self.tr("%1 forms, entered on %2.") if same_day else self.tr(
                "%1 forms, entered %2 to %3.")).replace("%1", str(group.forms)).replace(
                "%2", _date(results.first_entered)).replace("%3", _date(results.last_entered)))
            number = {q.id: i for i, q in enumerate(self.session.repo.survey_questionnaire(self.session.id).questions,
                                                     start=1)}
            _fill(self.table, [[f"{number[r.id]}. {text(r.text)}", str(r.forms), str(r.yes), str(r.no),
                                str(r.dont_know), percent(r.share_yes),
                                f"{percent(r.interval[0])}–{percent(r.interval[1])}" if r.interval else "–"]
                               for r in group.questions])
            self.choices.setText("\n".join(f"{number[c.id]}. {text(c.text)} " + "; ".join(
                f"{text(label)}: {n}" for _k, label, n in c.counts) for c in group.choices))
        if not results.forms:
            self.gaps.setText("")
        elif results.gaps:
            self.gaps.setStyleSheet("color: #b3261e; font-weight: bold;")
            self.gaps.setText(self.tr("Where the school's verdict and the parents disagree:") + "\n"
                              + "\n".join(gap_line(g) for g in results.gaps))
        else:
            self.gaps.setStyleSheet("")
            self.gaps.setText(self.tr("The parents' answers agree with the school's verdicts."))
        _fill(self.classes, [[names.get(c, c), k or self.tr("(no class)"), str(n)] for c, k, n in results.classes
                             if not code or c == code])


def _date(iso: str | None) -> str:
    return date_text(iso) or "–"


class SurveySummary(QGroupBox):
    """On the review page, under the criteria not met: how many parents answered, and each criterion where the
    school's verdict and most parents disagree — as section III of the report says it; each criterion is a link
    that opens it (``go_to``; Tab reaches the links, Enter follows one)."""

    go_to = Signal(str)

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None):
        super().__init__(self.tr("Parents' views"), parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label)
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.RichText)
        self.gaps.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.gaps.setAccessibleName(self.tr("Where the school's verdict and the parents disagree"))
        self.gaps.linkActivated.connect(self.go_to)
        layout.addWidget(self.gaps)
        self.note = QLabel(self.tr("Check these criteria again, or find out why the parents see it otherwise. The "
                                   "report prints them in section III. Click a criterion to open it."))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    def refresh(self) -> None:
        try:
            results = results_of(self.session)
        except PapiError as exc:  # e.g. forms entered with a questionnaire this app does not ship
            self._show(exc.message(current_language()))
            return
        if not results.forms:
            self._show(self.tr("No parents' survey forms entered yet. Enter them in the tab “Parents' views”."))
            return
        head = self.tr("%1 forms from parents.").replace("%1", str(results.forms))
        if not results.gaps:
            self._show(head + " " + self.tr("Their answers agree with the school's verdicts."))
            return
        self._show(head + " " + self.tr("Criteria where the school's verdict and most parents disagree (%1):")
                   .replace("%1", str(len(results.gaps))),
                   "<br>".join(f'<a href="{escape(g.criterion)}">{escape(g.criterion)}</a>'
                               f'{escape(gap_line(g).removeprefix(g.criterion))}' for g in results.gaps))

    def _show(self, text: str, gaps: str = "") -> None:
        self.label.setText(text)
        self.gaps.setText(gaps)
        self.gaps.setVisible(bool(gaps))
        self.note.setVisible(bool(gaps))
