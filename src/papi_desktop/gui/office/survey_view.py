"""The "Ý kiến cha mẹ" tab of the office window: per unit and per school, the share of parents answering "có" to
each question of the survey, with the schools whose verdicts the parents contradict most listed first.

It reads :func:`papi_desktop.exchange.survey_office.survey_overview` for the school year and unit chosen on the
dashboard (like every tab). A share under one half is red; a school that sent no survey (a file of an older
version, or no forms entered) says "không có khảo sát". Double-click or Enter opens a school read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.core.survey import percent
from papi_desktop.gui.i18n import current_language, text
from papi_desktop.gui.office.tables import GREY, RED

# a share under this is shown red (most parents say "không")
LOW = 0.5


class ShareModel(QAbstractTableModel):
    """Rows of fixed columns (``fixed`` display strings), then one share per question; ``shares[r][q]`` is a share
    (0–1) or None, ``greyed[r]`` greys a row (no survey)."""

    def __init__(self, fixed_headers: list[str], parent=None):
        super().__init__(parent)
        self.fixed_headers = fixed_headers
        self.questions: list = []  # (number, Question)
        self.rows: list[list[str]] = []
        self.shares: list[list[float | None]] = []
        self.greyed: list[bool] = []
        self.ids: list[str] = []

    def set_rows(self, questions, rows, shares, greyed, ids=None) -> None:
        self.beginResetModel()
        self.questions, self.rows, self.shares, self.greyed, self.ids = questions, rows, shares, greyed, ids or []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fixed_headers) + len(self.questions)

    def _question(self, col: int):
        k = col - len(self.fixed_headers)
        return self.questions[k] if 0 <= k < len(self.questions) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        fixed = len(self.fixed_headers)
        question = self._question(col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if question is None:
                return self.rows[row][col]
            value = percent(self.shares[row][col - fixed])
            if role == Qt.ItemDataRole.DisplayRole:
                return value
            return f"{self.rows[row][1] or self.rows[row][0]} – {question[0]}. {text(question[1].text)}: {value}"
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.greyed[row]:
                return GREY
            if question is not None:
                share = self.shares[row][col - fixed]
                return RED if share is not None and share < LOW else None
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (self.greyed[row] or question is not None):
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and (question is not None or (0 < col < fixed and
                                                          self.rows[row][col].isdigit())):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        question = self._question(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if question is None:
                return self.fixed_headers[section]
            return self.tr("Q%1").replace("%1", str(question[0])) + "\n" + ", ".join(question[1].criteria)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and question is not None:
            return f"{question[0]}. {text(question[1].text)}"
        return None


def _titled(title: str, table: QTableView) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addWidget(table, 1)
    return box


def _table(model: ShareModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(table.fontMetrics().horizontalAdvance("100%") + 28)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


class SurveyPanel(QWidget):
    """``open_requested(assessment_id)`` when the user opens a school. Reads the overview when shown, or at once
    when the filters change while it is shown (:meth:`follow_filters`): the dashboard never waits for it."""

    open_requested = Signal(str)

    def __init__(self, repo, filters, parent: QWidget | None = None):
        super().__init__(parent)
        self.repo, self.filters = repo, filters
        self.overview = None
        self._stale = True
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.units_model = ShareModel([self.tr("Unit"), self.tr("Schools with a survey"), self.tr("Forms")], self)
        self.units = _table(self.units_model, self.tr("Parents' answers by unit"))
        splitter.addWidget(_titled(self.tr("By unit (all the parents of its schools together):"), self.units))
        self.schools_model = ShareModel([self.tr("Code"), self.tr("School"), self.tr("Unit"), self.tr("Forms"),
                                         self.tr("Largest gap")], self)
        self.schools = _table(self.schools_model, self.tr("Parents' answers by school"))
        self.schools.activated.connect(lambda index: self.open_row(index.row()))
        splitter.addWidget(_titled(self.tr("By school, the largest gap with the school's verdicts first "
                                           "(double-click opens the school):"), self.schools))
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        legend = QScrollArea()
        legend.setWidgetResizable(True)
        legend.setWidget(self.legend)
        legend.setAccessibleName(self.tr("The questions"))
        splitter.addWidget(legend)
        for i, stretch in enumerate((2, 4, 1)):
            splitter.setStretchFactor(i, stretch)
        legend.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 8)
        layout.addWidget(splitter, 1)

    def follow_filters(self) -> None:
        """The school year or unit changed (or new files came): read again now if shown, else when shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        from papi_desktop.core.terms import NO_SURVEY
        from papi_desktop.exchange.survey_office import gap_text, survey_overview

        self._stale = False
        year, unit = self.filters()
        o = self.overview = survey_overview(self.repo, school_year=year, unit=unit, sync=False)
        lang = current_language()
        questions = [(o.numbers[q.id], q) for q in o.questions]
        if not o.schools:
            self.summary.setText(self.tr("No finalised assessments have been imported yet."))
        else:
            self.summary.setText(self.tr("School year %1: %2 of %3 schools sent a parents' survey (%4 forms). Share of "
                                         "parents answering “yes” to each question; red: fewer than half.")
                                 .replace("%1", o.school_year or "").replace("%2", str(o.total.surveyed))
                                 .replace("%3", str(o.total.schools)).replace("%4", str(o.total.forms)))
        units = [*o.units, o.total] if len(o.units) > 1 else o.units
        self.units_model.set_rows(
            questions,
            [[self.tr("All units") if u is o.total else (u.unit_name or u.unit_code or "–"),
              f"{u.surveyed}/{u.schools}", str(u.forms)] for u in units],
            [[u.share(q.id) for q in o.questions] for u in units], [not u.surveyed for u in units])
        self.schools_model.set_rows(
            questions,
            [[s.school_code, s.school_name, s.unit_name or s.unit_code, str(s.forms) if s.has_survey else "–",
              gap_text(s.gaps[0], lang) if s.gaps else ("" if s.has_survey else NO_SURVEY.get(lang))]
             for s in o.schools],
            [[s.share(q.id) for q in o.questions] for s in o.schools], [not s.has_survey for s in o.schools],
            ids=[s.assessment_id for s in o.schools])
        self.legend.setText(self.tr("Questions: ") + " ".join(f"{n}. {text(q.text)}" for n, q in questions))
        self._size_columns()

    def _size_columns(self) -> None:
        """Names get room, shares their header's width; the school table scrolls sideways when the window is
        narrow (the largest gap stays in view, before the shares)."""
        widest = self.fontMetrics().horizontalAdvance("Trường Tiểu học Nguyễn Thị Minh") + 16
        for table in (self.units, self.schools):
            table.resizeColumnsToContents()
            for col in range(table.model().columnCount()):
                table.setColumnWidth(col, min(widest, table.columnWidth(col)))
        # at least two units in view, under the (two-line) header and above the sideways scroll bar
        units = self.units
        units.setMinimumHeight(units.horizontalHeader().sizeHint().height() + 2 * units.verticalHeader()
                               .defaultSectionSize() + units.horizontalScrollBar().sizeHint().height()
                               + 2 * units.frameWidth())

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.schools_model.ids):
            self.open_requested.emit(self.schools_model.ids[row])
