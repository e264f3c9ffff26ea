"""Finding likely duplicates, and merging two contacts without losing anything."""

from __future__ import annotations

import random
from datetime import date

import pytest

from coopeten_gui.services import (
    contacts,
    duplicates,
    events,
    followups,
    interactions,
    offers_asks,
    promotions,
    proposals,
)
from coopeten_gui.services.common import ValidationError
from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress
from coopeten_gui.storage import database

GIVEN = ["María", "José", "Lucía", "Javier", "Carmen", "Pablo", "Elena", "Andrés", "Sofía",
         "Tomás", "Nerea", "Íñigo", "Olga", "Raúl", "Beatriz", "Hugo", "Irene", "Óscar"]
FAMILY = ["Núñez", "García", "Soler", "Ibáñez", "Martí", "Vidal", "Cortés", "Peña", "Roig",
          "Lozano", "Ruiz", "Moreno", "Sanchis", "Llorca", "Navarro", "Castells", "Esteve",
          "Marín", "Ferrer", "Benlloch", "Giménez", "Okafor", "Schmidt", "Laurent"]


def _kinds(pair) -> set[str]:
    return {r.code for r in pair.reasons}


def _pair(found, a: int, b: int):
    key = (min(a, b), max(a, b))
    return next((p for p in found if (p.first_id, p.second_id) == key), None)


def test_same_email_phone_and_name_are_found_and_strangers_are_not(db):
    maria = contacts.create(ContactData(given_name="María", family_name="Núñez",
                                        emails=[Labeled("maria@masamadre.es")],
                                        phones=[Labeled("+34 600 123 456")]))
    by_email = contacts.create(ContactData(given_name="M.", family_name="N.",
                                           emails=[Labeled("MARIA@MasaMadre.es")]))
    by_phone = contacts.create(ContactData(given_name="Panadería",
                                           phones=[Labeled("600123456")]))
    by_name = contacts.create(ContactData(given_name="maria", family_name="nunez"))
    reordered = contacts.create(ContactData(display_name="Núñez, María"))
    typo = contacts.create(ContactData(given_name="María", family_name="Núñes"))
    stranger = contacts.create(ContactData(given_name="Mario", family_name="Núñez Lozano",
                                           emails=[Labeled("mario@example.com")],
                                           phones=[Labeled("+34 611 000 000")]))
    found = duplicates.find_duplicates()

    assert "email" in _kinds(_pair(found, maria, by_email))
    assert "phone" in _kinds(_pair(found, maria, by_phone))
    assert "name" in _kinds(_pair(found, maria, by_name))
    assert "name" in _kinds(_pair(found, maria, reordered))
    assert "similar_name" in _kinds(_pair(found, maria, typo))
    assert all(stranger not in (p.first_id, p.second_id) for p in found)
    # the surest (a shared email) comes first
    assert "email" in _kinds(found[0])


def test_short_numbers_and_numbered_names_are_not_duplicates(db):
    contacts.create(ContactData(given_name="Tienda 1", phones=[Labeled("112")]))
    contacts.create(ContactData(given_name="Tienda 2", phones=[Labeled("112")]))
    assert duplicates.find_duplicates() == []


def test_the_trash_is_left_out(db):
    a = contacts.create(ContactData(given_name="Ana", emails=[Labeled("ana@x.es")]))
    b = contacts.create(ContactData(given_name="Ana B", emails=[Labeled("ana@x.es")]))
    assert len(duplicates.find_duplicates()) == 1
    contacts.trash([b])
    assert duplicates.find_duplicates() == []
    assert a


