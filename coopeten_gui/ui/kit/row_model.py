"""A small read-only table model over a list of rows a service returned.

For the short lists of the contact page, the organizations and the offers & asks
(hundreds of rows, not 100,000): the service hands back frozen dataclasses; each
``Column`` says how to show one and how to sort by it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from coopeten_gui.ui.kit.plain_text import literal

RowRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    # what the column sorts by (a number, a date, folded text); the text when omitted
    key: Callable[[Any], Any] | None = None
    right: bool = False
    tooltip: Callable[[Any], str] | None = None


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section].title
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(column.tooltip(item) if column.tooltip else column.text(item))
        if role == RowRole:
            return item
        if role == SortRole:
            return column.key(item) if column.key else column.text(item).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
