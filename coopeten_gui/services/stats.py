"""Counts of each kind of live object, for the ``stats`` command and the status bar."""

from __future__ import annotations

from coopeten_gui.storage.models import (
    Contact,
    CrossPromotion,
    Event,
    Interaction,
    OfferAsk,
    Organization,
    Proposal,
    Task,
    Template,
)

# (plural name, model, needs a live contact)
_KINDS = (
    ("contacts", Contact, False),
    ("organizations", Organization, False),
    ("events", Event, False),
    ("offers_asks", OfferAsk, True),
    ("followups", Task, False),
    ("proposals", Proposal, True),
    ("interactions", Interaction, True),
    ("cross_promotions", CrossPromotion, True),
    ("templates", Template, False),
)


def counts() -> list[tuple[str, int]]:
    result = []
    for name, model, via_contact in _KINDS:
        query = model.select().where(model.deleted_at.is_null())
        if via_contact:
            query = query.join(Contact).where(Contact.deleted_at.is_null())
        if model is Task:
            query = query.where(Task.done_at.is_null())
        result.append((name, query.count()))
    return result