@pytest.mark.slow
def test_two_thousand_contacts_with_planted_duplicates(db):
    """About 2,000 people, unique names, ten kinds of planted duplicates: all found,
    nothing else but pairs of people that truly share a name."""
    rng = random.Random(7)
    people = set()
    while len(people) < 2000:
        people.add((rng.choice(GIVEN), f"{rng.choice(FAMILY)} {rng.choice(FAMILY)}",
                    len(people)))
    ids = []
    with database.transaction():  # one commit for the lot: the test stays quick
        for given, family, n in sorted(people, key=lambda p: p[2]):
            ids.append(contacts.create(ContactData(
                given_name=given, family_name=family,
                emails=[Labeled(f"person{n}@example{n % 7}.com")],
                phones=[Labeled(f"+34 6{n:08d}")])))
    originals = [contacts.get(i) for i in ids[:10]]
    planted = {
        contacts.create(ContactData(given_name="X", emails=[Labeled(
            originals[0].emails[0].value.upper())])): (ids[0], "email"),
        contacts.create(ContactData(given_name="Y", phones=[Labeled(
            originals[1].phones[0].value.replace("+34 ", "").replace(" ", ""))])): (
            ids[1], "phone"),
        contacts.create(ContactData(display_name=originals[2].display_name.upper())): (
            ids[2], "name"),
        contacts.create(ContactData(given_name=originals[3].given_name,
                                    family_name=originals[3].family_name + "s")): (
            ids[3], "similar_name"),
    }
    found = duplicates.find_duplicates()
    for new_id, (original, kind) in planted.items():
        pair = _pair(found, new_id, original)
        assert pair is not None and kind in _kinds(pair), (kind, original)
    # emails and phones were made unique: other pairs can only be about names
    names = {i: contacts.get(i).display_name for p in found for i in (p.first_id,
                                                                        p.second_id)}
    for pair in found:
        if not _kinds(pair) & {"email", "phone"}:
            assert duplicates.name_key(names[pair.first_id])[:1] == \
                duplicates.name_key(names[pair.second_id])[:1]


def _rich_pair():
    """Two records of one person, each with its own share of the history."""
    event = events.create(events.EventData(name="Desayuno Ruzafa", starts_at="2026-03-01 08:00"))
    other_event = events.create(events.EventData(name="Feria", starts_at="2026-04-01 10:00"))
    keep = contacts.create(ContactData(
        given_name="María", family_name="Núñez", organization_name="Masa Madre",
        emails=[Labeled("maria@masamadre.es", "work")], phones=[Labeled("+34 600 123 456")],
        tags=["panadería"], notes="Met at the breakfast.", stage="contacted"))
    other = contacts.create(ContactData(
        given_name="Maria", family_name="Nunez", job_title="Maestra panadera",
        emails=[Labeled("MARIA@masamadre.es"), Labeled("maria.n@gmail.com", "home")],
        phones=[Labeled("600123456"), Labeled("+34 963 000 111", "work")],
        urls=[Labeled("https://masamadre.es")],
        addresses=[PostalAddress("work", street="Carrer de Sueca 1", city="València")],
        birthday=date(1985, 4, 12), tags=["barrio"], notes="Wants a list swap.",
        stage="ally", audience_size=3200, met_event_id=event))
    friend = contacts.create(ContactData(given_name="Javier", introduced_by_id=other))
    for contact_id in (keep, other):
        offers_asks.create(offers_asks.OfferAskData(contact_id=contact_id, kind="offer",
                                                party="them", description=f"offer {contact_id}"))
        followups.create(followups.FollowupData(title=f"call {contact_id}", due_at="2026-05-01",
                                    contact_id=contact_id))
        interactions.create(interactions.InteractionData(contact_id=contact_id,
                                                         summary=f"note {contact_id}"))
        promotions.create(promotions.PromotionData(contact_id=contact_id, direction="mine",
                                                   promoted_on=date.today(),
                                                   audience_reached=100))
    proposal = proposals.create(proposals.ProposalData(contact_id=other, title="Swap"))
    events.add_attendee(event, keep, "bread")
    events.add_attendee(event, other, "newsletter")  # both went: one row must remain
    events.add_attendee(other_event, other, "stand")
    return keep, other, friend, event, other_event, proposal


def _snapshot(contact_id: int) -> dict:
    return {
        "offers": sorted(r.description for r in
                         offers_asks.list_offers_asks(contact_id=contact_id)),
        "tasks": sorted(r.title for r in followups.list_tasks(contact_id=contact_id)),
        "timeline": sorted(r.summary for r in interactions.timeline(contact_id)),
        "proposals": sorted(r.title for r in proposals.list_proposals(contact_id=contact_id)),
        "promotions": promotions.balance(contact_id).mine.promotions,
        "events": sorted((name, talked) for _, name, _, talked in
                         events.events_of_contact(contact_id)),
    }


