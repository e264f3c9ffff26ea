"""The follow-ups' reads, in plain SQL: one, a list, the open ones due in a range of
time, and the Today agenda's counts.

Today is the first screen, so these reads do not need the ORM: the window paints
before peewee is even loaded. Rows come back as stored: ``(id, title, due_at,
priority, done_at, contact_id, contact name, event_id, proposal_id, notes)``, times as
text.
"""

from __future__ import annotations

from datetime import datetime

from coopeten_gui.storage import database

#: (id, title, due_at, priority, done_at, contact_id, contact name, event_id,
#: proposal_id, notes), times as stored text
StoredFollowup = tuple[int, str, str, int, str | None, int | None, str, int | None, int | None,
                   str]

# a follow-up is listed while it has no contact, or its contact is not in the trash
_SELECT = """
SELECT x.id, x.title, x.due_at, x.priority, x.done_at, x.contact_id,
       COALESCE(c.display_name, ''), x.event_id, x.proposal_id, x.notes
  FROM task x LEFT OUTER JOIN contact c ON x.contact_id = c.id
 WHERE (c.id IS NULL OR c.deleted_at IS NULL)"""
_OPEN = " AND x.deleted_at IS NULL AND x.done_at IS NULL"
_ORDER = " ORDER BY x.due_at, x.id"


def task(task_id: int) -> StoredFollowup | None:
    rows = _rows(_SELECT + " AND x.id = ?", (task_id,))
    return rows[0] if rows else None


def tasks(contact_id: int | None, event_id: int | None, proposal_id: int | None,
          include_done: bool, trash: bool, offset: int, limit: int) -> list[StoredFollowup]:
    """The follow-ups of a contact, an event or a proposal (or all), by due time."""
    sql = _SELECT + (" AND x.deleted_at IS NOT NULL" if trash else " AND x.deleted_at IS NULL")
    params: list[object] = []
    if not include_done:
        sql += " AND x.done_at IS NULL"
    for column, value in (("contact_id", contact_id), ("event_id", event_id),
                          ("proposal_id", proposal_id)):
        if value is not None:
            sql += f" AND x.{column} = ?"
            params.append(value)
    return _rows(sql + _ORDER + " LIMIT ? OFFSET ?", (*params, limit, offset))


def open_due(start: datetime | None, end: datetime,
             limit: int | None = None) -> list[StoredFollowup]:
    """Open follow-ups due from ``start`` (from the earliest when None) until just
    before ``end``, by due time (the first ``limit`` when given)."""
    condition, bounds = (" AND x.due_at < ?", (end,)) if start is None else (
        " AND x.due_at >= ? AND x.due_at < ?", (start, end))
    tail = _ORDER + (" LIMIT ?" if limit is not None else "")
    more = (limit,) if limit is not None else ()
    return _rows(_SELECT + _OPEN + condition + tail, (*bounds, *more))


def open_fell_due(since: str, until: str) -> list[StoredFollowup]:
    """Open follow-ups whose due time is after ``since`` and not after ``until``
    (stored text), by due time."""
    return _rows(_SELECT + _OPEN + " AND x.due_at > ? AND x.due_at <= ?" + _ORDER,
                 (since, until))


def agenda_totals(start: str, end: str, horizon: str) -> dict[str, int]:
    """How many open follow-ups are overdue (before ``start``), for today (until
    ``end``) and upcoming (until ``horizon``); the bounds are midnights. Read from the
    open follow-ups kept counted by day (migration 0007): a few hundred rows whatever
    the database holds, where counting them was tens of thousands at a million."""
    today, tomorrow, beyond = start[:10], end[:10], horizon[:10]
    overdue, due_today, upcoming = database.connection().execute(
        "SELECT coalesce(sum(open) FILTER (WHERE day < ?1), 0), "
        "coalesce(sum(open) FILTER (WHERE day >= ?1 AND day < ?2), 0), "
        "coalesce(sum(open) FILTER (WHERE day >= ?2), 0) "
        "FROM open_followup_day WHERE day < ?3", (today, tomorrow, beyond)).fetchone()
    return {"overdue": overdue, "today": due_today, "upcoming": upcoming}


def _rows(sql: str, params: tuple[object, ...] = ()) -> list[StoredFollowup]:
    rows: list[StoredFollowup] = database.connection().execute(sql, params).fetchall()
    return rows
