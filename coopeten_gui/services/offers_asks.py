"""Offers and asks: what each side offers and asks for, by category of help.

One row per thing offered or asked, by me or by them. Which offers answer which asks
is ``services.matching``'s business; ``matches`` gives its answer as rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from peewee import fn

from coopeten_gui.i18n import translate
from coopeten_gui.services import records
from coopeten_gui.services.common import (
    Rows,
    ValidationError,
    check_choice,
    fold,
    now,
    parse_money,
    require_text,
)
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage import offer_ask_list
from coopeten_gui.storage.models import (
    EXCHANGE_KINDS,
    EXCHANGE_STATUSES,
    PARTIES,
    Category,
    Contact,
    Event,
    OfferAsk,
)
from coopeten_gui.storage.offer_ask_list import ListFilter as ListFilter  # the page names it


@dataclass
class OfferAskData:
    contact_id: int = 0
    kind: str = "offer"      # offer | ask
    party: str = "them"      # me | them
    description: str = ""
    category_id: int | None = None
    value: str | int | None = None  # amount as typed; see value_cents
    value_cents: int | None = None
    status: str = "open"
    event_id: int | None = None


@dataclass(frozen=True, slots=True)  # slots: a list holds 100,000 of them
class OfferAskRow:
    id: int
    contact_id: int
    contact_name: str
    kind: str
    party: str
    category_id: int | None
    category_key: str | None
    category_name: str
    description: str
    value_cents: int
    status: str
    event_id: int | None
    event_name: str
    created_at: datetime


@dataclass(frozen=True)
class CategoryRow:
    id: int
    key: str | None
    name: str


@dataclass(frozen=True)
class Match:
    """Someone's ask and an offer that answers it (see ``services.matching``)."""

    ask: OfferAskRow
    offer: OfferAskRow


def validate(data: OfferAskData) -> dict[str, Any]:
    if data.category_id is not None and not Category.select().where(
            Category.id == data.category_id).exists():
        raise ValidationError(translate("Validation", "Choose a category from the list."),
                              "category_id")
    return {
        "contact": records.require(Contact, data.contact_id).id,
        "kind": check_choice(data.kind, EXCHANGE_KINDS, "kind"),
        "party": check_choice(data.party, PARTIES, "party"),
        "description": require_text(
            data.description, "description",
            translate("Validation", "Describe what is offered or asked.")),
        "category": data.category_id,
        "value_cents": (data.value_cents if data.value_cents is not None
                        else parse_money(data.value, "value")),
        "status": check_choice(data.status, EXCHANGE_STATUSES, "status"),
        "event": records.require(Event, data.event_id).id if data.event_id else None,
    }


def create(data: OfferAskData) -> int:
    values = validate(data)
    with transaction():
        stamp = now()
        return OfferAsk.create(created_at=stamp, updated_at=stamp, **values).id


def update(row_id: int, data: OfferAskData) -> None:
    values = validate(data)
    with transaction():
        records.require(OfferAsk, row_id)
        OfferAsk.update(updated_at=now(), **values).where(OfferAsk.id == row_id).execute()


def set_status(row_id: int, status: str) -> None:
    status = check_choice(status, EXCHANGE_STATUSES, "status")
    with transaction():
        OfferAsk.update(status=status, updated_at=now()).where(OfferAsk.id == row_id).execute()


def get(row_id: int) -> OfferAskRow:
    rows = _rows(offer_ask_list.rows_by_ids([row_id]))
    if not rows:
        records.require(OfferAsk, None)
    return rows[0]


def list_offers_asks(contact_id: int | None = None, kind: str = "", party: str = "",
                     status: str | tuple[Any, ...] = "", category_id: int | None = None,
                     event_id: int | None = None, text: str = "", trash: bool = False,
                     offset: int = 0, limit: int = 1000) -> list[OfferAskRow]:
    where = list_filter(contact_id=contact_id, kind=kind, party=party, status=status,
                        category_id=category_id, event_id=event_id, text=text, trash=trash)
    return _rows(offer_ask_list.rows(where, offset, limit))


def list_filter(contact_id: int | None = None, kind: str = "", party: str = "",
                status: str | tuple[Any, ...] = "", category_id: int | None = None,
                event_id: int | None = None, text: str = "",
                trash: bool = False) -> ListFilter:
    """What ``list_offers_asks`` is asked, for ``first_rows`` and ``all_rows``."""
    return ListFilter(contact_id=contact_id, kind=kind, party=party,
                      statuses=(status,) if isinstance(status, str) and status
                      else tuple(status), category_id=category_id, event_id=event_id,
                      description=text.strip(), trash=trash)