def test_merge_keeps_every_detail_and_history(db):
    keep, other, friend, event, other_event, proposal = _rich_pair()
    result = duplicates.merge(keep, other)

    merged = contacts.get(keep)
    assert [e.value for e in merged.emails] == ["maria@masamadre.es", "maria.n@gmail.com"]
    assert [p.value for p in merged.phones] == ["+34 600 123 456", "+34 963 000 111"]
    assert [u.value for u in merged.urls] == ["https://masamadre.es"]
    assert merged.addresses[0].street == "Carrer de Sueca 1"
    assert merged.tags == ["barrio", "panadería"]
    assert merged.notes == "Met at the breakfast.\n\nWants a list swap."
    assert (merged.job_title, merged.birthday, merged.audience_size) == (
        "Maestra panadera", date(1985, 4, 12), 3200)
    assert merged.organization_name == "Masa Madre" and merged.display_name == "María Núñez"
    assert merged.stage == "ally" and merged.met_event_id == event

    history = _snapshot(keep)
    assert history["offers"] == sorted([f"offer {keep}", f"offer {other}"])
    assert history["tasks"] == sorted([f"call {keep}", f"call {other}"])
    assert history["timeline"] == sorted([f"note {keep}", f"note {other}"])
    assert history["proposals"] == ["Swap"]
    assert history["promotions"] == 2
    assert history["events"] == [("Desayuno Ruzafa", "bread\nnewsletter"), ("Feria", "stand")]
    assert contacts.get(friend).introduced_by_id == keep
    assert contacts.get(other).deleted_at is not None  # in the trash, restorable
    assert result.keep_id == keep and result.other_id == other
    assert [p.first_id for p in duplicates.find_duplicates()] == []


def test_unmerge_puts_both_back_exactly(db):
    keep, other, friend, *_ = _rich_pair()
    before = {cid: (contacts.data_of(contacts.get(cid)), _snapshot(cid))
              for cid in (keep, other)}
    result = duplicates.merge(keep, other)
    duplicates.unmerge(result)
    for cid, (data, history) in before.items():
        assert contacts.data_of(contacts.get(cid)) == data
        assert _snapshot(cid) == history
    assert contacts.get(other).deleted_at is None
    assert contacts.get(friend).introduced_by_id == other


def test_merge_keeps_imported_values_a_form_would_refuse(db):
    keep = contacts.create(ContactData(given_name="Ana", emails=[Labeled("ana@x.es")]))
    other = contacts.create(ContactData(given_name="Ana", emails=[Labeled("ana (at) x.es")],
                                        phones=[Labeled("ext. 12")]), imported=True)
    result = duplicates.merge(keep, other)
    merged = contacts.get(keep)
    assert [e.value for e in merged.emails] == ["ana@x.es", "ana (at) x.es"]
    assert [p.value for p in merged.phones] == ["ext. 12"]
    duplicates.unmerge(result)
    assert [e.value for e in contacts.get(keep).emails] == ["ana@x.es"]


def test_merge_is_refused_for_the_same_or_a_trashed_contact(db):
    a = contacts.create(ContactData(given_name="Ana"))
    b = contacts.create(ContactData(given_name="Ana"))
    with pytest.raises(ValidationError):
        duplicates.merge(a, a)
    contacts.trash([b])
    with pytest.raises(ValidationError):
        duplicates.merge(a, b)
    assert contacts.get(a).deleted_at is None


def test_merged_data_fills_gaps_without_repeating_values():
    keep = ContactData(given_name="Ana", emails=[Labeled("a@x.es")],
                       phones=[Labeled("+34 600 000 001")], stage="new", audience_size=10)
    other = ContactData(given_name="Ana", family_name="Gil", emails=[Labeled("A@X.ES"),
                        Labeled("b@x.es")], phones=[Labeled("600 000 001")], stage="meeting",
                        audience_size=5, notes="n", display_name="Ana Gil")
    merged = duplicates.merged_data(keep, other)
    assert merged.family_name == "Gil"
    assert [e.value for e in merged.emails] == ["a@x.es", "b@x.es"]
    assert [p.value for p in merged.phones] == ["+34 600 000 001"]
    assert (merged.stage, merged.audience_size, merged.notes) == ("meeting", 10, "n")
    assert contacts.display_name_for(merged) == "Ana Gil"
