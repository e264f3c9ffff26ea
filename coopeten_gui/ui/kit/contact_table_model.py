"""The contact list as a lazy Qt table model.

It keeps only the ordered ids of the contacts the list shows and fills a row cache a
page at a time when the view asks for a row it has not seen (as Anki's browser table
does), so 100,000 contacts open and scroll without loading them all and without a
query per cell. Sorting asks the service for the ids in the new order; the selection
follows the contacts, not the row numbers.

A new search or filter (``set_query``) shows its first rows at once (as many as the
view shows, else ``FIRST_ROWS``) and reads the rest once typing pauses, so
typing stays instant even when a two-letter prefix matches most of 100,000 contacts.
Until then the model says so the Qt way: ``canFetchMore`` is true, and ``fetchMore``
(or ``row_of`` an id further down) completes the list at once; the rest arrives as
``rowsInserted``.

The rest is read on a worker thread (``ui.kit.background``), so at a million contacts the
second it takes never holds up the next keystroke; an answer that comes back after the
list changed again is dropped. Opening the list (``refresh``) works the same way once it
holds more than ``AT_ONCE`` contacts: the first ones show at once, the rest follow.
"""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QElapsedTimer,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
)
from shiboken6 import isValid

from coopeten_gui.services import contact_list, contacts, labels
from coopeten_gui.services.contact_data import ContactRow
from coopeten_gui.ui.kit import background
from coopeten_gui.ui.kit.plain_text import literal

# rows read per cache miss: about a screenful (reading costs the same per row however
# many are read at once, and a new search waits for the rows it paints)
PAGE_SIZE = 32
# ids read at once for a new search, unless the view says how many it shows; the rest
# follow right after the first paint
FIRST_ROWS = 100
# the rest of a search is read once typing pauses: while keys keep coming, each would
# start a read of up to a million ids only for the next key to abandon it, and the
# abandoned read slows that key's first rows (by a third at a million contacts). A key
# that comes TYPING_GAP_MS or less after the one before is typing: its rest waits
# TYPED_REST_AFTER_MS, longer than a quick typist's gap between two keys (150 ms); a
# single change (a filter, a pasted word, the first key) waits only REST_AFTER_MS
REST_AFTER_MS = 60
TYPED_REST_AFTER_MS = 250
TYPING_GAP_MS = 400
# a list of up to this many is read whole at once (a couple of milliseconds); a longer
# one shows these and reads the rest off the UI thread
AT_ONCE = 5000

LIST_COLUMNS = ("name", "organization", "email", "phone", "stage", "audience", "updated")
TRASH_COLUMNS = ("name", "organization", "email", "phone", "deleted")
# kept for callers that knew the old module-level constant
COLUMNS = LIST_COLUMNS

ContactIdRole = Qt.ItemDataRole.UserRole
_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.TextAlignmentRole, ContactIdRole))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# columns of numbers, aligned right
RIGHT_ALIGNED = frozenset(("audience",))


