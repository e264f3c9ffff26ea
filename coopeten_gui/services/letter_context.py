"""What a letter says about whom: the template context for one contact, in the letter's
language.

The context has the shape documented in ``documents.context`` (plain dicts and lists,
never database rows): the profile, the contact and their organization, the open
offers and asks of both sides with their categories in the letter's language, the
event where we met, the cross-promotions with their totals, today and the language.
For an introduction letter, ``other_contact`` is someone whose open offer meets one of
this contact's open asks (``exchanges.matches``); ``match_context`` gives the context of
one given match.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from coopeten_gui.i18n import translate
from coopeten_gui.services import (
    contacts,
    events,
    my_business,
    offers_asks,
    organizations,
    promotions,
)
from coopeten_gui.services.common import NotFoundError
from coopeten_gui.services.contact_data import ContactRecord
from coopeten_gui.services.letter_templates import (
    OPEN_STATUSES,
    base_language,
    category_name,
    default_language,
    letter_language,
)


def profile_context(language: str | None = None) -> tuple[dict[str, Any], bytes | None]:
    """The profile as templates see it in a letter in ``language`` (the default letter
    language when None), and the logo bytes for the letterhead. A text missing in that
    language is the other language's (``profile_warning`` says which)."""
    data = my_business.get()
    keys = ("name", "address", "phone", "email", "website", "signature_name")
    values = {key: getattr(data, key) or "" for key in keys}
    values.update(my_business.letter_texts(data,
                                           base_language(language) or default_language()).values)
    values["currency"] = (data.currency or "EUR").upper()
    logo = bytes(data.logo) if data.logo else None
    values["has_logo"] = bool(logo)
    return values, logo


def profile_warning(language: str) -> str:
    """The warning an editor shows when a letter in ``language`` borrows profile texts
    from the other language ("" when it needs none)."""
    return my_business.borrowed_warning(my_business.letter_texts(my_business.get(),
                                                                 base_language(language)))


def resolve_contact(id_or_email: str | int) -> int:
    """A live contact by number or email address; ``NotFoundError`` otherwise."""
    text = str(id_or_email).strip()
    contact_id: int | None = None
    if text.isdigit():
        contact_id = int(text)
    elif "@" in text:
        contact_id = contacts.find_by_email(text)
    if contact_id is not None:
        try:
            if contacts.get(contact_id).deleted_at is None:
                return contact_id
        except NotFoundError:
            pass
    raise NotFoundError(translate(
        "Letters", "There is no contact with the number or email address “{value}”.").format(
        value=text))


def _contact_dict(record: ContactRecord) -> dict[str, Any]:
    emails = [e.value for e in record.emails]
    return {
        "display_name": record.display_name,
        "given_name": record.given_name,
        "family_name": record.family_name,
        "prefix": record.prefix,
        "job_title": record.job_title,
        "emails": emails,
        "email": emails[0] if emails else "",
        "phone": record.phones[0].value if record.phones else "",
        "organization": record.organization_name,
        "stage": record.stage,
        "audience_size": record.audience_size or 0,
        "met_where": record.met_where or record.met_event_name,
    }


def _exchange_dict(row: offers_asks.OfferAskRow, language: str) -> dict[str, Any]:
    return {
        "category": category_name(row.category_key, row.category_name, language),
        "category_key": row.category_key or "",
        "description": row.description,
        "value_cents": row.value_cents or 0,
        "status": row.status,
    }


def _event_dict(record: ContactRecord) -> dict[str, Any] | None:
    event_id = record.met_event_id
    if event_id is None:
        attended = events.events_of_contact(record.id)  # newest first: where we met is the oldest
        event_id = attended[-1][0] if attended else None
    if event_id is None:
        return None
    event = events.get(event_id)
    if event.deleted_at is not None:
        return None
    return {"name": event.name, "kind": event.kind, "starts_at": event.starts_at,
            "place": event.place}


