"""``EventPanel``: one event beside the Events list — its details, who attended and what
was talked about, the offers and asks that came up there, and the follow-ups linked to
it.

The follow-ups linked to an event are read on a worker thread: no index leads from an
event to its follow-ups, and at a million contacts finding them reads two million
rows (a quarter to half a second). Their tab is filled, and counted, when they arrive."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import events, followups, labels, offers_asks
from coopeten_gui.ui.kit import money_edit, pickers
from coopeten_gui.ui.kit.followup_list import FOLLOWUP_ID_ROLE, FollowupTableModel, followup_view
from coopeten_gui.ui.kit.plain_text import literal, plain
from coopeten_gui.ui.kit.rest_reader import RestReader
from coopeten_gui.ui.kit.settings import Options
from coopeten_gui.ui.pages.event_models import ID_ROLE, AttendeeModel
from coopeten_gui.ui.pages.event_returns_view import EventReturnsPanel

if TYPE_CHECKING:
    from coopeten_gui.ui.dialogs.followup_dialog import FollowupDialog


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
        self.task_model = FollowupTableModel(self)
        self.task_reader = RestReader(self)
        self.tasks_view: QTreeView = followup_view(self, self.task_model)
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
            self.task_reader.stop()
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
        for row in offers_asks.list_offers_asks(event_id=event_id, limit=500):
            item = QTreeWidgetItem([row.contact_name, labels.exchange_kind(row.kind, row.party),
                                    row.description, labels.exchange_status(row.status)])
            item.setData(0, ID_ROLE, row.contact_id)
            item.setToolTip(2, literal(row.description))
            self.exchanges.addTopLevelItem(item)
        self.exchanges.resizeColumnToContents(0)
        self.exchanges.resizeColumnToContents(1)
        if self.task_model.rowCount():
            self.task_model.set_rows([])  # not another event's while this one's are read
        self.task_reader.read(lambda stop: None if stop() else followups.list_tasks(
            event_id=event_id, include_done=True), self._show_tasks)
        self.returns_panel.show_event(event_id)
        self._update_tab_titles(tasks=not self.task_reader.reading)

    def _show_tasks(self, rows) -> None:
        self.task_model.set_rows(rows)
        self._update_tab_titles()

    def _update_tab_titles(self, tasks: bool = True) -> None:
        """The tabs' titles with their counts (that of the follow-ups once read)."""
        self.tabs.setTabText(0, self.tr("People (%n)", "", self.attendee_model.rowCount()))
        self.tabs.setTabText(1, self.tr("Offers && asks (%n)", "",
                                        self.exchanges.topLevelItemCount()))
        if tasks:
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
        dialog = _followup_dialog()(self, event_id=self.event_id,
                                    default_days=self.options.follow_up_days)
        try:
            if dialog.exec():
                self.show_event(self.event_id)
                self.data_changed.emit()
        finally:
            dialog.deleteLater()

    def _edit_task(self, index) -> None:
        task_id = index.siblingAtColumn(0).data(FOLLOWUP_ID_ROLE)
        if task_id is None:
            return
        dialog = _followup_dialog()(self, task_id=task_id)
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


def _followup_dialog() -> type[FollowupDialog]:
    """The follow-up dialog, loaded when first opened rather than with the Events page
    (a few dozen milliseconds of the page's first showing)."""
    from coopeten_gui.ui.dialogs.followup_dialog import FollowupDialog

    return FollowupDialog
