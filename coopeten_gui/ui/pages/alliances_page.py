"""The Alliances page: every relationship with what each side gave, who gave more, how
long since the last give, the ones to look after, and the next give to make.

The list holds only the contacts of the relationships, in the chosen order (one query
over every give, ``balance.ledger_ids``); the rows themselves are read a screen at a
time (``balance.ledger(contact_ids=…)``) and the next give for a row only when it is
drawn. So 100,000 contacts cost one pass and a few small reads, never a row per contact
in memory or a query per cell.

Two things take seconds at a million contacts and run on a worker thread: that pass
over every give (the list shows when it is done; the one shown before stays until
then), and the first build of the matcher's index, which the next gives read (their
cells and the details stay blank until it is built, then fill in). A small database
does both at once, as it always did. An answer for a list that changed meanwhile is
dropped.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from coopeten_gui.services import balance, next_give
from coopeten_gui.services.balance import LedgerRow
from coopeten_gui.services.next_give import NextGive, suggest_next_give
from coopeten_gui.ui.kit import background, money_edit, undo
from coopeten_gui.ui.kit.plain_text import literal, plain
from coopeten_gui.ui.pages.contact_tabs.balance import DayWords, count_and_money, verdict_colour
from coopeten_gui.ui.pages.contact_tabs.common import set_up_list, short_date

# columns: name, I gave, they gave, verdict, last give each way, time since the last
# give, what to look after, the next give
NAME, GAVE, GOT, VERDICT, LAST, SINCE, FLAGS, NEXT = range(8)
#: the columns a click on the header sorts by, and the order each one asks for
SORTS = {GAVE: "imbalance", GOT: "imbalance", VERDICT: "imbalance", LAST: "since_last_give",
         SINCE: "since_last_give"}
BLOCK = 100  # rows read at once around the one drawn
RowRole = Qt.ItemDataRole.UserRole


class LedgerModel(QAbstractTableModel):
    """The relationships as ids, their rows read ``BLOCK`` at a time when drawn.

    Signals:
        next_ready(): the next gives can be read now (the matcher's index was built)."""

    next_ready = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ids: list[int] = []
        self.symbol = ""
        self.cold_days = balance.COLD_DAYS
        self.days = DayWords(self)
        self._rows: dict[int, LedgerRow] = {}
        self._next: dict[int, NextGive | None] = {}
        # the matcher: "unknown" (ask it when a next give is wanted), "building" (on a
        # worker), "ready" (suggestions are read at once) or "failed" (until the next list)
        self._matcher = "unknown"
        self._headers = [self.tr("Relationship"), self.tr("I gave"), self.tr("They gave"),
                         self.tr("Verdict"), self.tr("Last give: mine · theirs"),
                         self.tr("Quiet for"), self.tr("Look after"), self.tr("Next give")]

    def set_ids(self, ids: list[int], cold_days: int) -> None:
        self.beginResetModel()
        self.ids = ids
        self.cold_days = cold_days
        self._rows.clear()
        self._next.clear()
        if self._matcher != "building":  # the data may have changed: asked again
            self._matcher = "unknown"
        self.endResetModel()

    def row_at(self, row: int) -> LedgerRow | None:
        if not 0 <= row < len(self.ids):
            return None
        contact_id = self.ids[row]
        found = self._rows.get(contact_id)
        if found is None:
            start = max(0, row - BLOCK // 4)
            wanted = [i for i in self.ids[start:start + BLOCK] if i not in self._rows]
            for read in balance.ledger(contact_ids=wanted, cold_days=self.cold_days,
                                       limit=len(wanted)):
                self._rows[read.contact_id] = read
            found = self._rows.get(contact_id)
        return found

    def next_give(self, contact_id: int) -> NextGive | None:
        """The next give to suggest; None also while it cannot be known yet
        (``next_known``)."""
        if contact_id not in self._next:
            if not self.next_known():
                return None
            self._next[contact_id] = suggest_next_give(contact_id)
        return self._next[contact_id]

    def next_known(self) -> bool:
        """Whether the next gives can be read now. When the matcher's index would take
        long to build, it is built on a worker, and ``next_ready`` says when it is."""
        if self._matcher == "unknown":
            if next_give.ready():
                self._matcher = "ready"
            else:
                self._build_matcher()
        return self._matcher == "ready"

    def _build_matcher(self) -> None:
        def built(_result: object) -> None:
            if not isValid(self):
                return
            # built for the file open when it started: another may be open by now
            self._matcher = "ready" if next_give.ready() else "unknown"
            if self.ids:
                self.dataChanged.emit(self.index(0, NEXT), self.index(len(self.ids) - 1, NEXT))
            self.next_ready.emit()

        def failed(_error: Exception) -> None:
            if isValid(self):
                self._matcher = "failed"  # not tried again at every paint

        self._matcher = "building"
        work = next_give.builder()
        background.run_in_background(None, lambda _progress: work(), on_done=built,
                                     on_error=failed)

    # -- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:  # gone since the list was read (trashed meanwhile)
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(self.tooltip(row, column) or None)  # names and offers as typed
        if role == Qt.ItemDataRole.ForegroundRole and column in (VERDICT, FLAGS):
            return QColor(verdict_colour(row.verdict if column == VERDICT else "gave_more"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (GAVE, GOT, SINCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: LedgerRow, column: int) -> str:
        if column == NAME:
            return f"{row.name} · {row.organization}" if row.organization else row.name
        if column == GAVE:
            return count_and_money(row.given.gives, row.given.money_cents, self.symbol)
        if column == GOT:
            return count_and_money(row.received.gives, row.received.money_cents, self.symbol)
        if column == VERDICT:
            return verdict_label(row.verdict)
        if column == LAST:
            return (f"{short_date(row.given.last_give) or '—'} · "
                    f"{short_date(row.received.last_give) or '—'}")
        if column == SINCE:
            return self.days.quiet(row.last_give)
        if column == FLAGS:
            return " · ".join(self.look_after(row))
        if column == NEXT:
            found = self.next_give(row.contact_id)
            return found.offer if found is not None else ""
        return ""

    def look_after(self, row: LedgerRow) -> list[str]:
        found = []
        if row.one_sided:
            found.append(self.tr("one-sided"))
        if row.cold:
            found.append(self.tr("no contact"))
        return found

    def tooltip(self, row: LedgerRow, column: int) -> str:
        if column == NEXT:
            if not self.next_known():
                return ""
            found = self.next_give(row.contact_id)
            if found is None:
                return self.tr("None of your open offers answers an open ask of theirs yet.")
            return self.tr("Your offer “%1” answers their ask “%2”.").replace(
                "%1", found.offer).replace("%2", found.ask)
        lines = [row.sentence]
        if row.one_sided:
            lines.append(self.tr("One-sided for over %n day(s).", "", balance.ONE_SIDED_DAYS))
        if row.cold:
            lines.append(self.tr("No contact for over %n day(s).", "", self.cold_days))
        if row.given.audience or row.received.audience:
            lines.append(self.tr("Audience reached: %1 by you, %2 by them.")
                         .replace("%1", QLocale().toString(row.given.audience))
                         .replace("%2", QLocale().toString(row.received.audience)))
        lines.append(self.tr("Last contact: %1.").replace("%1",
                                                          self.days.ago(row.last_contact)))
        return "\n".join(lines)


def verdict_label(verdict: str) -> str:
    from coopeten_gui.i18n import translate

    return {
        "gave_more": translate("AlliancesPage", "You gave more"),
        "received_more": translate("AlliancesPage", "They gave more"),
        "balanced": translate("AlliancesPage", "Balanced"),
        "none": translate("AlliancesPage", "Nothing yet"),
    }[verdict]


class AlliancesPage(QWidget):
    """Signals:
        contact_opened(int): a relationship was opened (Enter or double-click).
    """

    contact_opened = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.freshness = undo.Freshness(self, self.reload)
        self.order = "imbalance"
        self.reverse = False
        # which list a reading of the ids belongs to: bumped at each reload
        self._generation = 0

        title = QLabel(self.tr("Alliances"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.show_combo = QComboBox(self)
        for text, flag in ((self.tr("Every relationship"), "all"),
                           (self.tr("To look after"), "flagged"),
                           (self.tr("One-sided"), "one_sided"),
                           (self.tr("No contact lately"), "cold")):
            self.show_combo.addItem(text, flag)
        self.cold_days = QSpinBox(self)
        self.cold_days.setRange(1, 3650)
        self.cold_days.setValue(balance.COLD_DAYS)
        self.cold_days.setSuffix(self.tr(" days"))
        self.cold_days.setAccelerated(True)
        cold_label = QLabel(self.tr("&No contact for"), self)
        cold_label.setBuddy(self.cold_days)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = plain(QLabel(self))  # may repeat what was typed in the search
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: gray;")

        self.model = LedgerModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("alliances")
        self.table.setModel(self.model)
        set_up_list(self.table, QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(VERDICT, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._header_clicked)
        metrics = self.fontMetrics()
        for column, sample in ((NAME, "María José Fernández · Panadería"),
                               (GAVE, "10 · 10.000,00 €"), (GOT, "10 · 10.000,00 €"),
                               (VERDICT, verdict_label("received_more")),
                               (LAST, "30/12/26 · 30/12/26"), (SINCE, "1,000 days"),
                               (FLAGS, self.tr("one-sided") + " · " + self.tr("no contact"))):
            header_text = self.model.headerData(column, Qt.Orientation.Horizontal)
            self.table.setColumnWidth(column, max(metrics.horizontalAdvance(sample),
                                                  metrics.horizontalAdvance(header_text)) + 20)
        header.setStretchLastSection(True)
        self.table.setToolTip(self.tr("Enter or double-click opens the contact"))

        filters = QHBoxLayout()
        filters.addWidget(title)
        filters.addStretch(1)
        filters.addWidget(self.show_combo)
        filters.addWidget(cold_label)
        filters.addWidget(self.cold_days)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.cold_days.valueChanged.connect(self._timer.start)
        self.show_combo.activated.connect(self.reload)
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.model.next_ready.connect(self._show_current_details)

    # -- showing ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list again: at once when there are few contacts, else on a worker
        (the list shown so far stays until the new one is read)."""
        self.freshness.mark_fresh()
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        flag = self.show_combo.currentData()
        cold_days = self.cold_days.value()
        query = dict(order=self.order, reverse=self.reverse, flag=flag,
                     text=self.search.text(), cold_days=cold_days)
        if balance.ledger_quick():
            self._show_ids(balance.ledger_ids(**query), flag, cold_days)
            return

        def current() -> bool:
            return isValid(self) and generation == self._generation

        def done(ids: list[int]) -> None:
            if current():
                self._show_ids(ids, flag, cold_days)

        def failed(error: Exception) -> None:
            if current():
                raise error  # told as any error of the page is

        background.run_in_background(
            None, lambda _progress: balance.ledger_ids(**query), on_done=done, on_error=failed)

    def _show_ids(self, ids: list[int], flag: str, cold_days: int) -> None:
        self.model.symbol = money_edit.currency_symbol()
        self.model.set_ids(ids, cold_days)
        self.count_label.setText(self.tr("%n relationship(s)", "", len(ids)))
        self.empty.setVisible(not ids)
        if not ids:
            self.empty.setText(self._empty_text(flag))
        self.table.setVisible(bool(ids))
        self.details.clear()
        if ids:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def sort_by(self, order: str, reverse: bool = False) -> None:
        """'imbalance' (most one-sided first) or 'since_last_give' (quietest first)."""
        self.order, self.reverse = order, reverse
        column = VERDICT if order == "imbalance" else SINCE
        descending = (order == "imbalance") != reverse
        self.table.horizontalHeader().setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.reload()

    def rows(self) -> list[LedgerRow]:
        """The rows read so far, in order (for tests and the status line)."""
        return [r for r in (self.model.row_at(i) for i in range(self.model.rowCount())) if r]

    # -- internals --------------------------------------------------------------------------

    def _header_clicked(self, column: int) -> None:
        order = SORTS.get(column)
        if order is None:  # only the balance and the time since the last give sort
            self.sort_by(self.order, self.reverse)
            return
        self.sort_by(order, reverse=not self.reverse if order == self.order else False)

    def _empty_text(self, flag: str) -> str:
        if self.search.text().strip():
            return self.tr("No relationship matches “%1”.").replace("%1", self.search.text())
        if flag != "all":
            return self.tr("Nothing to look after: every relationship gives both ways and "
                           "has had contact lately.")
        return self.tr("No relationships yet. They appear here once you record a give "
                       "either way — a fulfilled offer or ask, a cross-promotion, a referral, "
                       "a kept commitment — or accept a proposal.")

    def _show_details(self, current, _previous=None) -> None:
        """The chosen relationship in words, under the list: what the row says in short."""
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self.details.clear()
            return
        parts = [f"<b>{escape(row.name)}</b>: {escape(row.sentence)}"]
        parts += [escape(line) for line in self.model.tooltip(row, VERDICT).split("\n")[1:]]
        if self.model.next_known():  # else added once the matcher is ready
            parts.append(escape(self.model.tooltip(row, NEXT)))
        self.details.setText(" ".join(parts))

    def _show_current_details(self) -> None:
        self._show_details(self.table.currentIndex())

    def _open(self, index) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.contact_opened.emit(row.contact_id)

