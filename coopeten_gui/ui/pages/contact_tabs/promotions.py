"""Cross-promotions with one contact: the balance at a glance, then every promotion.

"I gave" sums the promotions I did for them (the audience I reached for them and what
it brought them); "I got" sums theirs for me. Fairness is the service's rule
(``promotions.Balance.is_fair``); the page only says it plainly.
"""

from __future__ import annotations

from datetime import date
from typing import Callable, cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import labels, promotions
from coopeten_gui.services.promotions import Balance, PromotionData, PromotionRow
from coopeten_gui.ui.kit import money_edit, undo
from coopeten_gui.ui.kit.money_edit import MoneyEdit
from coopeten_gui.ui.kit.palette import is_dark
from coopeten_gui.ui.kit.record_dialog import RecordDialog
from coopeten_gui.ui.kit.row_model import Column, RowTableModel
from coopeten_gui.ui.pages.contact_tabs.common import RowTable, button_row, number, short_date
from coopeten_gui.ui.pages.contact_tabs.timeline import SAMPLE_MOMENT

_FIGURES = ("promotions", "audience_reached", "visits", "leads", "sales", "revenue_cents")


class BalanceView(QFrame):
    """Two columns, I gave / I got, and one line saying whether the swap is fair."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("balance")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(24)
        self.headers = (QLabel(self.tr("I gave"), self), QLabel(self.tr("I got"), self))
        for column, header in enumerate(self.headers, start=1):
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            header.setStyleSheet("font-weight: bold;")
            grid.addWidget(header, 0, column)
        titles = {
            "promotions": self.tr("Promotions"),
            "audience_reached": self.tr("Audience reached"),
            "visits": self.tr("Visits"),
            "leads": self.tr("Leads"),
            "sales": self.tr("Sales"),
            "revenue_cents": self.tr("Revenue"),
        }
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}
        for row, key in enumerate(_FIGURES, start=1):
            grid.addWidget(QLabel(titles[key], self), row, 0)
            pair = (QLabel(self), QLabel(self))
            for column, cell in enumerate(pair, start=1):
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, row, column)
            self.cells[key] = pair
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        grid.addWidget(self.verdict, 0, 3, len(_FIGURES) + 1, 1,
                       Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(1, 90)
        grid.setColumnMinimumWidth(2, 90)

    def show_balance(self, balance: Balance, symbol: str) -> None:
        for key, (gave, got) in self.cells.items():
            for cell, totals in ((gave, balance.mine), (got, balance.theirs)):
                value = getattr(totals, key)
                cell.setText(money_edit.money_text(value, symbol) or "—" if key == "revenue_cents"
                             else number(value) or "0")
        self.verdict.setText(self.verdict_text(balance))
        colour = {"fair": ("#2e7d32", "#81c784"), "unbalanced": ("#b45309", "#ffb74d"),
                  "none": ("gray", "gray")}[self.state(balance)][1 if is_dark() else 0]
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")

    @staticmethod
    def state(balance: Balance) -> str:
        if balance.is_fair:
            return "fair"
        if not balance.mine.promotions and not balance.theirs.promotions:
            return "none"
        return "unbalanced"

    def verdict_text(self, balance: Balance) -> str:
        mine, theirs = balance.mine.audience_reached, balance.theirs.audience_reached
        state = self.state(balance)
        if state == "none":
            return self.tr("No promotions recorded yet.")
        if state == "fair":
            return "● " + self.tr("Fair swap: you each reached a similar audience for the other.")
        if not balance.theirs.promotions or not theirs:
            return "● " + self.tr("Unbalanced: only you have promoted them so far.")
        if not balance.mine.promotions or not mine:
            return "● " + self.tr("Unbalanced: only they have promoted you so far — your turn.")
        if theirs > mine:
            return "● " + self.tr("Unbalanced in your favour: they reached %1 people for you, "
                                  "you reached %2 for them.").replace(
                "%1", number(theirs)).replace("%2", number(mine))
        return "● " + self.tr("Unbalanced: you reached %1 people for them, they reached %2 "
                              "for you.").replace("%1", number(mine)).replace("%2", number(theirs))


class PromotionsTab(QWidget):
    def __init__(self, push: Callable, parent=None) -> None:
        super().__init__(parent)
        self._push = push
        self.contact_id: int | None = None
        self.symbol = ""
        self.dialog: PromotionDialog | None = None
        self.balance = BalanceView(self)
        self.model = RowTableModel([
            Column(self.tr("Date"), lambda r: short_date(r.promoted_on),
                   key=lambda r: r.promoted_on),
            Column(self.tr("Who promoted"), lambda r: labels.promotion_direction(r.direction)),
            Column(self.tr("Channel"), lambda r: r.channel,
                   tooltip=lambda r: r.channel + ("\n\n" + r.notes if r.notes else "")),
            Column(self.tr("Audience"), lambda r: number(r.audience_reached),
                   key=lambda r: r.audience_reached, right=True),
            Column(self.tr("Visits"), lambda r: number(r.visits), key=lambda r: r.visits,
                   right=True),
            Column(self.tr("Leads"), lambda r: number(r.leads), key=lambda r: r.leads,
                   right=True),
            Column(self.tr("Sales"), lambda r: number(r.sales), key=lambda r: r.sales,
                   right=True),
            Column(self.tr("Revenue"),
                   lambda r: money_edit.money_text(r.revenue_cents, self.symbol),
                   key=lambda r: r.revenue_cents, right=True),
        ], self)
        self.table = RowTable(self.model, self)
        self.table.setObjectName("promotions")
        self.table.set_text_widths({0: short_date(SAMPLE_MOMENT),
                                    1: labels.promotion_direction("theirs"),
                                    3: "100,000", 4: "10,000", 5: "10,000", 6: "10,000",
                                    7: "10,000.00 €"}, stretch=2)
        self.add_button = QPushButton(self.tr("+ Record a promotion…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _: self.edit_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.balance)
        whole = QLabel(self.tr("This is the swap alone; the whole give and take, offers, "
                               "referrals and commitments included, is on the Give and take "
                               "tab."), self)
        whole.setWordWrap(True)
        whole.setStyleSheet("color: gray;")
        layout.addWidget(whole)
        layout.addLayout(button_row(self.add_button, self.edit_button, self.delete_button))
        layout.addWidget(self.table)

    def load(self, contact_id: int, symbol: str) -> None:
        self.contact_id = contact_id
        self.symbol = symbol
        self.model.set_rows(promotions.list_promotions(contact_id))
        self.balance.show_balance(promotions.balance(contact_id), symbol)

    def add(self, direction: str = "mine") -> PromotionDialog:
        def save(data: PromotionData) -> None:
            row_id = promotions.create(data)
            self._push(undo.RecordCreated(self.tr("Record a promotion"), row_id,
                                          promotions.trash, promotions.restore))

        self.dialog = PromotionDialog(PromotionData(contact_id=self.contact_id or 0,
                                                    direction=direction,
                                                    promoted_on=date.today()),
                                      save, self)
        self.dialog.open()
        return self.dialog

    def edit_current(self) -> PromotionDialog | None:
        row: PromotionRow | None = self.table.current_row()
        if row is None:
            return None
        before = data_of(row, self.contact_id or 0)

        def save(data: PromotionData) -> None:
            promotions.update(row.id, data)
            self._push(undo.RecordEdited(self.tr("Edit a promotion"), row.id,
                                         promotions.update, before, data))

        self.dialog = PromotionDialog(data_of(row, self.contact_id or 0), save, self)
        self.dialog.open()
        return self.dialog

    def delete_selected(self) -> None:
        ids = [r.id for r in self.table.selected_rows()]
        if ids:
            promotions.trash(ids)
            self._push(undo.RecordsTrashed(self.tr("Delete %n promotion(s)", "", len(ids)), ids,
                                           promotions.trash, promotions.restore))


def data_of(row: PromotionRow, contact_id: int) -> PromotionData:
    return PromotionData(contact_id=contact_id, direction=row.direction, channel=row.channel,
                         promoted_on=row.promoted_on, audience_reached=row.audience_reached,
                         visits=row.visits, leads=row.leads, sales=row.sales,
                         revenue_cents=row.revenue_cents, notes=row.notes)


class PromotionDialog(RecordDialog):
    def __init__(self, data: PromotionData, save: Callable[[PromotionData], None],
                 parent=None) -> None:
        super().__init__(save, parent)
        self.setObjectName("PromotionDialog")
        self.setWindowTitle(self.tr("Cross-promotion"))
        self._data = data
        self.direction = QComboBox(self)
        for code in ("mine", "theirs"):
            self.direction.addItem(labels.promotion_direction(code), code)
        self.channel = QLineEdit(self)
        self.channel.setPlaceholderText(self.tr("Newsletter, Instagram, shop window…"))
        self.promoted_on = QDateEdit(self)
        self.promoted_on.setCalendarPopup(True)
        self.counts: dict[str, QSpinBox] = {}
        for key in ("audience_reached", "visits", "leads", "sales"):
            spin = QSpinBox(self)
            spin.setRange(0, 2_000_000_000)
            spin.setGroupSeparatorShown(True)
            self.counts[key] = spin
        self.revenue = MoneyEdit(self, field="revenue")
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4 + 12)

        form = QFormLayout()
        for label, widget, field in (
                (self.tr("&Who promoted"), self.direction, "direction"),
                (self.tr("&Channel"), self.channel, "channel"),
                (self.tr("&Date"), self.promoted_on, "promoted_on"),
                (self.tr("&Audience reached"), self.counts["audience_reached"],
                 "audience_reached"),
                (self.tr("&Visits"), self.counts["visits"], "visits"),
                (self.tr("&Leads"), self.counts["leads"], "leads"),
                (self.tr("&Sales"), self.counts["sales"], "sales"),
                (self.tr("&Revenue"), self.revenue, "revenue"),
                (self.tr("&Notes"), self.notes, "notes")):
            self.add_row(form, label, widget, field)
        self._errors["revenue_cents"] = self._errors["revenue"]
        hint = QLabel(self.tr("Visits, leads and sales: what the promotion brought to the side "
                              "that was promoted."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        self.finish(form, hint)

        self.direction.setCurrentIndex(max(0, self.direction.findData(data.direction)))
        self.channel.setText(data.channel)
        self.promoted_on.setDate(QDate(data.promoted_on) if isinstance(data.promoted_on, date)
                                 else QDate.currentDate())
        for key, spin in self.counts.items():
            spin.setValue(int(getattr(data, key) or 0))
        self.revenue.set_cents(data.revenue_cents)
        self.notes.setPlainText(data.notes)
        self.channel.setFocus()

    def data(self) -> PromotionData:
        return PromotionData(contact_id=self._data.contact_id,
                             direction=self.direction.currentData(),
                             channel=self.channel.text(),
                             promoted_on=cast(date, self.promoted_on.date().toPython()),
                             revenue_cents=self.revenue.cents(), notes=self.notes.toPlainText(),
                             **{key: spin.value() for key, spin in self.counts.items()})
