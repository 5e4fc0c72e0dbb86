"""A plain read-only table model over a list of rows (import results, schools not yet sent): no per-cell items,
so tens of thousands of rows stay cheap."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

#: light cell colours shared by the office screens (text stays black on all of them)
GREEN, RED, GREY, AMBER, BLUE, WHITE = (QBrush(QColor(c)) for c in (
    "#c8e6c9", "#ffcdd2", "#e0e0e0", "#ffe0b2", "#bbdefb", "#ffffff"))


class RowsModel(QAbstractTableModel):
    """``rows`` of display strings under ``headers``; ``colour(row) -> QBrush | None`` colours a whole row."""

    def __init__(self, headers: list[str], parent=None, colour: Callable[[int], QBrush | None] | None = None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[str]] = []
        self.colour = colour

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and self.colour is not None:
            return self.colour(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and self.colour is not None:
            return QBrush(QColor("#000000"))
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.headers[section]
            return str(section + 1)
        return None
