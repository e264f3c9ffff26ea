"""Organizations, events, offers and asks, cross-promotions, timeline."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from coopeten_gui.services import (
    contacts,
    events,
    interactions,
    offers_asks,
    organizations,
    promotions,
)
from coopeten_gui.services.common import ValidationError
from coopeten_gui.services.contact_data import ContactData


@pytest.fixture
def two(db):
    a = contacts.create(ContactData(given_name="Ana", organization_name="Alfa"))
    b = contacts.create(ContactData(given_name="Bruno", organization_name="Beta"))
    return a, b


def test_organizations_are_shared_by_name_and_list_their_people(two):
    a, b = two
    c = contacts.create(ContactData(given_name="Carla", organization_name="ALFA"))
    alfa = organizations.id_for_name("Alfa")
    assert organizations.people(alfa) == [(a, "Ana"), (c, "Carla")]
    rows = {r.name: r.people for r in organizations.list_organizations()}
    assert rows == {"Alfa": 2, "Beta": 1}
    assert [r.name for r in organizations.list_organizations("bet")] == ["Beta"]
    with pytest.raises(ValidationError):
        organizations.create(organizations.OrganizationData(name=" "))
    organizations.trash([alfa])
    assert [r.name for r in organizations.list_organizations()] == ["Beta"]
    organizations.restore([alfa])
    assert len(organizations.list_organizations()) == 2


def test_events_with_attendees_and_costs(two):
    a, b = two
    ev = events.create(events.EventData(name="Feria", kind="fair", starts_at="2026-10-02 10:00",
                                        place="Valencia", cost="120,50"))
    events.add_attendee(ev, a, "Hablamos de repartos")
    events.add_attendee(ev, b)
    events.add_attendee(ev, a, "Repartos y café")  # updates, does not duplicate
    assert [(r.display_name, r.talked_about) for r in events.attendees(ev)] == [
        ("Ana", "Repartos y café"), ("Bruno", "")]
    row = events.list_events()[0]
    assert (row.name, row.cost_cents, row.attendees) == ("Feria", 12050, 2)
    assert row.starts_at == datetime(2026, 10, 2, 10, 0)
    assert events.events_of_contact(a)[0][1] == "Feria"
    events.remove_attendee(ev, b)
    assert len(events.attendees(ev)) == 1
    for bad, field in [(events.EventData(name="", starts_at="2026-01-01"), "name"),
                       (events.EventData(name="X"), "starts_at"),
                       (events.EventData(name="X", starts_at="mañana"), "starts_at"),
                       (events.EventData(name="X", starts_at="2026-01-01", kind="party"), "kind"),
                       (events.EventData(name="X", starts_at="2026-01-01", cost="gratis"), "cost"),
                       (events.EventData(name="X", starts_at="2026-01-02 10:00",
                                         ends_at="2026-01-02 09:00"), "ends_at")]:
        with pytest.raises(ValidationError) as caught:
            events.create(bad)
        assert caught.value.field == field


def test_offers_and_asks_on_both_sides_and_matching(two):
    a, b = two
    space = offers_asks.category_id("shared_space")
    ev = events.create(events.EventData(name="Desayuno", starts_at="2026-11-01"))
    ask = offers_asks.create(offers_asks.OfferAskData(
        contact_id=a, kind="ask", party="them", description="Un local para talleres",
        category_id=space, event_id=ev))
    offer = offers_asks.create(offers_asks.OfferAskData(
        contact_id=b, kind="offer", party="them", description="Sala libre los martes",
        category_id=space, value="150"))
    mine = offers_asks.create(offers_asks.OfferAskData(
        contact_id=a, kind="offer", party="me", description="Café para sus talleres"))
    rows = offers_asks.list_offers_asks(contact_id=a)
    assert {(r.kind, r.party) for r in rows} == {("ask", "them"), ("offer", "me")}
    got = offers_asks.get(offer)
    assert (got.value_cents, got.category_key, got.contact_name) == (15000, "shared_space",
                                                                     "Bruno")
    assert offers_asks.get(ask).event_name == "Desayuno"
    found = offers_asks.matches(a)
    assert [(m.ask.id, m.offer.id) for m in found] == [(ask, offer)]
    offers_asks.set_status(offer, "fulfilled")
    assert offers_asks.matches(a) == []
    assert [r.id for r in offers_asks.list_offers_asks(status="fulfilled")] == [offer]
    assert [r.id for r in offers_asks.list_offers_asks(event_id=ev)] == [ask]
    offers_asks.trash([mine])
    assert len(offers_asks.list_offers_asks(contact_id=a)) == 1
    with pytest.raises(ValidationError):
        offers_asks.create(offers_asks.OfferAskData(contact_id=a, kind="gift", description="x"))
    with pytest.raises(ValidationError):
        offers_asks.create(offers_asks.OfferAskData(contact_id=a, description="  "))


def test_categories_are_seeded_and_editable(db):
    keys = [c.key for c in offers_asks.categories()]
    assert keys[:3] == ["cross_promotion", "referral", "representation"]
    assert len(keys) == 13
    own = offers_asks.add_category("Fotografía")
    assert offers_asks.categories()[-1].name == "Fotografía"
    offers_asks.rename_category(own, "Fotografía de producto")
    offers_asks.remove_category(own)
    assert own not in [c.id for c in offers_asks.categories()]
    assert offers_asks.add_category("fotografía de producto") == own  # brought back


def test_cross_promotion_balance(two):
    a, _ = two
    promotions.create(promotions.PromotionData(
        contact_id=a, direction="mine", channel="Newsletter", promoted_on="2026-10-01",
        audience_reached=4800, visits=300, leads=40, sales=10, revenue="1.800,00"))
    promotions.create(promotions.PromotionData(
        contact_id=a, direction="theirs", channel="Newsletter", promoted_on=date(2026, 10, 8),
        audience_reached="3200", visits=250, leads=30, sales=8, revenue=1350))
    promotions.create(promotions.PromotionData(
        contact_id=a, direction="theirs", channel="Instagram", promoted_on="2026-10-15",
        audience_reached=1000, visits=50))
    balance = promotions.balance(a)
    assert balance.mine.audience_reached == 4800 and balance.mine.revenue_cents == 180000
    assert balance.theirs.audience_reached == 4200 and balance.theirs.promotions == 2
    assert balance.theirs.revenue_cents == 135000
    assert balance.audience_difference == -600
    assert balance.is_fair
    assert [p.channel for p in promotions.list_promotions(a)] == [
        "Instagram", "Newsletter", "Newsletter"]
    with pytest.raises(ValidationError):
        promotions.create(promotions.PromotionData(contact_id=a, promoted_on="2026-10-01",
                                                   visits=-1))


def test_balance_of_a_one_sided_swap_is_not_fair(two):
    a, _ = two
    promotions.create(promotions.PromotionData(contact_id=a, direction="mine",
                                               promoted_on="2026-10-01", audience_reached=500))
    assert not promotions.balance(a).is_fair
    assert promotions.balance(a).theirs.audience_reached == 0


def test_timeline_is_newest_first(two):
    a, _ = two
    interactions.create(interactions.InteractionData(contact_id=a, summary="Primera llamada",
                                                     kind="call", occurred_at="2026-09-01"))
    interactions.create(interactions.InteractionData(contact_id=a, summary="Reunión",
                                                     kind="meeting",
                                                     occurred_at="2026-10-01 12:00"))
    assert [r.summary for r in interactions.timeline(a)] == ["Reunión", "Primera llamada"]
    with pytest.raises(ValidationError):
        interactions.create(interactions.InteractionData(contact_id=a, summary=""))
    with pytest.raises(ValidationError):
        interactions.create(interactions.InteractionData(contact_id=a, summary="x",
                                                         kind="telegram"))
