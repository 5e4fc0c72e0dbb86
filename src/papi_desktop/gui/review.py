"""Review: scores per dimension (chart and table), the criteria not met, the improvement plan and the comparison
with the previous school year."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.core import terms
from papi_desktop.core.scoring import MET, NA, NOT_MET, VERDICT_TEXT
from papi_desktop.gui.chart import ScoreChart
from papi_desktop.gui.i18n import current_language, number_text, text
from papi_desktop.gui.plan import PlanTable, unplanned
from papi_desktop.gui.report_details import ReportDetailsBox
from papi_desktop.gui.session import AssessmentSession
from papi_desktop.gui.survey_results import SurveySummary

_RANK = {MET: 2, NA: 1, NOT_MET: 0}


def _fmt(value: float | None) -> str:
    return number_text(value)


def _readonly_table(rows: int, headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(rows, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setAccessibleName(name)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(True)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(1, len(headers)):
        t.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


def _fit_height(t: QTableWidget) -> None:
    t.resizeRowsToContents()
    h = t.horizontalHeader().height() + sum(t.rowHeight(r) for r in range(t.rowCount())) + 2 * t.frameWidth() + 4
    t.setFixedHeight(max(h, t.horizontalHeader().height() + 30))


class ReviewView(QScrollArea):
    """Everything to look at before finalising."""

    #: open this criterion in the walk-through
    go_to = Signal(str)

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.overall = QLabel()
        font = self.overall.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.overall.setFont(font)
        layout.addWidget(self.overall)

        scores_box = QGroupBox(self.tr("Scores per dimension (0–10)"))
        scores_layout = QVBoxLayout(scores_box)
        self.chart = ScoreChart()
        scores_layout.addWidget(self.chart)
        self.scores_table = _readonly_table(0, [self.tr("Dimension"), self.tr("Score"), self.tr("Previous year"),
                                                self.tr("Met"), self.tr("Not met"), self.tr("Not answered")],
                                            self.tr("Scores"))
        scores_layout.addWidget(self.scores_table)
        layout.addWidget(scores_box)

        failed_box = QGroupBox(self.tr("Criteria not met"))
        failed_layout = QVBoxLayout(failed_box)
        failed_layout.addWidget(QLabel(self.tr("Double-click or press Enter to open a criterion.")))
        self.not_met = QListWidget()
        self.not_met.setAccessibleName(self.tr("Criteria not met"))
        self.not_met.setWordWrap(True)
        self.not_met.itemActivated.connect(lambda i: self.go_to.emit(i.data(Qt.ItemDataRole.UserRole)))
        failed_layout.addWidget(self.not_met)
        offer = QHBoxLayout()
        self.unplanned = QLabel()
        self.unplanned.setWordWrap(True)
        self.unplanned.setStyleSheet("color: #8a5a00;")
        self.add_unplanned = QPushButton(self.tr("Add them to the p&lan"))
        offer.addWidget(self.unplanned, 1)
        offer.addWidget(self.add_unplanned)
        failed_layout.addLayout(offer)
        layout.addWidget(failed_box)
        self.survey = SurveySummary(session)  # parents' views and where they disagree (issue 16)
        self.survey.go_to.connect(self.go_to)
        layout.addWidget(self.survey)

        plan_box = QGroupBox(text(terms.PLAN))
        plan_layout = QVBoxLayout(plan_box)
        self.plan = PlanTable(session)
        self.plan.table.setMinimumHeight(180)
        plan_layout.addWidget(self.plan)
        layout.addWidget(plan_box)
        self.add_unplanned.clicked.connect(self._plan_unplanned)
        self.plan.changed.connect(self._refresh_unplanned)

        self.details = ReportDetailsBox(session)
        layout.addWidget(self.details)

        history_box = QGroupBox(self.tr("Compared with the previous school year"))
        history_layout = QVBoxLayout(history_box)
        self.history_note = QLabel()
        self.history_note.setWordWrap(True)
        history_layout.addWidget(self.history_note)
        self.history = _readonly_table(0, [self.tr("Criterion"), self.tr("Previous year"), self.tr("This year"),
                                           self.tr("Change")], self.tr("Comparison with the previous school year"))
        history_layout.addWidget(self.history)
        layout.addWidget(history_box)
        layout.addStretch(1)
        self.setWidget(body)
        session.state_changed.connect(self.refresh)
        session.state_changed.connect(self.plan.refresh)

    def refresh(self) -> None:
        """Recompute everything from the session (cheap: pure functions over the answers in memory)."""
        cat = self.session.catalogue
        evs = self.session.evaluations()
        scores = self.session.scores()
        self.overall.setText(self.tr("%1: %2 / 10").replace("%1", text(terms.SCORE))
                             .replace("%2", _fmt(scores.overall)))
        self.overall.setToolTip(text(terms.SCORE_NOTE))
        dims = [d for d in cat.dimensions if cat.criteria_of(d.id)]
        self.chart.set_rows([(text(d.short) or text(d.name), scores.dimensions.get(d.id)) for d in dims])
        self.scores_table.setRowCount(len(dims))
        before = (self.session.repo.previous_result(self.session.assessment) or {}).get("dimensions", {})
        for row, d in enumerate(dims):
            verdicts = [evs[c.id].verdict for c in cat.criteria_of(d.id)]
            values = [terms.dimension_title(cat, d, current_language()), _fmt(scores.dimensions.get(d.id)),
                      _fmt(before.get(d.id)), str(verdicts.count(MET)), str(verdicts.count(NOT_MET)),
                      str(verdicts.count("unanswered"))]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.scores_table.setItem(row, col, item)
        _fit_height(self.scores_table)

        self.not_met.clear()
        for cid, ev in evs.items():
            if ev.verdict == NOT_MET:
                item = QListWidgetItem(f"{cid}  {text(cat.criterion(cid).text)}")
                item.setData(Qt.ItemDataRole.UserRole, cid)
                self.not_met.addItem(item)
        if not self.not_met.count():
            self.not_met.addItem(QListWidgetItem(self.tr("None — every answered criterion is met.")))
        self.not_met.setFixedHeight(min(240, max(60, self.not_met.sizeHintForRow(0) * self.not_met.count() + 8)))
        self.plan.refresh()
        self._refresh_unplanned()
        self.details.refresh()
        self.survey.refresh()
        self._refresh_history(evs)

    def _refresh_unplanned(self) -> None:
        """Criteria not met that have no action in the plan yet (a criterion that newly fails is offered)."""
        missing = [] if self.session.read_only else unplanned(self.session)
        self.unplanned.setText(self.tr("Not met and not in the plan yet: %1.").replace("%1", ", ".join(missing)))
        self.unplanned.setVisible(bool(missing))
        self.add_unplanned.setVisible(bool(missing))

    def _plan_unplanned(self) -> None:
        self.plan.generate()
        self._refresh_unplanned()

    def _previous(self):
        year = self.session.assessment.school_year
        older = [a for a in self.session.repo.list_assessments(self.session.assessment.school_code)
                 if a.school_year < year]
        return older[0] if older else None

    def _refresh_history(self, evs) -> None:
        prev = self._previous()
        if prev is None:
            self.history_note.setText(self.tr("There is no assessment of an earlier school year to compare with."))
            self.history.setRowCount(0)
            self.history.hide()
            return
        self.history.show()
        before = self.session.repo.snapshot(prev.id)["verdicts"]
        self.history_note.setText(self.tr("School year %1 compared with %2.")
                                  .replace("%1", self.session.assessment.school_year).replace("%2", prev.school_year))
        cat = self.session.catalogue
        self.history.setRowCount(len(cat.criteria))
        arrows = {1: self.tr("better"), -1: self.tr("worse"), 0: self.tr("same")}
        for row, c in enumerate(cat.criteria):
            old = before.get(c.id)
            new = evs[c.id].verdict
            if old in _RANK and new in _RANK:
                change = arrows[(_RANK[new] > _RANK[old]) - (_RANK[new] < _RANK[old])]
            else:
                change = "–"
            values = [f"{c.id}  {text(c.text)}", text(VERDICT_TEXT[old]) if old in VERDICT_TEXT else "–",
                      text(VERDICT_TEXT[new]), change]
            for col, value in enumerate(values):
                self.history.setItem(row, col, QTableWidgetItem(value))
        _fit_height(self.history)
