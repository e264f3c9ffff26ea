"""Introductions made from a match: one contact's ask (X) and another's offer (Y).

``prepare`` writes the letters: a double opt-in pair ("would you like me to introduce
you to…", one to each side, each in that contact's language) or one joint letter to
both. ``record_introduction`` notes that they went out: an entry on both timelines, a
follow-up "did they connect?" a week later, and a referral from me to X about Y, in
one transaction. A match is named only by its pair of offer/ask ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import fn

from coopeten_gui.i18n import translate
from coopeten_gui.services import (
    followups,
    interactions,
    letter_context,
    letter_rendering,
    letter_templates,
    offers_asks,
    referrals,
)
from coopeten_gui.services.common import NotFoundError, ValidationError, now
from coopeten_gui.services.offers_asks import OfferAskRow
from coopeten_gui.storage.database import transaction
from coopeten_gui.storage.models import Contact, OfferAsk, Referral

STYLES = ("opt_in", "joint")
#: the built-in letter of each style
TEMPLATES = {"opt_in": "introduction_opt_in", "joint": "introduction_joint"}
#: when to ask whether the two connected
FOLLOW_UP_DAYS = 7


class IntroductionError(ValidationError):
    """This pair cannot be introduced; the message says why."""


@dataclass(frozen=True)
class Sides:
    """The two sides of a match: X asks, Y offers."""

    ask: OfferAskRow
    offer: OfferAskRow

    @property
    def asker_id(self) -> int:
        return self.ask.contact_id

    @property
    def asker_name(self) -> str:
        return self.ask.contact_name

    @property
    def offerer_id(self) -> int:
        return self.offer.contact_id

    @property
    def offerer_name(self) -> str:
        return self.offer.contact_name


@dataclass(frozen=True)
class Recorded:
    """What ``record_introduction`` wrote."""

    referral_id: int
    task_id: int
    interaction_ids: tuple[int, int]  # on X's timeline, on Y's


def sides(ask_id: int, offer_id: int) -> Sides:
    """The match's two rows, checked: a live ask and a live offer of two other people."""
    try:
        ask, offer = offers_asks.get(ask_id), offers_asks.get(offer_id)
    except NotFoundError:
        raise IntroductionError(translate(
            "Introductions", "This match no longer exists: its ask or its offer was "
                             "deleted.")) from None
    if ask.kind != "ask" or offer.kind != "offer":
        raise IntroductionError(translate(
            "Introductions", "An introduction needs someone's ask and someone else's offer."))
    if _trashed(ask_id) or _trashed(offer_id):
        raise IntroductionError(translate(
            "Introductions", "This match no longer exists: its ask or its offer is in the "
                             "trash."))
    if ask.party != "them" or offer.party != "them":
        raise IntroductionError(translate(
            "Introductions", "An introduction puts two of your contacts in touch; this ask "
                             "or offer is your own."))
    if ask.contact_id == offer.contact_id:
        raise IntroductionError(translate(
            "Introductions", "The ask and the offer are both {name}'s: there is no one to "
                             "introduce.").format(name=ask.contact_name))
    return Sides(ask, offer)


def prepare(ask_id: int, offer_id: int, style: str = "opt_in",
            today: date | None = None) -> list[letter_rendering.Letter]:
    """The letters of the introduction: for "opt_in" one to X then one to Y, each in
    that contact's language; for "joint" one letter to both, in X's language.

    Raises ``IntroductionError``, ``TemplateError`` (a user's copy that is broken) or
    ``LetterError``.
    """
    if style not in STYLES:
        raise IntroductionError(translate("Introductions", "Unknown kind of introduction."))
    pair = sides(ask_id, offer_id)
    shared = letter_context.profile_context()
    if style == "joint":
        return [_letter(pair, "joint", pair.asker_id, pair.offerer_id, "ask", today, shared)]
    return [_letter(pair, "opt_in", pair.asker_id, pair.offerer_id, "ask", today, shared),
            _letter(pair, "opt_in", pair.offerer_id, pair.asker_id, "offer", today, shared)]


