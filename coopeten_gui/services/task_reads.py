"""Reading follow-ups: lists, the Today agenda, what fell due — in plain SQL.

Today is the first screen, so these reads do not need the ORM: the window paints
before peewee is even loaded. ``services.tasks`` (the writes) re-exports them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Mapping, NamedTuple

from coopeten_gui.storage import database

DEFAULT_FOLLOW_UP_DAYS = 2

# a follow-up is listed while it has no contact, or its contact is not in the trash
_SELECT = """
SELECT x.id, x.title, x.due_at, x.priority, x.done_at, x.contact_id,
       COALESCE(c.display_name, ''), x.event_id, x.proposal_id, x.notes
  FROM task x LEFT OUTER JOIN contact c ON x.contact_id = c.id
 WHERE (c.id IS NULL OR c.deleted_at IS NULL)"""
_OPEN = " AND x.deleted_at IS NULL AND x.done_at IS NULL"
_ORDER = " ORDER BY x.due_at, x.id"


class TaskRow(NamedTuple):
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

    overdue: list[TaskRow]
    today: list[TaskRow]
    upcoming: list[TaskRow]
    totals: Mapping[str, int] = MappingProxyType({})

    def total(self, key: str) -> int:
        """How many open follow-ups the list ``key`` (overdue, today, upcoming) has."""
        return self.totals.get(key, len(getattr(self, key)))


def row(task_id: int) -> TaskRow | None:
    rows = _rows(_SELECT + " AND x.id = ?", (task_id,))
    return rows[0] if rows else None


def list_tasks(contact_id: int | None = None, event_id: int | None = None,
               proposal_id: int | None = None, include_done: bool = False,
               trash: bool = False, offset: int = 0, limit: int = 1000) -> list[TaskRow]:
    sql = _SELECT + (" AND x.deleted_at IS NOT NULL" if trash else " AND x.deleted_at IS NULL")
    params: list = []
    if not include_done:
        sql += " AND x.done_at IS NULL"
    for column, value in (("contact_id", contact_id), ("event_id", event_id),
                          ("proposal_id", proposal_id)):
        if value is not None:
            sql += f" AND x.{column} = ?"
            params.append(value)
    return _rows(sql + _ORDER + " LIMIT ? OFFSET ?", (*params, limit, offset))


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
    tail = _ORDER + (" LIMIT ?" if limit is not None else "")
    more = (limit,) if limit is not None else ()

    def first(condition: str, *bounds: datetime) -> list[TaskRow]:
        return _rows(_SELECT + _OPEN + condition + tail, (*bounds, *more))

    return Agenda(
        overdue=first(" AND x.due_at < ?", start),
        today=first(" AND x.due_at >= ? AND x.due_at < ?", start, end),
        upcoming=first(" AND x.due_at >= ? AND x.due_at < ?", end, horizon),
        totals=_agenda_totals(start, end, horizon) if limit is not None else {},
    )


def _agenda_totals(start: datetime, end: datetime, horizon: datetime) -> dict[str, int]:
    """The agenda's counts, without joining every row to its contact: (open follow-ups)
    − (those of contacts in the trash), as ``stats`` does. Each live count is a range
    of the open-due index; the trash is small and has an index of its open follow-ups."""
    conn = database.connection()
    bounds = (_text(start), _text(end), _text(horizon))
    ranges = ("x.due_at < ?1", "x.due_at >= ?1 AND x.due_at < ?2",
              "x.due_at >= ?2 AND x.due_at < ?3")
    live = conn.execute("SELECT " + ", ".join(
        f"(SELECT count(*) FROM task x WHERE x.deleted_at IS NULL AND x.done_at IS NULL "
        f"AND {where})" for where in ranges), bounds).fetchone()
    # CROSS JOIN: from the (few) trashed contacts to their follow-ups, not the other way;
    # INDEXED BY: the planner takes the index of all follow-ups by contact until ANALYZE
    # has seen the partial one, and then reads each row (ten times slower at 100,000)
    trashed = conn.execute(
        "SELECT coalesce(sum(x.due_at < ?1), 0), "
        "coalesce(sum(x.due_at >= ?1 AND x.due_at < ?2), 0), "
        "coalesce(sum(x.due_at >= ?2), 0) "
        "FROM contact c CROSS JOIN task x INDEXED BY task_open_contact "
        "ON x.contact_id = c.id "
        "WHERE c.deleted_at IS NOT NULL AND x.deleted_at IS NULL AND x.done_at IS NULL "
        "AND x.due_at < ?3", bounds).fetchone()
    return {key: live[i] - trashed[i] for i, key in enumerate(("overdue", "today", "upcoming"))}


def falling_due(since: datetime, until: datetime) -> list[TaskRow]:
    """Open tasks whose due time passed between two moments (for reminders)."""
    return _rows(_SELECT + _OPEN + " AND x.due_at > ? AND x.due_at <= ?" + _ORDER,
                 (_text(since), _text(until)))


def _text(moment: datetime) -> str:
    # how datetimes are stored (what peewee writes): "YYYY-MM-DD HH:MM:SS[.ffffff]"
    return moment.isoformat(" ")


def _moment(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return value  # as peewee does: a value it cannot read is handed on as it is


def _rows(sql: str, params: tuple = ()) -> list[TaskRow]:
    conn = database.connection()
    return [TaskRow(i, t, _moment(d), p, _moment(done), c, n, e, pr, notes)
            for i, t, d, p, done, c, n, e, pr, notes in conn.execute(sql, params)]
