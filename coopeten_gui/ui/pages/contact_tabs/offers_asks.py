"""Offers & Asks of one contact, in four groups, and the dialog to add or edit one.

The groups read as a ledger: on the left what I give (what I offer them, what they
ask of me), on the right what I get (what they offer me, what I ask of them).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.i18n import translate
from coopeten_gui.services import contacts, events, labels, matching, offers_asks
from coopeten_gui.services.common import fold
from coopeten_gui.services.offers_asks import OfferAskData, OfferAskRow
from coopeten_gui.ui.kit import money_edit, undo
from coopeten_gui.ui.kit.choices import fill_combo
from coopeten_gui.ui.kit.money_edit import MoneyEdit
from coopeten_gui.ui.kit.record_dialog import RecordDialog
from coopeten_gui.ui.kit.row_model import Column, RowTableModel
from coopeten_gui.ui.pages.contact_tabs.common import RowTable

# (kind, party) in the order the page lays them out: row by row, left then right
GROUPS = (("offer", "me"), ("offer", "them"), ("ask", "them"), ("ask", "me"))


def group_title(kind: str, party: str) -> str:
    return {
        ("offer", "me"): translate("OffersAsks", "I offer them"),
        ("offer", "them"): translate("OffersAsks", "They offer me"),
        ("ask", "them"): translate("OffersAsks", "They ask"),
        ("ask", "me"): translate("OffersAsks", "I ask"),
    }[(kind, party)]


def category_text(row: OfferAskRow) -> str:
    return labels.category(row.category_key, row.category_name) if row.category_id else ""


def offer_ask_columns(symbol: Callable[[], str], with_contact: bool = False,
                      with_kind: bool = False, with_event: bool = True) -> list[Column]:
    """The columns of an offers & asks table; ``symbol`` gives the currency when drawn."""
    columns = []
    if with_contact:
        columns.append(Column(translate("OffersAsks", "Contact"), lambda r: r.contact_name,
                              key=lambda r: fold(r.contact_name)))
    if with_kind:
        columns.append(Column(translate("OffersAsks", "Who"),
                              lambda r: labels.exchange_kind(r.kind, r.party)))
    columns += [
        Column(translate("OffersAsks", "Description"), lambda r: r.description,
               tooltip=_tooltip),
        Column(translate("OffersAsks", "Category"), category_text),
        Column(translate("OffersAsks", "Status"), lambda r: labels.exchange_status(r.status),
               key=lambda r: ("open", "in_progress", "fulfilled", "declined").index(r.status)),
        Column(translate("OffersAsks", "Value"),
               lambda r: money_edit.money_text(r.value_cents, symbol()),
               key=lambda r: r.value_cents, right=True),
    ]
    if with_event:
        columns.append(Column(translate("OffersAsks", "Event"), lambda r: r.event_name))
    return columns


def _tooltip(row: OfferAskRow) -> str:
    if row.event_name:
        return translate("OffersAsks", "%1\nCame up at: %2").replace(
            "%1", row.description).replace("%2", row.event_name)
    return row.description


class OffersAsksTab(QWidget):
    """The four groups one under the other, each table as tall as its rows, so the
    whole ledger scrolls as one page and every column has the tab's full width."""

    def __init__(self, push: Callable, parent=None) -> None:
        super().__init__(parent)
        self._push = push
        self.contact_id: int | None = None
        self.default_event_id: int | None = None
        self.symbol = ""
        self.dialog: OfferAskDialog | None = None
        self.tables: dict[tuple[str, str], RowTable] = {}
        self.titles: dict[tuple[str, str], QLabel] = {}
        self.empty: dict[tuple[str, str], QLabel] = {}
        self.add_buttons: dict[tuple[str, str], QPushButton] = {}
        self.edit_buttons: dict[tuple[str, str], QPushButton] = {}
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        for group in GROUPS:
            title = QLabel(body)
            title.setStyleSheet("font-weight: bold;")
            add = QPushButton(self.tr("+ Add"), body)
            add.setToolTip(self.tr("Add to “%1”").replace("%1", group_title(*group)))
            edit = QPushButton(self.tr("Edit…"), body)
            delete = QPushButton(self.tr("Delete"), body)
            table = RowTable(RowTableModel(offer_ask_columns(lambda: self.symbol,
                                                             with_event=False), self), body)
            table.setObjectName("offers_asks_" + "_".join(group))
            table.set_widths({1: 170, 2: 95, 3: 90}, stretch=0)
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            empty = QLabel(self.tr("Nothing yet."), body)
            empty.setStyleSheet("color: gray;")
            add.clicked.connect(lambda _=False, g=group: self.add(*g))
            edit.clicked.connect(lambda _=False, t=table: self._edit_current(t))
            delete.clicked.connect(lambda _=False, t=table: self.delete_rows(t.selected_rows()))
            table.doubleClicked.connect(lambda _i, t=table: self._edit_current(t))
            remove = QAction(self.tr("Delete"), table)
            remove.setShortcut(QKeySequence.StandardKey.Delete)
            remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            remove.triggered.connect(lambda _=False, t=table: self.delete_rows(t.selected_rows()))
            table.addAction(remove)
            for button in (edit, delete):
                button.setEnabled(False)
                table.selectionModel().selectionChanged.connect(
                    lambda *_, b=button, t=table: b.setEnabled(t.selectionModel().hasSelection()))
            heading = QHBoxLayout()
            heading.addWidget(title, 1)
            for button in (add, edit, delete):
                heading.addWidget(button)
            column.addLayout(heading)
            column.addWidget(table)
            column.addWidget(empty)
            column.addSpacing(8)
            self.tables[group] = table
            self.titles[group] = title
            self.empty[group] = empty
            self.add_buttons[group] = add
            self.edit_buttons[group] = edit
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def load(self, contact_id: int, symbol: str, default_event_id: int | None = None) -> None:
        self.contact_id = contact_id
        self.symbol = symbol
        self.default_event_id = default_event_id
        rows = offers_asks.list_offers_asks(contact_id=contact_id, limit=100_000)
        for group, table in self.tables.items():
            mine = [r for r in rows if (r.kind, r.party) == group]
            table.source.set_rows(mine)
            self.titles[group].setText(f"{group_title(*group)} ({len(mine)})")
            table.setVisible(bool(mine))
            self.empty[group].setVisible(not mine)
            # as tall as its rows: the page scrolls, not each table
            table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                                 + table.verticalHeader().defaultSectionSize() * len(mine)
                                 + 2 * table.frameWidth())

    def count(self) -> int:
        return sum(t.source.rowCount() for t in self.tables.values())

    def add(self, kind: str, party: str) -> OfferAskDialog:
        data = OfferAskData(contact_id=self.contact_id, kind=kind, party=party,
                            event_id=self.default_event_id)

        def save(new: OfferAskData) -> None:
            row_id = offers_asks.create(new)
            self._push(undo.RecordCreated(
                self.tr("Add “%1”").replace("%1", new.description.strip()), row_id,
                offers_asks.trash, offers_asks.restore))

        self.dialog = OfferAskDialog(data, save, self.symbol, parent=self)
        self.dialog.open()
        return self.dialog

    def edit(self, row: OfferAskRow) -> OfferAskDialog:
        before = data_of(row)

        def save(new: OfferAskData) -> None:
            offers_asks.update(row.id, new)
            self._push(undo.RecordEdited(
                self.tr("Edit “%1”").replace("%1", new.description.strip()), row.id,
                offers_asks.update, before, new))

        self.dialog = OfferAskDialog(data_of(row), save, self.symbol, editing=True, parent=self)
        self.dialog.open()
        return self.dialog

    def delete_rows(self, rows: list[OfferAskRow]) -> None:
        if not rows:
            return
        ids = [r.id for r in rows]
        offers_asks.trash(ids)
        self._push(undo.RecordsTrashed(self.tr("Delete %n offer(s) or ask(s)", "", len(ids)),
                                       ids, offers_asks.trash, offers_asks.restore))

    def _edit_current(self, table: RowTable) -> None:
        row = table.current_row()
        if row is not None:
            self.edit(row)


