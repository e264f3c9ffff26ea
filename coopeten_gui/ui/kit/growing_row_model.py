"""A ``RowTableModel`` whose list can grow at its end: the first rows show at once, the
rest is appended when it has been read, and what the user selected stays selected."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QModelIndex

from coopeten_gui.ui.kit.row_model import RowTableModel


class GrowingRowModel(RowTableModel):
    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        first = self.rowCount()
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def find(self, predicate) -> int:
        """The number of the first row ``predicate`` is true of, else -1."""
        return next((i for i, row in enumerate(self._rows) if predicate(row)), -1)
