"""Event returns: an event's cost set against what came of it.

For each event: cost → people met (attendance, and contacts met there) → offers and
asks raised there → proposals to people met there → their accepted value → referrals
involving people met there and the business they closed → revenue from cross-promotions
those people did for me (direction "theirs": what their audience bought from me). The
money that came back is ``value_cents`` (accepted proposals + closed referrals +
promotion revenue); nothing else is turned into money. Compared across events by cost
per new ally (people met there who are now at the stage "ally") and value per unit of
cost.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from coopeten_gui.storage import event_returns as queries


class EventReturn(NamedTuple):
    event_id: int
    name: str
    starts_at: datetime
    cost_cents: int
    people: int
    allies: int
    offers: int
    asks: int
    proposals: int
    accepted_proposals: int
    accepted_cents: int
    referrals: int
    referrals_closed: int
    referral_cents: int
    promotion_cents: int

    @property
    def value_cents(self) -> int:
        """The money that came back: accepted proposals, closed referrals, promotions."""
        return self.accepted_cents + self.referral_cents + self.promotion_cents

    @property
    def cost_per_ally_cents(self) -> int | None:
        """None when nobody met there became an ally (or the event cost nothing)."""
        if not self.allies or not self.cost_cents:
            return None
        return round(self.cost_cents / self.allies)

    @property
    def value_per_cost(self) -> float | None:
        """Money back per unit of money spent; None for a free event."""
        return self.value_cents / self.cost_cents if self.cost_cents else None

    @property
    def cost_per_person_cents(self) -> int | None:
        return round(self.cost_cents / self.people) if self.people else None

    @property
    def value_per_person_cents(self) -> int | None:
        return round(self.value_cents / self.people) if self.people else None

    @property
    def paid_off(self) -> bool | None:
        """Whether more came back than it cost (None for a free event)."""
        return self.value_cents >= self.cost_cents if self.cost_cents else None


def _stamp(day: date) -> str:
    # as event times are stored: "YYYY-MM-DD HH:MM:SS"
    return datetime.combine(day, datetime.min.time()).isoformat(" ")


def _from_row(row: tuple[Any, ...]) -> EventReturn:
    event_id, name, starts_at, *figures = row
    try:
        when = datetime.fromisoformat(starts_at)
    except (TypeError, ValueError):
        when = datetime.min  # a hand-edited date: listed last rather than failing the page
    return EventReturn(event_id, name, when, *figures)


def for_event(event_id: int) -> EventReturn | None:
    """One event's returns; None when it does not exist or is in the trash."""
    rows = queries.event_returns(event_id=event_id)
    return _from_row(rows[0]) if rows else None


def list_returns(start: date | None = None, end: date | None = None,
                 limit: int | None = None) -> list[EventReturn]:
    """The returns of every live event starting from ``start`` to ``end`` (both days
    included, either open), newest first; only the latest ``limit`` when given."""
    return [_from_row(row) for row in queries.event_returns(
        start=_stamp(start) if start else None,
        end=_stamp(end + timedelta(days=1)) if end else None,
        limit=-1 if limit is None else limit)]


class Totals(NamedTuple):
    events: int
    cost_cents: int
    people: int
    allies: int
    value_cents: int

    @property
    def value_per_cost(self) -> float | None:
        return self.value_cents / self.cost_cents if self.cost_cents else None


def totals(rows: list[EventReturn]) -> Totals:
    return Totals(len(rows), sum(r.cost_cents for r in rows), sum(r.people for r in rows),
                  sum(r.allies for r in rows), sum(r.value_cents for r in rows))