def _promotions(contact_id: int) -> dict[str, Any]:
    rows = sorted(promotions.list_promotions(contact_id), key=lambda r: (r.promoted_on, r.id))
    sides: dict[str, list[dict[str, Any]]] = {"mine": [], "theirs": []}
    for row in rows:
        sides.setdefault(row.direction, []).append({
            "channel": row.channel,
            "promoted_on": row.promoted_on,
            "audience_reached": row.audience_reached,
            "visits": row.visits,
            "leads": row.leads,
            "sales": row.sales,
            "revenue_cents": row.revenue_cents,
            "notes": row.notes,
        })
    balance = promotions.balance(contact_id)
    totals = {
        side: {key: getattr(getattr(balance, side), key)
               for key in ("audience_reached", "visits", "leads", "sales", "revenue_cents")}
        for side in ("mine", "theirs")
    }
    return {"mine": sides["mine"], "theirs": sides["theirs"], "totals": totals}


def introduction_match(contact_id: int) -> offers_asks.Match | None:
    """The first open ask of the contact met by another contact's open offer."""
    for match in offers_asks.matches(contact_id):
        if match.ask.party == "them" and match.ask.contact_id == contact_id:
            return match
    return None


def build_context(contact_id: int, language: str | None = None, today: date | None = None,
                  other_contact_id: int | None = None,
                  profile_values: dict[str, Any] | None = None,
                  introduce: bool = True) -> dict[str, Any]:
    """The variables a template sees for this contact (``documents.context.LetterContext``).

    ``other_contact`` and ``match`` are filled when another contact's open offer meets an
    open ask of this one (or ``other_contact_id`` names who to introduce); ``introduce``
    False skips that search for templates that never use them.
    """
    language = base_language(language) or letter_language(contact_id)
    record = contacts.get(contact_id)
    if profile_values is None:
        profile_values, _logo = profile_context(language)
    rows = offers_asks.list_offers_asks(contact_id=contact_id, status=OPEN_STATUSES, limit=10_000)
    rows.sort(key=lambda r: (r.created_at, r.id))  # in the order they came up

    def pick(kind: str, party: str) -> list[dict[str, Any]]:
        return [_exchange_dict(r, language) for r in rows if r.kind == kind and r.party == party]

    organization = None
    if record.organization_id:
        org = organizations.get(record.organization_id)
        organization = {"name": org.name, "website": org.website}
    other_contact = match = None
    found = introduction_match(contact_id) if introduce else None
    if other_contact_id is None and found is not None:
        other_contact_id = found.offer.contact_id
    if other_contact_id is not None:
        other_contact = _contact_dict(contacts.get(other_contact_id))
        if found is not None and found.offer.contact_id == other_contact_id:
            match = {"ask": _exchange_dict(found.ask, language),
                     "offer": _exchange_dict(found.offer, language), "side": "ask"}
    return {
        "profile": profile_values,
        "contact": _contact_dict(record),
        "organization": organization,
        "event": _event_dict(record),
        "offers_mine": pick("offer", "me"),
        "offers_theirs": pick("offer", "them"),
        "asks_mine": pick("ask", "me"),
        "asks_theirs": pick("ask", "them"),
        "promotions": _promotions(contact_id),
        "other_contact": other_contact,
        "match": match,
        "today": today or date.today(),
        "language": language,
        "agreement": None,  # filled for an agreement (services.agreement_letter)
    }


def match_context(contact_id: int, other_contact_id: int, ask: offers_asks.OfferAskRow,
                  offer: offers_asks.OfferAskRow, side: str, language: str | None = None,
                  today: date | None = None,
                  profile_values: dict[str, Any] | None = None) -> dict[str, Any]:
    """The context of an introduction letter to ``contact_id`` about ``other_contact_id``,
    for one given match: ``ask`` and ``offer`` as they are written, ``side`` the one the
    reader stands on ("ask" or "offer")."""
    language = base_language(language) or letter_language(contact_id)
    context = build_context(contact_id, language, today, profile_values=profile_values,
                            introduce=False)
    context["other_contact"] = _contact_dict(contacts.get(other_contact_id))
    context["match"] = {"ask": _exchange_dict(ask, language),
                        "offer": _exchange_dict(offer, language), "side": side}
    return context
