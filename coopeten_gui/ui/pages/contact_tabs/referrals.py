"""One contact's referrals: those they gave, those they received, and those about them,
with the business each closed."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from coopeten_gui.services import referrals
from coopeten_gui.services.referrals import ReferralData
from coopeten_gui.ui.dialogs.referral_dialog import ReferralActions, referral_columns
from coopeten_gui.ui.kit import money_edit
from coopeten_gui.ui.kit.row_model import RowTableModel
from coopeten_gui.ui.pages.contact_tabs.common import RowTable, button_row


class ReferralsTab(QWidget):
    """Signals:
        written(): a referral was added, changed or deleted here.
    """

    written = Signal()

    def __init__(self, push: Callable, parent=None) -> None:
        super().__init__(parent)
        self.contact_id: int | None = None
        self.symbol = ""
        self.summary = QLabel(self)
        self.summary.setObjectName("referrals_summary")
        self.summary.setWordWrap(True)
        # their part shows in From / To / About, where their name stands
        self.model = RowTableModel(referral_columns(lambda: self.symbol), self)
        self.table = RowTable(self.model, self)
        self.table.setObjectName("contact_referrals")
        self.table.set_widths({0: 80, 1: 125, 2: 125, 4: 115, 5: 90}, stretch=3)
        self.referral_actions = ReferralActions(self, self.table.current_row,
                                                self.table.selected_rows, push, self._written)
        self.add_button = QPushButton(self.tr("+ Record a referral…"), self)
        self.closed_button = QPushButton(self.tr("Business closed…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.add_button.clicked.connect(lambda: self.add())
        self.closed_button.clicked.connect(lambda: self.referral_actions.mark_closed())
        self.edit_button.clicked.connect(lambda: self.referral_actions.edit())
        self.delete_button.clicked.connect(self.referral_actions.delete)
        self.table.activated.connect(
            lambda _index: self.referral_actions.edit())  # Enter, double-click
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addLayout(button_row(self.add_button, self.closed_button, self.edit_button,
                                    self.delete_button))
        layout.addWidget(self.table)

    def load(self, contact_id: int, symbol: str) -> None:
        self.contact_id = contact_id
        self.symbol = symbol
        found = referrals.of_contact(contact_id)
        rows = referrals.list_referrals(contact_id=contact_id)
        self.model.set_rows(rows)
        if not rows:
            self.summary.setText(self.tr(
                "No referrals with this contact yet. Record one when they send you a client, "
                "or when you send one to them."))
            return
        parts = [self.tr("They gave %n referral(s)", "", len(found.given)),
                 self.tr("received %n", "", len(found.received))]
        if found.closed_value_given:
            parts.append(self.tr("their referrals closed %1").replace(
                "%1", money_edit.money_text(found.closed_value_given, symbol)))
        if found.closed_value_received:
            parts.append(self.tr("yours to them closed %1").replace(
                "%1", money_edit.money_text(found.closed_value_received, symbol)))
        self.summary.setText(" · ".join(parts))

    def count(self) -> int:
        return self.model.rowCount()

    def add(self):
        """A referral from this contact to me, to start from (the usual slip)."""
        return self.referral_actions.add(ReferralData(from_contact_id=self.contact_id,
                                             given_on=date.today()))

    def _written(self) -> None:
        if self.contact_id is not None:
            self.load(self.contact_id, self.symbol)
        self.written.emit()
