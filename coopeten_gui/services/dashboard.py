"""The figures the dashboard draws, read in one go: the relationship funnel, the
give and take of the top alliances, what the latest events returned, proposals by
status, and the activity of the last twelve months.

Plain values only (no Qt), so the page can read them off the UI thread and a test
can check them without a window.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from coopeten_gui.services import event_returns
from coopeten_gui.services.event_returns import EventReturn
from coopeten_gui.storage import summaries

#: the funnel, in the order a relationship moves through it ("dormant" stands apart)
STAGES = ("new", "contacted", "meeting", "proposal_sent", "ally", "dormant")
PROPOSAL_STATUSES = ("draft", "sent", "accepted", "declined")
MONTHS = 12
TOP_EVENTS = 6


class MonthActivity(NamedTuple):
    month: date  # the first day of the month
    interactions: int
    followups_done: int
    proposals: int


class ProposalStatus(NamedTuple):
    status: str
    count: int
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
    held = [row for row in event_returns.list_returns(end=today)][:TOP_EVENTS]
    return Figures([(stage, counts.get(stage, 0)) for stage in STAGES], held, proposals,
                   months)