class ContactTableModel(QAbstractTableModel):
    def __init__(self, parent=None, columns: tuple[str, ...] = LIST_COLUMNS,
                 query: contact_list.ContactQuery | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._ids: Sequence[int] = []  # a list, or an array once the rest was read
        self._rows_by_id: dict[int, int] | None = None
        self._lookups = 0
        self._cache: dict[int, ContactRow] = {}
        self._texts: dict[int, tuple] = {}  # what each cached row's cells show
        self._deleted: dict[int, datetime] = {}
        self._query = query or contact_list.ContactQuery()
        self._sort = "name"
        self._descending = False
        self._loaded = False
        self._complete = True
        self._resetting = False
        # a pause of a quick typist's keystroke before reading the rest of a search
        self._completer = QTimer(self, singleShot=True, interval=REST_AFTER_MS)
        self._completer.timeout.connect(self._read_rest)
        self._last_query = QElapsedTimer()  # since the last search or filter
        # which list a reading of the rest belongs to: bumped whenever the list changes
        self._generation = 0
        self._reading: background.BackgroundTask | None = None  # running, kept alive
        # the reading of the name order, kept alive (True while it starts)
        self._ordering: background.BackgroundTask | bool | None = None

    # -- what the list shows ----------------------------------------------------------

    @property
    def query(self) -> contact_list.ContactQuery:
        return self._query

    def set_query(self, query: contact_list.ContactQuery, first_rows: int = FIRST_ROWS) -> None:
        """Show what ``query`` finds: its first ``first_rows`` rows now, the rest just
        after (see the module's comment)."""
        self._query = query
        self._resetting = True  # a view may ask for more while the reset is announced
        try:
            self.beginResetModel()
            self._load_ids(limit=first_rows)
            self.endResetModel()
        finally:
            self._resetting = False
        typing = self._last_query.isValid() and self._last_query.elapsed() <= TYPING_GAP_MS
        self._last_query.start()
        if not self._complete:
            self._completer.start(TYPED_REST_AFTER_MS if typing else REST_AFTER_MS)
        if query.text:
            self._read_name_order()

    def refresh(self) -> None:
        """Reload the ids (after a search, a filter or a write) and drop the cache: a
        long list shows its first ``AT_ONCE`` rows and reads the rest off the UI thread."""
        self.beginResetModel()
        self._load_ids(limit=AT_ONCE)
        self.endResetModel()
        if not self._complete:
            self._read_rest()

    def contact_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int:
        row = self._row_of(contact_id)
        if row < 0 and not self._complete:
            self._complete_ids()
            row = self._row_of(contact_id)
        return row

    def _row_of(self, contact_id: int) -> int:
        if self._rows_by_id is None:
            # a few look-ups scan the ids (fast, in C); many build the index once
            self._lookups += 1
            if self._lookups <= 20:
                try:
                    return self._ids.index(contact_id)
                except ValueError:
                    return -1
            self._rows_by_id = {cid: row for row, cid in enumerate(self._ids)}
        return self._rows_by_id.get(contact_id, -1)

    def read_rows(self, first: int, last: int) -> None:
        """Read the rows from ``first`` to ``last`` not read yet, in one query: a view
        asks for the rows it is about to paint (at a million contacts each row is a few
        pages of the file, and reading whole pages of rows for the few that show cost a
        millisecond or two)."""
        cache = self._cache
        page = [i for i in self._ids[max(0, first):last + 1] if i not in cache]
        if not page:
            return
        cache.update(contact_list.contact_rows(page))
        if "deleted" in self.columns:
            self._deleted.update(contacts.deleted_dates(page))

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

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        if not parent.isValid() and not self._resetting:  # else the timer does it
            self._complete_ids()

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            key = self.columns[section]
            return self.tr("Deleted") if key == "deleted" else labels.contact_column(key)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # the view asks each visible cell for a dozen roles: answer the unused ones first
        if role not in _ROLES or not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == ContactIdRole:
            return self.contact_id(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT) if column in RIGHT_ALIGNED else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(self.cell_text(index.row(), index.column()))
        return self.cell_text(index.row(), index.column())

    def cell_text(self, row_number: int, column_number: int) -> str | None:
        """What a cell shows (None: nothing)."""
        texts = self.row_texts(row_number)
        return None if texts is None else texts[column_number]

    def row_texts(self, row_number: int) -> tuple[str | None, ...] | None:
        """What each cell of a row shows, in the model's column order (None: no such row):
        for ``data`` and ``ContactTableView``.

        A row's texts are made once, when it is first shown, and kept with the row: the
        list is painted again at every keystroke, and translating a stage or formatting
        a date for each cell at each paint cost as much as the painting itself."""
        ids = self._ids
        if not 0 <= row_number < len(ids):
            return None
        texts = self._texts.get(ids[row_number])
        if texts is None:
            row = self.row_data(row_number)
            if row is None:
                return None
            texts = self._texts[row.id] = tuple(self._text(row, column)
                                                for column in self.columns)
        return texts

    def _text(self, row: ContactRow, column: str) -> str | None:
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
            return _short_date(row.updated_at)
        if column == "deleted":
            return _short_date(self._deleted.get(row.id))
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key, descending = self.columns[column], order == Qt.SortOrder.DescendingOrder
        if self._loaded and (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        if not self._loaded:
            return  # the first refresh loads in this order
        self._complete_ids()  # a layout change must not change the number of rows
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self.contact_id(i.row()) for i in old]
        self._load_ids()
        # the selection and the current row follow their contacts to their new rows
        new = []
        for index, contact_id in zip(old, old_ids):
            row = self.row_of(contact_id) if contact_id is not None else -1
            new.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- internals ----------------------------------------------------------------------

    def _load_ids(self, limit: int | None = None) -> None:
        self._loaded = True
        self._completer.stop()
        self._stop_reading()
        self._generation += 1
        self._ids = contact_list.contact_ids(self._query, self._sort, self._descending, limit)
        self._complete = limit is None or len(self._ids) < limit
        self._rows_by_id = None
        self._lookups = 0
        self._cache.clear()
        self._texts.clear()
        self._deleted.clear()

    def _complete_ids(self) -> None:
        """Read the rest of a list whose first rows are shown, now."""
        self._completer.stop()
        self._stop_reading()
        if self._complete:
            return
        self._take_rest(contact_list.contact_id_block(self._query, self._sort, self._descending))

    def _read_rest(self) -> None:
        """Read the rest of the list on a worker thread; ``_take_rest`` shows it."""
        self._completer.stop()
        if self._complete:
            return
        generation = self._generation
        query, sort, descending = self._query, self._sort, self._descending

        def current() -> bool:
            # the list may have changed, or the page closed, while the rest was read
            if not isValid(self) or generation != self._generation:
                return False
            self._reading = None
            return not self._complete

        def done(everything: Sequence[int] | None) -> None:
            if current() and everything is not None:
                self._take_rest(everything)

        def failed(error: Exception) -> None:
            # the list stays partial: scrolling to its end (fetchMore) or looking for a
            # contact further down reads the rest on the UI thread, and says what failed
            current()

        self._reading = background.run_in_background(
            None, lambda progress: contact_list.contact_id_block(
                query, sort, descending, stop=lambda: progress.cancelled),
            on_done=done, on_error=failed)

    def _read_name_order(self) -> None:
        """Have the name order read on a worker thread once a search is typed, unless
        known: with it the first rows of the next keystrokes are picked in memory
        (``services.name_order``). Read for the database as it is now; a write meanwhile
        makes the answer stale, and the next search reads it again."""
        if self._ordering is not None or contact_list.name_order_known():
            return
        state = contact_list.name_order_state()

        def read(progress) -> object:
            return contact_list.read_name_order(stop=lambda: progress.cancelled)

        def done(known) -> None:
            if isValid(self):
                self._ordering = None
            if known is not None:
                contact_list.keep_name_order(state, *known)

        def failed(error: Exception) -> None:
            if isValid(self):
                self._ordering = None  # searches keep their slower plans

        self._ordering = True  # a synchronous pool answers before the task is returned
        task = background.run_in_background(None, read, on_done=done, on_error=failed)
        if self._ordering is True:
            self._ordering = task

    def _stop_reading(self) -> None:
        """Abandon the reading of a list no longer shown: at a million contacts it would
        keep a core busy for a second after every keystroke."""
        if self._reading is not None and isValid(self._reading):
            self._reading.cancel()
        self._reading = None

    def _take_rest(self, everything: Sequence[int]) -> None:
        shown = len(self._ids)
        self._complete = True
        self._generation += 1
        if list(everything[:shown]) != list(self._ids):  # the data changed meanwhile
            self.beginResetModel()
            self._ids = everything
            self._rows_by_id = None
            self._lookups = 0
            self._cache.clear()
            self._texts.clear()
            self._deleted.clear()
            self.endResetModel()
        elif len(everything) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(everything) - 1)
            self._ids = everything
            self._rows_by_id = None
            self._lookups = 0
            self.endInsertRows()

    def _fill_page(self, row: int) -> None:
        start = (row // PAGE_SIZE) * PAGE_SIZE
        self.read_rows(start, start + PAGE_SIZE - 1)


def _short_date(value: datetime | None) -> str:
    return QLocale().toString(value.date(), QLocale.FormatType.ShortFormat) if value else ""
