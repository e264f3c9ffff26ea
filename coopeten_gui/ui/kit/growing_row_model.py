"""A ``RowTableModel`` whose list can grow at its end: the first screen of a long list is
shown at once and the rest is added when it has been read (``RestReader``). Its rows
have an ``id``, and a row is found by its id without walking the list."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QModelIndex

from coopeten_gui.ui.kit.row_model import RowTableModel


class GrowingRowModel(RowTableModel):
    _by_id: dict[Any, int] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._by_id = None
        super().set_rows(rows)

    def add_rows(self, rows: Sequence[Any]) -> None:
        """Add ``rows`` after the ones shown (one insertion, however many)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._by_id = None
        self.endInsertRows()

    def row_of(self, row_id: Any) -> int:
        """The row number of the row with that id, -1 if not listed."""
        if self._by_id is None:
            self._by_id = {row.id: number for number, row in enumerate(self._rows)}
        return self._by_id.get(row_id, -1)
