# Over 400 lines: one page; search, filters, table and bulk actions act on one list.
"""The Contacts page: search, filters, the lazy contact table and its bulk actions.

Writes go through the contact service and are pushed as undoable commands
(``ui/kit/undo.py``). The page loads when first shown, and reloads after each write, undo
or redo (at once when on screen, else when shown again), keeping the selected contacts
selected and the view where it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import contact_list, contacts, labels
from coopeten_gui.ui.dialogs.contact_dialog import ContactDialog
from coopeten_gui.ui.kit import contact_table_model, questions, undo
from coopeten_gui.ui.kit.choices import LazyChoiceCombo, fill_combo
from coopeten_gui.ui.kit.contact_table_model import ContactTableModel
from coopeten_gui.ui.kit.contact_table_view import ContactTableView
from coopeten_gui.ui.kit.empty_state import EmptyState
from coopeten_gui.ui.pages.contact_tabs.common import set_up_list

if TYPE_CHECKING:
    from coopeten_gui.ui.dialogs.duplicates_dialog import DuplicatesDialog
    from coopeten_gui.ui.dialogs.trash_dialog import TrashDialog

_LOCAL = Qt.ShortcutContext.WidgetWithChildrenShortcut

_Combo = TypeVar("_Combo", bound=QComboBox)


class ContactsPage(QWidget):
    """Signals:
        contact_opened(int): the user asked to open a contact (double-click or Enter).
    """

    contact_opened = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.dialog: ContactDialog | None = None
        self.trash_dialog: TrashDialog | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None
        # the list loads when first shown, and again after writes (see undo.Freshness)
        self.freshness = undo.Freshness(self, self.reload)
        self._searching = False

        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search contacts: name, company, email, "
                                                   "phone, tag, offer…"))
        self.search_box.setClearButtonEnabled(True)

        self.tag_filter = self._filter_combo(QComboBox(self), self.tr("Filter by tag"))
        self.stage_filter = self._filter_combo(QComboBox(self), self.tr("Filter by stage"))
        # organizations and events can be thousands: read only when the list is opened
        self.organization_filter = self._filter_combo(
            LazyChoiceCombo(self.tr("All organizations"), 0, contacts.organization_choices,
                            self), self.tr("Filter by organization"))
        self.event_filter = self._filter_combo(
            LazyChoiceCombo(self.tr("All events"), 0, contacts.event_choices, self),
            self.tr("Filter by the event where you met or that they attended"))
        self.count_label = QLabel(self)

        self.model = ContactTableModel(self)
        self.table = ContactTableView(self)
        self.table.setModel(self.model)
        self.empty_state = EmptyState(
            self.table, self.tr("Contacts are the people you meet: who they are, what they "
                                "offer and ask, and when to follow up with them."),
            self.tr("Add your first contact…"), lambda: self.new_contact(),
            lambda: self.model.rowCount() == 0 and not self.search_box.text().strip())
        self.set_up_table(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self._build_actions()
        toolbar = QToolBar(self)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.edit_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.add_tag_action)
        toolbar.addAction(self.remove_tag_action)
        self.stage_button = QToolButton(self)
        self.stage_button.setText(self.tr("Stage"))
        self.stage_button.setToolTip(self.tr("Change the stage of the selected contacts"))
        self.stage_button.setMenu(self.stage_menu)
        self.stage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.stage_button)
        toolbar.addSeparator()
        toolbar.addAction(self.duplicates_action)
        toolbar.addAction(self.trash_action)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:"), self))
        for combo in (self.tag_filter, self.stage_filter, self.organization_filter,
                      self.event_filter):
            filters.addWidget(combo, 1)
        self.clear_filters_button = QToolButton(self)
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.clear_filters_button.setAutoRaise(True)
        filters.addWidget(self.clear_filters_button)
        filters.addStretch(0)
        filters.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addLayout(filters)
        layout.addWidget(toolbar)
        layout.addWidget(self.table)

        self._update_count()
        self._update_actions()

        # typing restarts a short timer so a burst of keys runs one search
        self._search_timer = QTimer(self, singleShot=True, interval=0)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self._focus_table)
        for combo in (self.tag_filter, self.stage_filter, self.organization_filter,
                      self.event_filter):
            combo.activated.connect(self._apply_filters)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.table.activated.connect(self._open_index)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        # a search shows its first rows at once; the rest, and so the count, just after
        self.model.rowsInserted.connect(self._update_count)

    # -- what other pages and the window use ---------------------------------------------

    def menu_actions(self) -> list[QAction | None]:
        """For the window's Contacts menu (None: a separator)."""
        return [self.new_action, self.edit_action, self.delete_action, None,
                self.add_tag_action, self.remove_tag_action, self.stage_menu.menuAction(),
                None, self.duplicates_action, self.trash_action]

    def reload(self) -> None:
        """Fetch the list again, keeping the selection, the current row and the scroll."""
        self.freshness.mark_fresh()
        self._fill_filters()
        selected = self.selected_ids()
        current = self.current_id()
        current_row = self.table.currentIndex().row()
        top = self.model.contact_id(self.table.rowAt(0))
        self.model.refresh()
        self._select_ids(selected, current, current_row)
        top_row = self.model.row_of(top) if top is not None else -1
        if top_row >= 0:
            self.table.scrollTo(self.model.index(top_row, 0),
                                QAbstractItemView.ScrollHint.PositionAtTop)
        self._update_count()

    def selected_ids(self) -> list[int]:
        # from the selection's ranges: one QModelIndex per row would take seconds for
        # 100,000 selected rows
        # (PySide makes a QItemSelection iterable; its stub does not say so)
        rows = sorted({row for part in self.table.selectionModel().selection()  # type: ignore[attr-defined]
                       for row in range(part.top(), part.bottom() + 1)})
        return [cid for cid in (self.model.contact_id(r) for r in rows) if cid is not None]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.contact_id(index.row()) if index.isValid() else None

    def select_contact(self, contact_id: int) -> bool:
        row = self.model.row_of(contact_id)
        if row < 0:
            return False
        self._select_ids([contact_id], contact_id, row)
        return True

    def clear_filters(self) -> None:
        for combo in (self.tag_filter, self.stage_filter, self.organization_filter,
                      self.event_filter):
            combo.setCurrentIndex(0)
        self.search_box.clear()
        self._apply_filters()

    def set_filters(self, tag: str = "", stage: str = "", organization_id: int | None = None,
                    event_id: int | None = None) -> None:
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(tag)))
        self.stage_filter.setCurrentIndex(max(0, self.stage_filter.findData(stage)))
        self.organization_filter.select_data(organization_id or 0)
        self.event_filter.select_data(event_id or 0)
        self._apply_filters()

    # -- the user's actions ---------------------------------------------------------------

    def new_contact(self) -> ContactDialog:
        def save(data):
            contact_id = contacts.create(data)
            self._push(undo.CreateContact(contact_id, contacts.display_name_for(data)))
            return contact_id

        self.dialog = ContactDialog(save=save, parent=self)
        self.dialog.accepted.connect(lambda: self._after_save(self.dialog.result_value))
        self.dialog.open()
        return self.dialog

    def edit_contact(self, contact_id: int | None = None) -> ContactDialog | None:
        contact_id = contact_id or self.current_id()
        if contact_id is None:
            return None
        self.dialog = open_edit_dialog(self, contact_id, self._push)
        self.dialog.accepted.connect(lambda: self._after_save(contact_id))
        return self.dialog

    def delete_selected(self) -> int:
        ids = self.selected_ids()
        if not ids:
            return 0
        if len(ids) == 1:
            name = self.model.row_data(self.model.row_of(ids[0])).display_name
            text = self.tr("Move “%1” to the trash?").replace("%1", name)
        else:
            text = self.tr("Move %n contact(s) to the trash?", "", len(ids))
        text += "\n" + self.tr("You can restore them from the Trash, or undo with Ctrl+Z.")
        if not questions.confirm(self, self.tr("Delete contacts"), text, self.tr("Move to trash")):
            return 0
        contacts.trash(ids)
        self._push(undo.TrashContacts(ids))
        return len(ids)

    def add_tag(self, tag: str | None = None) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        tag = tag or questions.ask_item(
            self, self.tr("Add a tag"),
            self.tr("Tag to add to %n contact(s):", "", len(ids)), contacts.all_tags())
        if not tag:
            return
        missing = set(ids) - contacts.ids_with_tag(ids, tag)
        contacts.add_tag(ids, tag)
        self._push(undo.TagContacts(ids, tag, True, missing))

    def remove_tag(self, tag: str | None = None) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        tag = tag or questions.ask_item(
            self, self.tr("Remove a tag"),
            self.tr("Tag to remove from %n contact(s):", "", len(ids)), contacts.all_tags(),
            editable=False)
        if not tag:
            return
        had = contacts.ids_with_tag(ids, tag)
        contacts.remove_tag(ids, tag)
        self._push(undo.TagContacts(ids, tag, False, had))

    def set_stage(self, stage: str) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        before = contacts.stages_of(ids)
        contacts.set_stage(ids, stage)
        self._push(undo.StageContacts(stage, before, labels.stage(stage)))

    def open_trash(self):
        from coopeten_gui.ui.dialogs.trash_dialog import TrashDialog

        self.trash_dialog = TrashDialog(self)
        self.trash_dialog.finished.connect(lambda _: self.reload())
        self.trash_dialog.open()
        return self.trash_dialog

    def find_duplicates(self):
        from coopeten_gui.ui.dialogs.duplicates_dialog import DuplicatesDialog

        self.duplicates_dialog = DuplicatesDialog(self)
        self.duplicates_dialog.contact_opened.connect(self.contact_opened)
        self.duplicates_dialog.open()
        return self.duplicates_dialog

    # -- internals ------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text, shortcut, slot, tip=""):
            act = QAction(text, self)
            if shortcut:
                act.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
                act.setShortcutContext(_LOCAL)
            if tip:
                act.setToolTip(tip)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(self.tr("&New contact…"), QKeySequence.StandardKey.New,
                                 self.new_contact, self.tr("New contact (Ctrl+N)"))
        self.open_action = action(self.tr("&Open"), None, self._open_current)
        self.edit_action = action(self.tr("&Edit…"), QKeySequence(Qt.Key.Key_F2),
                                  lambda: self.edit_contact(), self.tr("Edit contact (F2)"))
        self.delete_action = action(self.tr("&Delete"), QKeySequence.StandardKey.Delete,
                                    self.delete_selected,
                                    self.tr("Move the selected contacts to the trash (Del)"))
        self.add_tag_action = action(self.tr("Add &tag…"), QKeySequence("Ctrl+T"),
                                     lambda: self.add_tag(),
                                     self.tr("Add a tag to the selected contacts (Ctrl+T)"))
        self.remove_tag_action = action(self.tr("&Remove tag…"), QKeySequence("Ctrl+Shift+T"),
                                        lambda: self.remove_tag(),
                                        self.tr("Remove a tag from the selected contacts"))
        self.duplicates_action = action(self.tr("Find &duplicates…"), None,
                                        self.find_duplicates)
        self.trash_action = action(self.tr("T&rash…"), None, self.open_trash,
                                   self.tr("Contacts you deleted: restore them or delete "
                                           "them for good"))
        self.stage_menu = QMenu(self.tr("Change &stage"), self)
        for code in contacts.STAGES:
            act = self.stage_menu.addAction(labels.stage(code))
            act.triggered.connect(lambda _=False, c=code: self.set_stage(c))

    def _filter_combo(self, combo: _Combo, tip: str) -> _Combo:
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.setMaxVisibleItems(20)
        return combo

    def _fill_filters(self) -> None:
        # "all" is "" or 0, never None: see fill_combo
        fill_combo(self.tag_filter, self.tr("All tags"), "",
                   [(t, t) for t in contacts.all_tags()])
        fill_combo(self.stage_filter, self.tr("All stages"), "",
                   [(labels.stage(s), s) for s in contacts.STAGES])
        self.organization_filter.invalidate()
        self.event_filter.invalidate()

    @staticmethod
    def set_up_table(table: QTableView) -> None:
        """How the list looks and behaves: sorting, whole rows selected, fixed heights."""
        # fixed row heights (set_up_list): the view never measures rows it does not show
        set_up_list(table)
        # the list's own: rows a little taller than other lists', the header marking the
        # columns of the rows selected
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.horizontalHeader().setHighlightSections(True)
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        for column, width in enumerate((210, 190, 200, 140, 140, 90)):
            header.resizeSection(column, width)

    def _apply_filters(self) -> None:
        # the actions are updated once, for the new current row: not disabled by the reset
        # and enabled again, which repainted the toolbar at every keystroke
        self._searching = True
        try:
            self.model.set_query(contact_list.ContactQuery(
                text=self.search_box.text(), tag=self.tag_filter.currentData(),
                stage=self.stage_filter.currentData(),
                organization_id=self.organization_filter.currentData() or None,
                event_id=self.event_filter.currentData() or None), self.first_rows())
            self._update_count()
            if self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(0, 0))
        finally:
            self._searching = False
        self._update_actions()

    def first_rows(self) -> int:
        """How many rows a search reads before it paints: what the table shows and a few
        more (the rest follows right after); the model's default while it is hidden."""
        if not self.table.isVisible():
            return contact_table_model.FIRST_ROWS
        row_height = max(1, self.table.verticalHeader().defaultSectionSize())
        return self.table.viewport().height() // row_height + 8

    def _select_ids(self, ids: list[int], current: int | None, current_row: int = -1) -> None:
        rows = sorted(r for r in (self.model.row_of(i) for i in ids) if r >= 0)
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        start = previous = None
        for row in rows + [None]:
            if start is not None and (row is None or row != previous + 1):
                selection.select(self.model.index(start, 0), self.model.index(previous, last))
                start = None
            if row is not None and start is None:
                start = row
            previous = row
        model = self.table.selectionModel()
        current_index_row = self.model.row_of(current) if current is not None else -1
        if current_index_row < 0 and current_row >= 0 and self.model.rowCount():
            # the current contact is gone (deleted, filtered out): stay at the same place
            current_index_row = min(current_row, self.model.rowCount() - 1)
            if not rows:
                selection.select(self.model.index(current_index_row, 0),
                                 self.model.index(current_index_row, last))
        if current_index_row >= 0:
            model.setCurrentIndex(self.model.index(current_index_row, 0),
                                  QItemSelectionModel.SelectionFlag.NoUpdate)
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _update_count(self) -> None:
        if self.model.canFetchMore():
            return  # the rest of the list is on its way (rowsInserted)
        self.count_label.setText(self.tr("%n contact(s)", "", self.model.rowCount()))

    def _update_actions(self) -> None:
        if self._searching:
            return  # _apply_filters calls it once done
        # the window's Contacts menu shows these actions on every page: they act on the
        # list's selection only while the list is on screen
        selected = self.isVisible() and self.table.selectionModel().hasSelection()
        for act in (self.delete_action, self.add_tag_action, self.remove_tag_action,
                    self.stage_menu.menuAction()):
            act.setEnabled(selected)
        self.edit_action.setEnabled(self.isVisible() and self.table.currentIndex().isValid())
        self.stage_button.setEnabled(selected)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._update_actions()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._update_actions()

    def _context_menu(self, pos) -> None:
        if not self.table.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addAction(self.edit_action)
        menu.addSeparator()
        menu.addAction(self.add_tag_action)
        menu.addAction(self.remove_tag_action)
        menu.addMenu(self.stage_menu)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _open_current(self) -> None:
        contact_id = self.current_id()
        if contact_id is not None:
            self.contact_opened.emit(contact_id)

    def _open_index(self, index) -> None:
        contact_id = self.model.contact_id(index.row())
        if contact_id is not None:
            self.contact_opened.emit(contact_id)

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _after_save(self, contact_id) -> None:
        if isinstance(contact_id, int):
            self.select_contact(contact_id)
            self.table.scrollTo(self.table.currentIndex())
        self.table.setFocus()

    def _push(self, command) -> None:
        self.freshness.push(command)


def open_edit_dialog(parent: QWidget, contact_id: int, push) -> ContactDialog:
    """The edit dialog for one contact, saving through the service and the undo stack."""
    record = contacts.get(contact_id)
    before = contacts.data_of(record)

    def save(data):
        contacts.update(contact_id, data)
        push(undo.EditContact(contact_id, before, data))
        return contact_id

    dialog = ContactDialog(contacts.data_of(record), save=save, contact_id=contact_id,
                           introduced_by_name=record.introduced_by_name, parent=parent)
    dialog.open()
    return dialog
