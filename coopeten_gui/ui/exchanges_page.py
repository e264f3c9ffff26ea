"""The Offers & Asks page: every offer and ask across contacts, filtered, and the
matches where someone's ask meets another's offer in the same category."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import contacts, exchanges, labels
from coopeten_gui.services.common import fold
from coopeten_gui.services.exchanges import Match
from coopeten_gui.ui import undo, widgets
from coopeten_gui.ui.contact_tabs.common import RowTable
from coopeten_gui.ui.contact_tabs.offers_asks import GROUPS, category_text, offer_ask_columns
from coopeten_gui.ui.empty_state import EmptyState
from coopeten_gui.ui.row_model import Column, RowTableModel
from coopeten_gui.ui.widgets import fill_combo

OPEN = ("open", "in_progress")


class ExchangesPage(QWidget):
    """Signals:
        contact_opened(int): a row was double-clicked (the contact it belongs to).
    """

    contact_opened = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.symbol = ""
        self.freshness = undo.Freshness(self, self.reload)

        self.who = QComboBox(self)
        self.who.addItem(self.tr("Offers and asks"), "")
        for kind, party in GROUPS:
            self.who.addItem(labels.exchange_kind(kind, party), f"{kind}:{party}")
        self.category = QComboBox(self)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Open or in progress"), ",".join(OPEN))
        for code in ("open", "in_progress", "fulfilled", "declined"):
            self.status.addItem(labels.exchange_status(code), code)
        self.status.addItem(self.tr("Any status"), "")
        self.event = QComboBox(self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Contact or description…"))
        self.text.setClearButtonEnabled(True)
        self.count_label = QLabel(self)

        self.model = RowTableModel(offer_ask_columns(lambda: self.symbol, with_contact=True,
                                                     with_kind=True), self)
        self.table = RowTable(self.model, self)
        self.table.setObjectName("all_offers_asks")
        self.empty_state = EmptyState(
            self.table, self.tr("Offers & Asks: what each contact can give and needs, and "
                                "what you offer them. Add them on a contact's page; where "
                                "an ask meets an offer, the match shows here."))
        self.table.setToolTip(self.tr("Double-click to open the contact"))
        for column, width in enumerate((170, 110, 340, 190, 100, 90)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.matches_model = RowTableModel([
            Column(self.tr("Who asks"), self._asker, key=lambda m: fold(self._asker(m))),
            Column(self.tr("Asks for"), lambda m: m.ask.description),
            Column(self.tr("Category"), lambda m: category_text(m.ask)),
            Column(self.tr("Who offers"), lambda m: m.offer.contact_name,
                   key=lambda m: fold(m.offer.contact_name)),
            Column(self.tr("Offers"), lambda m: m.offer.description),
        ], self)
        self.matches = RowTable(self.matches_model, self)
        self.matches.setObjectName("matches")
        self.matches.setToolTip(self.tr("Double-click a side to open that contact"))
        for column, width in enumerate((170, 280, 170, 170)):
            self.matches.setColumnWidth(column, width)
        self.matches.horizontalHeader().setStretchLastSection(True)
        self.matches_label = QLabel(self.tr(
            "Someone's open ask meets another contact's open offer in the same category: "
            "a chance to introduce them, or to help with what you have."), self)
        self.matches_label.setWordWrap(True)

        filters = QHBoxLayout()
        for widget, stretch in ((self.who, 0), (self.category, 0), (self.status, 0),
                                (self.event, 0), (self.text, 1)):
            filters.addWidget(widget, stretch)
        listing = QWidget(self)
        listing_layout = QVBoxLayout(listing)
        listing_layout.addLayout(filters)
        listing_layout.addWidget(self.table)
        listing_layout.addWidget(self.count_label)
        matching = QWidget(self)
        matching_layout = QVBoxLayout(matching)
        matching_layout.addWidget(self.matches_label)
        matching_layout.addWidget(self.matches)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(listing, self.tr("All offers && asks"))
        self.tabs.addTab(matching, self.tr("Matches"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self._fill_choices()
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.reload_list)
        self.text.textChanged.connect(self._timer.start)
        for combo in (self.who, self.category, self.status, self.event):
            combo.activated.connect(self.reload_list)
        self.table.activated.connect(self._open_row)
        self.matches.activated.connect(self._open_match)

    # -- showing ----------------------------------------------------------------------------

    def reload(self) -> None:
        self.freshness.mark_fresh()
        self.symbol = widgets.currency_symbol()
        self._fill_choices()
        self.reload_list()
        self.reload_matches()

    def reload_list(self) -> None:
        kind, _, party = self.who.currentData().partition(":")
        status = self.status.currentData()
        rows = exchanges.list_offers_asks(
            kind=kind, party=party, status=tuple(status.split(",")) if status else "",
            category_id=self.category.currentData() or None,
            event_id=self.event.currentData() or None, limit=100_000)
        text = fold(self.text.text())
        if text:
            rows = [r for r in rows if text in fold(r.contact_name) or text in fold(r.description)]
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n offer(s) or ask(s)", "", len(rows)))

    def reload_matches(self) -> None:
        found = exchanges.matches(limit=1000)
        self.matches_model.set_rows(found)
        self.tabs.setTabText(1, self.tr("Matches (%1)").replace("%1", str(len(found)))
                             if found else self.tr("Matches"))

    def open_offer_ask(self, row_id: int) -> bool:
        """Show one offer or ask in the list, whatever the filters hid."""
        self.tabs.setCurrentIndex(0)
        for combo in (self.who, self.category, self.event):
            combo.setCurrentIndex(0)
        self.status.setCurrentIndex(self.status.count() - 1)  # any status
        self.text.clear()
        self._timer.stop()
        self.reload_list()
        for row in range(self.table.proxy.rowCount()):
            index = self.table.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole).id == row_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    # -- internals --------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        fill_combo(self.category, self.tr("All categories"), 0,
                   [(labels.category(c.key, c.name), c.id) for c in exchanges.categories()])
        fill_combo(self.event, self.tr("All events"), 0,
                   contacts.event_choices())

    def _asker(self, match: Match) -> str:
        if match.ask.party == "me":
            return self.tr("Me (noted with %1)").replace("%1", match.ask.contact_name)
        return match.ask.contact_name

    def _open_row(self, index) -> None:
        row = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if row is not None:
            self.contact_opened.emit(row.contact_id)

    def _open_match(self, index) -> None:
        match: Match | None = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if match is not None:
            side = match.offer if index.column() >= 3 else match.ask
            self.contact_opened.emit(side.contact_id)
