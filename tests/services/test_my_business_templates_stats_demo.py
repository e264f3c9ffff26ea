"""The business profile, user templates, counts and the demo data."""

from __future__ import annotations

import pytest

from coopeten_gui.services import (
    contact_list,
    contacts,
    followups,
    my_business,
    offers_asks,
    promotions,
    stats,
    templates,
)
from coopeten_gui.services.common import ValidationError, parse_money
from coopeten_gui.storage import database


def test_profile_round_trip_and_validation(db):
    data = my_business.get()
    assert data.name == "" and data.currency == "EUR"
    data.name, data.email = "Mi Negocio", "hola@minegocio.es"
    data.currency, data.logo = "usd", b"png"
    my_business.save(data)
    again = my_business.get()
    assert (again.name, again.currency, again.logo) == ("Mi Negocio", "USD", b"png")
    data.email = "no es un correo"
    with pytest.raises(ValidationError):
        my_business.save(data)
    assert my_business.get().email == "hola@minegocio.es"


def test_user_templates(db):
    tid = templates.create(templates.TemplateData(name="Mi carta", body="Hola {{ contact }}",
                                                  language="es"))
    assert templates.find("Mi carta").id == tid
    templates.update(tid, templates.TemplateData(name="Mi carta", body="Adiós", language="es"))
    assert templates.get(tid).body == "Adiós"
    templates.trash([tid])
    assert templates.find("Mi carta") is None
    with pytest.raises(ValidationError):
        templates.create(templates.TemplateData(name="x", body="", language="fr"))


@pytest.mark.parametrize("typed, cents", [("12", 1200), ("12,5", 1250), ("1.234,50", 123450),
                                          ("1,234.50", 123450), ("€ 20", 2000), (7, 700),
                                          ("", 0), (None, 0)])
def test_money_as_people_type_it(typed, cents):
    assert parse_money(typed) == cents


@pytest.mark.parametrize("typed", ["doce", "-5", "1.2.3,4,5"])
def test_money_that_is_not_money(typed):
    with pytest.raises(ValidationError):
        parse_money(typed)


def test_stats_count_live_records_only(db):
    from coopeten_gui.services.contact_data import ContactData

    a = contacts.create(ContactData(given_name="A"))
    contacts.create(ContactData(given_name="B"))
    offers_asks.create(offers_asks.OfferAskData(contact_id=a, description="x"))
    contacts.trash([a])
    counts = dict(stats.counts())
    assert counts["contacts"] == 1
    assert counts["offers_asks"] == 0  # its contact is in the trash


def test_demo_is_a_living_crm(demo_db):
    counts = dict(stats.counts())
    assert counts["contacts"] == 40
    assert 14 <= counts["organizations"] <= 16
    assert counts["events"] == 6
    assert counts["offers_asks"] >= 30
    assert counts["proposals"] == 5  # two of them decided months ago, for the dashboard
    agenda = followups.agenda()
    assert agenda.overdue and agenda.today and agenda.upcoming
    categories = {r.category_key for r in offers_asks.list_offers_asks()}
    assert {"cross_promotion", "referral", "supply", "training", "shared_space"} <= categories
    assert {(r.kind, r.party) for r in offers_asks.list_offers_asks()} >= {
        ("offer", "them"), ("ask", "them"), ("offer", "me")}
    maria = contact_list.search_contacts("María Núñez")[0]
    balance = promotions.balance(maria.id)
    assert balance.mine.audience_reached > 0 and balance.theirs.audience_reached > 0
    assert my_business.get().name == "Tostadores del Barrio"
    assert database.integrity_errors() == []
