"""The Events page: the list of networking events and, beside it, the selected one —
its details, who attended and what was talked about, the offers and asks that came up
there, and the follow-ups linked to it."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import events, exchanges, labels, tasks
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.events import AttendeeRow, EventRow
from coopeten_gui.ui import money_edit, pickers
from coopeten_gui.ui.empty_state import EmptyState
from coopeten_gui.ui.event_dialog import EventDialog
from coopeten_gui.ui.event_returns_view import EventReturnsPanel
from coopeten_gui.ui.followup_list import TASK_ID_ROLE, TaskTableModel, task_view
from coopeten_gui.ui.page_heading import page_heading
from coopeten_gui.ui.plain_text import literal, plain
from coopeten_gui.ui.settings import Options
from coopeten_gui.ui.task_dialog import TaskDialog

EVENT_COLUMNS = ("date", "name", "kind", "place", "organiser", "cost", "attendees")
ID_ROLE = Qt.ItemDataRole.UserRole


class EventTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EventRow] = []
        self._symbol: str | None = None  # read once a refresh, not once a cell
        self.text = ""

    def refresh(self) -> None:
        self.beginResetModel()
        self._symbol = money_edit.currency_symbol()
        self._rows = events.list_events(text=self.text, limit=5000)
        self.endResetModel()

    def event_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, event_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == event_id:
                return number
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(EVENT_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(EVENT_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "date": self.tr("Date"), "name": self.tr("Event"), "kind": self.tr("Kind"),
                "place": self.tr("Place"), "organiser": self.tr("Organiser"),
                "cost": self.tr("Cost"), "attendees": self.tr("People"),
            }[EVENT_COLUMNS[section]]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not self.checkIndex(index):
            return None
        row = self._rows[index.row()]
        column = EVENT_COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            if column == "date":
                return locale.toString(row.starts_at.date(), QLocale.FormatType.ShortFormat)
            if column == "name":
                return row.name
            if column == "kind":
                return labels.event_kind(row.kind)
            if column == "place":
                return row.place
            if column == "organiser":
                return row.organiser
            if column == "cost":
                return money_edit.money_text(row.cost_cents, self._symbol) if row.cost_cents \
                    else self.tr("Free")
            if column == "attendees":
                return locale.toString(row.attendees)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("cost", "attendees"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return literal(row.name)
        return None


class AttendeeModel(QAbstractTableModel):
    """Who came to one event; "what we talked about" is edited in place and saved."""

    COLUMNS = ("name", "talked_about")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.event_id: int | None = None
        self._rows: list[AttendeeRow] = []

    def set_event(self, event_id: int | None) -> None:
        self.beginResetModel()
        self.event_id = event_id
        self._rows = events.attendees(event_id) if event_id else []
        self.endResetModel()

    def contact_id(self, row: int) -> int | None:
        return self._rows[row].contact_id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return (self.tr("Person"), self.tr("What we talked about"))[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not self.checkIndex(index):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.contact_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.display_name if index.column() == 0 else row.talked_about
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1 and row.talked_about:
            return literal(row.talked_about)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole \
                or self.event_id is None:
            return False
        row = self._rows[index.row()]
        text = str(value or "").strip()
        if text == row.talked_about:
            return True
        events.add_attendee(self.event_id, row.contact_id, text)
        self._rows[index.row()] = AttendeeRow(row.contact_id, row.display_name, text)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True


class EventPanel(QWidget):
    """One event in full. Signals:
        edit_requested(), delete_requested(), capture_requested(),
        contact_opened(int), data_changed()
    """

    edit_requested = Signal()
    delete_requested = Signal()
    capture_requested = Signal()
    contact_opened = Signal(int)
    data_changed = Signal()

    def __init__(self, parent: QWidget | None = None, options: Options | None = None) -> None:
        super().__init__(parent)
        self.options = options or Options()
        self.event_id: int | None = None
        self.title = plain(QLabel(self))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = plain(QLabel(self))
        self.subtitle.setWordWrap(True)
        self.organiser_label = plain(QLabel(self))
        self.cost_label = plain(QLabel(self))
        self.notes_label = plain(QLabel(self))
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QFormLayout()
        details.addRow(self.tr("Organiser"), self.organiser_label)
        details.addRow(self.tr("Cost"), self.cost_label)
        details.addRow(self.tr("Notes"), self.notes_label)

        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.capture_button = QPushButton(self.tr("&Quick capture…"), self)
        self.capture_button.setToolTip(self.tr("Add the people you met here, one line each"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.capture_button.clicked.connect(self.capture_requested)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.capture_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)

        # attendees
        self.attendee_model = AttendeeModel(self)
        self.attendees = QTableView(self)
        self.attendees.setModel(self.attendee_model)
        self.attendees.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendees.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendees.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed
                                       | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.attendees.verticalHeader().hide()
        self.attendees.verticalHeader().setDefaultSectionSize(
            self.attendees.fontMetrics().height() + 10)
        self.attendees.setAlternatingRowColors(True)
        self.attendees.horizontalHeader().setStretchLastSection(True)
        self.attendees.horizontalHeader().resizeSection(0, 180)
        self.attendee_picker = pickers.ContactPicker(self)
        self.attendee_picker.setPlaceholderText(self.tr("Add someone who was there…"))
        self.add_attendee_button = QPushButton(self.tr("Add"), self)
        self.remove_attendee_button = QPushButton(self.tr("Remove"), self)
        self.open_attendee_button = QPushButton(self.tr("Open contact"), self)
        self.add_attendee_button.clicked.connect(self._add_attendee)
        self.attendee_picker.returnPressed.connect(self._add_attendee)
        self.remove_attendee_button.clicked.connect(self._remove_attendee)
        self.open_attendee_button.clicked.connect(self._open_attendee)
        self.attendees.doubleClicked.connect(
            lambda index: self._open_attendee() if index.column() == 0 else None)
        attendee_tools = QHBoxLayout()
        attendee_tools.addWidget(self.attendee_picker, 1)
        attendee_tools.addWidget(self.add_attendee_button)
        attendee_tools.addWidget(self.remove_attendee_button)
        attendee_tools.addWidget(self.open_attendee_button)
        attendee_tab = QWidget(self)
        attendee_layout = QVBoxLayout(attendee_tab)
        attendee_layout.addWidget(self.attendees)
        attendee_layout.addLayout(attendee_tools)
        hint = QLabel(self.tr("Type in “What we talked about” to note it; it is saved as you "
                              "leave the cell."), attendee_tab)
        hint.setEnabled(False)
        hint.setWordWrap(True)
        attendee_layout.addWidget(hint)

        # offers and asks that came up here
        self.exchanges = QTreeWidget(self)
        self.exchanges.setRootIsDecorated(False)
        self.exchanges.setAlternatingRowColors(True)
        self.exchanges.setHeaderLabels([self.tr("Who"), self.tr("Offer or ask"),
                                        self.tr("What"), self.tr("Status")])
        self.exchanges.itemActivated.connect(self._open_exchange_contact)

        # linked follow-ups
        self.task_model = TaskTableModel(self)
        self.tasks_view: QTreeView = task_view(self, self.task_model)
        self.tasks_view.doubleClicked.connect(self._edit_task)
        self.add_task_button = QPushButton(self.tr("Add &follow-up…"), self)
        self.add_task_button.clicked.connect(self._add_task)
        task_tab = QWidget(self)
        task_layout = QVBoxLayout(task_tab)
        task_layout.addWidget(self.tasks_view)
        task_tools = QHBoxLayout()
        task_tools.addWidget(self.add_task_button)
        task_tools.addStretch(1)
        task_layout.addLayout(task_tools)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(attendee_tab, "")
        self.tabs.addTab(self.exchanges, "")
        self.tabs.addTab(task_tab, "")
        self.returns_panel = EventReturnsPanel(self)
        self.tabs.addTab(self.returns_panel, "")

        summary = QWidget(self)
        summary.setMinimumWidth(280)
        summary.setMaximumWidth(420)
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.addWidget(self.title)
        summary_layout.addWidget(self.subtitle)
        summary_layout.addLayout(details)
        summary_layout.addLayout(actions)
        summary_layout.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(summary, 2)
        layout.addWidget(self.tabs, 3)
        self.show_event(None)

    def show_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        enabled = event_id is not None
        for widget in (self.edit_button, self.delete_button, self.capture_button, self.tabs):
            widget.setEnabled(enabled)
        if event_id is None:
            self.title.setText(self.tr("No event selected"))
            self.subtitle.setText(self.tr("Pick an event in the list above, or create one."))
            for label in (self.organiser_label, self.cost_label, self.notes_label):
                label.clear()
            self.attendee_model.set_event(None)
            self.exchanges.clear()
            self.task_model.set_rows([])
            self.returns_panel.show_event(None)
            self._update_tab_titles()
            return
        event = events.get(event_id)
        locale = QLocale()
        when = (locale.toString(event.starts_at.date(), QLocale.FormatType.LongFormat) + ", "
                + locale.toString(event.starts_at.time(), QLocale.FormatType.ShortFormat))
        if event.ends_at:
            when += " – " + locale.toString(event.ends_at.time(), QLocale.FormatType.ShortFormat)
        self.title.setText(event.name)
        self.subtitle.setText(" · ".join(p for p in (when, labels.event_kind(event.kind),
                                                     event.place) if p))
        self.organiser_label.setText(event.organiser or "—")
        self.cost_label.setText(money_edit.money_text(event.cost_cents) if event.cost_cents
                                else self.tr("Free"))
        self.notes_label.setText(event.notes or "—")
        self.attendee_model.set_event(event_id)
        self.exchanges.clear()
        for row in exchanges.list_offers_asks(event_id=event_id, limit=500):
            item = QTreeWidgetItem([row.contact_name, labels.exchange_kind(row.kind, row.party),
                                    row.description, labels.exchange_status(row.status)])
            item.setData(0, ID_ROLE, row.contact_id)
            item.setToolTip(2, literal(row.description))
            self.exchanges.addTopLevelItem(item)
        self.exchanges.resizeColumnToContents(0)
        self.exchanges.resizeColumnToContents(1)
        self.task_model.set_rows(tasks.list_tasks(event_id=event_id, include_done=True))
        self.returns_panel.show_event(event_id)
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("People (%n)", "", self.attendee_model.rowCount()))
        self.tabs.setTabText(1, self.tr("Offers && asks (%n)", "",
                                        self.exchanges.topLevelItemCount()))
        self.tabs.setTabText(2, self.tr("Follow-ups (%n)", "", self.task_model.rowCount()))
        self.tabs.setTabText(3, self.tr("Returns"))

    def _add_attendee(self) -> None:
        contact_id = self.attendee_picker.contact_id()
        if self.event_id is None or contact_id is None:
            return
        events.add_attendee(self.event_id, contact_id,
                            _talked_about(self.event_id, contact_id))
        self.attendee_picker.clear()
        self.attendee_picker.set_contact(None)
        self.show_event(self.event_id)
        self.data_changed.emit()

    def _remove_attendee(self) -> None:
        contact_id = self.attendee_model.contact_id(self.attendees.currentIndex().row())
        if self.event_id is None or contact_id is None:
            return
        events.remove_attendee(self.event_id, contact_id)
        self.show_event(self.event_id)
        self.data_changed.emit()

    def _open_attendee(self) -> None:
        contact_id = self.attendee_model.contact_id(self.attendees.currentIndex().row())
        if contact_id is not None:
            self.contact_opened.emit(contact_id)

    def _open_exchange_contact(self, item: QTreeWidgetItem) -> None:
        contact_id = item.data(0, ID_ROLE)
        if contact_id:
            self.contact_opened.emit(contact_id)

    def _add_task(self) -> None:
        dialog = TaskDialog(self, event_id=self.event_id,
                            default_days=self.options.follow_up_days)
        try:
            if dialog.exec():
                self.show_event(self.event_id)
                self.data_changed.emit()
        finally:
            dialog.deleteLater()

    def _edit_task(self, index) -> None:
        task_id = index.siblingAtColumn(0).data(TASK_ID_ROLE)
        if task_id is None:
            return
        dialog = TaskDialog(self, task_id=task_id)
        try:
            if dialog.exec():
                self.show_event(self.event_id)
                self.data_changed.emit()
        finally:
            dialog.deleteLater()


def _talked_about(event_id: int, contact_id: int) -> str:
    for row in events.attendees(event_id):
        if row.contact_id == contact_id:
            return row.talked_about
    return ""


class EventsPage(QWidget):
    """Signals:
        data_changed(): events or what hangs from them were written.
        contact_opened(int): open this contact.
        capture_requested(int): quick capture at this event.
        status_message(str): a short confirmation for the status bar.
    """

    data_changed = Signal()
    contact_opened = Signal(int)
    capture_requested = Signal(int)
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None, options: Options | None = None) -> None:
        super().__init__(parent)
        self.options = options or Options()
        # confirmations go through here, so tests (and scripts) can answer them
        self.confirm: Callable[[str, str], bool] = self._ask
        self.model = EventTableModel(self)
        self.new_button = QPushButton(self.tr("&New event…"), self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, place or organiser"))
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.empty_state = EmptyState(
            self.table, self.tr("Events are the breakfasts, meetups and fairs where you meet "
                                "people. Add one, then note who you met there."),
            self.tr("Add your first event…"), lambda: self.new_event(),
            lambda: self.model.rowCount() == 0 and not self.filter_edit.text().strip())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 90), (2, 185), (3, 160), (4, 165), (5, 80), (6, 75)):
            header.resizeSection(column, width)
        self.panel = EventPanel(self, self.options)

        top = QHBoxLayout()
        top.addWidget(page_heading(self, self.tr("Events")))
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.filter_edit, 1)
        # the list above (it needs the width of its columns), the chosen event below
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("events_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        state = self.options.qsettings.value("events/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([260, 420])

        self.new_button.clicked.connect(self.new_event)
        self.filter_edit.textChanged.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _index: self.edit_event())
        self.panel.edit_requested.connect(self.edit_event)
        self.panel.delete_requested.connect(self.delete_event)
        self.panel.capture_requested.connect(
            lambda: self.capture_requested.emit(self.panel.event_id or 0))
        self.panel.contact_opened.connect(self.contact_opened)
        self.panel.data_changed.connect(self._panel_changed)
        self.splitter.splitterMoved.connect(self._save_splitter)
        self.reload()

    def current_event_id(self) -> int | None:
        return self.model.event_id(self.table.currentIndex().row())

    def reload(self) -> None:
        current = self.current_event_id()
        self.model.refresh()
        if current is None:
            # the event just attended is the likeliest one to work on
            current = events.most_recent_id() or self.model.event_id(0)
        self._select(current)

    def open_event(self, event_id: int) -> None:
        if self.model.row_of(event_id) < 0 and self.filter_edit.text():
            self.filter_edit.clear()
        self.model.refresh()
        self._select(event_id)
        self.table.setFocus()

    def new_event(self) -> None:
        dialog = EventDialog(self)
        try:
            if dialog.exec():
                self.model.refresh()
                self._select(dialog.event_id)
                self.data_changed.emit()
                self.status_message.emit(self.tr("Event created: {name}").format(
                    name=events.get(dialog.event_id).name))
        finally:
            dialog.deleteLater()

    def edit_event(self) -> None:
        event_id = self.current_event_id()
        if event_id is None:
            return
        dialog = EventDialog(self, event_id)
        try:
            if dialog.exec():
                self.reload()
                self.data_changed.emit()
        finally:
            dialog.deleteLater()

    def delete_event(self) -> None:
        event_id = self.current_event_id()
        if event_id is None:
            return
        name = events.get(event_id).name
        if not self.confirm(self.tr("Delete event"),
                            self.tr("Move “{name}” to the trash? Its attendees, offers and "
                                    "follow-ups stay; you can restore the event from the "
                                    "trash.").format(name=name)):
            return
        row = self.table.currentIndex().row()
        try:
            events.trash([event_id])
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Events"), literal(str(exc)))
            return
        self.model.refresh()
        self._select(self.model.event_id(min(row, self.model.rowCount() - 1)))
        self.data_changed.emit()
        self.status_message.emit(self.tr("Moved to the trash: {name}").format(name=name))

    # -- internals ---------------------------------------------------------------------------

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, literal(text))
        return answer == QMessageBox.StandardButton.Yes

    def _select(self, event_id: int | None) -> None:
        row = self.model.row_of(event_id) if event_id is not None else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        self.panel.show_event(event_id if row >= 0 else None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.panel.show_event(self.model.event_id(current.row()) if current.isValid() else None)

    def _filter(self, text: str) -> None:
        self.model.text = text
        current = self.current_event_id()
        self.model.refresh()
        self._select(current if self.model.row_of(current or 0) >= 0
                     else self.model.event_id(0))

    def _panel_changed(self) -> None:
        current = self.current_event_id()
        self.model.refresh()
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0:
            blocker = self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectionModel().blockSignals(blocker)
        self.data_changed.emit()

    def _save_splitter(self, *_args) -> None:
        self.options.qsettings.setValue("events/splitter", self.splitter.saveState())
