"""Exporting events and open follow-ups to an iCalendar (.ics) file.

Events become VEVENTs (DTSTART/DTEND, LOCATION, DESCRIPTION, ORGANIZER when the
organiser's text holds an email address). Follow-ups become VEVENTs too, each with a
DISPLAY VALARM at its due time, rather than VTODOs: Google Calendar and Outlook
silently drop VTODOs on import and Apple Calendar files them as Reminders, while an
event with an alarm is imported — and rings — by every calendar app we know. They
are marked TRANSPARENT so a follow-up never shows the user as busy.

Times are written as floating local times (no TZID), as they are stored: a breakfast
at 8:00 stays at 8:00 in whatever calendar imports it, without guessing a time zone.

UIDs are stable (``event-12@coopeten``, ``followup-7@coopeten``), so importing a new
export again updates the entries instead of duplicating them. The file is written
beside its target and renamed into place: a failure or a cancel never leaves half a
calendar.
"""

from __future__ import annotations

import os
import re
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, TypeVar

from icalendar import Alarm, Calendar, Event, vCalAddress
from PySide6.QtCore import QLocale

from coopeten_gui import APP_NAME, __version__
from coopeten_gui.i18n import translate
from coopeten_gui.services import events, followups, labels, my_business
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.events import EventRecord
from coopeten_gui.services.followup_reads import FollowupRow
from coopeten_gui.services.money import currency_symbol

UID_DOMAIN = "coopeten"
# an event without an end time is shown this long; a follow-up takes a short slot
DEFAULT_EVENT_LENGTH = timedelta(hours=1)
FOLLOW_UP_LENGTH = timedelta(minutes=15)
# iCalendar PRIORITY: 1 highest … 9 lowest
_PRIORITY = {2: 1, 1: 5, 0: 9}
_EMAIL_IN_TEXT = re.compile(r"[^@\s<>,;:\"()]+@[^@\s<>,;:\"()]+\.[A-Za-z]{2,}")
_BATCH = 500

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

_Row = TypeVar("_Row")


class ExportCancelled(ServiceError):
    """The user cancelled; nothing was written."""


def event_uid(event_id: int) -> str:
    return f"event-{event_id}@{UID_DOMAIN}"


def followup_uid(task_id: int) -> str:
    return f"followup-{task_id}@{UID_DOMAIN}"


def build_calendar(include_events: bool = True, include_followups: bool = True,
                   progress: ProgressCallback | None = None,
                   cancelled: CancelCheck | None = None) -> tuple[Calendar, int]:
    """The calendar and how many entries it holds."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", APP_NAME)
    stamp = datetime.now(timezone.utc).replace(microsecond=0)

    event_rows = _all(events.list_events) if include_events else []
    task_rows = _all(followups.list_tasks) if include_followups else []
    total = len(event_rows) + len(task_rows)
    done = 0
    currency = my_business.get().currency or "EUR"
    for row in event_rows:
        _check(cancelled)
        calendar.add_component(_event_component(events.get(row.id), stamp, currency))
        done += 1
        if progress:
            progress(done, total)
    for task in task_rows:
        _check(cancelled)
        calendar.add_component(_followup_component(task, stamp))
        done += 1
        if progress:
            progress(done, total)
    return calendar, done


def export_ics(path: Path | str, include_events: bool = True, include_followups: bool = True,
               progress: ProgressCallback | None = None,
               cancelled: CancelCheck | None = None) -> int:
    """Write the .ics file atomically; returns the number of entries written."""
    path = Path(path)
    calendar, count = build_calendar(include_events, include_followups, progress, cancelled)
    _check(cancelled)
    write_atomically(path, calendar.to_ical())
    return count


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, rename it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                         dir=str(path.parent))
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# -- building the components ---------------------------------------------------------------

def _event_component(event: EventRecord, stamp: datetime, currency: str) -> Event:
    component = Event()
    component.add("uid", event_uid(event.id))
    component.add("dtstamp", stamp)
    component.add("summary", event.name)
    starts_at = _as_datetime(event.starts_at)
    ends_at = _as_datetime(event.ends_at) if event.ends_at else None
    component.add("dtstart", starts_at)
    if ends_at and ends_at > starts_at:
        component.add("dtend", ends_at)
    else:
        component.add("dtend", starts_at + DEFAULT_EVENT_LENGTH)
    if event.place:
        component.add("location", event.place)
    lines = [labels.event_kind(event.kind)]
    if event.organiser:
        lines.append(translate("CalendarExport", "Organiser: {name}").format(
            name=event.organiser))
        email = _EMAIL_IN_TEXT.search(event.organiser)
        if email:
            # ORGANIZER must be a calendar address; a bare name has none, so only an
            # organiser written with an email becomes one (the name always goes above)
            organizer = vCalAddress(f"mailto:{email.group(0)}")
            name = event.organiser.replace(email.group(0), "").strip(" <>()-,")
            if name:
                organizer.params["cn"] = name
            component.add("organizer", organizer)
    if event.cost_cents:
        lines.append(translate("CalendarExport", "Cost: {amount}").format(
            amount=QLocale().toCurrencyString(event.cost_cents / 100, currency_symbol(currency))))
    if event.notes:
        lines.extend(["", event.notes])
    component.add("description", "\n".join(lines))
    component.add("categories", [translate("CalendarExport", "Networking event")])
    return component


def _followup_component(task: FollowupRow, stamp: datetime) -> Event:
    component = Event()
    component.add("uid", followup_uid(task.id))
    component.add("dtstamp", stamp)
    component.add("summary", task.title)
    component.add("dtstart", task.due_at)
    component.add("dtend", task.due_at + FOLLOW_UP_LENGTH)
    component.add("transp", "TRANSPARENT")
    component.add("priority", _PRIORITY.get(task.priority, 5))
    component.add("categories", [translate("CalendarExport", "Follow-up")])
    lines = []
    if task.contact_name:
        lines.append(translate("CalendarExport", "Contact: {name}").format(
            name=task.contact_name))
    if task.notes:
        lines.append(task.notes)
    if lines:
        component.add("description", "\n".join(lines))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(0))
    alarm.add("description", task.title)
    component.add_component(alarm)
    return component


# -- helpers ----------------------------------------------------------------------------

def _all(list_function: Callable[..., list[_Row]]) -> list[_Row]:
    rows: list[_Row] = []
    while True:
        batch = list_function(offset=len(rows), limit=_BATCH)
        rows.extend(batch)
        if len(batch) < _BATCH:
            return rows


def _check(cancelled: CancelCheck | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled(translate("CalendarExport", "Export cancelled."))


def _as_datetime(value: str | datetime) -> datetime:
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    return value

