"""Full-text search: accents, prefixes, every searchable field, kept in step with writes."""

from __future__ import annotations

import pytest

from coopeten_gui.services import contact_list, contacts, offers_asks, organizations
from coopeten_gui.services.contact_data import ContactData, Labeled


def names(text):
    return [r.display_name for r in contact_list.search_contacts(text)]


@pytest.fixture
def people(db):
    maria = contacts.create(ContactData(
        given_name="María", family_name="Núñez", organization_name="Panadería Sol",
        emails=[Labeled("maria@sol.es")], phones=[Labeled("+34 600 123 456")],
        notes="Le interesa el compost", tags=["barrio"]))
    tom = contacts.create(ContactData(given_name="Tom", family_name="Baker",
                                      organization_name="La Colmena"))
    return maria, tom


@pytest.mark.parametrize("typed", ["maria", "marí", "MARIA", "Mar", "nunez", "Núñ",
                                   "maria nunez", "panaderia", "sol", "maria@sol",
                                   "600", "34600123456", "compost", "barr"])
def test_finds_maria_however_it_is_typed(people, typed):
    assert names(typed) == ["María Núñez"]


def test_words_must_all_match(people):
    assert names("maria baker") == []
    assert names("tom colmena") == ["Tom Baker"]


def test_offers_and_asks_text_is_searchable_and_follows_edits(people):
    maria, tom = people
    row = offers_asks.create(offers_asks.OfferAskData(
        contact_id=tom, kind="offer", party="them", description="Reparto en bicicleta"))
    assert names("bicicleta") == ["Tom Baker"]
    offers_asks.update(row, offers_asks.OfferAskData(
        contact_id=maria, kind="ask", party="them", description="Hornos compartidos"))
    assert names("bicicleta") == [] and names("hornos") == ["María Núñez"]
    offers_asks.trash([row])
    assert names("hornos") == []


def test_index_follows_renames_tags_and_deletions(people):
    maria, tom = people
    org = organizations.id_for_name("La Colmena")
    organizations.update(org, organizations.OrganizationData(name="The Hive"))
    assert names("hive") == ["Tom Baker"] and names("colmena") == []
    contacts.add_tag([tom], "coworking")
    assert names("cowork") == ["Tom Baker"]
    contacts.trash([maria])
    assert names("maria") == []
    contacts.trash([tom])
    contacts.purge([tom])
    assert names("hive") == []


@pytest.mark.parametrize("typed", ['"', "*", "AND", "NEAR(", "maria OR", "-", "()", "^", ""])
def test_search_syntax_typed_by_the_user_never_breaks(people, typed):
    assert isinstance(names(typed), list)
    assert contact_list.count(contact_list.ContactQuery(text=typed)) >= 0


def test_the_list_query_uses_the_index_too(people):
    ids = contact_list.contact_ids(contact_list.ContactQuery(text="mari"))
    assert len(ids) == 1
