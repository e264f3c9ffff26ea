"""The proposals written for one contact and where each stands."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coopeten_gui.services import proposals
from coopeten_gui.ui.kit.proposal_columns import proposal_columns
from coopeten_gui.ui.kit.row_model import RowTableModel
from coopeten_gui.ui.pages.contact_tabs.common import RowTable


class ProposalsTab(QWidget):
    """Signals:
        proposal_opened(int): the user double-clicked a proposal (for the proposal editor).
    """

    proposal_opened = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.symbol = ""
        self.model = RowTableModel(proposal_columns(lambda: self.symbol), self)
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
