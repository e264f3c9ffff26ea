"""Quick capture at an event: one typed line becomes a person and everything around them.

During or right after a networking breakfast the user types, per person met: name,
company, an email or a phone, what they offer and what they ask (each with a category,
suggested from the words), what we talked about, and what *I* offered them or asked of
them. ``capture`` turns that line — in ONE transaction — into a contact met at the
event (or the existing contact with that email), their attendance with what we talked
about, their offer and ask, mine, and a follow-up task due a few days later. ``undo``
takes the last line back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from coopeten_gui.i18n import translate
from coopeten_gui.services import (
    contacts,
    events,
    followups,
    interactions,
    offers_asks,
    organizations,
    records,
)
from coopeten_gui.services.common import (
    ValidationError,
    check_email,
    check_phone,
    fold,
)
from coopeten_gui.services.contact_data import ContactData, Labeled
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage.models import Event, Organization

# the form's field names, which ``ValidationError.field`` refers to
FIELDS = ("event", "name", "company", "contact_info", "offer", "ask", "talked_about",
          "my_offer", "my_ask")


@dataclass(frozen=True)
class Captured:
    """What one line created, enough to show it in the session list and to undo it."""

    contact_id: int
    display_name: str
    company: str
    contact_info: str
    offer: str
    ask: str
    task_id: int
    offer_id: int | None = None
    ask_id: int | None = None
    created_contact: bool = True
    added_attendance: bool = True
    # an organization this line created (removed again by ``undo`` when left empty)
    new_organization_id: int | None = None
    talked_about: str = ""
    my_offer: str = ""
    my_ask: str = ""
    my_offer_id: int | None = None
    my_ask_id: int | None = None
    # the line on the contact's timeline saying where they were met
    interaction_id: int | None = None


def split_contact_info(text: str) -> tuple[str, str]:
    """``(email, phone)`` from what was typed in the one "email or phone" field.

    Anything with an ``@`` is meant as an email and must be a valid one; anything else
    must read as a phone number. Raises ``ValidationError`` on ``contact_info``.
    """
    text = text.strip()
    if not text:
        return "", ""
    if "@" in text:
        return check_email(text, "contact_info"), ""
    return "", check_phone(text, "contact_info")


def split_name(text: str) -> tuple[str, str]:
    """``(given, family)``: the first word is the given name, the rest the family name.

    "María Núñez García" → ("María", "Núñez García"); fixing a two-word given name later
    is one edit, while typing two fields at a breakfast table is one too many.
    """
    words = text.split()
    if not words:
        return "", ""
    return words[0], " ".join(words[1:])


def capture(event_id: int, name: str, company: str = "", contact_info: str = "",
            offer: str = "", ask: str = "",
            follow_up_days: int = followups.DEFAULT_FOLLOW_UP_DAYS,
            now: datetime | None = None, *, talked_about: str = "", my_offer: str = "",
            my_ask: str = "", offer_category_id: int | None = None,
            ask_category_id: int | None = None) -> Captured:
    """Record one person met at ``event_id``. All or nothing; nothing saved on error.

    ``offer_category_id`` / ``ask_category_id`` file their offer and ask (None: the
    category suggested from the words, if any); my offer and ask get theirs from the words.
    """
    name, company, offer, ask = name.strip(), company.strip(), offer.strip(), ask.strip()
    talked_about, my_offer, my_ask = talked_about.strip(), my_offer.strip(), my_ask.strip()
    if not event_id or not Event.select().where(Event.id == event_id,
                                                Event.deleted_at.is_null()).exists():
        raise ValidationError(translate("QuickCapture", "Choose the event first."), "event")
    if not name:
        raise ValidationError(translate("QuickCapture", "Type the person's name."), "name")
    email, phone = split_contact_info(contact_info)
    follow_up_days = max(0, int(follow_up_days))

    with transaction():
        existing = contacts.find_by_email(email) if email else None
        new_org = None
        if existing is None:
            if company and not _organization_exists(company):
                new_org = organizations.id_for_name(company)
            given, family = split_name(name)
            contact_id = contacts.create(ContactData(
                given_name=given, family_name=family, organization_name=company,
                emails=[Labeled(email, "work")] if email else [],
                phones=[Labeled(phone, "cell")] if phone else [],
                met_event_id=event_id,
            ))
            display_name = contacts.get(contact_id).display_name
        else:
            contact_id = existing
            display_name = contacts.get(contact_id).display_name
        attended = events.is_attendee(event_id, contact_id)
        if not attended or talked_about:
            events.add_attendee(event_id, contact_id, talked_about)

        def add(kind: str, party: str, text: str, category_id: int | None) -> int | None:
            if not text:
                return None
            if category_id is None:
                category_id = suggested_category_id(text)
            return offers_asks.create(offers_asks.OfferAskData(
                contact_id=contact_id, kind=kind, party=party, description=text,
                category_id=category_id, event_id=event_id))

        offer_id = add("offer", "them", offer, offer_category_id)
        ask_id = add("ask", "them", ask, ask_category_id)
        my_offer_id = add("offer", "me", my_offer, None)
        my_ask_id = add("ask", "me", my_ask, None)
        interaction_id = interactions.create(interactions.InteractionData(
            contact_id=contact_id, kind="event", event_id=event_id,
            summary=translate("QuickCapture", "Met at {event}").format(
                event=events.get(event_id).name)))
        task_id = followups.create(followups.FollowupData(
            title=translate("QuickCapture", "Follow up with {name}").format(name=display_name),
            due_at=followups.default_due(follow_up_days, now), contact_id=contact_id,
            event_id=event_id))
    return Captured(contact_id=contact_id, display_name=display_name, company=company,
                    contact_info=contact_info.strip(), offer=offer, ask=ask, task_id=task_id,
                    offer_id=offer_id, ask_id=ask_id, created_contact=existing is None,
                    added_attendance=not attended, new_organization_id=new_org,
                    talked_about=talked_about, my_offer=my_offer, my_ask=my_ask,
                    my_offer_id=my_offer_id, my_ask_id=my_ask_id,
                    interaction_id=interaction_id)


def undo(captured: Captured, event_id: int) -> None:
    """Take back one captured line: what it created goes away for good, in one transaction.

    A contact the line created is deleted with everything hanging from it; for a contact
    that already existed only the offer, ask, follow-up and attendance it added go.
    """
    with transaction():
        if captured.created_contact:
            contacts.trash([captured.contact_id])
            contacts.purge([captured.contact_id])
        else:
            ids = [i for i in (captured.offer_id, captured.ask_id, captured.my_offer_id,
                               captured.my_ask_id) if i is not None]
            offers_asks.trash(ids)
            followups.trash([captured.task_id])
            if captured.interaction_id is not None:
                interactions.trash([captured.interaction_id])
            if captured.added_attendance:
                events.remove_attendee(event_id, captured.contact_id)
        org = captured.new_organization_id
        if org is not None and not organizations.people(org):
            records.trash(Organization, [org])
            records.purge(Organization, [org])


def suggested_category_id(text: str) -> int | None:
    """The category the words suggest (``matching.suggest_category``), as a row id."""
    from coopeten_gui.services import matching

    key = matching.suggest_category(text)
    return offers_asks.category_id(key) if key else None


def _organization_exists(name: str) -> bool:
    key = fold(name)
    return any(fold(row.name) == key for row in organizations.list_organizations(text=name))
