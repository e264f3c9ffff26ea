"""The contact list as a lazy Qt table model.

It keeps only the ordered ids of the contacts the list shows and fills a row cache a
page at a time when the view asks for a row it has not seen, so 100,000 contacts
open and scroll without loading them all and without a query per cell.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt

from coopeten_gui.services import contacts
from coopeten_gui.services.contact_data import ContactRow
from coopeten_gui.services import labels

PAGE_SIZE = 200

# (column key used for sorting, header text source)
COLUMNS = ("name", "organization", "email", "phone", "stage", "audience", "updated")


class ContactTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._cache: dict[int, ContactRow] = {}
        self._query = contacts.ContactQuery()
        self._sort = "name"
        self._descending = False

    # -- what the list shows ----------------------------------------------------------

    @property
    def query(self) -> contacts.ContactQuery:
        return self._query

    def set_query(self, query: contacts.ContactQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Reload the ids (after a search, a filter or a write) and drop the cache."""
        self.beginResetModel()
        self._ids = contacts.contact_ids(self._query, self._sort, self._descending)
        self._cache.clear()
        self.endResetModel()

    def contact_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int:
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> ContactRow | None:
        contact_id = self.contact_id(row)
        if contact_id is None:
            return None
        cached = self._cache.get(contact_id)
        if cached is None:
            self._fill_page(row)
            cached = self._cache.get(contact_id)
        return cached

    # -- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return labels.contact_column(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.contact_id(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if column == "name":
            return row.display_name
        if column == "organization":
            return row.organization
        if column == "email":
            return row.email
        if column == "phone":
            return row.phone
        if column == "stage":
            return labels.stage(row.stage)
        if column == "audience":
            return QLocale().toString(row.audience_size) if row.audience_size else ""
        if column == "updated":
            return (QLocale().toString(row.updated_at.date(), QLocale.FormatType.ShortFormat)
                    if row.updated_at else "")
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = COLUMNS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._ids = contacts.contact_ids(self._query, self._sort, self._descending)
        self._cache.clear()
        self.layoutChanged.emit()

    # -- internals ----------------------------------------------------------------------

    def _fill_page(self, row: int) -> None:
        start = (row // PAGE_SIZE) * PAGE_SIZE
        page = self._ids[start:start + PAGE_SIZE]
        self._cache.update(contacts.contact_rows(page))