def first_rows(where: ListFilter, text: str = "",
               scan: int = 1000) -> tuple[list[OfferAskRow], bool]:
    """The first rows of ``all_rows(where, text)``, read among the ``scan`` newest offers
    and asks only, so at once however large the file; True with them when they are the
    whole list (the newest were all there are)."""
    found, whole = offer_ask_list.head(where, scan)
    return with_text(_rows(found), text), whole


def all_rows(where: ListFilter, text: str = "", limit: int = 1000,
             stop: Callable[[], bool] = lambda: False) -> list[OfferAskRow] | None:
    """The first ``limit`` rows ``where`` finds, newest first, then those with ``text``
    (``with_text``); None when ``stop`` said to stop before the end (for a worker)."""
    found: list[OfferAskRow] = []
    for block in offer_ask_list.chunks(where, limit, stop):
        found += with_text(_rows(block), text)
    return None if stop() else found


def with_text(rows: list[OfferAskRow], text: str) -> list[OfferAskRow]:
    """The rows whose contact's name or description holds ``text``, in any case and
    with or without accents."""
    text = fold(text)
    if not text:
        return rows
    return [r for r in rows if text in fold(r.contact_name) or text in fold(r.description)]


def matches(contact_id: int | None = None, limit: int = 200) -> list[Match]:
    """Open asks of one contact (or anyone's) with the open offers of other people
    that answer them, best first, as rows (``services.matching`` ranks them by meaning)."""
    from coopeten_gui.services import matching

    # offers of other people only, as this always answered (mine are no one to introduce)
    found = [m for m in matching.matches(contact_id) if not m.mine]
    if contact_id is not None:
        found = [m for m in found if m.ask_contact_id == contact_id]
    found = found[:limit]
    rows = {r.id: r for r in _rows(offer_ask_list.rows_by_ids(
        {i for m in found for i in (m.ask_id, m.offer_id)}))}
    return [Match(rows[m.ask_id], rows[m.offer_id]) for m in found
            if m.ask_id in rows and m.offer_id in rows]


def trash(ids: Iterable[int]) -> int:
    return records.trash(OfferAsk, ids)


def restore(ids: Iterable[int]) -> int:
    return records.restore(OfferAsk, ids)


# -- categories ---------------------------------------------------------------------------

def categories(include_deleted: bool = False) -> list[CategoryRow]:
    query = Category.select(Category.id, Category.key, Category.name)
    if not include_deleted:
        query = query.where(Category.deleted_at.is_null())
    return [CategoryRow(*row) for row in cast(
        Rows, query.order_by(Category.position, Category.id).tuples())]


def category_id(key_or_name: str) -> int | None:
    row = (Category.select(Category.id)
           .where((Category.key == key_or_name) | (fn.lower(Category.name) == key_or_name.lower()))
           .first())
    return row.id if row else None


def add_category(name: str) -> int:
    name = require_text(name, "name", translate("Validation", "A category needs a name."))
    with transaction():
        existing = Category.get_or_none(fn.lower(Category.name) == name.lower())
        if existing:
            existing.deleted_at = None
            existing.save()
            return existing.id
        position = (Category.select(fn.MAX(Category.position)).scalar() or 0) + 1
        return Category.create(name=name, position=position).id


def rename_category(cat_id: int, name: str) -> None:
    name = require_text(name, "name", translate("Validation", "A category needs a name."))
    with transaction():
        # a renamed seeded category is the user's own wording from now on
        Category.update(name=name, key=None).where(Category.id == cat_id).execute()


def remove_category(cat_id: int) -> None:
    """Hidden from the lists; rows already filed under it keep it."""
    records.trash(Category, [cat_id])


# -- internals ----------------------------------------------------------------------------

def _rows(found: Rows) -> list[OfferAskRow]:
    out = []
    for row in found:
        values = list(row)
        values[-1] = _when(values[-1])
        out.append(OfferAskRow(*values))
    return out


def _when(stored: Any) -> datetime:
    # the two forms the file holds, read by fromisoformat at a tenth of peewee's cost
    if isinstance(stored, str) and len(stored) in (19, 26) and stored[10] == " ":
        try:
            return datetime.fromisoformat(stored)
        except ValueError:
            pass
    return cast(datetime, OfferAsk.created_at.python_value(stored))
