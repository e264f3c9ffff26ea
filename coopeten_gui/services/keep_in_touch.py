"""People to think of today: birthdays and anniversaries coming up, and contacts whose
"keep in touch every N weeks" rhythm has lapsed, read by Today.

Both reads are bounded (``storage.keep_in_touch_reads``): dates are looked up by month
and day through an index, and only contacts with a rhythm are checked for their last
interaction.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import NamedTuple

from coopeten_gui.services.common import ServiceError
from coopeten_gui.storage import database, keep_in_touch_reads

#: birthdays and anniversaries this many days ahead (today included) are shown
DAYS_AHEAD = 7


class DateRow(NamedTuple):
    contact_id: int
    name: str
    kind: str            # birthday | anniversary
    on: date             # the coming occurrence
    years: int | None    # how many years it makes, when the year is known


class LapsedRow(NamedTuple):
    contact_id: int
    name: str
    weeks: int
    last_contact: date | None   # the last interaction, or None: never
    due_on: date                # when the next contact was due


class Unreadable(ServiceError):
    """The database could not be read (damage the start-up check will report)."""


class PeopleToThinkOf(NamedTuple):
    dates: list[DateRow]
    lapsed: list[LapsedRow]
    lapsed_count: int


def people_to_think_of(today: date) -> PeopleToThinkOf:
    """What Today's keep-in-touch list shows; ``Unreadable`` on a damaged file."""
    try:
        lapsed_rows, count = lapsed(today)
        return PeopleToThinkOf(upcoming_dates(today), lapsed_rows, count)
    except database.QUERY_ERRORS as error:
        raise Unreadable(str(error)) from error


def upcoming_dates(today: date, days: int = DAYS_AHEAD, limit: int = 50) -> list[DateRow]:
    """Birthdays and anniversaries of live contacts from ``today`` to ``days - 1`` ahead,
    soonest first."""
    wanted: dict[str, date] = {}
    for offset in range(days):
        day = today + timedelta(days=offset)
        wanted.setdefault(day.strftime("%m-%d"), day)
        # a 29 February birthday is kept on the 28th in other years
        if day.month == 2 and day.day == 28 and not _is_leap(day.year):
            wanted.setdefault("02-29", day)
    rows: list[DateRow] = []
    # day by day, soonest first, until the list is full: each day one range of an index
    for key, on in wanted.items():
        for kind in ("birthday", "anniversary"):
            if len(rows) >= limit:
                break
            for contact_id, name, stored in keep_in_touch_reads.dates_on(
                    kind, [key], limit - len(rows)):
                try:
                    original = date.fromisoformat(stored)
                except (TypeError, ValueError):
                    continue
                years = on.year - original.year if original.year > 1 else None
                rows.append(DateRow(contact_id, name, kind, on, years))
    rows.sort(key=lambda r: (r.on, r.name.casefold()))
    return rows[:limit]


def lapsed(today: date, limit: int = 50) -> tuple[list[LapsedRow], int]:
    """Contacts whose rhythm has lapsed (the longest overdue first, at most ``limit``)
    and how many there are in all."""
    found: list[LapsedRow] = []
    for contact_id, name, weeks, created, last in keep_in_touch_reads.contacts_with_rhythm():
        last_day = _day(last)
        since = last_day or _day(created) or today
        due = since + timedelta(weeks=weeks)
        if due <= today:
            found.append(LapsedRow(contact_id, name, weeks, last_day, due))
    found.sort(key=lambda r: (r.due_on, r.name.casefold()))
    return found[:limit], len(found)


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value)).date()
    except ValueError:
        return None


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
