"""The "Bảng tổng hợp" tab: filters (school year, unit, dimension), the average per dimension as bars, and the
schools × criteria table with each submission's review state (double-click or Enter opens a school read-only);
under it, accept or return the school chosen and write the receipts for the schools.

The filters shown are always the filters applied: choosing another school year resets the unit to "all units"
(the units differ from year to year), and a dimension the year's catalogue lacks falls back to "all". The first
view is the school year with the most finalised assessments. ``filters_changed`` tells the other tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.exchange.review import state_text
from papi_desktop.gui.chart import ScoreChart
from papi_desktop.gui.i18n import current_language, number_text
from papi_desktop.gui.office.dashboard_model import FIXED, DashboardModel


class DashboardPanel(QWidget):
    """``open_requested(assessment_id)`` when the user opens a school."""

    open_requested = Signal(str)
    #: the school year or unit shown changed (the other tabs follow)
    filters_changed = Signal()
    #: a submission was accepted or returned here (assessment id)
    reviewed = Signal(str)

    def __init__(self, repo, parent: QWidget | None = None):
        super().__init__(parent)
        self.repo = repo
        self.d = None
        self._filling = False
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.year_combo, self.unit_combo, self.dimension_combo = QComboBox(), QComboBox(), QComboBox()
        # the year box is as wide as its longest year; unit and dimension share the rest (their lists show the
        # long names in full), so the row fits a narrow window too
        for caption, combo, stretch in ((self.tr("School &year:"), self.year_combo, 0),
                                        (self.tr("&Unit:"), self.unit_combo, 2),
                                        (self.tr("&Dimension:"), self.dimension_combo, 3)):
            label = QLabel(caption)
            label.setBuddy(combo)
            combo.setAccessibleName(caption.replace("&", "").rstrip(":"))
            if stretch:
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(10)
            else:
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._filter_changed(c))
            filters.addWidget(label)
            filters.addWidget(combo, stretch)
        self.review_combo = QComboBox()  # which review states are shown
        review_label = QLabel(self.tr("Re&view:"))
        review_label.setBuddy(self.review_combo)
        self.review_combo.setAccessibleName(self.tr("Review"))
        self.review_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        lang = current_language()
        self.review_combo.addItem(self.tr("All"), None)
        for state in (None, "resubmitted", "returned", "accepted"):
            self.review_combo.addItem(state_text(state, lang), state or "pending")
        self.review_combo.currentIndexChanged.connect(lambda _i: self._filter_changed(self.review_combo))
        layout.addLayout(filters)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.chart = ScoreChart()
        self.chart.setAccessibleName(self.tr("Average score per dimension"))
        layout.addWidget(self.chart)
        self.model = DashboardModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Schools and criteria"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._sort_clicked)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(64)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.activated.connect(lambda index: self.open_row(index.row()))  # double-click or Enter
        layout.addWidget(self.table, 1)
        actions_row = QHBoxLayout()  # under the table: which review states are shown, and the decisions
        actions_row.addWidget(review_label)
        actions_row.addWidget(self.review_combo)
        self.accept_button = QPushButton(self.tr("&Accept…"))
        self.return_button = QPushButton(self.tr("&Return…"))
        self.receipt_button = QPushButton(self.tr("Write the receip&t…"))
        self.pending_button = QPushButton(self.tr("Write all &pending receipts…"))
        self.accept_button.clicked.connect(lambda: self.review_selected("accepted"))
        self.return_button.clicked.connect(lambda: self.review_selected("returned"))
        self.receipt_button.clicked.connect(self.receipt_for_selected)
        self.pending_button.clicked.connect(self.pending_receipts)
        for b in (self.accept_button, self.return_button, self.receipt_button):
            actions_row.addWidget(b)
        actions_row.addStretch(1)
        actions_row.addWidget(self.pending_button)
        layout.addLayout(actions_row)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._sort = (-1, Qt.SortOrder.AscendingOrder)
        self._update_buttons()

    # -- data --------------------------------------------------------------------------------------------------

    def refresh(self, *, year_changed: bool = False) -> None:
        """Read the dashboard again with the filters chosen (after an import, or a filter change)."""
        from papi_desktop.exchange.aggregate import sync_summary
        from papi_desktop.exchange.dashboard import dashboard
        from papi_desktop.storage.exchange_store import summary_year_counts

        sync_summary(self.repo)
        counts = summary_year_counts(self.repo)
        year = self.year_combo.currentData()
        if year not in counts:  # first view, or the year is gone: the one most schools sent
            year = max(counts, key=lambda y: (counts[y], y)) if counts else None
        unit = None if year_changed else self.unit_combo.currentData()
        dimension = self.dimension_combo.currentData()
        wanted = self.review_combo.currentData()
        reviews = None if wanted is None else {None if wanted == "pending" else wanted}
        full = dashboard(self.repo, school_year=year, unit=unit, sync=False)
        if unit is not None and unit not in {code or name for code, name in full.units}:
            unit = None
            full = dashboard(self.repo, school_year=year, sync=False)
        if dimension not in {i for i, *_ in full.dimensions}:
            dimension = None
        self.d = full if dimension is None and reviews is None else dashboard(
            self.repo, school_year=full.school_year, unit=unit, dimension=dimension, sync=False, reviews=reviews)
        self._fill_filters(full, counts, unit, dimension)
        self.model.set_dashboard(self.d)
        if self._sort[0] >= 0 and self._sort[0] < self.model.columnCount():
            self.model.sort(*self._sort)
        self._show_totals()
        self._update_buttons()
        self.filters_changed.emit()

    def _fill_filters(self, d, counts: dict[str, int], unit: str | None, dimension: str | None) -> None:
        from papi_desktop.gui.i18n import sort_vi

        vi = current_language() == "vi"
        units = sort_vi([(name or code, code or name) for code, name in d.units], key=lambda u: u[0])
        self._filling = True
        try:
            for combo, everything, items, chosen in (
                (self.year_combo, None, [(self.tr("%1 (%2 schools)").replace("%1", y).replace("%2", str(n)), y)
                                         for y, n in counts.items()], d.school_year),
                (self.unit_combo, self.tr("All units"), units, unit),
                (self.dimension_combo, self.tr("All dimensions"),
                 [(f"{i}. {n_vi if vi else n_en}", i) for i, n_vi, n_en in d.dimensions], dimension),
            ):
                combo.clear()
                if everything:
                    combo.addItem(everything, None)
                for text, data in items:
                    combo.addItem(text, data)
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
        finally:
            self._filling = False

    def filters(self) -> tuple[str | None, str | None]:
        """The school year and unit shown (what the summaries and the roster use)."""
        return (self.d.school_year if self.d else None), self.unit_combo.currentData()

    def _show_totals(self) -> None:
        d = self.d
        vi = current_language() == "vi"
        names = {i: (n_vi if vi else n_en) for i, n_vi, n_en in d.dimensions}
        self.chart.set_rows([(names[i], d.dimension_averages.get(i)) for i, *_ in d.dimensions])
        if not d.rows:
            self.summary.setText(self.tr("No school shown: no finalised assessment with the review state chosen.")
                                 if self.review_combo.currentData() else
                                 self.tr("No finalised assessments have been imported yet."))
            return
        self.summary.setText(self.tr("%1 schools, school year %2, average score %3 (0–10). ✓ met, ✗ not met, – not "
                                     "applicable, empty: unanswered. The second header line is the pass rate.")
                             .replace("%1", str(len(d.rows))).replace("%2", d.school_year or "")
                             .replace("%3", number_text(d.average_score)))
        self.table.setColumnWidth(0, max(90, self.fontMetrics().horizontalAdvance("TH00000000") + 16))
        self.table.setColumnWidth(1, 280)
        self.table.setColumnWidth(2, 200)
        self.table.setColumnWidth(4, max(110, self.fontMetrics().horizontalAdvance("chưa xem xét") + 20))

    def _filter_changed(self, combo: QComboBox) -> None:
        if not self._filling:
            self.refresh(year_changed=combo is self.year_combo)

    def _sort_clicked(self, column: int) -> None:
        order = Qt.SortOrder.AscendingOrder
        if self._sort[0] == column and self._sort[1] == Qt.SortOrder.AscendingOrder:
            order = Qt.SortOrder.DescendingOrder
        self._sort = (column, order)
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.model.sort(column, order)

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.model.assessment_id(row))

    # -- review --------------------------------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.assessment_id(rows[0].row()) if rows else None

    def select_assessment(self, assessment_id: str) -> None:
        """Select the row of ``assessment_id`` (when shown)."""
        for row in range(self.model.rowCount()):
            if self.model.assessment_id(row) == assessment_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected_id()
        state = self.d.reviews.get(chosen) if self.d and chosen else None
        for b in (self.accept_button, self.return_button):
            b.setEnabled(chosen is not None)
        self.receipt_button.setEnabled(state in ("accepted", "returned"))

    def review_selected(self, state: str) -> dict | None:
        """Tiếp nhận / Trả lại the school chosen in the table (then offers to write its receipt)."""
        from papi_desktop.gui.office.review_dialog import review_submission

        chosen = self.selected_id()
        if chosen is None:
            return None
        decision = review_submission(self, self.repo, chosen, state)
        if decision is not None:
            self.refresh()
            self.select_assessment(chosen)
            self.reviewed.emit(chosen)
        return decision

    def receipt_for_selected(self) -> str | None:
        from papi_desktop.gui.office.review_dialog import save_receipt

        chosen = self.selected_id()
        return save_receipt(self, self.repo, chosen) if chosen else None

    def pending_receipts(self):
        from papi_desktop.gui.office.review_dialog import save_pending_receipts

        return save_pending_receipts(self, self.repo)

    def criterion_columns(self) -> range:
        return range(FIXED, self.model.columnCount())
