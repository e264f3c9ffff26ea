"""The Events page: the list of networking events and, beside it, the selected one —
its details, who attended and what was talked about, the offers and asks that came up
there, and the follow-ups linked to it.

The list shows its first rows at once and the rest once read (``EventTableModel``). An
event to select further down (the one last attended, one opened from elsewhere) is
shown in the panel at once and selected in the list when the rest arrives."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import events
from coopeten_gui.services.common import ServiceError
from coopeten_gui.ui.kit.empty_state import EmptyState
from coopeten_gui.ui.kit.page_heading import page_heading
from coopeten_gui.ui.kit.plain_text import literal
from coopeten_gui.ui.kit.settings import Options
from coopeten_gui.ui.pages.event_models import EventTableModel
from coopeten_gui.ui.pages.event_panel import EventPanel

if TYPE_CHECKING:
    from coopeten_gui.ui.dialogs.event_dialog import EventDialog


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
        # the event shown, to select in the list once the rest of the list is read
        self._pending: int | None = None
        self._selecting = False  # the panel is shown by _select, not by the selection
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
        self.model.completed.connect(self._rest_read)
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
        """The event selected, or the one shown until the list reaches it."""
        index = self.table.currentIndex()
        return self.model.event_id(index.row()) if index.isValid() else self._pending

    def reload(self) -> None:
        current = self.current_event_id()
        self.model.refresh()
        if current is None:
            # the event just attended is the likeliest one to work on
            current = events.most_recent_id() or self.model.event_id(0)
        self._select(current)

    def open_event(self, event_id: int) -> None:
        if self.filter_edit.text() and not self.model.will_list(event_id):
            self.filter_edit.clear()
        self.model.refresh()
        self._select(event_id)
        self.table.setFocus()

    def new_event(self) -> None:
        dialog = _event_dialog()(self)
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
        dialog = _event_dialog()(self, event_id)
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
        # the one after it takes its place; the one before when it was the last
        row = self.model.row_of(event_id)
        following = self.model.event_id(row + 1) if row >= 0 else None
        if following is None and row >= 0 and self.model.complete:
            following = self.model.event_id(row - 1)
        try:
            events.trash([event_id])
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Events"), literal(str(exc)))
            return
        self.model.refresh()
        self._select(following)
        self.data_changed.emit()
        self.status_message.emit(self.tr("Moved to the trash: {name}").format(name=name))

    # -- internals ---------------------------------------------------------------------------

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, literal(text))
        return answer == QMessageBox.StandardButton.Yes

    def _select(self, event_id: int | None, again: bool = True) -> bool:
        """Select the event in the list just read (now, or once the rest of the list is
        read) and show it in the panel, once; None, or an event the list does not hold,
        leaves the panel empty. ``again=False`` keeps the panel as it is when it shows
        that event already. Whether the event is listed."""
        row = self.model.row_of(event_id) if event_id is not None else -1
        self._pending = None
        if row < 0 and self._listed(event_id):
            self._pending = event_id
        self._selecting = True
        try:
            self._set_current(row)
        finally:
            self._selecting = False
        shown = event_id if row >= 0 or self._pending is not None else None
        if again or shown is None or self.panel.event_id != shown:
            self.panel.show_event(shown)
        return shown is not None

    def _listed(self, event_id: int | None) -> bool:
        """Whether the list holds the event, or will once its rest is read."""
        if event_id is None:
            return False
        return self.model.row_of(event_id) >= 0 or (not self.model.complete
                                                    and self.model.will_list(event_id))

    def _set_current(self, row: int) -> None:
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.setCurrentIndex(QModelIndex())

    def _rest_read(self) -> None:
        pending, self._pending = self._pending, None
        if pending is None or self.table.currentIndex().isValid():
            return
        row = self.model.row_of(pending)
        self._selecting = True  # the panel shows it already
        try:
            self._set_current(row)
        finally:
            self._selecting = False
        if row < 0:
            self.panel.show_event(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting:
            return
        self._pending = None  # the user chose another
        self.panel.show_event(self.model.event_id(current.row()) if current.isValid() else None)

    def _filter(self, text: str) -> None:
        self.model.text = text
        current = self.current_event_id()
        self.model.refresh()
        self._select(current if self._listed(current) else self.model.event_id(0), again=False)

    def _panel_changed(self) -> None:
        current = self.current_event_id()
        self.model.refresh()
        self._select(current, again=False)  # the panel shows what it wrote already
        self.data_changed.emit()

    def _save_splitter(self, *_args) -> None:
        self.options.qsettings.setValue("events/splitter", self.splitter.saveState())


def _event_dialog() -> type[EventDialog]:
    """The event dialog, loaded when first opened rather than with the page (a few
    dozen milliseconds of the page's first showing)."""
    from coopeten_gui.ui.dialogs.event_dialog import EventDialog

    return EventDialog
