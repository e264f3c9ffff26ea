"""Networking events and who attended them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Any, cast

from peewee import ModelSelect, fn

from coopeten_gui.i18n import translate
from coopeten_gui.services import records
from coopeten_gui.services.common import (
    Checks,
    Rows,
    check_choice,
    now,
    parse_datetime,
    parse_money,
    require_text,
)
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage.models import EVENT_KINDS, Attendance, Contact, Event


@dataclass
class EventData:
    name: str = ""
    kind: str = "other"
    starts_at: datetime | str | None = None
    ends_at: datetime | str | None = None
    place: str = ""
    organiser: str = ""
    # an amount as typed ("25", "25,50") or cents as int via cost_cents
    cost: str | int | None = None
    notes: str = ""


@dataclass(frozen=True)
class EventRow:
    id: int
    name: str
    kind: str
    starts_at: datetime
    place: str
    organiser: str
    cost_cents: int
    attendees: int


@dataclass(frozen=True)
class AttendeeRow:
    contact_id: int
    display_name: str
    talked_about: str


@dataclass(frozen=True)
class EventRecord:
    """One event as stored."""

    id: int
    name: str
    kind: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    organiser: str
    cost_cents: int
    notes: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


def validate(data: EventData) -> dict[str, Any]:
    checks = Checks()  # every field at fault is named at once
    starts_at = checks(parse_datetime, data.starts_at, "starts_at")
    if starts_at is None and not checks.errors:
        checks.refuse(translate("Validation", "An event needs a date."), "starts_at")
    ends_at = checks(parse_datetime, data.ends_at, "ends_at")
    if ends_at is not None and starts_at is not None and ends_at < starts_at:
        checks.refuse(translate("Validation", "The event cannot end before it starts."),
                      "ends_at")
    values = {
        "name": checks(require_text, data.name, "name",
                       translate("Validation", "An event needs a name.")),
        "kind": checks(check_choice, data.kind or "other", EVENT_KINDS, "kind"),
        "starts_at": starts_at,
        "ends_at": ends_at,
        "place": data.place.strip(),
        "organiser": data.organiser.strip(),
        "cost_cents": checks(parse_money, data.cost, "cost"),
        "notes": data.notes,
    }
    checks.done()
    return values


def create(data: EventData) -> int:
    values = validate(data)
    with transaction():
        stamp = now()
        return Event.create(created_at=stamp, updated_at=stamp, **values).id


def update(event_id: int, data: EventData) -> None:
    values = validate(data)
    with transaction():
        records.require(Event, event_id)
        Event.update(updated_at=now(), **values).where(Event.id == event_id).execute()


def get(event_id: int) -> EventRecord:
    return records.plain(EventRecord, records.require(Event, event_id))


def _live(query: ModelSelect[Event], trash: bool, text: str) -> ModelSelect[Event]:
    """``query`` narrowed to the events listed (in the trash or not, holding ``text``)."""
    query = query.where(Event.deleted_at.is_null(not trash))
    for word in text.split():
        query = query.where(Event.name.contains(word) | Event.place.contains(word)
                            | Event.organiser.contains(word))
    return query


def list_events(trash: bool = False, offset: int = 0, limit: int = 1000,
                text: str = "", stop: Callable[[], bool] | None = None) -> list[EventRow]:
    """Newest first. ``text`` keeps events whose name, place or organiser contain it.
    ``stop`` (read on a worker) is asked every few hundred rows whether they are still
    wanted; if not, those read so far are returned."""
    # the attendees not in the trash, counted in the index of attendance by event and
    # checked against the few contacts in the trash: joined to every attendee's contact
    # 5,000 events took half a second at a million contacts ("+ 0": no index by contact)
    trashed = Contact.select(Contact.id).where(Contact.deleted_at.is_null(False))
    attendees = (Attendance.select(fn.COUNT(Attendance.event))
                 .where(Attendance.event == Event.id,
                        (Attendance.contact + 0).not_in(trashed)))
    query = _live(Event.select(Event.id, Event.name, Event.kind, Event.starts_at, Event.place,
                               Event.organiser, Event.cost_cents, attendees.alias("n")),
                  trash, text)
    query = query.order_by(Event.starts_at.desc(), Event.id.desc()).offset(offset).limit(limit)
    rows = iter(cast(Rows, query.tuples()))
    found: list[EventRow] = []
    while block := [EventRow(i, n, k, Event.starts_at.python_value(s), p, o, c, a)
                    for i, n, k, s, p, o, c, a in islice(rows, _BLOCK)]:
        found.extend(block)
        if stop is not None and stop():
            break
    return found


# rows read between two looks at whether they are still wanted
_BLOCK = 500


def is_listed(event_id: int, text: str = "", limit: int = 1000) -> bool:
    """Whether ``list_events(text=text, limit=limit)`` holds that event."""
    event = _live(Event.select(Event.starts_at).where(Event.id == event_id), False,
                  text).first()
    if event is None:
        return False
    before = _live(Event.select(), False, text).where(
        (Event.starts_at > event.starts_at)
        | ((Event.starts_at == event.starts_at) & (Event.id > event_id)))
    return before.count() < limit


def most_recent_id(at: datetime | None = None) -> int | None:
    """The event that started last (up to ``at``), else the next one; None without events.

    During or right after a breakfast this is the breakfast, which is what quick
    capture wants to offer first.
    """
    at = at or now()
    live = Event.select(Event.id).where(Event.deleted_at.is_null())
    row = (live.where(Event.starts_at <= at).order_by(Event.starts_at.desc(), Event.id.desc())
           .first())
    if row is None:
        row = live.order_by(Event.starts_at, Event.id).first()
    return row.id if row else None


def attendees(event_id: int) -> list[AttendeeRow]:
    query = (Attendance.select(Contact.id, Contact.display_name, Attendance.talked_about)
             .join(Contact)
             .where(Attendance.event == event_id, Contact.deleted_at.is_null())
             .order_by(Contact.sort_key))
    return [AttendeeRow(*row) for row in cast(Rows, query.tuples())]


def events_of_contact(contact_id: int) -> list[tuple[int, str, datetime, str]]:
    query = (Event.select(Event.id, Event.name, Event.starts_at, Attendance.talked_about)
             .join(Attendance)
             .where(Attendance.contact == contact_id, Event.deleted_at.is_null())
             .order_by(Event.starts_at.desc()))
    return [(i, n, Event.starts_at.python_value(s), t) for i, n, s, t in cast(Rows, query.tuples())]


def add_attendee(event_id: int, contact_id: int, talked_about: str = "") -> None:
    with transaction():
        records.require(Event, event_id)
        (Attendance.insert(event=event_id, contact=contact_id, talked_about=talked_about)
         .on_conflict(conflict_target=[Attendance.event, Attendance.contact],
                      update={Attendance.talked_about: talked_about})
         .execute())


def is_attendee(event_id: int, contact_id: int) -> bool:
    return Attendance.select().where(Attendance.event == event_id,
                                     Attendance.contact == contact_id).exists()


def remove_attendee(event_id: int, contact_id: int) -> None:
    with transaction():
        Attendance.delete().where(Attendance.event == event_id,
                                  Attendance.contact == contact_id).execute()


def trash(ids: Iterable[int]) -> int:
    return records.trash(Event, ids)


def restore(ids: Iterable[int]) -> int:
    return records.restore(Event, ids)
