"""Follow-up tasks: what to do next, and when, for a contact, event or proposal."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from coopeten_gui.i18n import translate
from coopeten_gui.services import records
from coopeten_gui.services.common import (
    Checks,
    ValidationError,
    check_choice,
    now,
    parse_datetime,
    require_text,
)

# the reads, re-exported (``as`` says so to the type checker)
from coopeten_gui.services.followup_reads import DEFAULT_FOLLOW_UP_DAYS as DEFAULT_FOLLOW_UP_DAYS
from coopeten_gui.services.followup_reads import Agenda as Agenda
from coopeten_gui.services.followup_reads import FollowupRow as FollowupRow
from coopeten_gui.services.followup_reads import agenda as agenda
from coopeten_gui.services.followup_reads import falling_due as falling_due
from coopeten_gui.services.followup_reads import list_tasks as list_tasks
from coopeten_gui.services.followup_reads import row as row
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage.models import (
    PRIORITIES,
    Commitment,
    Contact,
    Event,
    Followup,
    Proposal,
)


@dataclass
class FollowupData:
    title: str = ""
    due_at: datetime | date | str | None = None
    notes: str = ""
    priority: int = 1
    contact_id: int | None = None
    event_id: int | None = None
    proposal_id: int | None = None


def validate(data: FollowupData) -> dict[str, Any]:
    checks = Checks()  # every field at fault is named at once
    due_at = checks(parse_datetime, data.due_at, "due_at")
    if due_at is None and not checks.errors:
        checks.refuse(translate("Validation", "A follow-up needs a due date."), "due_at")
    title = checks(require_text, data.title, "title",
                   translate("Validation", "A follow-up needs a title."))
    checks.done()
    return {
        "title": title,
        "due_at": due_at,
        "notes": data.notes,
        "priority": check_choice(int(data.priority), PRIORITIES, "priority"),
        "contact": records.require(Contact, data.contact_id).id if data.contact_id else None,
        "event": records.require(Event, data.event_id).id if data.event_id else None,
        "proposal": records.require(Proposal, data.proposal_id).id if data.proposal_id else None,
    }


def create(data: FollowupData) -> int:
    values = validate(data)
    with transaction():
        stamp = now()
        return Followup.create(created_at=stamp, updated_at=stamp, **values).id


def update(task_id: int, data: FollowupData) -> None:
    values = validate(data)
    with transaction():
        records.require(Followup, task_id)
        Followup.update(updated_at=now(), **values).where(Followup.id == task_id).execute()


def default_due(days: int = DEFAULT_FOLLOW_UP_DAYS, start: datetime | None = None) -> datetime:
    """``days`` from now at 9:00, the hour people plan their follow-ups."""
    start = start or now()
    return (start + timedelta(days=days)).replace(hour=9, minute=0, second=0)


def complete(task_id: int) -> None:
    with transaction():
        stamp = now()
        Followup.update(done_at=stamp, updated_at=stamp).where(Followup.id == task_id).execute()
        # the follow-up of a commitment: done means kept, a give in the balance
        Commitment.update(done_at=stamp, updated_at=stamp).where(
            Commitment.task == task_id).execute()


def reopen(task_id: int) -> None:
    with transaction():
        Followup.update(done_at=None, updated_at=now()).where(Followup.id == task_id).execute()
        Commitment.update(done_at=None, updated_at=now()).where(
            Commitment.task == task_id).execute()


def snooze(task_id: int, days: int = 1) -> datetime:
    """Push the task to ``days`` later than today (or than its due date, if later)."""
    with transaction():
        task = records.require(Followup, task_id)
        base = max(task.due_at, now())
        new_due = (base + timedelta(days=days)).replace(hour=task.due_at.hour,
                                                        minute=task.due_at.minute,
                                                        second=task.due_at.second)
        Followup.update(due_at=new_due, snoozed_until=new_due, updated_at=now()).where(
            Followup.id == task_id).execute()
    return new_due


def reschedule(task_id: int, due_at: datetime | date | str) -> None:
    when = parse_datetime(due_at, "due_at")
    if when is None:
        raise ValidationError(translate("Validation", "A follow-up needs a due date."), "due_at")
    with transaction():
        Followup.update(due_at=when, updated_at=now()).where(Followup.id == task_id).execute()


def get(task_id: int) -> FollowupRow:
    found = row(task_id)
    if found is None:
        raise records.missing(task_id)
    return found


def trash(ids: Iterable[int]) -> int:
    return records.trash(Followup, ids)


def restore(ids: Iterable[int]) -> int:
    return records.restore(Followup, ids)
