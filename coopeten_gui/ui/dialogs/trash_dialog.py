"""The Trash: contacts deleted from the list, to restore or to delete for good.

Restoring is undoable like any other edit. Deleting for good is not: it asks first,
says how many, and clears the undo history (older steps may refer to those contacts).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from coopeten_gui.services import contact_list, contacts
from coopeten_gui.ui.kit import questions, undo
from coopeten_gui.ui.kit.contact_table_model import TRASH_COLUMNS, ContactTableModel
from coopeten_gui.ui.kit.fit import fit_to_screen


class TrashDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("TrashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.model = ContactTableModel(self, columns=TRASH_COLUMNS,
                                       query=contact_list.ContactQuery(trash=True))
        self.model.sort(TRASH_COLUMNS.index("deleted"), Qt.SortOrder.DescendingOrder)
        self.model.refresh()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(TRASH_COLUMNS.index("deleted"),
                                                       Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((200, 180, 200, 130)):
            self.table.setColumnWidth(column, width)
        self.summary = QLabel(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.purge_button = QPushButton(self.tr("&Delete forever…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.table.selectionModel().selectionChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 520)
        fit_to_screen(self)
        self._update()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [cid for cid in (self.model.contact_id(r) for r in rows) if cid is not None]

    def select_ids(self, ids: list[int]) -> None:
        model = self.table.selectionModel()
        model.clearSelection()
        for contact_id in ids:
            row = self.model.row_of(contact_id)
            if row >= 0:
                model.select(self.model.index(row, 0),
                             QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)

    def restore_selected(self) -> int:
        ids = self.selected_ids()
        if not ids:
            return 0
        contacts.restore(ids)
        undo.push(self.parentWidget() or self, undo.RestoreContacts(ids))
        self._refresh()
        return len(ids)

    def purge_selected(self) -> int:
        ids = self.selected_ids()
        if not ids:
            return 0
        text = self.tr("Delete %n contact(s) for good, with their offers, asks, timeline, "
                       "follow-ups, proposals and promotions?", "", len(ids))
        text += "\n" + self.tr("This cannot be undone.")
        if not questions.confirm(self, self.tr("Delete forever"), text,
                               self.tr("Delete forever")):
            return 0
        contacts.purge(ids)
        undo.stack_for(self.parentWidget() or self).clear()
        self._refresh()
        return len(ids)

    def _refresh(self) -> None:
        self.model.refresh()
        self._update()

    def _update(self) -> None:
        count = self.model.rowCount()
        self.summary.setText(self.tr("%n contact(s) in the trash.", "", count) if count
                             else self.tr("The trash is empty."))
        selected = bool(self.table.selectionModel().selectedRows())
        self.restore_button.setEnabled(selected)
        self.purge_button.setEnabled(selected)
