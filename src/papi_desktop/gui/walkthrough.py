"""The walk-through: a navigation pane (dimension → criterion, with progress marks) beside the criterion pages.

Pages are created when first shown (a catalogue of ~45 criteria opens at once). Next/back: Ctrl+PgDown /
Ctrl+PgUp or Alt+Right / Alt+Left; the pane itself is a tree the keyboard can walk. The divider between pane and
page can be dragged; where it was left is remembered per user.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPainterPath, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.core.scoring import MET, NA, NOT_MET, UNANSWERED
from papi_desktop.gui.criterion_page import CriterionPage
from papi_desktop.gui.i18n import text
from papi_desktop.gui.prefs import UiPrefs
from papi_desktop.gui.session import AssessmentSession
from papi_desktop.gui.widgets import WrappingDelegate

#: name of the criteria pane's divider in the per-user preferences
PANE_SPLITTER = "criteria-pane"
RECHECK = "recheck"
STARTED = "started"
MARK_COLOURS = {MET: "#1b7d32", NOT_MET: "#b3261e", NA: "#777777", UNANSWERED: "#9e9e9e", RECHECK: "#e08a00",
                STARTED: "#1565c0"}
_ICONS: dict[str, QIcon] = {}


def mark_icon(mark: str) -> QIcon:
    """A small painted icon per progress mark (no font needed: old Windows fonts lack many symbols)."""
    if mark in _ICONS:
        return _ICONS[mark]
    size = 32
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(MARK_COLOURS[mark])
    circle = QRectF(3, 3, size - 6, size - 6)
    if mark == UNANSWERED:
        p.setPen(QPen(colour, 3))
        p.drawEllipse(circle)
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(circle)
        pen = QPen(QColor("white"), 4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        if mark == MET:
            path = QPainterPath(QPointF(9, 16.5))
            path.lineTo(14, 21.5)
            path.lineTo(23, 11)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        elif mark == NOT_MET:
            p.drawLine(QPointF(11, 11), QPointF(21, 21))
            p.drawLine(QPointF(21, 11), QPointF(11, 21))
        elif mark == NA:
            p.drawLine(QPointF(10, 16), QPointF(22, 16))
        elif mark == RECHECK:
            p.drawLine(QPointF(16, 8.5), QPointF(16, 18))
            p.drawPoint(QPointF(16, 23.5))
        elif mark == STARTED:
            p.setBrush(QColor("white"))
            p.drawEllipse(QRectF(13, 13, 6, 6))
    p.end()
    _ICONS[mark] = QIcon(pm)
    return _ICONS[mark]


class Walkthrough(QWidget):
    """Navigation pane + stacked criterion pages + back/next bar."""

    #: the criterion now shown (id)
    navigated = Signal(str)

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        cat = session.catalogue
        #: criteria in the order of the navigation pane (by dimension), which next/back follow
        self.order = [c.id for d in cat.dimensions for c in cat.criteria_of(d.id)]
        self.pages: dict[str, CriterionPage] = {}
        self.items: dict[str, QTreeWidgetItem] = {}

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Criteria"))
        self.tree.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        side = self.fontMetrics().height()
        self.tree.setIconSize(QSize(side, side))
        WrappingDelegate(self.tree)  # long criterion texts on two or three lines, never cut off
        for dim in session.catalogue.dimensions:
            criteria = session.catalogue.criteria_of(dim.id)
            if not criteria:
                continue
            top = QTreeWidgetItem([text(dim.name)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            for c in criteria:
                item = QTreeWidgetItem([f"{c.id}  {text(c.text)}"])
                item.setData(0, Qt.ItemDataRole.UserRole, c.id)
                item.setToolTip(0, f"{c.id}  {text(c.text)}")
                top.addChild(item)
                self.items[c.id] = item
            top.setExpanded(True)
        self.tree.currentItemChanged.connect(self._tree_moved)

        self.stack = QStackedWidget()
        self.back_button = QPushButton(self.tr("◀ &Back"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.back_button.setToolTip(self.tr("Previous criterion (Ctrl+PgUp or Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next criterion (Ctrl+PgDown or Alt+Right)"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.position = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.position)
        bar.addStretch(1)
        bar.addWidget(self.next_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.stack, 1)
        right_layout.addLayout(bar)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)  # both sides share a wider window (the pane a third of it)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(max(6, self.splitter.handleWidth()))
        char = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([char * 48, char * 100])
        prefs = UiPrefs()
        saved = prefs.splitter_state(PANE_SPLITTER)
        if saved is not None:
            self.splitter.restoreState(saved)
        # a drag moves the divider pixel by pixel: its place is written once it rests (or when the page goes)
        self._splitter_moved = QTimer(self, singleShot=True, interval=300)
        self._splitter_moved.timeout.connect(
            lambda: prefs.set_splitter_state(PANE_SPLITTER, self.splitter.saveState()))
        self.splitter.splitterMoved.connect(self._splitter_moved.start)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        for keys, slot in ((("Ctrl+PgDown", "Alt+Right"), self.go_next), (("Ctrl+PgUp", "Alt+Left"), self.go_back)):
            for key in keys:
                sc = QShortcut(QKeySequence(key), self)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(slot)

        session.changed.connect(self.update_mark)
        session.state_changed.connect(self.update_marks)
        self.update_marks()

    def hideEvent(self, event) -> None:
        if self._splitter_moved.isActive():  # the divider was just moved: keep its place before the page goes
            self._splitter_moved.stop()
            self._splitter_moved.timeout.emit()
        super().hideEvent(event)

    # -- marks ---------------------------------------------------------------------------------------------

    def mark_of(self, criterion_id: str) -> str:
        criterion = self.session.catalogue.criterion(criterion_id)
        answer = self.session.answers.get(criterion_id)
        if answer and answer.needs_recheck:
            return RECHECK
        verdict = self.session.evaluation(criterion).verdict
        if verdict == UNANSWERED and answer and (answer.value or answer.na or answer.note):
            return STARTED
        return verdict

    def update_mark(self, criterion_id: str) -> None:
        item = self.items.get(criterion_id)
        if item is None:
            return
        mark = self.mark_of(criterion_id)
        item.setIcon(0, mark_icon(mark))
        label = {RECHECK: self.tr("needs re-checking"), STARTED: self.tr("started, not complete"),
                 MET: self.tr("met"), NOT_MET: self.tr("not met"), NA: self.tr("not applicable"),
                 UNANSWERED: self.tr("not answered yet")}[mark]
        item.setToolTip(0, f"{item.text(0)} — {label}")
        item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, label)
        item.setData(0, Qt.ItemDataRole.UserRole + 1, mark)

    def update_marks(self) -> None:
        for cid in self.order:
            self.update_mark(cid)

    # -- navigation -----------------------------------------------------------------------------------------

    def current_id(self) -> str | None:
        page = self.stack.currentWidget()
        return page.criterion.id if isinstance(page, CriterionPage) else None

    def page(self, criterion_id: str) -> CriterionPage:
        if criterion_id not in self.pages:
            page = CriterionPage(self.session.catalogue.criterion(criterion_id), self.session)
            self.pages[criterion_id] = page
            self.stack.addWidget(page)
        return self.pages[criterion_id]

    def _chain_tab_order(self, page: CriterionPage) -> None:
        """Keyboard order: pane → page (PgUp/PgDown scroll it) → its inputs → back → next.

        Pages are created after the buttons, so Qt would put their inputs at the end of the chain; and the page
        chained last takes the place between pane and buttons, so a page shown again is chained again. A page's
        inputs follow it in the chain as one block (when it is made, and after each chaining), so the walk stops
        where the block ends instead of going round every page already made.
        """
        inputs, w = [], page.nextInFocusChain()
        while w is not page and page.isAncestorOf(w):
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                inputs.append(w)
            w = w.nextInFocusChain()
        # the answer first; «Về tiêu chí này» last, just before "Quay lại" (Shift+Tab reaches it)
        inputs = [w for w in inputs if w is not page.about_button] + [page.about_button]
        previous = self.tree
        for w in [page, *inputs, self.back_button]:
            QWidget.setTabOrder(previous, w)
            previous = w

    def show_criterion(self, criterion_id: str) -> None:
        """Jump to a criterion (anything typed on the page being left is saved first)."""
        if criterion_id not in self.items:
            criterion_id = self.order[0]
        if criterion_id == self.current_id():
            return
        self.session.flush()
        page = self.page(criterion_id)
        self._chain_tab_order(page)
        self.stack.setCurrentWidget(page)
        page.verticalScrollBar().setValue(0)
        i = self.order.index(criterion_id)
        self.position.setText(self.tr("Criterion %1 of %2").replace("%1", str(i + 1)).replace("%2",
                                                                                          str(len(self.order))))
        self.back_button.setEnabled(i > 0)
        self.next_button.setEnabled(i < len(self.order) - 1)
        item = self.items[criterion_id]
        if self.tree.currentItem() is not item:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(item)
            self.tree.blockSignals(False)
            if item.parent() is not None and item.parent().indexOfChild(item) == 0:
                self.tree.scrollToItem(item.parent())  # the first of a group: its group's name in sight too
            self.tree.scrollToItem(item)
        self.navigated.emit(criterion_id)

    def _tree_moved(self, item: QTreeWidgetItem | None, _previous) -> None:
        cid = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if cid:
            self.show_criterion(cid)

    def _step(self, delta: int) -> None:
        cur = self.current_id()
        i = self.order.index(cur) if cur in self.order else 0
        j = min(max(i + delta, 0), len(self.order) - 1)
        if j != i or cur is None:
            self.show_criterion(self.order[j])
            focus = QApplication.focusWidget()
            if focus is None or not self.isAncestorOf(focus):
                return
            # on the new page (PgUp/PgDown scroll it), so that the first Tab reaches its first answer — also when
            # the step was made from the criteria pane
            self.stack.currentWidget().setFocus()

    def go_next(self) -> None:
        self._step(1)

    def go_back(self) -> None:
        self._step(-1)
