"""Event returns on screen: one event's figures (a tab of the event's panel) and the
sortable table of every event's returns (a tab of the dashboard).

Figures come from ``services.event_returns``; money and numbers are written with
QLocale in the currency of the profile. One event's figures are read on a worker thread
(tens of milliseconds at a million contacts, each time an event is chosen).
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import event_returns
from coopeten_gui.services.event_returns import EventReturn
from coopeten_gui.ui.kit import money_edit, palette
from coopeten_gui.ui.kit.rest_reader import RestReader

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole


def money(cents: int | None, symbol: str | None = None) -> str:
    """An amount in the user's locale; zero is written too (``money_edit.money_text`` leaves
    it blank, which suits a form, not a figure)."""
    if cents is None:
        return "—"
    return QLocale().toCurrencyString(cents / 100, symbol if symbol is not None
                                      else money_edit.currency_symbol())


def ratio(value: float | None) -> str:
    """Value per unit of cost, "3.5×"; a dash for a free event."""
    if value is None:
        return "—"
    return _Texts().ratio(value)


class _Texts(QObject):
    """Texts the panel and the table share."""

    def ratio(self, value: float) -> str:
        return self.tr("{ratio}×").format(ratio=QLocale().toString(value, "f", 1))


class EventReturnsPanel(QScrollArea):
    """What one event returned, as a column of figures under a one-line verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.returns: EventReturn | None = None
        self.reader = RestReader(self)
        body = QWidget(self)
        self.verdict = QLabel(body)
        self.verdict.setWordWrap(True)
        self.verdict.setObjectName("returns_verdict")
        self.form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, text in (
            ("cost", self.tr("Cost")),
            ("people", self.tr("People met")),
            ("allies", self.tr("Now allies")),
            ("exchanges", self.tr("Offers and asks raised")),
            ("proposals", self.tr("Proposals to people met")),
            ("accepted", self.tr("Accepted value")),
            ("referrals", self.tr("Referrals")),
            ("promotions", self.tr("Promotion revenue")),
            ("value", self.tr("Value back")),
            ("per_person", self.tr("Per person met")),
            ("per_ally", self.tr("Cost per new ally")),
            ("ratio", self.tr("Value per unit of cost")),
        ):
            label = QLabel(body)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(text, label)
            self.fields[key] = label
        hint = QLabel(self.tr("People met: those who attended and those whose contact says "
                              "you met there. Value back: accepted proposals, business "
                              "closed through referrals and revenue from their promotions "
                              "of you."), body)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(body)
        layout.addWidget(self.verdict)
        layout.addLayout(self.form)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.setWidget(body)

    def show_event(self, event_id: int | None) -> None:
        """Show that event's figures once read (nothing meanwhile, nor for None)."""
        self._show(None)
        if event_id is None:
            self.reader.stop()
        else:
            self.reader.read(lambda stop: None if stop() else event_returns.for_event(event_id),
                             self._show)

    def _show(self, row: EventReturn | None) -> None:
        self.returns = row
        if row is None:
            self.verdict.clear()
            for label in self.fields.values():
                label.clear()
            return
        symbol = money_edit.currency_symbol()
        locale = QLocale()
        number = locale.toString
        self.verdict.setText(self._verdict(row, symbol))
        self.verdict.setStyleSheet("" if row.paid_off is not False
                                   else f"color: {palette.error_color()};")
        values = {
            "cost": money(row.cost_cents, symbol) if row.cost_cents else self.tr("Free"),
            "people": number(row.people),
            "allies": number(row.allies),
            "exchanges": self.tr("{offers} offers, {asks} asks").format(
                offers=number(row.offers), asks=number(row.asks)),
            "proposals": self.tr("{count}, {accepted} accepted").format(
                count=number(row.proposals), accepted=number(row.accepted_proposals)),
            "accepted": money(row.accepted_cents, symbol),
            "referrals": self.tr("{count}, {closed} closed: {value}").format(
                count=number(row.referrals), closed=number(row.referrals_closed),
                value=money(row.referral_cents, symbol)),
            "promotions": money(row.promotion_cents, symbol),
            "value": money(row.value_cents, symbol),
            "per_person": self.tr("cost {cost}, value {value}").format(
                cost=money(row.cost_per_person_cents, symbol),
                value=money(row.value_per_person_cents, symbol)),
            "per_ally": money(row.cost_per_ally_cents, symbol),
            "ratio": ratio(row.value_per_cost),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
            label = cast(QLabel, self.form.labelForField(self.fields[key]))
            self.fields[key].setAccessibleName(label.text() + ": " + text)

    def _verdict(self, row: EventReturn, symbol: str) -> str:
        if row.people == 0:
            return self.tr("Nobody met here is in your contacts yet.")
        if row.paid_off is None:
            return self.tr("A free event: {value} came back from the people met here.").format(
                value=money(row.value_cents, symbol))
        if row.paid_off:
            return self.tr("It paid off: {value} came back for {cost} spent.").format(
                value=money(row.value_cents, symbol), cost=money(row.cost_cents, symbol))
        return self.tr("Not paid off yet: {value} came back for {cost} spent.").format(
            value=money(row.value_cents, symbol), cost=money(row.cost_cents, symbol))


COLUMNS = ("date", "name", "cost", "people", "allies", "exchanges", "proposals", "accepted",
           "referrals", "promotions", "value", "per_ally", "ratio")
_MONEY_COLUMNS = {"cost", "accepted", "referrals", "promotions", "value", "per_ally"}


class EventReturnsModel(QAbstractTableModel):
    """Every event's returns, a row each; ``SORT_ROLE`` gives the raw figure to sort by."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[EventReturn] = []
        self._symbol = ""

    def set_rows(self, rows: list[EventReturn]) -> None:
        self.beginResetModel()
        self._symbol = money_edit.currency_symbol()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[COLUMNS[section]][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._headers()[COLUMNS[section]][1]
        return None

    def _headers(self) -> dict[str, tuple[str, str]]:
        return {
            "date": (self.tr("Date"), ""),
            "name": (self.tr("Event"), ""),
            "cost": (self.tr("Cost"), ""),
            "people": (self.tr("People\nmet"), self.tr("People met there")),
            "allies": (self.tr("Allies"), self.tr("People met there who are now allies")),
            "exchanges": (self.tr("Offers /\nasks"), self.tr("Offers and asks raised there")),
            "proposals": (self.tr("Proposals"), self.tr("Proposals to people met there")),
            "accepted": (self.tr("Accepted"), self.tr("Value of the accepted proposals")),
            "referrals": (self.tr("Referrals"), self.tr("Business closed through referrals "
                                                        "involving people met there")),
            "promotions": (self.tr("Promotions"), self.tr("Revenue from their promotions "
                                                          "of you")),
            "value": (self.tr("Value\nback"), self.tr("Accepted + referrals + promotions")),
            "per_ally": (self.tr("Cost per\nally"), self.tr("Cost per person met there who "
                                                           "is now an ally")),
            "ratio": (self.tr("Value /\ncost"), self.tr("Value back per unit of cost")),
        }

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not self.checkIndex(index):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.event_id
        if role == SORT_ROLE:
            return self._raw(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("date", "name"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return row.name
        return None

    @staticmethod
    def _raw(row: EventReturn, column: str):
        return {
            "date": row.starts_at.isoformat(), "name": row.name.casefold(),
            "cost": row.cost_cents, "people": row.people, "allies": row.allies,
            "exchanges": row.offers + row.asks, "proposals": row.proposals,
            "accepted": row.accepted_cents, "referrals": row.referral_cents,
            "promotions": row.promotion_cents, "value": row.value_cents,
            # an event without allies or cost sorts after every priced one
            "per_ally": row.cost_per_ally_cents if row.cost_per_ally_cents is not None
            else float("inf"),
            "ratio": row.value_per_cost if row.value_per_cost is not None else -1.0,
        }[column]

    def _text(self, row: EventReturn, column: str) -> str:
        locale = QLocale()
        if column == "date":
            return locale.toString(row.starts_at.date(), QLocale.FormatType.ShortFormat)
        if column == "name":
            return row.name
        if column in ("people", "allies", "proposals"):
            return locale.toString(self._raw(row, column))
        if column == "exchanges":
            return f"{locale.toString(row.offers)} / {locale.toString(row.asks)}"
        if column == "ratio":
            return ratio(row.value_per_cost)
        if column == "per_ally":
            return money(row.cost_per_ally_cents, self._symbol)
        return money(self._raw(row, column), self._symbol)


class EventReturnsTable(QWidget):
    """Every event's returns, sortable by any column; totals underneath.

    Signals:
        event_opened(int): the user opened an event (double click or Enter).
    """

    event_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EventReturnsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COLUMNS.index("date"), Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(50)
        self.view.activated.connect(self._activated)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)

    def set_rows(self, rows: list[EventReturn]) -> None:
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        # the name wants the room the figures leave, but never less than a readable width
        name = COLUMNS.index("name")
        header = self.view.horizontalHeader()
        spare = self.view.viewport().width() - header.length() + header.sectionSize(name)
        header.resizeSection(name, max(min(header.sectionSize(name), 320), spare, 180))
        total = event_returns.totals(rows)
        symbol = money_edit.currency_symbol()
        if not rows:
            self.totals.setText(self.tr("No events yet: add one on the Events page, note who "
                                        "you met there, and its returns show here."))
            return
        self.totals.setText(self.tr(
            "%n event(s): {cost} spent, {people} people met, {allies} now allies, "
            "{value} came back ({ratio} the cost).", "", total.events).format(
            cost=money(total.cost_cents, symbol), people=QLocale().toString(total.people),
            allies=QLocale().toString(total.allies), value=money(total.value_cents, symbol),
            ratio=ratio(total.value_per_cost)))

    def _activated(self, index) -> None:
        event_id = index.siblingAtColumn(0).data(ID_ROLE)
        if event_id is not None:
            self.event_opened.emit(event_id)