def record_introduction(ask_id: int, offer_id: int, style: str = "opt_in",
                        when: datetime | None = None) -> Recorded:
    """The letters went out: log it on both timelines, plan "did they connect?" a week
    later, and record a referral from me to X about Y. One transaction."""
    pair = sides(ask_id, offer_id)
    when = (when or now()).replace(microsecond=0)
    how = (translate("Introductions", "Double opt-in letters, one to each side.")
           if style == "opt_in" else
           translate("Introductions", "One introduction letter to both."))
    body = "\n".join((
        translate("Introductions", "{name} asks: {text}").format(
            name=pair.asker_name, text=pair.ask.description),
        translate("Introductions", "{name} offers: {text}").format(
            name=pair.offerer_name, text=pair.offer.description),
        how))
    with transaction():
        asker_entry, offerer_entry = (
            interactions.create(interactions.InteractionData(
                contact_id=contact_id, kind="introduction", occurred_at=when, body=body,
                summary=translate("Introductions", "Introduced to {name}").format(name=other)))
            for contact_id, other in ((pair.asker_id, pair.offerer_name),
                                      (pair.offerer_id, pair.asker_name)))
        task_id = followups.create(followups.FollowupData(
            title=translate("Introductions", "Did {asker} and {offerer} connect?").format(
                asker=pair.asker_name, offerer=pair.offerer_name),
            due_at=followups.default_due(FOLLOW_UP_DAYS, when), contact_id=pair.asker_id,
            notes=body))
        referral_id = referrals.create(referrals.ReferralData(
            from_contact_id=None, to_contact_id=pair.asker_id,
            about_contact_id=pair.offerer_id, given_on=when.date(), status="given",
            ask_id=ask_id, offer_id=offer_id, notes=how), on_timeline=False)
    return Recorded(referral_id, task_id, (asker_entry, offerer_entry))


def introduced_on(ask_id: int, offer_id: int) -> date | None:
    """When this match was last introduced (a live referral made from it), or None."""
    value = (Referral.select(fn.MAX(Referral.given_on))
             .where(Referral.ask == ask_id, Referral.offer == offer_id,
                    Referral.deleted_at.is_null()).scalar())
    return Referral.given_on.python_value(value) if value else None


def follow_up_date(when: datetime | None = None) -> datetime:
    return followups.default_due(FOLLOW_UP_DAYS, when or now())


# -- internals ----------------------------------------------------------------------------

def _trashed(row_id: int) -> bool:
    """The row, or the contact it belongs to, is in the trash."""
    row = (OfferAsk.select(OfferAsk.deleted_at, Contact.deleted_at.alias("gone"))
           .join(Contact, on=(OfferAsk.contact == Contact.id))
           .where(OfferAsk.id == row_id).dicts().first())
    return row is None or row["deleted_at"] is not None or row["gone"] is not None


def _template(name: str, language: str) -> letter_templates.LetterTemplate:
    """The user's copy of the built-in in this language if they made one, else the built-in."""
    return (letter_templates.user_copy(name, language)
            or letter_templates.builtin_template(name, language))


def _letter(pair: Sides, style: str, reader_id: int, other_id: int, side: str,
            today: date | None,
            shared: tuple[dict[str, Any], bytes | None]) -> letter_rendering.Letter:
    language = letter_templates.letter_language(reader_id)
    template = _template(TEMPLATES[style], language)
    values, logo = shared
    context = letter_context.match_context(reader_id, other_id, pair.ask, pair.offer, side,
                                           language, today, profile_values=values)
    body, subject = letter_rendering.render_context(template, context, language)
    reader = context["contact"]
    recipients: str | list[str] = reader["email"]
    name = reader["display_name"]
    if style == "joint":
        other = context["other_contact"]
        # the joint letter goes to both: the mail program gets the two addresses
        recipients = [email for email in (reader["email"], other["email"]) if email]
        name = translate("Introductions", "{first} and {second}").format(
            first=reader["display_name"], second=other["display_name"])
    return letter_rendering.Letter(body_html=body, subject=subject, language=language,
                          profile=values, logo=logo, contact_id=reader_id, contact_name=name,
                          contact_email=recipients,
                          template_name=template.name)

