"""Follow-up tasks: what to do next, and when, for a contact, event or proposal."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from peewee import JOIN, fn

from coopeten_gui.i18n import translate
from coopeten_gui.services import records
from coopeten_gui.services.common import (
    ValidationError,
    check_choice,
    now,
    parse_datetime,
    require_text,
)
from coopeten_gui.storage.database import transaction
from coopeten_gui.storage.models import PRIORITIES, Contact, Event, Proposal, Task, db

DEFAULT_FOLLOW_UP_DAYS = 2


@dataclass
class TaskData:
    title: str = ""
    due_at: datetime | date | str | None = None
    notes: str = ""
    priority: int = 1
    contact_id: int | None = None
    event_id: int | None = None
    proposal_id: int | None = None


@dataclass(frozen=True)
class TaskRow:
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


@dataclass(frozen=True)
class Agenda:
    """The Today view: what is late, what is for today, what comes next.

    With a ``limit`` each list holds only its first follow-ups; ``totals`` then says how
    many each has in all (``total(key)``).
    """

    overdue: list[TaskRow]
    today: list[TaskRow]
    upcoming: list[TaskRow]
    totals: dict[str, int] = field(default_factory=dict)

    def total(self, key: str) -> int:
        """How many open follow-ups the list ``key`` (overdue, today, upcoming) has."""
        return self.totals.get(key, len(getattr(self, key)))


def validate(data: TaskData) -> dict:
    due_at = parse_datetime(data.due_at, "due_at")
    if due_at is None:
        raise ValidationError(translate("Validation", "A follow-up needs a due date."), "due_at")
    return {
        "title": require_text(data.title, "title",
                              translate("Validation", "A follow-up needs a title.")),
        "due_at": due_at,
        "notes": data.notes,
        "priority": check_choice(int(data.priority), PRIORITIES, "priority"),
        "contact": records.require(Contact, data.contact_id).id if data.contact_id else None,
        "event": records.require(Event, data.event_id).id if data.event_id else None,
        "proposal": records.require(Proposal, data.proposal_id).id if data.proposal_id else None,
    }


def create(data: TaskData) -> int:
    values = validate(data)
    with transaction():
        stamp = now()
        return Task.create(created_at=stamp, updated_at=stamp, **values).id


def update(task_id: int, data: TaskData) -> None:
    values = validate(data)
    with transaction():
        records.require(Task, task_id)
        Task.update(updated_at=now(), **values).where(Task.id == task_id).execute()


def default_due(days: int = DEFAULT_FOLLOW_UP_DAYS, start: datetime | None = None) -> datetime:
    """``days`` from now at 9:00, the hour people plan their follow-ups."""
    start = start or now()
    return (start + timedelta(days=days)).replace(hour=9, minute=0, second=0)


def complete(task_id: int) -> None:
    with transaction():
        Task.update(done_at=now(), updated_at=now()).where(Task.id == task_id).execute()


def reopen(task_id: int) -> None:
    with transaction():
        Task.update(done_at=None, updated_at=now()).where(Task.id == task_id).execute()


def snooze(task_id: int, days: int = 1) -> datetime:
    """Push the task to ``days`` later than today (or than its due date, if later)."""
    with transaction():
        task = records.require(Task, task_id)
        base = max(task.due_at, now())
        new_due = (base + timedelta(days=days)).replace(hour=task.due_at.hour,
                                                        minute=task.due_at.minute,
                                                        second=task.due_at.second)
        Task.update(due_at=new_due, snoozed_until=new_due, updated_at=now()).where(
            Task.id == task_id).execute()
    return new_due


def reschedule(task_id: int, due_at: datetime | date | str) -> None:
    when = parse_datetime(due_at, "due_at")
    if when is None:
        raise ValidationError(translate("Validation", "A follow-up needs a due date."), "due_at")
    with transaction():
        Task.update(due_at=when, updated_at=now()).where(Task.id == task_id).execute()


def get(task_id: int) -> TaskRow:
    rows = _rows(_select().where(Task.id == task_id))
    if not rows:
        records.require(Task, None)
    return rows[0]


def list_tasks(contact_id: int | None = None, event_id: int | None = None,
               proposal_id: int | None = None, include_done: bool = False,
               trash: bool = False, offset: int = 0, limit: int = 1000) -> list[TaskRow]:
    query = _select().where(Task.deleted_at.is_null(not trash))
    if not include_done:
        query = query.where(Task.done_at.is_null())
    if contact_id is not None:
        query = query.where(Task.contact == contact_id)
    if event_id is not None:
        query = query.where(Task.event == event_id)
    if proposal_id is not None:
        query = query.where(Task.proposal == proposal_id)
    return _rows(query.order_by(Task.due_at, Task.id).offset(offset).limit(limit))


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
    base = _select().where(Task.deleted_at.is_null(), Task.done_at.is_null())

    def first(query):
        query = query.order_by(Task.due_at, Task.id)
        return _rows(query.limit(limit) if limit is not None else query)

    return Agenda(
        overdue=first(base.where(Task.due_at < start)),
        today=first(base.where(Task.due_at >= start, Task.due_at < end)),
        upcoming=first(base.where(Task.due_at >= end, Task.due_at < horizon)),
        totals=_agenda_totals(start, end, horizon) if limit is not None else {},
    )


def _agenda_totals(start: datetime, end: datetime, horizon: datetime) -> dict[str, int]:
    """The agenda's counts from the open-due index, without joining every row to its
    contact: (open follow-ups) − (those of contacts in the trash), as ``stats`` does."""
    value = Task.due_at.db_value
    buckets = ("coalesce(sum(x.due_at < ?1), 0), "
               "coalesce(sum(x.due_at >= ?1 AND x.due_at < ?2), 0), "
               "coalesce(sum(x.due_at >= ?2), 0)")
    open_due = "x.deleted_at IS NULL AND x.done_at IS NULL AND x.due_at < ?3"
    params = (value(start), value(end), value(horizon))
    live = db.execute_sql(f"SELECT {buckets} FROM task x WHERE {open_due}", params).fetchone()
    # CROSS JOIN: from the (few) trashed contacts to their follow-ups, not the other way
    trashed = db.execute_sql(
        f"SELECT {buckets} FROM contact c CROSS JOIN task x ON x.contact_id = c.id "
        f"WHERE c.deleted_at IS NOT NULL AND {open_due}", params).fetchone()
    return {key: live[i] - trashed[i] for i, key in enumerate(("overdue", "today", "upcoming"))}


def falling_due(since: datetime, until: datetime) -> list[TaskRow]:
    """Open tasks whose due time passed between two moments (for reminders)."""
    return _rows(_select().where(Task.deleted_at.is_null(), Task.done_at.is_null(),
                                 Task.due_at > since, Task.due_at <= until)
                 .order_by(Task.due_at))


def trash(ids) -> int:
    return records.trash(Task, ids)


def restore(ids) -> int:
    return records.restore(Task, ids)


def _select():
    return (Task.select(Task.id, Task.title, Task.due_at, Task.priority, Task.done_at,
                        Task.contact, fn.COALESCE(Contact.display_name, ""), Task.event,
                        Task.proposal, Task.notes)
            .join(Contact, JOIN.LEFT_OUTER, on=(Task.contact == Contact.id))
            .where((Contact.id.is_null()) | (Contact.deleted_at.is_null())))


def _rows(query) -> list[TaskRow]:
    to_dt = Task.due_at.python_value
    return [TaskRow(i, t, to_dt(d), p, to_dt(done), c, n, e, pr, notes)
            for i, t, d, p, done, c, n, e, pr, notes in query.tuples()]
