"""The proposals written for one contact and where each stands."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coopeten_gui.services import labels, proposals
from coopeten_gui.ui import widgets
from coopeten_gui.ui.contact_tabs.common import RowTable, short_date
from coopeten_gui.ui.row_model import Column, RowTableModel

_ORDER = ("draft", "sent", "accepted", "declined")


class ProposalsTab(QWidget):
    """Signals:
        proposal_opened(int): the user double-clicked a proposal (for the proposal editor).
    """

    proposal_opened = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.symbol = ""
        self.model = RowTableModel([
            Column(self.tr("Proposal"), lambda r: r.title),
            Column(self.tr("Status"), lambda r: labels.proposal_status(r.status),
                   key=lambda r: _ORDER.index(r.status) if r.status in _ORDER else 9),
            Column(self.tr("Value"), lambda r: widgets.money_text(r.value_cents, self.symbol),
                   key=lambda r: r.value_cents, right=True),
            Column(self.tr("Written"), lambda r: short_date(r.created_at),
                   key=lambda r: r.created_at),
            Column(self.tr("Sent"), lambda r: short_date(r.sent_at),
                   key=lambda r: r.sent_at.isoformat() if r.sent_at else ""),
            Column(self.tr("Decided"), lambda r: short_date(r.decided_at),
                   key=lambda r: r.decided_at.isoformat() if r.decided_at else ""),
        ], self)
        self.table = RowTable(self.model, self)
        self.table.setObjectName("proposals")
        self.table.doubleClicked.connect(self._opened)
        self.empty = QLabel(self.tr("No proposals for this contact yet. “New proposal…” "
                                    "writes one from a template."), self)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)

    def load(self, contact_id: int, symbol: str) -> None:
        self.symbol = symbol
        rows = proposals.list_proposals(contact_id=contact_id)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 300))

    def _opened(self, index) -> None:
        row = self.table.current_row()
        if row is not None:
            self.proposal_opened.emit(row.id)
