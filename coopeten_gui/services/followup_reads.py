"""Reading follow-ups: lists, the Today agenda, what fell due, as ``FollowupRow``.

Today is the first screen, so these reads do not need the ORM (``storage.followup_rows``
reads them in plain SQL): the window paints before peewee is even loaded.
``services.followups`` (the writes) re-exports them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any, Mapping, NamedTuple

from coopeten_gui.storage import followup_rows

DEFAULT_FOLLOW_UP_DAYS = 2


class FollowupRow(NamedTuple):
    id: int
    title: str
    due_at: datetime
    priority: int
    done_at: datetime | None
    contact_id: int | None
    contact_name: str
    event_id: int | None
    proposal_id: int | None
    notes: str

    @property
    def is_done(self) -> bool:
        return self.done_at is not None


class Agenda(NamedTuple):
    """The Today view: what is late, what is for today, what comes next.

    With a ``limit`` each list holds only its first follow-ups; ``totals`` then says how
    many each has in all (``total(key)``).
    """

    overdue: list[FollowupRow]
    today: list[FollowupRow]
    upcoming: list[FollowupRow]
    totals: Mapping[str, int] = MappingProxyType({})

    def total(self, key: str) -> int:
        """How many open follow-ups the list ``key`` (overdue, today, upcoming) has."""
        return self.totals.get(key, len(getattr(self, key)))


def row(task_id: int) -> FollowupRow | None:
    stored = followup_rows.task(task_id)
    return _row(stored) if stored else None


def list_tasks(contact_id: int | None = None, event_id: int | None = None,
               proposal_id: int | None = None, include_done: bool = False,
               trash: bool = False, offset: int = 0, limit: int = 1000) -> list[FollowupRow]:
    return [_row(stored) for stored in followup_rows.tasks(
        contact_id, event_id, proposal_id, include_done, trash, offset, limit)]


def agenda(today: date | None = None, upcoming_days: int = 14,
           limit: int | None = None) -> Agenda:
    """Open follow-ups overdue, due today and due in the next ``upcoming_days``.

    ``limit``: read at most that many of each list (the first by due time) and count
    them all (``Agenda.total``) — years of overdue follow-ups are not read to show a page.
    """
    today = today or date.today()
    start = datetime.combine(today, datetime.min.time())
    end = start + timedelta(days=1)
    horizon = start + timedelta(days=upcoming_days + 1)

    def first(since: datetime | None, until: datetime) -> list[FollowupRow]:
        return [_row(stored) for stored in followup_rows.open_due(since, until, limit)]

    return Agenda(
        overdue=first(None, start),
        today=first(start, end),
        upcoming=first(end, horizon),
        totals=followup_rows.agenda_totals(_text(start), _text(end), _text(horizon))
        if limit is not None else {},
    )


def falling_due(since: datetime, until: datetime) -> list[FollowupRow]:
    """Open tasks whose due time passed between two moments (for reminders)."""
    return [_row(stored) for stored in followup_rows.open_fell_due(_text(since), _text(until))]


def _text(moment: datetime) -> str:
    # how datetimes are stored (what peewee writes): "YYYY-MM-DD HH:MM:SS[.ffffff]"
    return moment.isoformat(" ")


# Any: a value it cannot read is handed on as it is (a str), as peewee does
def _moment(value: str | None) -> Any:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return value  # as peewee does: a value it cannot read is handed on as it is


def _row(stored: followup_rows.StoredFollowup) -> FollowupRow:
    i, t, d, p, done, c, n, e, pr, notes = stored
    return FollowupRow(i, t, _moment(d), p, _moment(done), c, n, e, pr, notes)
