"""The Offers & Asks page: every offer and ask across contacts, filtered, and the
matches: open asks with the offers that answer them by meaning, best first, with why.

The list shows its first rows at once, read among the newest offers and asks only; the
rest (up to ``LIST_LIMIT``) is read on a worker thread and appended, and only then does
the count show. At a million contacts reading it all took 17 seconds on the UI thread.
A list read for filters no longer chosen is dropped (``RestReader``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from coopeten_gui.services import contacts, labels, matching, offers_asks
from coopeten_gui.services.matching import Match
from coopeten_gui.services.offers_asks import ListFilter, OfferAskRow
from coopeten_gui.ui.dialogs.introduce import can_introduce, introduce
from coopeten_gui.ui.kit import background, match_index, match_list, money_edit, undo
from coopeten_gui.ui.kit.choices import fill_combo
from coopeten_gui.ui.kit.empty_state import EmptyState
from coopeten_gui.ui.kit.growing_row_model import (
    GrowingRowModel,
    Order,
    sort_rows,
    sorted_by_its_model,
)
from coopeten_gui.ui.kit.rest_reader import RestReader
from coopeten_gui.ui.kit.row_model import RowTableModel
from coopeten_gui.ui.pages.contact_tabs.common import RowTable
from coopeten_gui.ui.pages.contact_tabs.offers_asks import GROUPS, offer_ask_columns

OPEN = ("open", "in_progress")
STATUSES = ("open", "in_progress", "fulfilled", "declined")
# the list's columns (``offer_ask_columns`` with the contact and who)
_CONTACT, _WHO, _DESCRIPTION, _CATEGORY, _STATUS, _VALUE, _EVENT = range(7)
#: the value column is as wide as this amount (larger ones are rare, and show whole in
#: their tooltip)
SAMPLE_VALUE_CENTS = 99_999_00
#: the least part of the room past who, status and value that the description keeps
DESCRIPTION_SHARE = 0.45
#: matches the list shows (the best ones; a contact's page shows all of theirs)
MATCHES_SHOWN = 500
#: the list shows the newest this many offers and asks its filters find (then those
#: with the text typed)
LIST_LIMIT = 100_000
#: the first rows are those among this many newest offers and asks (a few milliseconds
#: however large the file); the rest of the list is read on a worker
FIRST_SCAN = 1000
#: the worker starts once the first rows are painted: painting asks Python for every
#: cell, and a worker building rows in Python meanwhile slowed it by half
REST_AFTER_MS = 50


class OffersAsksPage(QWidget):
    """Signals:
        contact_opened(int): a row was double-clicked (the contact it belongs to).
        data_changed(): an introduction was recorded from a match.
    """

    contact_opened = Signal(int)
    data_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.symbol = ""
        self.dialog = None
        self.freshness = undo.Freshness(self, self.reload)

        self.who = QComboBox(self)
        self.who.addItem(self.tr("Offers and asks"), "")
        for kind, party in GROUPS:
            self.who.addItem(labels.exchange_kind(kind, party), f"{kind}:{party}")
        self.category = QComboBox(self)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Open or in progress"), ",".join(OPEN))
        for code in STATUSES:
            self.status.addItem(labels.exchange_status(code), code)
        self.status.addItem(self.tr("Any status"), "")
        # not "event": that name is QWidget.event(), which Qt calls for every event
        self.event_combo = QComboBox(self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Contact or description…"))
        self.text.setClearButtonEnabled(True)
        self.count_label = QLabel(self)

        self.model = GrowingRowModel(offer_ask_columns(lambda: self.symbol, with_contact=True,
                                                     with_kind=True), self)
        self.table = RowTable(self.model, self)
        self.table.setObjectName("all_offers_asks")
        # the model sorts itself: sorting 100,000 rows in the proxy took 12 seconds
        sorted_by_its_model(self.table)
        self._reader = RestReader(self)  # the rest of the list, on a worker
        self._wanted: int | None = None  # an offer or ask to select once the list is read
        self._complete = True  # whether the list shows all it will (not empty for now)
        self._rest_of: tuple[ListFilter, str] | None = None  # what the worker is to read
        self._rest = QTimer(self, singleShot=True, interval=REST_AFTER_MS)
        self._rest.timeout.connect(self._read_rest)
        self._events_asked = 0  # the latest reading of the events wanted
        self.empty_state = EmptyState(
            self.table, self.tr("Offers & Asks: what each contact can give and needs, and "
                                "what you offer them. Add them on a contact's page; where "
                                "an ask meets an offer, the match shows here."),
            is_empty=lambda: self.model.rowCount() == 0 and self._complete)
        self.table.setToolTip(self.tr("Double-click to open the contact"))
        self._fixed_widths: dict[int, int] = {}
        self._wanted_widths: dict[int, tuple[int, int]] = {}
        self.table.viewport().installEventFilter(self)

        self.matches_model = RowTableModel(match_list.all_columns(), self)
        self.matches = RowTable(self.matches_model, self)
        self.matches.setObjectName("matches")
        self.matches.setToolTip(self.tr("Double-click a side to open that contact"))
        match_list.fit_columns(self.matches, {1: 140, 3: 170}, (2, 4, 5))
        self.matches_label = QLabel(self.tr(
            "Open asks with the offers that answer them, best first: a chance to introduce "
            "two people, or to help with what you have."), self)
        self.matches_label.setWordWrap(True)
        self.matches_empty = QLabel(self)
        self.matches_empty.setObjectName("matches_empty")
        self.matches_empty.setWordWrap(True)
        self.matches_empty.setStyleSheet("color: gray;")
        self.introduce_button = QPushButton(self.tr("&Introduce them…"), self)
        self.introduce_button.setToolTip(self.tr(
            "Write the introduction between the one who asks and the one who offers"))
        self.open_asker_button = QPushButton(self.tr("Open who &asks"), self)
        self.open_offerer_button = QPushButton(self.tr("Open who o&ffers"), self)
        for button in (self.introduce_button, self.open_asker_button,
                       self.open_offerer_button):
            button.setEnabled(False)
        self.matches.selectionModel().selectionChanged.connect(self._match_selected)
        self.introduce_button.clicked.connect(self._introduce_current)
        self.open_asker_button.clicked.connect(lambda: self._open_side(ask=True))
        self.open_offerer_button.clicked.connect(lambda: self._open_side(ask=False))

        filters = QHBoxLayout()
        for widget, stretch in ((self.who, 0), (self.category, 0), (self.status, 0),
                                (self.event_combo, 0), (self.text, 1)):
            filters.addWidget(widget, stretch)
        listing = QWidget(self)
        listing_layout = QVBoxLayout(listing)
        listing_layout.addLayout(filters)
        listing_layout.addWidget(self.table)
        listing_layout.addWidget(self.count_label)
        matching = QWidget(self)
        matching_layout = QVBoxLayout(matching)
        matching_layout.addWidget(self.matches_label)
        matching_layout.addWidget(self.matches, 1)
        matching_layout.addWidget(self.matches_empty, 1)
        match_buttons = QHBoxLayout()
        for button in (self.introduce_button, self.open_asker_button,
                       self.open_offerer_button):
            match_buttons.addWidget(button)
        match_buttons.addStretch(1)
        matching_layout.addLayout(match_buttons)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(listing, self.tr("All offers && asks"))
        self.tabs.addTab(matching, self.tr("Matches"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self._fill_categories()
        # the events when the page is first shown (``reload``)
        fill_combo(self.event_combo, self.tr("All events"), 0, [])
        self._measure_columns()
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.reload_list)
        self.text.textChanged.connect(self._timer.start)
        for combo in (self.who, self.category, self.status, self.event_combo):
            combo.activated.connect(self.reload_list)
        self.table.activated.connect(self._open_row)
        self.matches.activated.connect(self._open_match)
        self.matches_stale = True
        self.tabs.currentChanged.connect(self._tab_changed)

    # -- showing ----------------------------------------------------------------------------

    def reload(self) -> None:
        self.freshness.mark_fresh()
        self.symbol = money_edit.currency_symbol()
        self._fill_choices()
        self._measure_columns()  # the categories may have changed
        self.reload_list()
        # the matches when their tab is on screen (the first read builds the matcher's
        # index: seconds at 100,000 contacts, not to be paid for the list of offers)
        self.matches_stale = True
        if self.tabs.currentIndex() == 1:
            self.reload_matches()

    def reload_list(self) -> None:
        """Show what the filters and the text find: the first rows now, the rest when a
        worker has read it."""
        kind, _, party = self.who.currentData().partition(":")
        status = self.status.currentData()
        where = offers_asks.list_filter(
            kind=kind, party=party, status=tuple(status.split(",")) if status else "",
            category_id=self.category.currentData() or None,
            event_id=self.event_combo.currentData() or None)
        text = self.text.text()
        self._stop_reading()
        self._wanted = None
        first, self._complete = offers_asks.first_rows(where, text, FIRST_SCAN)
        self.model.set_rows(first)
        if self._complete:
            self._show_count()
            return
        self.count_label.clear()  # until the whole list is known
        self._rest_of = (where, text)
        self._rest.start()

    def _read_rest(self) -> None:
        """Read the whole list on a worker thread; ``_take_rest`` shows it."""
        if self._rest_of is None:
            return
        (where, text), self._rest_of = self._rest_of, None
        # a sorted list is sorted on the worker too (a key per row: 0.2 s for 100,000)
        order, key = self.model.order, self.model.sort_key()

        def read(stop) -> tuple[list[OfferAskRow], list[OfferAskRow] | None, Order] | None:
            rows = offers_asks.all_rows(where, text, LIST_LIMIT, stop=stop)
            if rows is None or order is None:
                return None if rows is None else (rows, None, None)
            return rows, sort_rows(rows, key, order), order

        def take(read: tuple[list[OfferAskRow], list[OfferAskRow] | None, Order] | None
                 ) -> None:
            if read is not None:
                self._take_rest(*read)

        def failed(_error: Exception) -> None:
            self._complete = True  # the first rows stay, without a count
            self.empty_state.update_visibility()

        self._reader.read(read, take, failed)

    def reload_matches(self) -> None:
        self.matches_stale = False
        if not match_index.when_ready(self, self._index_built):
            self.matches.setVisible(False)
            self.matches_empty.setText(self.tr("Looking for matches…"))
            self.matches_empty.setVisible(True)
            return
        found = matching.matches(limit=MATCHES_SHOWN)
        self.matches_model.set_rows(found)
        self.matches.setVisible(bool(found))
        self.matches_empty.setVisible(not found)
        if not found:
            self.matches_empty.setText(match_list.empty_text(matching.why_empty(), "all"))
        self._match_selected()
        self.tabs.setTabText(1, self.tr("Matches (%1)").replace("%1", str(len(found)))
                             if found else self.tr("Matches"))

    def _index_built(self) -> None:
        if self.tabs.currentIndex() == 1 and self.isVisible():
            self.reload_matches()
        else:
            self.matches_stale = True

    def open_offer_ask(self, row_id: int) -> bool:
        """Show one offer or ask in the list, whatever the filters hid. False: it is not
        in the list; if the list is still being read, True, and it is selected when
        the rest arrives, should it be there."""
        self.tabs.setCurrentIndex(0)
        for combo in (self.who, self.category, self.event_combo):
            combo.setCurrentIndex(0)
        self.status.setCurrentIndex(self.status.count() - 1)  # any status
        self.text.clear()
        self._timer.stop()
        self.reload_list()
        if self._select(row_id):
            return True
        if not self._complete:
            self._wanted = row_id
            return True
        return False

    # -- internals --------------------------------------------------------------------------

    def _take_rest(self, rows: list[OfferAskRow], in_order: list[OfferAskRow] | None,
                   order: Order) -> None:
        """The whole list, read on a worker (and ``in_order`` when it was sorted in
        ``order``): appended to the first rows shown, or in their place if sorted or if
        the data changed meanwhile; the row the user is on stays selected."""
        shown = self.model.rowCount()
        self._complete = True
        if self.model.order is None and self.model.given_rows() == rows[:shown]:
            self.model.append_rows(rows[shown:])
        else:
            current = self.table.current_row()
            self.model.set_rows(rows, in_order if order == self.model.order else None)
            if current is not None and self._wanted is None:
                self._wanted = current.id
        self._show_count()
        self.empty_state.update_visibility()
        if self._wanted is not None:
            self._select(self._wanted)
            self._wanted = None

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n offer(s) or ask(s)", "", self.model.rowCount()))

    def _select(self, row_id: int) -> bool:
        row = self.model.row_of(row_id)
        if row < 0:
            return False
        index = self.table.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _stop_reading(self) -> None:
        """Drop the reading of a list no longer shown (at a million contacts it would
        keep a core busy for seconds)."""
        self._rest.stop()
        self._rest_of = None
        self._reader.stop()

    def _measure_columns(self) -> None:
        """The widths the columns would like, in this language: who, status and value as
        wide as their longest text; names, categories and events as wide as reads well
        (a longer one is cut, and shows whole in the cell's tooltip)."""
        metrics = self.table.fontMetrics()
        title_metrics = self.table.horizontalHeader().fontMetrics()

        def widest(column: int, texts: list[str]) -> int:
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            # the header also draws the sort arrow beside its title
            return max([title_metrics.horizontalAdvance(title) + 16,
                        *(metrics.horizontalAdvance(text) for text in texts)]) + 16

        self._fixed_widths = {
            _WHO: widest(_WHO, [labels.exchange_kind(kind, party) for kind, party in GROUPS]),
            _STATUS: widest(_STATUS, [labels.exchange_status(code) for code in STATUSES]),
            _VALUE: widest(_VALUE, [money_edit.money_text(SAMPLE_VALUE_CENTS, "€")]),
        }
        categories = [self.category.itemText(i) for i in range(1, self.category.count())]
        em = metrics.horizontalAdvance("M")
        # (the width wanted, the least it gives up to on a narrow window)
        self._wanted_widths = {
            _CONTACT: (em * 11, em * 9),
            _CATEGORY: (min(widest(_CATEGORY, categories), em * 15), em * 7),
            _EVENT: (em * 12, em * 6),
        }
        self.table.set_widths({}, stretch=_DESCRIPTION)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column in sight, without a sideways scroll bar: the description takes
        the room left, and keeps at least ``DESCRIPTION_SHARE`` of it on a narrow
        window, where names, categories and events give up room (names the least)."""
        room = self.table.viewport().width() - sum(self._fixed_widths.values())
        wanted = sum(w for w, _ in self._wanted_widths.values())
        least = sum(lowest for _, lowest in self._wanted_widths.values())
        given = max(least, min(wanted, int(room * (1 - DESCRIPTION_SHARE))))
        share = (given - least) / max(wanted - least, 1)
        header = self.table.horizontalHeader()
        for column, width in self._fixed_widths.items():
            header.resizeSection(column, width)
        for column, (width, lowest) in self._wanted_widths.items():
            header.resizeSection(column, lowest + int((width - lowest) * share))

    def eventFilter(self, watched, event) -> bool:
        # the room changes with the window, and when the rows need a scroll bar
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fill_categories(self) -> None:
        fill_combo(self.category, self.tr("All categories"), 0,
                   [(labels.category(c.key, c.name), c.id) for c in offers_asks.categories()])

    def _fill_choices(self) -> None:
        self._fill_categories()
        # the events are read on a worker: 20,000 of them take 50 ms at a million contacts
        self._events_asked += 1
        asked = self._events_asked

        def done(events: list[tuple[str, int]]) -> None:
            if isValid(self) and asked == self._events_asked:
                fill_combo(self.event_combo, self.tr("All events"), 0, events)

        background.run_in_background(None, lambda progress: contacts.event_choices(),
                                     on_done=done, on_error=lambda error: None)

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.matches_stale:
            self.reload_matches()

    def _introduce(self, ask_id: int, offer_id: int):
        """The one way an introduction starts from a match on this page."""
        self.dialog = introduce(self, ask_id, offer_id, self.matches_model.rows())
        if self.dialog is not None:
            self.dialog.data_changed.connect(self.data_changed)
        return self.dialog

    def _introduce_current(self) -> None:
        match = self.matches.current_row()
        if match is not None:
            self._introduce(match.ask_id, match.offer_id)

    def _match_selected(self, *_args) -> None:
        match = self.matches.current_row() if self.matches.selectionModel().hasSelection() \
            else None
        self.introduce_button.setEnabled(can_introduce(match))
        self.open_asker_button.setEnabled(match is not None)
        self.open_offerer_button.setEnabled(match is not None and not match.mine)

    def _open_side(self, ask: bool) -> None:
        match = self.matches.current_row()
        if match is not None:
            self.contact_opened.emit(match.ask_contact_id if ask else match.offer_contact_id)

    def _open_row(self, index) -> None:
        row = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if row is not None:
            self.contact_opened.emit(row.contact_id)

    def _open_match(self, index) -> None:
        match: Match | None = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if match is not None:
            offer_side = index.column() in (3, 4) and not match.mine
            self.contact_opened.emit(match.offer_contact_id if offer_side
                                     else match.ask_contact_id)
