"""The figures the dashboard draws: the relationship funnel, what the latest events
returned, proposals by status, the activity of the last twelve months (``figures``,
a few index reads), and the give and take of the top alliances (``top_alliances``,
which weighs the whole ledger and takes longer).

Plain values only (no Qt), so the page can read them off the UI thread and a test
can check them without a window.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from coopeten_gui.services import balance, event_returns
from coopeten_gui.services.balance import LedgerRow
from coopeten_gui.services.event_returns import EventReturn
from coopeten_gui.storage import summaries

#: the funnel, in the order a relationship moves through it ("dormant" stands apart)
STAGES = ("new", "contacted", "meeting", "proposal_sent", "ally", "dormant")
PROPOSAL_STATUSES = ("draft", "sent", "accepted", "declined")
MONTHS = 12
TOP_EVENTS = 6
TOP_ALLIANCES = 6
#: how many relationships of the ledger are weighed to find the busiest
LEDGER_WINDOW = 500


class MonthActivity(NamedTuple):
    month: date  # the first day of the month
    interactions: int
    followups_done: int
    proposals: int


class ProposalStatus(NamedTuple):
    status: str
    count: int  # type: ignore[assignment]  # (hides tuple.count; the window reads it)
    value_cents: int


class Figures(NamedTuple):
    stages: list[tuple[str, int]]
    events: list[EventReturn]
    proposals: list[ProposalStatus]
    months: list[MonthActivity]


def months_back(today: date, count: int = MONTHS) -> list[date]:
    """The first days of the last ``count`` months, the current one last."""
    year, month = today.year, today.month
    firsts = []
    for _ in range(count):
        firsts.append(date(year, month, 1))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return firsts[::-1]


def _next_month(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def figures(today: date | None = None) -> Figures:
    """Everything but the alliances, which take the whole ledger (``top_alliances``):
    the page shows these first and the alliances when they come."""
    today = today or date.today()
    counts = summaries.stage_counts()
    firsts = months_back(today)
    start = datetime.combine(firsts[0], datetime.min.time()).isoformat(" ")
    end = datetime.combine(_next_month(firsts[-1]), datetime.min.time()).isoformat(" ")
    activity = summaries.activity_per_month(start, end)
    months = [MonthActivity(first, *activity.get(first.strftime("%Y-%m"), (0, 0, 0)))
              for first in firsts]
    statuses = summaries.proposals_by_status()
    proposals = [ProposalStatus(status, *statuses.get(status, (0, 0)))
                 for status in PROPOSAL_STATUSES]
    # the latest events already held (the next breakfast has returned nothing yet)
    held = event_returns.list_returns(end=today, limit=TOP_EVENTS)
    return Figures([(stage, counts.get(stage, 0)) for stage in STAGES], held, proposals,
                   months)


def top_alliances(today: date | None = None, count: int = TOP_ALLIANCES) -> list[LedgerRow]:
    """The relationships with the most gives either way (the alliances that live), ties
    by the most recent give."""
    rows = [row for row in balance.ledger(today=today, limit=LEDGER_WINDOW)
            if row.given.gives or row.received.gives]
    rows.sort(key=lambda r: (-(r.given.gives + r.received.gives),
                             -(r.last_give.toordinal() if r.last_give else 0), r.name))
    return rows[:count]
