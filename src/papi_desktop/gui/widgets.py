"""Small widgets the answer editors are made of: a layout that puts choices on one line or, when they do not fit,
one per line; the dd/mm/yyyy date field (typing, pasting, a calendar that opens inside the school year); and item
texts that wrap in lists and trees."""

from __future__ import annotations

import math
import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QWidget,
    QWidgetAction,
)

from papi_desktop.gui.i18n import current_language


class ChoiceLayout(QLayout):
    """Choices side by side when they all fit on one line, else one choice per line (a scale such as "monthly /
    each term / once a year" is read in order, never as a ragged flow)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12):
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item):
        self._items.append(item)

    def count(self):
        return len(self._items)

    def itemAt(self, i):
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i):
        return self._items.pop(i) if 0 <= i < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self):
        return True

    def heightForWidth(self, width):
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect):
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self):
        hints = [item.sizeHint() for item in self._items]
        return QSize(sum(h.width() for h in hints) + self._spacing * max(0, len(hints) - 1),
                     max((h.height() for h in hints), default=0))

    def minimumSize(self):
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        hints = [item.sizeHint() for item in self._items]
        if sum(h.width() for h in hints) + self._spacing * max(0, len(hints) - 1) <= rect.width():
            x = rect.x()
            for item, hint in zip(self._items, hints, strict=True):
                if move:
                    item.setGeometry(QRect(QPoint(x, rect.y()), hint))
                x += hint.width() + self._spacing
            return max((h.height() for h in hints), default=0)
        parent = self.parentWidget()
        gap = parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing) if parent else 6
        y = rect.y()
        for item, hint in zip(self._items, hints, strict=True):
            if move:
                item.setGeometry(QRect(rect.x(), y, min(hint.width(), rect.width()), hint.height()))
            y += hint.height() + gap
        return y - gap - rect.y() if hints else 0


_DIGITS = re.compile(r"^\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})\s*$")


def parse_typed_date(text: str) -> date | None:
    """A date as a person types or pastes it: ``10/02/2026``, ``10/2/2026``, ``10-02-2026``, ``10.02.2026``,
    ``10022026``, or ``2026-02-10``; None for anything else (or a day that does not exist)."""
    text = (text or "").strip()
    m = _DIGITS.match(text)
    try:
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if re.fullmatch(r"\d{8}", text):
            return date(int(text[4:]), int(text[2:4]), int(text[:2]))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
    except ValueError:
        return None
    return None


class DateField(QWidget):
    """A ``dd/mm/yyyy`` field: typing ("10022026"), pasting ("10/02/2026") and a calendar button. An empty field
    shows a placeholder. ``value()`` is the ISO date, the text as typed when it is not a date yet (so nothing
    typed is lost: the message next to the field says what to fix), or None when empty."""

    edited = Signal(bool)  # typing: True; a day picked in the calendar: False

    def __init__(self, accessible: str, school_year: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.school_year = school_year
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setAccessibleName(accessible)
        self.edit.setMaxLength(20)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/00000") * 2)
        self.edit.textEdited.connect(lambda _t: self.edited.emit(True))
        self.edit.editingFinished.connect(self._tidy)
        self.button = QToolButton()
        self.button.setText(self.tr("Calendar"))
        self.button.setToolTip(self.tr("Choose the date in a calendar"))
        self.button.setAccessibleName(self.tr("Calendar: %1").replace("%1", accessible))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)  # week numbers
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._open_calendar)
        self.button.setMenu(menu)
        self._menu = menu
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)

    def _open_calendar(self) -> None:
        """The calendar opens on the field's date, else today when it falls in the school year, else the school
        year's first September; in Vietnamese when the window is."""
        vi = current_language() == "vi"
        self.calendar.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam) if vi
                                else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        start = self._year_start()
        when = parse_typed_date(self.edit.text())
        if when is None:
            today = date.today()
            when = today if start and start <= today <= date(start.year + 1, 8, 31) else (start or today)
        self.calendar.setSelectedDate(QDate(when.year, when.month, when.day))

    def _year_start(self) -> date | None:
        y = self.school_year
        return date(int(y[:4]), 9, 1) if len(y) == 9 and y[:4].isdigit() else None

    def _picked(self, d: QDate) -> None:
        self.edit.setText(d.toString("dd/MM/yyyy"))
        self._menu.hide()
        self.edited.emit(False)

    def _tidy(self) -> None:
        """On leaving the field, a date typed as "10022026" or "10/2/2026" is shown as "10/02/2026"."""
        when = parse_typed_date(self.edit.text())
        if when is not None and self.edit.text() != f"{when:%d/%m/%Y}":
            self.edit.setText(f"{when:%d/%m/%Y}")

    def value(self) -> str | None:
        text = self.edit.text().strip()
        if not text:
            return None
        when = parse_typed_date(text)
        return when.isoformat() if when else text

    def set_value(self, value) -> None:
        when = parse_typed_date(value) if isinstance(value, str) else None
        text = f"{when:%d/%m/%Y}" if when else (value if isinstance(value, str) else "")
        if self.edit.text() != text:
            self.edit.setText(text)

    def focusables(self) -> list[QWidget]:
        return [self.edit, self.button]


