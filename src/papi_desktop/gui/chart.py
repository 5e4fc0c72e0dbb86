"""Scores per dimension as horizontal bars, drawn with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from papi_desktop.gui.i18n import number_text


def bar_colour(value: float) -> QColor:
    if value >= 8:
        return QColor("#2e7d32")
    if value >= 5:
        return QColor("#f9a825")
    return QColor("#c62828")


class ScoreChart(QWidget):
    """Bars of 0–10, one per dimension; ``set_rows([(label, score or None), …])``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, float | None]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_rows(self, rows: list[tuple[str, float | None]]) -> None:
        self.rows = rows
        self.setAccessibleDescription("; ".join(f"{label}: {number_text(v)}" for label, v in rows))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        return QSize(600, max(1, len(self.rows)) * self._row_height() + self.fontMetrics().height() + 16)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        rh = self._row_height()
        label_w = min(int(self.width() * 0.45), max((fm.horizontalAdvance(r[0]) for r in self.rows), default=0) + 12)
        value_w = fm.horizontalAdvance("10.00") + 12
        left = label_w
        span = max(10, self.width() - left - value_w - 8)
        text_colour = self.palette().windowText().color()
        grid = QPen(QColor("#cfcfcf"))
        for tick in range(0, 11, 2):
            x = left + span * tick / 10
            p.setPen(grid)
            p.drawLine(int(x), 0, int(x), len(self.rows) * rh)
            p.setPen(text_colour)
            p.drawText(QRectF(x - 20, len(self.rows) * rh + 2, 40, fm.height() + 4), Qt.AlignmentFlag.AlignHCenter,
                       str(tick))
        for i, (label, value) in enumerate(self.rows):
            y = i * rh
            p.setPen(text_colour)
            elided = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8)
            p.drawText(QRectF(0, y, label_w - 8, rh), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       elided)
            if value is None:
                p.drawText(QRectF(left + 4, y, span, rh), Qt.AlignmentFlag.AlignVCenter, "–")
                continue
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(bar_colour(value))
            p.drawRoundedRect(QRectF(left, y + 4, max(2.0, span * value / 10), rh - 8), 3, 3)
            p.setPen(text_colour)
            p.drawText(QRectF(left + span + 6, y, value_w, rh), Qt.AlignmentFlag.AlignVCenter, number_text(value))
        p.end()
