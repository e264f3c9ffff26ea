"""A ``RowTableModel`` for a long list read in two goes, that sorts itself.

Its first rows show at once; the rest is appended when it has been read, and what the
user selected stays selected. A click on a column's title sorts the rows here, by the
column's key computed once per row (``sorted_by_its_model`` has the table's proxy
hand the click over): a
``QSortFilterProxyModel`` asks the model for two keys at each of its comparisons, which
for 100,000 rows held the window for 12 seconds.

Rows no longer shown are let go a few thousand at a time: freeing 100,000 at once, as
a new search replaces them, held the window for 20 ms more. A row is found by its ``id``
without walking the list (``row_of``).
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QTableView

from coopeten_gui.ui.kit.row_model import RowTableModel

#: which column the rows are sorted by, and whether descending (None: as given)
Order = tuple[int, bool] | None
# rows let go at a time (about a millisecond)
_FREED_AT_ONCE = 4000


class GrowingRowModel(RowTableModel):
    def __init__(self, columns, parent=None) -> None:
        super().__init__(columns, parent)
        self._given: list[Any] = []  # the rows in the order they were given
        self._order: Order = None
        self._by_id: dict[Any, int] | None = None  # row numbers by id, once asked
        self._dropped: list[list[Any]] = []  # lists of rows no longer shown, to let go
        self._freeing = QTimer(self, interval=0)
        self._freeing.timeout.connect(self._free_some)

    # -- the rows -----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any], in_order: Sequence[Any] | None = None) -> None:
        """Show ``rows``; ``in_order``: the same rows already in this model's order
        (sorted on a worker)."""
        self._drop(self._given)
        self._drop(self._rows)
        self._by_id = None
        self._given = list(rows)
        super().set_rows(in_order if in_order is not None
                         else sort_rows(self._given, self.sort_key(), self._order))

    def append_rows(self, rows: Sequence[Any]) -> None:
        """Rows to show after the others (in a sorted list, where they belong; what was
        selected stays selected)."""
        if not rows:
            return
        first = self.rowCount()
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._given.extend(rows)
        self._rows.extend(rows)
        self._by_id = None
        self.endInsertRows()
        if self._order is not None:
            self._reorder()

    def given_rows(self) -> list[Any]:
        """The rows in the order they were given."""
        return list(self._given)

    def row_of(self, row_id: Any) -> int:
        """The number of the row whose ``id`` is ``row_id``, else -1."""
        if self._by_id is None:
            self._by_id = {row.id: number for number, row in enumerate(self._rows)}
        return self._by_id.get(row_id, -1)

    def find(self, predicate: Callable[[Any], bool]) -> int:
        """The number of the first row ``predicate`` is true of, else -1."""
        return next((i for i, row in enumerate(self._rows) if predicate(row)), -1)

    # -- sorting ------------------------------------------------------------------------

    @property
    def order(self) -> Order:
        return self._order

    def sort_key(self, order: Order = None) -> Callable[[Any], Any] | None:
        """What the rows sort by in ``order`` (this model's when None)."""
        order = order or self._order
        if order is None or not 0 <= order[0] < len(self._columns):
            return None
        column = self._columns[order[0]]
        if column.key is not None:
            return column.key
        text = column.text
        return lambda row: text(row).casefold()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        wanted: Order = (None if not 0 <= column < len(self._columns)
                         else (column, order == Qt.SortOrder.DescendingOrder))
        if wanted == self._order:
            return
        self._order = wanted
        self._reorder()

    def _reorder(self) -> None:
        """The rows put in this model's order."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [self._rows[i.row()] if 0 <= i.row() < len(self._rows) else None
                for i in before]
        self._rows = sort_rows(self._given, self.sort_key(), self._order)
        self._by_id = None
        if before:  # the selection and the current row follow their rows
            where = {id(row): number for number, row in enumerate(self._rows)}
            self.changePersistentIndexList(before, [
                self.index(where[id(row)], index.column()) if row is not None
                else QModelIndex() for index, row in zip(before, held)])
        self.layoutChanged.emit()


    def _drop(self, rows: list[Any]) -> None:
        if len(rows) > _FREED_AT_ONCE:
            self._dropped.append(rows)
            self._freeing.start()

    def _free_some(self) -> None:
        left = _FREED_AT_ONCE
        while self._dropped and left > 0:
            rows = self._dropped[-1]
            taken = min(left, len(rows))
            del rows[len(rows) - taken:]
            left -= taken
            if not rows:
                self._dropped.pop()
        if not self._dropped:
            self._freeing.stop()


def sort_rows(rows: list[Any], key: Callable[[Any], Any] | None,
              order: Order) -> list[Any]:
    """``rows`` in ``order``, as ``QSortFilterProxyModel`` puts them: equal rows in the
    order given when ascending, the other way round when descending."""
    if key is None or order is None:
        return list(rows)
    found = sorted(rows, key=key)
    if order[1]:
        found.reverse()
    return found


class ModelSortingProxy(QSortFilterProxyModel):
    """Hands a click on a column's title to its ``GrowingRowModel``, which sorts; the
    proxy itself keeps the model's order."""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, GrowingRowModel):
            model.sort(column, order)


def sorted_by_its_model(table: QTableView) -> None:
    """Have ``table`` (a ``RowTable`` over a ``GrowingRowModel``, just made) hand a click
    on a column's title to its model, which sorts (its ``proxy`` keeps the model's order)."""
    shown = table.model()
    source = shown
    if isinstance(shown, QSortFilterProxyModel):
        source = shown.sourceModel()
        shown.deleteLater()
    sorting = ModelSortingProxy(table)
    sorting.setSourceModel(source)
    table.setModel(sorting)
    table.proxy = sorting  # type: ignore[attr-defined]  # (RowTable's attribute)
