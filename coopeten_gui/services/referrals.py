"""Referrals: one person sent to another (BNI's referral slips), and the business it brought.

A referral goes from someone to someone about someone (or something): from a contact
or from me, to a contact or to me, about a contact in the address book or a name
typed as text. It moves through given → contacted → met → closed (with the value of
the business closed) or no deal. Each one recorded leaves an entry on the timeline of
every contact it involves. Introductions made from a match create them too
(``services.introductions``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from peewee import JOIN, ModelSelect

from coopeten_gui.i18n import translate
from coopeten_gui.services import labels, records
from coopeten_gui.services.common import (
    Rows,
    ValidationError,
    check_choice,
    now,
    parse_date,
    parse_money,
)
from coopeten_gui.storage.database import transaction
from coopeten_gui.storage.models import (
    REFERRAL_STATUSES,
    Contact,
    Interaction,
    OfferAsk,
    Referral,
)

STATUSES = REFERRAL_STATUSES
#: the statuses of a referral still under way (not closed, not no deal)
OPEN_STATUSES = ("given", "contacted", "met")


@dataclass
class ReferralData:
    """A referral as typed. A side left None is me."""

    from_contact_id: int | None = None
    to_contact_id: int | None = None
    about_contact_id: int | None = None
    about_text: str = ""
    given_on: date | str | None = None
    status: str = "given"
    value: str | int | None = None  # amount as typed; see value_cents
    value_cents: int | None = None
    notes: str = ""
    ask_id: int | None = None
    offer_id: int | None = None


@dataclass(frozen=True)
class ReferralRow:
    id: int
    from_contact_id: int | None  # None: me
    from_name: str
    to_contact_id: int | None  # None: me
    to_name: str
    about_contact_id: int | None
    about: str  # the contact's name, or the text typed
    about_text: str
    given_on: date
    status: str
    value_cents: int
    ask_id: int | None
    offer_id: int | None
    notes: str
    deleted_at: datetime | None

    def involves(self, contact_id: int) -> bool:
        return contact_id in (self.from_contact_id, self.to_contact_id, self.about_contact_id)


@dataclass(frozen=True)
class ContactReferrals:
    """What one contact gave and received (and the referrals about them)."""

    given: list[ReferralRow]  # they referred someone (to me or to another contact)
    received: list[ReferralRow]  # someone (me or another contact) referred to them
    about: list[ReferralRow]  # they were the one referred

    @property
    def closed_value_given(self) -> int:
        return sum(r.value_cents for r in self.given if r.status == "closed")

    @property
    def closed_value_received(self) -> int:
        return sum(r.value_cents for r in self.received if r.status == "closed")


def me() -> str:
    """How a side that is the user reads in lists and on timelines."""
    return translate("Referrals", "Me")


def validate(data: ReferralData) -> dict[str, Any]:
    sides = {}
    for name in ("from_contact_id", "to_contact_id", "about_contact_id"):
        value = getattr(data, name)
        sides[name] = records.require(Contact, value).id if value else None
    if sides["from_contact_id"] is None and sides["to_contact_id"] is None:
        raise ValidationError(translate(
            "Validation", "A referral goes from someone to someone: choose a contact on at "
                          "least one side."), "to_contact_id")
    if sides["from_contact_id"] is not None and sides["from_contact_id"] == sides["to_contact_id"]:
        raise ValidationError(translate(
            "Validation", "A referral goes from one person to another, not to themself."),
            "to_contact_id")
    about_text = (data.about_text or "").strip()
    if sides["about_contact_id"] is None and not about_text:
        raise ValidationError(translate(
            "Validation", "Say whom or what the referral is about."), "about_text")
    given_on = parse_date(data.given_on, "given_on") or date.today()
    return {
        "from_contact": sides["from_contact_id"],
        "to_contact": sides["to_contact_id"],
        "about_contact": sides["about_contact_id"],
        "about_text": about_text,
        "given_on": given_on,
        "status": check_choice(data.status, STATUSES, "status"),
        "value_cents": (data.value_cents if data.value_cents is not None
                        else parse_money(data.value, "value")),
        "notes": (data.notes or "").strip(),
        "ask": records.require(OfferAsk, data.ask_id).id if data.ask_id else None,
        "offer": records.require(OfferAsk, data.offer_id).id if data.offer_id else None,
    }


def create(data: ReferralData, on_timeline: bool = True) -> int:
    """Record a referral; ``on_timeline`` also notes it on each contact it involves."""
    values = validate(data)
    with transaction():
        stamp = now()
        referral_id = Referral.create(created_at=stamp, updated_at=stamp, **values).id
        if on_timeline:
            _log(get(referral_id))
    return referral_id


def update(referral_id: int, data: ReferralData) -> None:
    values = validate(data)
    with transaction():
        records.require(Referral, referral_id)
        Referral.update(updated_at=now(), **values).where(Referral.id == referral_id).execute()


def set_status(referral_id: int, status: str) -> None:
    status = check_choice(status, STATUSES, "status")
    with transaction():
        records.require(Referral, referral_id)
        Referral.update(status=status, updated_at=now()).where(
            Referral.id == referral_id).execute()


def record_closed(referral_id: int, value: str | int | None = None,
                  value_cents: int | None = None) -> None:
    """The referral closed business worth ``value`` (as typed) or ``value_cents``."""
    cents = value_cents if value_cents is not None else parse_money(value, "value")
    with transaction():
        records.require(Referral, referral_id)
        Referral.update(status="closed", value_cents=cents, updated_at=now()).where(
            Referral.id == referral_id).execute()


def get(referral_id: int) -> ReferralRow:
    rows = _rows(_select().where(Referral.id == referral_id))
    if not rows:
        records.require(Referral, None)
    return rows[0]


def list_referrals(status: str | tuple[Any, ...] = "", contact_id: int | None = None,
                   start: date | str | None = None, end: date | str | None = None,
                   trash: bool = False, limit: int = 10_000) -> list[ReferralRow]:
    """Newest first. ``contact_id`` keeps those that involve the contact on any side;
    ``start``/``end`` bound the date given (both included)."""
    query = _select().where(Referral.deleted_at.is_null(not trash))
    if status:
        statuses = (status,) if isinstance(status, str) else tuple(status)
        query = query.where(Referral.status.in_(statuses))
    if contact_id is not None:
        query = query.where((Referral.from_contact == contact_id)
                            | (Referral.to_contact == contact_id)
                            | (Referral.about_contact == contact_id))
    first, last = parse_date(start, "start"), parse_date(end, "end")
    if first is not None:
        query = query.where(Referral.given_on >= first)
    if last is not None:
        query = query.where(Referral.given_on <= last)
    return _rows(query.order_by(Referral.given_on.desc(), Referral.id.desc()).limit(limit))


def of_contact(contact_id: int) -> ContactReferrals:
    """The contact's referrals, given and received in both directions."""
    rows = list_referrals(contact_id=contact_id)
    return ContactReferrals(
        given=[r for r in rows if r.from_contact_id == contact_id],
        received=[r for r in rows if r.to_contact_id == contact_id],
        about=[r for r in rows if r.about_contact_id == contact_id],
    )


