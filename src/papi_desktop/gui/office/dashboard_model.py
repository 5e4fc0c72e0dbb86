"""Schools × criteria as a ``QAbstractTableModel`` over :class:`papi_desktop.exchange.dashboard.Dashboard`.

Nothing is copied per cell: ``data()`` reads the verdict letter of the summary row, so a reset over 15,000
schools costs no more than the dashboard query itself. Columns: code, name, unit, score, review state (chưa xem
xét, đã tiếp nhận, trả lại, đã gửi lại), then one per criterion (header: criterion id and its pass rate). Cells
are coloured by verdict and carry the verdict in words for screen readers. Sorting uses the Vietnamese collator
(QCollator vi_VN) for names.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from papi_desktop.core.scoring import VERDICT_TEXT
from papi_desktop.exchange.review import state_text
from papi_desktop.gui.i18n import collator, current_language, number_text
from papi_desktop.gui.office.tables import AMBER, BLUE, GREEN, GREY, RED, WHITE

FIXED = 5  # code, name, unit, score, review state
REVIEW_COLUMN = 4
COLOURS = {"met": GREEN, "not_met": RED, "na": GREY, "unanswered": WHITE}
REVIEW_COLOURS = {None: WHITE, "accepted": GREEN, "returned": AMBER, "resubmitted": BLUE}
_ORDER_REVIEWS = {None: 0, "resubmitted": 1, "returned": 2, "accepted": 3}
SYMBOLS = {"met": "✓", "not_met": "✗", "na": "–", "unanswered": ""}
_ORDER_LETTERS = {"M": 0, "N": 1, "A": 2, "U": 3}


class DashboardModel(QAbstractTableModel):
    """``set_dashboard(d)`` resets the model; ``assessment_id(row)`` names the school's assessment."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.d = None
        self.order: list[int] = []

    def set_dashboard(self, d) -> None:
        self.beginResetModel()
        self.d = d
        self.order = list(range(len(d.rows)))  # the dashboard's Vietnamese order
        self.endResetModel()

    def row_data(self, row: int):
        return self.d.rows[self.order[row]]

    def assessment_id(self, row: int) -> str:
        return self.row_data(row).assessment_id

    def verdict(self, row: int, column: int) -> str:
        """``met`` / ``not_met`` / ``na`` / ``unanswered`` of a criterion cell (``column`` ≥ :data:`FIXED`)."""
        return self.d.verdict(self.order[row], column - FIXED)

    # -- Qt model ---------------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.d is None else len(self.order)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.d is None else FIXED + len(self.d.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        r = self.d.rows[self.order[row]]
        if col == REVIEW_COLUMN:
            state = self.d.review(self.order[row])
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return state_text(state, current_language())
            if role == Qt.ItemDataRole.BackgroundRole:
                return REVIEW_COLOURS[state]
            return None
        if col < FIXED:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return (r.school_code, r.school_name, r.unit_name, number_text(r.score))[col]
            if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        verdict = self.d.verdict(self.order[row], col - FIXED)
        if role == Qt.ItemDataRole.DisplayRole:
            return SYMBOLS[verdict]
        if role == Qt.ItemDataRole.BackgroundRole:
            return COLOURS[verdict]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            column = self.d.columns[col - FIXED]
            return f"{r.school_name} – {column.criterion_id}: {VERDICT_TEXT[verdict].get(current_language())}"
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self.d is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if section < FIXED:
            if role == Qt.ItemDataRole.DisplayRole:
                return (self.tr("Code"), self.tr("School"), self.tr("Unit"), self.tr("Score"),
                        self.tr("Review"))[section]
            return None
        column = self.d.columns[section - FIXED]
        rate = self.pass_rate(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{column.criterion_id}\n{self.rate_text(rate)}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = column.text_vi if current_language() == "vi" else column.text_en
            met = self.d.met_counts.get(column.criterion_id, 0)
            return self.tr("%1 — %2. Met: %3 schools, pass rate %4").replace("%1", column.criterion_id) \
                .replace("%2", text).replace("%3", str(met)).replace("%4", self.rate_text(rate))
        return None

    def pass_rate(self, column: int) -> float | None:
        """Share of schools that met the criterion of ``column`` (n/a not counted), 0–1."""
        return self.d.pass_rates.get(self.d.columns[column - FIXED].criterion_id)

    @staticmethod
    def rate_text(rate: float | None) -> str:
        return "–" if rate is None else f"{number_text(100 * rate, 0)} %"

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if self.d is None:
            return
        rows = self.d.rows
        if column in (1, 2):
            c = collator()
            names = [(r.school_name if column == 1 else r.unit_name) for r in rows]
            keys = [c.sortKey(n) for n in names]
            key = keys.__getitem__
        elif column == 0:
            def key(i):
                return rows[i].school_code
        elif column == 3:
            def key(i):
                s = rows[i].score
                return (s is None, s or 0.0)
        elif column == REVIEW_COLUMN:
            def key(i):
                return _ORDER_REVIEWS[self.d.review(i)]
        else:
            index = self.d.columns[column - FIXED].index

            def key(i):
                return _ORDER_LETTERS.get(rows[i].verdicts[index], 4)
        self.layoutAboutToBeChanged.emit()
        self.order.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
