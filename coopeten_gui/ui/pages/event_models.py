"""The Events page's item models: the events (``EventTableModel``) and who attended one
(``AttendeeModel``).

The list of events shows its first ``FIRST_ROWS`` at once and reads the rest (up to
``LIMIT``) on a worker thread: at a million contacts counting the people of 5,000
events takes a fifth of a second."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt, Signal

from coopeten_gui.services import events, labels
from coopeten_gui.services.events import AttendeeRow, EventRow
from coopeten_gui.ui.kit import money_edit
from coopeten_gui.ui.kit.plain_text import literal
from coopeten_gui.ui.kit.rest_reader import RestReader

EVENT_COLUMNS = ("date", "name", "kind", "place", "organiser", "cost", "attendees")
ID_ROLE = Qt.ItemDataRole.UserRole
# the events read at once: a screenful and more
FIRST_ROWS = 100
# the most the list shows
LIMIT = 5000


class EventTableModel(QAbstractTableModel):
    """Signals:
        completed(): the rest of the list was read and added after the first rows.
    """

    completed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EventRow] = []
        self._by_id: dict[int, int] | None = None
        self._symbol: str | None = None  # read once a refresh, not once a cell
        self.text = ""
        self.rest = RestReader(self)

    def refresh(self) -> None:
        """Read the list again: its first rows now, the rest on a worker."""
        text = self.text
        self.beginResetModel()
        self._symbol = money_edit.currency_symbol()
        self._rows = events.list_events(text=text, limit=FIRST_ROWS)
        self._by_id = None
        self.endResetModel()
        if len(self._rows) < FIRST_ROWS:
            self.rest.stop()
        else:
            self.rest.read(lambda stop: events.list_events(
                text=text, offset=FIRST_ROWS, limit=LIMIT - FIRST_ROWS, stop=stop),
                self._add_rest)

    @property
    def complete(self) -> bool:
        """Whether every event of the list has been read."""
        return not self.rest.reading

    def will_list(self, event_id: int) -> bool:
        """Whether the whole list (once read) holds that event."""
        return events.is_listed(event_id, self.text, LIMIT)

    def event_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, event_id: int) -> int:
        """Its row among the rows read so far, -1 if not there."""
        if self._by_id is None:
            self._by_id = {row.id: number for number, row in enumerate(self._rows)}
        return self._by_id.get(event_id, -1)

    def _add_rest(self, rows: list[EventRow]) -> None:
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._by_id = None
            self.endInsertRows()
        self.completed.emit()

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
