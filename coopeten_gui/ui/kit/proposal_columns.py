"""The columns of a list of proposals, shared by a contact's Proposals tab and the
Proposals page, so both show, sort and word them the same way."""

from __future__ import annotations

from typing import Callable

from coopeten_gui.i18n import translate
from coopeten_gui.services import labels
from coopeten_gui.ui.kit import money_edit
from coopeten_gui.ui.kit.row_model import Column
from coopeten_gui.ui.pages.contact_tabs.common import short_date

# the order a proposal moves through; statuses sort this way, not alphabetically
STATUS_ORDER = ("draft", "sent", "accepted", "declined")


def proposal_columns(symbol: Callable[[], str]) -> list[Column]:
    """Title, status, value (in the currency ``symbol()`` gives at display time) and the
    dates it was written, sent and decided."""
    # the titles are catalogued under the contact tab, where they were first written
    return [
        Column(translate("ProposalsTab", "Proposal"), lambda r: r.title),
        Column(translate("ProposalsTab", "Status"), lambda r: labels.proposal_status(r.status),
               key=lambda r: STATUS_ORDER.index(r.status) if r.status in STATUS_ORDER else 9),
        Column(translate("ProposalsTab", "Value"),
               lambda r: money_edit.money_text(r.value_cents, symbol()),
               key=lambda r: r.value_cents, right=True),
        Column(translate("ProposalsTab", "Written"), lambda r: short_date(r.created_at),
               key=lambda r: r.created_at),
        Column(translate("ProposalsTab", "Sent"), lambda r: short_date(r.sent_at),
               key=lambda r: r.sent_at.isoformat() if r.sent_at else ""),
        Column(translate("ProposalsTab", "Decided"), lambda r: short_date(r.decided_at),
               key=lambda r: r.decided_at.isoformat() if r.decided_at else ""),
    ]
