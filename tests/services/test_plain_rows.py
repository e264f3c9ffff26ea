"""What a service's ``get``/``list`` hands out is a plain row, never a peewee model
instance a widget could read the database through (or write it behind the service)."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import peewee
import pytest

from coopeten_gui.services import (
    agreements,
    contact_list,
    contacts,
    events,
    followups,
    my_business,
    offers_asks,
    organizations,
    promotions,
    proposals,
    referrals,
    templates,
)
from coopeten_gui.storage.models import Event


def models_in(value, path: str = "result") -> list[str]:
    """Where a peewee model instance hides in ``value`` (lists, tuples, dicts, rows)."""
    if isinstance(value, peewee.Model):
        return [f"{path}: {type(value).__name__}"]
    if isinstance(value, dict):
        return [found for key, item in value.items()
                for found in models_in(item, f"{path}[{key!r}]")]
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return [found for name in value._fields
                for found in models_in(getattr(value, name), f"{path}.{name}")]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [found for i, item in enumerate(value) for found in models_in(item, f"{path}[{i}]")]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [found for field in dataclasses.fields(value)
                for found in models_in(getattr(value, field.name), f"{path}.{field.name}")]
    return []


def first_id(rows) -> int:
    assert rows, "the demo holds at least one"
    return rows[0].id


def _reads() -> dict[str, object]:
    """Every service's get and list over the demo business, by name."""
    template_id = templates.create(templates.TemplateData(name="Mi carta", body="Hola",
                                                          language="es"))
    contact_id = contact_list.contact_ids()[0]
    proposal_id = first_id(proposals.list_proposals())
    event_id = first_id(events.list_events())
    return {
        "contacts.get": contacts.get(contact_id),
        "contact_list.list_contacts": contact_list.list_contacts(),
        "contact_list.contact_rows": contact_list.contact_rows([contact_id]),
        "organizations.get": organizations.get(first_id(organizations.list_organizations())),
        "organizations.list_organizations": organizations.list_organizations(),
        "events.get": events.get(event_id),
        "events.list_events": events.list_events(),
        "events.attendees": events.attendees(event_id),
        "proposals.get": proposals.get(proposal_id),
        "proposals.list_proposals": proposals.list_proposals(),
        "agreements.get": agreements.get(proposal_id),
        "agreements.list_commitments": agreements.list_commitments(proposal_id),
        "templates.get": templates.get(template_id),
        "templates.find": templates.find("Mi carta"),
        "templates.list_templates": templates.list_templates(),
        "tasks.get": followups.get(first_id(followups.list_tasks())),
        "tasks.list_tasks": followups.list_tasks(),
        "exchanges.get": offers_asks.get(first_id(offers_asks.list_offers_asks())),
        "exchanges.list_offers_asks": offers_asks.list_offers_asks(),
        "referrals.get": referrals.get(first_id(referrals.list_referrals())),
        "referrals.list_referrals": referrals.list_referrals(),
        "promotions.list_promotions": promotions.list_promotions(contact_id),
        "profile.get": my_business.get(),
    }


def test_every_get_and_list_hands_out_plain_rows(demo_db):
    reads = _reads()
    found = {name: where for name, value in reads.items() if (where := models_in(value))}
    assert found == {}


@pytest.mark.parametrize("name", ["organizations.get", "events.get", "proposals.get",
                                  "templates.get"])
def test_a_record_is_frozen(demo_db, name):
    record = _reads()[name]
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.name = "changed behind the service"  # type: ignore[misc]


def test_the_check_finds_a_model_handed_out(demo_db):
    event = Event.get()
    assert models_in([("row", {"event": event})]) == ["result[0][1]['event']: Event"]
    assert models_in(events.get(event.id)) == []


def test_a_record_keeps_what_the_widgets_read(demo_db):
    event_id = first_id(events.list_events())
    record = events.get(event_id)
    stored = Event.get_by_id(event_id)
    assert (record.name, record.place, record.cost_cents) == (
        stored.name, stored.place, stored.cost_cents)
    assert isinstance(record.starts_at, datetime)
    proposal = proposals.get(first_id(proposals.list_proposals()))
    assert proposal.contact_id == contacts.get(proposal.contact_id).id
