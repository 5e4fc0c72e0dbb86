"""The improvement plan: action, person responsible, deadline, status — one row per action, saved on each edit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.core import terms
from papi_desktop.core.model import ACTION_STATUSES, Action
from papi_desktop.core.remedies import proposal_suggestions
from papi_desktop.core.scoring import NOT_MET
from papi_desktop.core.terms import SOLVERS
from papi_desktop.errors import PapiError
from papi_desktop.gui import dialogs
from papi_desktop.gui.i18n import current_language, text
from papi_desktop.gui.session import AssessmentSession


def status_labels() -> dict[str, str]:
    """The action-status words of the glossary (:data:`papi_desktop.core.terms.ACTION_STATUS`)."""
    return {key: text(terms.ACTION_STATUS[key]) for key in ACTION_STATUSES}


def default_due(school_year: str) -> str:
    """End of May of the school year's second calendar year: before the next PAPI survey and the year's report."""
    return date(int(school_year[5:]), 5, 31).isoformat()


def unplanned(session: AssessmentSession) -> list[str]:
    """The criteria not met that have no action in the plan yet, in catalogue order."""
    have = {a.criterion_id for a in session.repo.list_actions(session.id)}
    return [cid for cid, ev in session.evaluations().items() if ev.verdict == NOT_MET and cid not in have]


def plan_from_not_met(session: AssessmentSession) -> int:
    """Add one action per criterion that is not met and has no action yet — what the school can do about it (the
    document data's proposal) — and return how many were added."""
    campuses = [{"code": c.code, "name": c.name} for c in session.school.campuses]
    added = 0
    for cid in unplanned(session):
        answer = session.answers.get(cid)
        texts = proposal_suggestions(session.catalogue, [cid], {cid: answer.value if answer else {}}, campuses,
                                     current_language())
        lines = [x.removeprefix("- ").rstrip(".") for solver in SOLVERS for x in texts[solver].splitlines()]
        what = f"{cid}: " + "; ".join(lines)
        session.repo.save_action(Action(None, session.id, what=what, who=session.school.principal,
                                        due=default_due(session.assessment.school_year), criterion_id=cid))
        added += 1
    return added


class PlanTable(QWidget):
    """Editable table of the plan with "add", "remove" and "create from the criteria not met"."""

    changed = Signal()

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._loading = False
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(text(terms.PLAN))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Person responsible"), self.tr("Deadline"),
                                              self.tr("Status")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._item_changed)
        self.generate_button = QPushButton(self.tr("&Create plan from the criteria not met"))
        self.add_button = QPushButton(self.tr("A&dd action"))
        self.remove_button = QPushButton(self.tr("Remove action"))
        self.generate_button.clicked.connect(self.generate)
        self.add_button.clicked.connect(self.add_action)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for b in (self.generate_button, self.add_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self._loading = True
        ro = self.session.read_only
        actions = self.session.repo.list_actions(self.session.id)
        for row in range(self.table.rowCount()):
            for col in (2, 3):
                old = self.table.cellWidget(row, col)
                if old is not None:
                    old.hide()
        self.table.setRowCount(0)
        self.table.setRowCount(len(actions))
        labels = status_labels()
        for row, action in enumerate(actions):
            for col, value in ((0, action.what), (1, action.who)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, action)
                if ro:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
            due = QDateEdit()
            due.setDisplayFormat("dd/MM/yyyy")
            due.setCalendarPopup(True)
            due.setDate(QDate.fromString(action.due or default_due(self.session.assessment.school_year), "yyyy-MM-dd"))
            due.setAccessibleName(self.tr("Deadline"))
            due.setEnabled(not ro)
            due.dateChanged.connect(lambda d, a=action: self._save(a, due=d.toString("yyyy-MM-dd")))
            self.table.setCellWidget(row, 2, due)
            status = QComboBox()
            for key in ACTION_STATUSES:
                status.addItem(labels[key], key)
            status.setCurrentIndex(ACTION_STATUSES.index(action.status))
            status.setAccessibleName(self.tr("Status"))
            status.setEnabled(not ro)
            status.activated.connect(lambda _i, a=action, s=status: self._save(a, status=s.currentData()))
            self.table.setCellWidget(row, 3, status)
        for b in (self.generate_button, self.add_button, self.remove_button):
            b.setEnabled(not ro)
        self._loading = False

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        action: Action = item.data(Qt.ItemDataRole.UserRole)
        if item.column() == 0:
            self._save(action, what=item.text())
        else:
            self._save(action, who=item.text())

    def _save(self, action: Action, **changes) -> None:
        if self._loading:
            return
        for key, value in changes.items():
            setattr(action, key, value)
        try:
            self.session.repo.save_action(action)
        except PapiError as exc:
            dialogs.show_error(self, exc)
            self.refresh()
            return
        self.session.saved.emit()
        self.changed.emit()

    def generate(self) -> int:
        try:
            added = plan_from_not_met(self.session)
        except PapiError as exc:
            dialogs.show_error(self, exc)
            return 0
        self.refresh()
        if not added:
            dialogs.inform(self, text(terms.PLAN),
                           self.tr("Every criterion not met already has an action in the plan."))
        self.changed.emit()
        return added

    def add_action(self) -> None:
        try:
            self.session.repo.save_action(Action(None, self.session.id, what=self.tr("New action"),
                                                 who=self.session.school.principal,
                                                 due=default_due(self.session.assessment.school_year)))
        except PapiError as exc:
            dialogs.show_error(self, exc)
        self.refresh()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        action: Action = item.data(Qt.ItemDataRole.UserRole)
        if not dialogs.confirm(self, self.tr("Remove action"), self.tr("Remove this action from the plan?"),
                               yes=self.tr("Remove"), no=self.tr("Keep")):
            return
        self.session.repo.delete_action(action.id)
        self.refresh()
        self.changed.emit()
