"""The Contacts page: search box, lazy contact table, opening a contact."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import contacts
from coopeten_gui.ui.contact_table_model import ContactTableModel


class ContactsPage(QWidget):
    """Signals:
        contact_opened(int): the user asked to open a contact (double-click or Enter).
    """

    contact_opened = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search contacts: name, company, email, "
                                                   "phone, tag, offer…"))
        self.search_box.setClearButtonEnabled(True)
        self.model = ContactTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # fixed row heights: the view never measures rows it does not show
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().resizeSection(0, 220)
        self.table.horizontalHeader().resizeSection(1, 200)
        self.table.horizontalHeader().resizeSection(2, 220)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addWidget(self.table)

        # typing restarts a short timer so a burst of keys runs one search
        self._search_timer = QTimer(self, singleShot=True, interval=0)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

    def reload(self) -> None:
        self.model.refresh()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [cid for cid in (self.model.contact_id(r) for r in rows) if cid is not None]

    def _apply_search(self) -> None:
        query = self.model.query
        self.model.set_query(contacts.ContactQuery(
            text=self.search_box.text(), tag=query.tag, stage=query.stage,
            organization_id=query.organization_id, event_id=query.event_id, trash=query.trash))

    def _open_index(self, index) -> None:
        contact_id = self.model.contact_id(index.row())
        if contact_id is not None:
            self.contact_opened.emit(contact_id)
