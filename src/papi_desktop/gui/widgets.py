"""Small widgets the answer editors are made of: a flow layout that wraps wide rows of choices, and the
dd/mm/yyyy date field (typing, pasting, a calendar that opens inside the school year)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from papi_desktop.gui.i18n import current_language


class FlowLayout(QLayout):
    """Items laid out left to right, wrapping to the next line when the row is full (Qt's flow layout example)."""

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
        return self.minimumSize()

    def minimumSize(self):
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._spacing // 2, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


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