def trash(ids: Iterable[int]) -> int:
    return records.trash(Referral, ids)


def restore(ids: Iterable[int]) -> int:
    return records.restore(Referral, ids)


def describe(row: ReferralRow) -> str:
    """One line: "Me → Ana Gil: Pedro Ruiz", as timelines and the command line say it."""
    return translate("Referrals", "{source} → {target}: {about}").format(
        source=row.from_name or me(), target=row.to_name or me(), about=row.about)


# -- internals ----------------------------------------------------------------------------

def _log(row: ReferralRow) -> None:
    """A timeline entry on each contact the referral involves."""
    summary = translate("Referrals", "Referral {line}").format(line=describe(row))
    body = "\n".join(text for text in (labels.referral_status(row.status), row.notes) if text)
    stamp = now()
    occurred = datetime.combine(row.given_on, stamp.time()) if row.given_on != stamp.date() \
        else stamp
    for contact_id in dict.fromkeys(c for c in (row.from_contact_id, row.to_contact_id,
                                                 row.about_contact_id) if c is not None):
        Interaction.create(contact=contact_id, kind="referral", occurred_at=occurred,
                           summary=summary, body=body, created_at=stamp)


_From = Contact.alias("from_side")
_To = Contact.alias("to_side")
_About = Contact.alias("about_side")


def _select() -> ModelSelect[Referral]:
    return (Referral
            .select(Referral.id, Referral.from_contact, _From.display_name, Referral.to_contact,
                    _To.display_name, Referral.about_contact, _About.display_name,
                    Referral.about_text, Referral.given_on, Referral.status,
                    Referral.value_cents, Referral.ask, Referral.offer, Referral.notes,
                    Referral.deleted_at)
            .join(_From, JOIN.LEFT_OUTER, on=(Referral.from_contact == _From.id))
            .switch(Referral).join(_To, JOIN.LEFT_OUTER, on=(Referral.to_contact == _To.id))
            .switch(Referral).join(_About, JOIN.LEFT_OUTER,
                                   on=(Referral.about_contact == _About.id)))


def _rows(query: ModelSelect[Referral]) -> list[ReferralRow]:
    to_date: Callable[[Any], Any] = Referral.given_on.python_value
    to_dt: Callable[[Any], Any] = Referral.deleted_at.python_value
    out = []
    for (id_, from_id, from_name, to_id, to_name, about_id, about_name, about_text, given_on,
         status, value, ask, offer, notes, deleted) in cast(Rows, query.tuples()):
        out.append(ReferralRow(
            id=id_, from_contact_id=from_id, from_name=from_name or "", to_contact_id=to_id,
            to_name=to_name or "", about_contact_id=about_id,
            about=about_name or about_text or "", about_text=about_text or "",
            given_on=to_date(given_on), status=status, value_cents=value or 0, ask_id=ask,
            offer_id=offer, notes=notes or "", deleted_at=to_dt(deleted)))
    return out
