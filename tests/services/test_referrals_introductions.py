"""Referrals by hand and introductions made from a match."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from coopeten_gui.services import (
    contacts,
    followups,
    interactions,
    introductions,
    offers_asks,
    referrals,
)
from coopeten_gui.services.common import ValidationError


def person(email: str) -> int:
    return contacts.find_by_email(email)


def ask_and_offer(asker: str, ask: str, offerer: str, offer: str) -> tuple[int, int]:
    return (offers_asks.create(offers_asks.OfferAskData(contact_id=person(asker), kind="ask",
                                                    description=ask)),
            offers_asks.create(offers_asks.OfferAskData(contact_id=person(offerer), kind="offer",
                                                    description=offer)))


# -- referrals ----------------------------------------------------------------------------

def test_a_referral_by_hand_goes_through_its_statuses(demo_db):
    tom, andres = person("tom@lacolmena.work"), person("andres@elfaro.es")
    referral_id = referrals.create(referrals.ReferralData(
        from_contact_id=tom, to_contact_id=None, about_text="Gimnasio Norte, 30 personas",
        given_on="2026-11-02", notes="Necesitan café para la cocina"))
    row = referrals.get(referral_id)
    assert (row.from_name, row.to_name, row.about, row.status, row.given_on) == (
        "Tom Baker", "", "Gimnasio Norte, 30 personas", "given", date(2026, 11, 2))
    assert referrals.describe(row) == "Tom Baker → Me: Gimnasio Norte, 30 personas"
    # the timeline of the one who referred shows it
    entries = [e for e in interactions.timeline(tom)
               if e.kind == "referral" and "Gimnasio Norte" in e.summary]
    assert len(entries) == 1 and entries[0].summary.startswith("Referral Tom Baker → Me")
    referrals.set_status(referral_id, "met")
    referrals.record_closed(referral_id, "1.250,50")
    row = referrals.get(referral_id)
    assert row.status == "closed" and row.value_cents == 125050
    before = referrals.of_contact(tom)  # the demo's own count too
    assert referral_id in [r.id for r in before.given]
    assert referral_id not in [r.id for r in before.received + before.about]
    assert before.closed_value_given == 125050 + sum(
        r.value_cents for r in before.given if r.id != referral_id and r.status == "closed")
    # to another contact, about a contact: both directions seen from each side
    other = referrals.create(referrals.ReferralData(
        from_contact_id=andres, to_contact_id=tom, about_contact_id=person("javier@masamadre.es")))
    assert other in [r.id for r in referrals.of_contact(tom).received]
    assert other in [r.id for r in referrals.of_contact(andres).given]
    assert [r.id for r in referrals.of_contact(person("javier@masamadre.es")).about] == [other]


def test_filters_trash_and_restore(demo_db):
    tom = person("tom@lacolmena.work")
    referrals.trash([r.id for r in referrals.list_referrals()])  # the demo's, out of the way
    old = referrals.create(referrals.ReferralData(to_contact_id=tom, about_text="A",
                                                  given_on="2026-01-10"))
    new = referrals.create(referrals.ReferralData(to_contact_id=tom, about_text="B",
                                                  given_on="2026-06-10", status="no_deal"))
    assert [r.id for r in referrals.list_referrals()] == [new, old]  # newest first
    assert [r.id for r in referrals.list_referrals(status="no_deal")] == [new]
    assert [r.id for r in referrals.list_referrals(start="2026-01-01", end="2026-03-31")] == [old]
    assert [r.id for r in referrals.list_referrals(contact_id=tom)] == [new, old]
    referrals.trash([new])
    assert [r.id for r in referrals.list_referrals()] == [old]
    assert new in [r.id for r in referrals.list_referrals(trash=True)]
    assert old not in [r.id for r in referrals.list_referrals(trash=True)]
    referrals.restore([new])
    assert len(referrals.list_referrals()) == 2


@pytest.mark.parametrize("data, field", [
    (dict(about_text="x"), "to_contact_id"),  # me to me
    (dict(to_contact_id="tom", from_contact_id="tom", about_text="x"), "to_contact_id"),
    (dict(to_contact_id="tom"), "about_text"),
    (dict(to_contact_id="tom", about_text="x", status="won"), "status"),
    (dict(to_contact_id="tom", about_text="x", value="lots"), "value"),
    (dict(to_contact_id="tom", about_text="x", given_on="yesterday"), "given_on"),
])
def test_a_referral_that_makes_no_sense_is_refused(demo_db, data, field):
    data = {k: person("tom@lacolmena.work") if v == "tom" else v for k, v in data.items()}
    before = referrals.list_referrals()
    with pytest.raises(ValidationError) as raised:
        referrals.create(referrals.ReferralData(**data))
    assert raised.value.field == field
    assert referrals.list_referrals() == before


# -- introductions ------------------------------------------------------------------------

def test_double_opt_in_letters_each_in_the_reader_s_language(demo_db):
    ask, offer = ask_and_offer("tom@lacolmena.work", "A photographer for our new website",
                               "andres@elfaro.es", "Fotografía de producto para tiendas")
    first, second = introductions.prepare(ask, offer, "opt_in", today=date(2026, 11, 21))
    assert (first.contact_name, first.language) == ("Tom Baker", "en")
    assert (second.contact_name, second.language) == ("Andrés Martí", "es")
    text_en, text_es = first.plain_text(), second.plain_text()
    # each side reads what the one asks and the other offers, as they were written
    for text in (text_en, text_es):
        assert "A photographer for our new website" in text
        assert "Fotografía de producto para tiendas" in text
        assert "exactly" not in text and "justo eso" not in text
    assert "Would you like me to introduce you" in text_en
    assert "¿Quieres que os presente?" in text_es
    assert first.subject.startswith("Would you like me to introduce you to Andrés")
    assert second.subject.startswith("¿Te presento a Tom")


def test_the_joint_letter_goes_to_both(demo_db):
    ask, offer = ask_and_offer("tom@lacolmena.work", "Printed flyers",
                               "andres@elfaro.es", "Imprimimos folletos")
    [letter] = introductions.prepare(ask, offer, "joint")
    assert letter.contact_email == ["tom@lacolmena.work", "andres@elfaro.es"]
    assert "Printed flyers" in letter.plain_text() and "Imprimimos folletos" in \
        letter.plain_text()


def test_recording_writes_both_timelines_a_follow_up_and_a_referral(demo_db):
    tom, andres = person("tom@lacolmena.work"), person("andres@elfaro.es")
    ask, offer = ask_and_offer("tom@lacolmena.work", "Printed flyers",
                               "andres@elfaro.es", "Imprimimos folletos")
    when = datetime(2026, 11, 21, 10, 30)
    assert introductions.introduced_on(ask, offer) is None
    done = introductions.record_introduction(ask, offer, "opt_in", when=when)
    for contact_id, other in ((tom, "Andrés"), (andres, "Tom")):
        [entry] = [e for e in interactions.timeline(contact_id) if e.kind == "introduction"]
        assert other in entry.summary and "Printed flyers" in entry.body
    task = followups.row(done.task_id)
    assert task.due_at.date() == date(2026, 11, 28) and "connect" in task.title
    referral = referrals.get(done.referral_id)
    assert (referral.from_contact_id, referral.to_contact_id, referral.about_contact_id) == (
        None, tom, andres)
    assert (referral.ask_id, referral.offer_id, referral.status) == (ask, offer, "given")
    assert introductions.introduced_on(ask, offer) == date(2026, 11, 21)


def test_recording_is_all_or_nothing(demo_db, monkeypatch):
    ask, offer = ask_and_offer("tom@lacolmena.work", "Printed flyers",
                               "andres@elfaro.es", "Imprimimos folletos")
    before = (len(followups.list_tasks()), len(referrals.list_referrals()))

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(referrals, "create", broken)
    with pytest.raises(RuntimeError):
        introductions.record_introduction(ask, offer)
    assert not [e for e in interactions.timeline(person("tom@lacolmena.work"))
                if e.kind == "introduction"]
    assert (len(followups.list_tasks()), len(referrals.list_referrals())) == before


@pytest.mark.parametrize("case", ["same person", "my own", "two asks", "trashed", "gone"])
def test_pairs_that_cannot_be_introduced(demo_db, case):
    tom = "tom@lacolmena.work"
    if case == "same person":
        ask, offer = ask_and_offer(tom, "Flyers", tom, "Flyers")
    elif case == "my own":
        ask, _ = ask_and_offer(tom, "Flyers", "andres@elfaro.es", "Folletos")
        offer = offers_asks.create(offers_asks.OfferAskData(
            contact_id=person(tom), kind="offer", party="me", description="Coffee"))
    elif case == "two asks":
        ask, offer = ask_and_offer(tom, "Flyers", "andres@elfaro.es", "Folletos")
        offer = ask
    elif case == "trashed":
        ask, offer = ask_and_offer(tom, "Flyers", "andres@elfaro.es", "Folletos")
        offers_asks.trash([offer])
    else:
        ask, offer = 999_998, 999_999
    before = referrals.list_referrals()
    with pytest.raises(introductions.IntroductionError):
        introductions.prepare(ask, offer)
    with pytest.raises(introductions.IntroductionError):
        introductions.record_introduction(ask, offer)
    assert referrals.list_referrals() == before