class WheelGuard(QObject):
    """Scrolling the page must not change a spin box or combo the mouse passes over."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Wheel and not obj.hasFocus():
            event.ignore()
            return True
        return False


class WrappingDelegate(QStyledItemDelegate):
    """Item texts of a list or tree wrapped onto as many lines as they need (Qt measures every item on one line and
    cuts the rest off with "…"); re-measured when the view gets wider or narrower.

    Items are measured as if the vertical scroll bar were shown, so whether it is shown never changes the lines.
    """

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self._view = view
        self._width = -1
        view.setItemDelegate(self)
        view.setWordWrap(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if isinstance(view, QTreeView):
            view.setUniformRowHeights(False)
        view.installEventFilter(self)

    def _text_width(self, index) -> int:
        view = self._view
        bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        width = view.contentsRect().width() - bar
        if isinstance(view, QTreeView):
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        return max(40, width)

    def sizeHint(self, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        opt.rect = QRect(0, 0, self._text_width(index), 1)
        style = self._view.style()
        size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), self._view)
        return size + QSize(0, opt.fontMetrics.height() // 3)  # air between items of several lines

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Resize and obj is self._view and self._view.width() != self._width:
            self._width = self._view.width()
            self._view.doItemsLayout()  # the row heights follow the new width
            if self._view.currentIndex().isValid():
                self._view.scrollTo(self._view.currentIndex())
        return False


class Caption(QLabel):
    """A field's caption with a shortcut letter ("&Tên trường:"): on one line up to about 32 characters, wrapped
    beyond (Qt's own guess wraps a caption of more than 20 into two short lines).

    Qt draws the underlined letter apart from its neighbours (no kerning across it), a pixel or two wider than it
    measures the text; the caption asks for that much more room, else "Tên trường:" is drawn on a second line its
    row has no height for."""

    def __init__(self, text: str, buddy: QWidget):
        super().__init__(text)
        self.setWordWrap(True)
        self.setBuddy(buddy)

    def _pieces(self) -> list[str]:
        """The text before the shortcut letter, the letter, the rest ([text] when there is none)."""
        text = self.text()
        at = text.replace("&&", "\0\0").find("&")
        pieces = [text] if at < 0 or at + 1 >= len(text) else [text[:at], text[at + 1], text[at + 2:]]
        return [p.replace("&&", "&") for p in pieces]

    def _extra(self) -> int:
        metrics = QFontMetricsF(self.font())
        pieces = self._pieces()
        drawn = sum(metrics.horizontalAdvance(p) for p in pieces)
        return max(0, math.ceil(drawn - metrics.horizontalAdvance("".join(pieces))))

    def sizeHint(self) -> QSize:
        one_line = math.ceil(QFontMetricsF(self.font()).horizontalAdvance("".join(self._pieces())))
        margins = self.contentsMargins()
        width = min(one_line + self._extra(), self.fontMetrics().averageCharWidth() * 32) \
            + margins.left() + margins.right() + 2 * self.margin()
        return QSize(width, self.heightForWidth(width))

    def heightForWidth(self, width: int) -> int:
        return super().heightForWidth(max(1, width - self._extra()))
