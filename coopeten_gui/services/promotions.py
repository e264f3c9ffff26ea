"""Cross-promotions: each side of a list swap, and the balance between them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from peewee import fn

from coopeten_gui.i18n import translate
from coopeten_gui.services import records
from coopeten_gui.services.common import (
    Rows,
    ValidationError,
    check_choice,
    check_count,
    now,
    parse_date,
    parse_money,
)
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage.models import PROMOTION_DIRECTIONS, Contact, CrossPromotion


@dataclass
class PromotionData:
    contact_id: int = 0
    direction: str = "mine"     # mine: I promoted them; theirs: they promoted me
    channel: str = ""
    promoted_on: date | str | None = None
    audience_reached: int | str = 0
    visits: int | str = 0
    leads: int | str = 0
    sales: int | str = 0
    revenue: str | int | None = None
    revenue_cents: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class PromotionRow:
    id: int
    direction: str
    channel: str
    promoted_on: date
    audience_reached: int
    visits: int
    leads: int
    sales: int
    revenue_cents: int
    notes: str


@dataclass(frozen=True)
class Totals:
    promotions: int = 0
    audience_reached: int = 0
    visits: int = 0
    leads: int = 0
    sales: int = 0
    revenue_cents: int = 0


@dataclass(frozen=True)
class Balance:
    """What I gave (mine) against what I got (theirs) in a swap with one contact.

    ``given`` is the audience I reached for them; ``received`` what they reached for me,
    and the visits, leads and sales that came back to me from their promotions.
    """

    mine: Totals
    theirs: Totals

    @property
    def audience_difference(self) -> int:
        """Positive: they reached more people for me than I did for them."""
        return self.theirs.audience_reached - self.mine.audience_reached

    @property
    def is_fair(self) -> bool:
        """Both sides did something, and neither reached less than half the other."""
        a, b = self.mine.audience_reached, self.theirs.audience_reached
        return a > 0 and b > 0 and min(a, b) * 2 >= max(a, b)


def validate(data: PromotionData) -> dict[str, Any]:
    promoted_on = parse_date(data.promoted_on, "promoted_on")
    if promoted_on is None:
        raise ValidationError(translate("Validation", "A promotion needs a date."), "promoted_on")
    return {
        "contact": records.require(Contact, data.contact_id).id,
        "direction": check_choice(data.direction, PROMOTION_DIRECTIONS, "direction"),
        "channel": data.channel.strip(),
        "promoted_on": promoted_on,
        "audience_reached": check_count(data.audience_reached, "audience_reached"),
        "visits": check_count(data.visits, "visits"),
        "leads": check_count(data.leads, "leads"),
        "sales": check_count(data.sales, "sales"),
        "revenue_cents": (data.revenue_cents if data.revenue_cents is not None
                          else parse_money(data.revenue, "revenue")),
        "notes": data.notes,
    }


def create(data: PromotionData) -> int:
    values = validate(data)
    with transaction():
        return CrossPromotion.create(created_at=now(), **values).id


def update(row_id: int, data: PromotionData) -> None:
    values = validate(data)
    with transaction():
        records.require(CrossPromotion, row_id)
        CrossPromotion.update(**values).where(CrossPromotion.id == row_id).execute()


def list_promotions(contact_id: int) -> list[PromotionRow]:
    query = (CrossPromotion
             .select(CrossPromotion.id, CrossPromotion.direction, CrossPromotion.channel,
                     CrossPromotion.promoted_on, CrossPromotion.audience_reached,
                     CrossPromotion.visits, CrossPromotion.leads, CrossPromotion.sales,
                     CrossPromotion.revenue_cents, CrossPromotion.notes)
             .where(CrossPromotion.contact == contact_id, CrossPromotion.deleted_at.is_null())
             .order_by(CrossPromotion.promoted_on.desc(), CrossPromotion.id.desc()))
    to_date: Callable[[Any], Any] = CrossPromotion.promoted_on.python_value
    return [PromotionRow(r[0], r[1], r[2], to_date(r[3]), *r[4:])
            for r in cast(Rows, query.tuples())]


def balance(contact_id: int) -> Balance:
    query = (CrossPromotion
             .select(CrossPromotion.direction, fn.COUNT(CrossPromotion.id),
                     fn.SUM(CrossPromotion.audience_reached), fn.SUM(CrossPromotion.visits),
                     fn.SUM(CrossPromotion.leads), fn.SUM(CrossPromotion.sales),
                     fn.SUM(CrossPromotion.revenue_cents))
             .where(CrossPromotion.contact == contact_id, CrossPromotion.deleted_at.is_null())
             .group_by(CrossPromotion.direction))
    sides = {direction: Totals(*(int(v or 0) for v in values))
             for direction, *values in cast(Rows, query.tuples())}
    return Balance(sides.get("mine", Totals()), sides.get("theirs", Totals()))


def trash(ids: Iterable[int]) -> int:
    return records.trash(CrossPromotion, ids)


def restore(ids: Iterable[int]) -> int:
    return records.restore(CrossPromotion, ids)
