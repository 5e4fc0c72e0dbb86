"""The "Xung đột" tab: files the import kept aside, both versions side by side, keep one (audited).

Reads and settles through :mod:`papi_desktop.exchange.conflicts` (the same functions as ``papi-desktop
conflicts``); a conflict is shown in words — school, school year, revisions — never by an internal id.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.errors import ConflictFileNeededError, PapiError
from papi_desktop.gui import dialogs
from papi_desktop.gui.i18n import current_language, datetime_text
from papi_desktop.gui.office.tables import AMBER, RowsModel


def choose_conflict_file(parent: QWidget | None) -> str:
    """Where the received file of a conflict is now ("" when cancelled; tests replace this function)."""
    from papi_desktop.gui.files import open_file_name

    return open_file_name(parent, "import", QCoreApplication.translate("Office", "Where is the received file?"),
                          QCoreApplication.translate("Office", "PAPI data files (*.papi);;All files (*)"))


class ConflictsPanel(QWidget):
    """``resolved`` after a conflict was settled (the dashboard refreshes); ``counted(n)`` when the list changes."""

    resolved = Signal()
    counted = Signal(int)

    def __init__(self, repo, parent: QWidget | None = None):
        super().__init__(parent)
        self.repo = repo
        self.items: list = []
        self.comparison = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These received files contradict what is held, so they were kept aside and not used. "
                               "Choose one to compare both versions; the version you do not keep is filed in the "
                               "history, and your choice is recorded."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list_model = RowsModel([self.tr("School"), self.tr("School year"), self.tr("Held"), self.tr("Received"),
                                     self.tr("Why"), self.tr("File"), self.tr("Received on")], self)
        self.list = QTableView()
        self.list.setModel(self.list_model)
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_conflict(cur.row()))
        bottom = QWidget()
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        lower.addWidget(self.title)
        self.only_differences = QCheckBox(self.tr("Show only what &differs"))
        self.only_differences.setChecked(True)
        self.only_differences.toggled.connect(self._fill_comparison)
        lower.addWidget(self.only_differences)
        self.compare_model = RowsModel([self.tr("Item"), self.tr("Held version"), self.tr("Received version")], self,
                                       colour=self._row_colour)
        self.compare_table = QTableView()
        self.compare_table.setModel(self.compare_model)
        self.compare_table.setAccessibleName(self.tr("Both versions side by side"))
        self.compare_table.setWordWrap(True)
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.compare_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lower.addWidget(self.compare_table, 1)
        row = QHBoxLayout()
        self.keep_held_button = QPushButton(self.tr("Keep the &held version"))
        self.keep_incoming_button = QPushButton(self.tr("Use the &received version"))
        self.keep_held_button.clicked.connect(lambda: self.keep("held"))
        self.keep_incoming_button.clicked.connect(lambda: self.keep("incoming"))
        row.addStretch(1)
        row.addWidget(self.keep_held_button)
        row.addWidget(self.keep_incoming_button)
        lower.addLayout(row)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(self.tr("No conflicts: every received file agreed with what is held."))
        self.empty_label.setWordWrap(True)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages, 1)
        self.refresh()

    def tab_title(self) -> str:
        n = len(self.items)
        return self.tr("Co&nflicts (%1)").replace("%1", str(n)) if n else self.tr("Co&nflicts")

    def refresh(self) -> None:
        from papi_desktop.exchange.conflicts import KIND_TEXT, list_conflicts

        vi = current_language() == "vi"
        self.items = list_conflicts(self.repo)
        none = self.tr("none")
        self.list_model.set_rows([
            [f"{c.school_name} ({c.school_code})", c.school_year,
             str(c.held_revision) if c.held_revision is not None else none, str(c.incoming_revision),
             KIND_TEXT[c.kind][0 if vi else 1], c.file_name, datetime_text(c.received_at)]
            for c in self.items])
        self.list.resizeColumnsToContents()
        has = bool(self.items)
        self.pages.setCurrentWidget(self.splitter if has else self.empty)
        if has:
            self.list.selectRow(0)
            self.show_conflict(0)
        else:
            self.comparison = None
            self._fill_comparison()
        self.counted.emit(len(self.items))

    def show_conflict(self, row: int) -> None:
        from papi_desktop.exchange.conflicts import compare

        if not 0 <= row < len(self.items):
            return
        try:
            self.comparison = compare(self.repo, self.items[row].id)
        except PapiError as exc:
            self.comparison = None
            dialogs.show_error(self, exc)
        self._fill_comparison()

    def _shown_rows(self) -> list:
        if self.comparison is None:
            return []
        rows = self.comparison.facts + self.comparison.criteria
        return [r for r in rows if r.differs] if self.only_differences.isChecked() else rows

    def _fill_comparison(self) -> None:
        vi = current_language() == "vi"
        c = self.comparison
        self.title.setText(c.conflict.describe(current_language()) + " — " + self.tr("%1 difference(s)")
                           .replace("%1", str(c.differences)) if c else "")
        criteria = {r.key for r in c.criteria} if c else set()

        def side(verdict: str, text: str) -> str:
            return f"{verdict}: {text}" if verdict and text else verdict or text

        self.compare_model.set_rows([
            [(f"{r.key}  " if r.key in criteria else "") + (r.label_vi if vi else r.label_en),
             side(r.held_verdict, r.held), side(r.incoming_verdict, r.incoming)]
            for r in self._shown_rows()])
        for b in (self.keep_held_button, self.keep_incoming_button):
            b.setEnabled(c is not None)

    def _row_colour(self, row: int):
        rows = self._shown_rows()
        return AMBER if row < len(rows) and rows[row].differs else None

    def keep(self, which: str) -> bool:
        """Keep the held or the received version of the conflict shown, after a confirmation."""
        from papi_desktop.exchange.conflicts import resolve

        if self.comparison is None:
            return False
        c = self.comparison.conflict
        question = (self.tr("Keep the version held (%1) and file the received one in the history?") if which == "held"
                    else self.tr("Replace the version held by the received one (%1)? The held version is filed in "
                                 "the history.")).replace("%1", c.describe(current_language()))
        if not dialogs.confirm(self, self.tr("Settle the conflict"), question):
            return False
        try:
            resolve(self.repo, c.id, which)
        except ConflictFileNeededError as exc:
            path = choose_conflict_file(self) if dialogs.confirm(
                self, self.tr("Settle the conflict"), exc.message(current_language()),
                yes=self.tr("Choose the file…"), no=self.tr("Cancel")) else ""
            if not path or not self._resolve_reporting(c.id, which, path):
                return False
        except PapiError as exc:
            dialogs.show_error(self, exc)
            return False
        self.refresh()
        self.resolved.emit()
        return True

    def _resolve_reporting(self, conflict_id: int, which: str, path: str) -> bool:
        from papi_desktop.exchange.conflicts import resolve

        try:
            resolve(self.repo, conflict_id, which, file=path)
        except PapiError as exc:
            dialogs.show_error(self, exc)
            return False
        return True