def data_of(row: OfferAskRow) -> OfferAskData:
    return OfferAskData(contact_id=row.contact_id, kind=row.kind, party=row.party,
                        description=row.description, category_id=row.category_id,
                        value_cents=row.value_cents, status=row.status, event_id=row.event_id)


class OfferAskDialog(RecordDialog):
    """One offer or ask. Typing a category that is not in the list adds it to the list."""

    def __init__(self, data: OfferAskData, save: Callable[[OfferAskData], None], symbol: str,
                 editing: bool = False, parent=None) -> None:
        super().__init__(save, parent)
        self.setObjectName("OfferAskDialog")
        self._data = data
        self.setWindowTitle(self.tr("Edit offer or ask") if editing
                            else self.tr("New offer or ask"))

        self.who = QComboBox(self)
        for kind, party in GROUPS:
            self.who.addItem(group_title(kind, party), f"{kind}:{party}")
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("What exactly, e.g. “A mention in their "
                                                     "newsletter to 3,000 readers”"))
        self.category = QComboBox(self)
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._fill_categories()
        self.category.lineEdit().setPlaceholderText(self.tr("Choose or type a new one"))
        self.status = QComboBox(self)
        for code in ("open", "in_progress", "fulfilled", "declined"):
            self.status.addItem(labels.exchange_status(code), code)
        self.value = MoneyEdit(self, field="value")
        self.value.setSuffix(" " + symbol if symbol else "")
        self.event_combo = QComboBox(self)
        choices = contacts.event_choices()
        if data.event_id and all(event_id != data.event_id for _, event_id in choices):
            # an event since moved to the trash still shows on the rows that name it
            choices.append((events.get(data.event_id).name, data.event_id))
        fill_combo(self.event_combo, self.tr("—"), 0, choices)

        form = QFormLayout()
        for label, widget, field in (
                (self.tr("&Who"), self.who, "kind"),
                (self.tr("&Description"), self.description, "description"),
                (self.tr("&Category"), self.category, "category_id"),
                (self.tr("&Status"), self.status, "status"),
                (self.tr("Estimated &value"), self.value, "value"),
                (self.tr("Came up at &event"), self.event_combo, "event_id")):
            self.add_row(form, label, widget, field)
        # the service names the kind or the party; both are chosen in "Who"
        self._errors["party"] = self._errors["kind"]
        self._fields["party"] = self.who
        self.finish(form)
        self.resize(560, self.sizeHint().height())

        self.who.setCurrentIndex(max(0, self.who.findData(f"{data.kind}:{data.party}")))
        self.description.setText(data.description)
        self.category.setCurrentIndex(max(0, self.category.findData(data.category_id or 0)))
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.value.set_cents(data.value_cents)
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(data.event_id or 0)))
        self.description.setFocus()
        # the category follows the words as they are typed, until the user picks one (a
        # row that already has one keeps it)
        self.category_picked = data.category_id is not None
        self.category.activated.connect(self._pick_category)
        self.category.lineEdit().textEdited.connect(self._pick_category)
        self.description.textEdited.connect(self._suggest_category)

    def _pick_category(self, *_args) -> None:
        self.category_picked = True

    def _suggest_category(self, text: str) -> None:
        if self.category_picked:
            return
        key = matching.suggest_category(text) if text.strip() else None
        category_id = offers_asks.category_id(key) if key else 0
        self.category.setCurrentIndex(max(0, self.category.findData(category_id or 0)))
        # typing in the category then replaces the suggestion instead of adding to it
        self.category.lineEdit().selectAll()

    def data(self) -> OfferAskData:
        kind, party = self.who.currentData().split(":")
        return OfferAskData(contact_id=self._data.contact_id, kind=kind, party=party,
                            description=self.description.text(),
                            category_id=self._category_id(), value_cents=self.value.cents(),
                            status=self.status.currentData(),
                            event_id=self.event_combo.currentData() or None)

    def _category_id(self) -> int | None:
        text = self.category.currentText().strip()
        if not text:
            return None
        index = self.category.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.category.itemData(index):
            return self.category.itemData(index)
        # a category of the user's own: added to the list for every contact
        new_id = offers_asks.add_category(text)
        self._fill_categories()
        self.category.setCurrentIndex(max(0, self.category.findData(new_id)))
        return new_id

    def _fill_categories(self) -> None:
        fill_combo(self.category, "", 0, [(labels.category(c.key, c.name), c.id)
                                          for c in offers_asks.categories()])
