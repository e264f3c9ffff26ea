"""Matches by meaning on texts that are all different: the top-k scoring finds the same
offers, in the same order, as scoring every pair, and scores far fewer pairs than asks ×
offers (counted, not timed)."""

from __future__ import annotations

import itertools
import random

import pytest

from coopeten_gui.services import contacts, matching, offers_asks
from coopeten_gui.services.contact_data import ContactData

PHRASES = [
    ("Pan de masa madre para tiendas", "Sourdough bread for the shop"),
    ("Fotografía de producto para catálogos", "Product photography for our catalogue"),
    ("Diseño de página web", "Website design"),
    ("Reparto en bicicleta por el barrio", "Bike delivery in the neighbourhood"),
    ("Sala para talleres", "A room for workshops"),
    ("Contabilidad e impuestos", "Accounting and taxes"),
]
SYLLABLES = ["ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru", "sa", "te"]


def _own_word(number: int) -> str:
    """A word no other text holds (the syllables of ``number`` in base 12)."""
    out = []
    for _ in range(4):
        number, digit = divmod(number, len(SYLLABLES))
        out.append(SYLLABLES[digit])
    return "zu" + "".join(out)


def _fill(people: int) -> tuple[int, int]:
    """``people`` contacts, each asking and offering a phrase with a word of its own and
    a word a dozen others share; (asks, offers) written."""
    rng = random.Random(5)
    numbers = itertools.count(1)
    shared = [_own_word(10_000 + n) for n in range(people // 12 + 1)]
    for _ in range(people):
        contact = contacts.create(ContactData(given_name=_own_word(next(numbers)),
                                              language=rng.choice(["es", "en"])))
        for kind in ("ask", "offer"):
            es, en = rng.choice(PHRASES)
            text = f"{rng.choice([es, en])} {_own_word(next(numbers))} {rng.choice(shared)}"
            offers_asks.create(offers_asks.OfferAskData(
                contact_id=contact, kind=kind, description=text,
                category_id=offers_asks.category_id(rng.choice(["supply", "labour"]))))
    return people, people


@pytest.fixture
def unique(db):
    return _fill(480)


def _every_pair(index, gid):
    """What scoring every group of the other kind gives, best first."""
    group = index.groups[gid]
    norm = index.norm(group)
    found = []
    for other, them in index.groups.items():
        if them.kind != group.kind and them.terms & group.terms:
            score = index._score(group, norm, other)
            if score >= matching.MIN_SCORE:
                found.append((round(score, 4), other))
    return sorted(found, key=lambda pair: (-pair[0], -pair[1]))


def test_the_top_k_are_the_best_of_every_pair_in_the_same_order(unique):
    index = matching._fresh()
    index._heads()
    assert index.head_terms  # the phrases' words are shared widely enough to be head terms
    for gid, group in list(index.groups.items()):
        if group.kind != "ask" and gid % 3:
            continue  # every ask, and a third of the offers
        every = _every_pair(index, gid)
        index.ranked.clear()
        top, complete = index.rank(gid, 3)
        assert top == every[:len(top)] and len(top) == min(3, len(every))
        assert complete == (len(every) <= 3)
        index.ranked.clear()
        assert index.rank(gid, 10_000) == (every, True)


def test_scored_pairs_grow_with_the_asks_not_with_asks_times_offers(unique):
    asks, offers = unique
    matching._index = None
    before = matching.scored_pairs
    shown = matching.matches(limit=100)
    scored = matching.scored_pairs - before
    assert len(shown) == 100
    # scoring every ask against every offer that shares a word with it would be about
    # asks × offers / 3 here (six phrases in two languages, some words alike): 76,800
    assert scored < 25 * asks < asks * offers / 15
    # a contact's page, and the list reads on past the first screen without rescoring
    before = matching.scored_pairs
    everything = matching.matches()
    assert len(everything) >= 3 * asks * 0.9
    assert matching.scored_pairs - before < 25 * asks


def test_a_written_row_is_filed_under_its_head_key_and_meets_at_once(unique):
    index = matching._fresh()
    index._heads()
    contact = contacts.create(ContactData(given_name="Nadia", language="en"))
    offer = offers_asks.create(offers_asks.OfferAskData(
        contact_id=contact, kind="offer", description="Sourdough bread for the shop"))
    ask = offers_asks.create(offers_asks.OfferAskData(
        contact_id=contact, kind="ask", description="Accounting and taxes"))
    found = matching.matches_for_contact(contact)
    assert found.they_help and all(m.offer_id == offer for m in found.they_help)
    assert found.help_them and all(m.ask_id == ask for m in found.help_them)
    index = matching._fresh()
    gid = index.rows[offer].gid
    assert (index.norm(index.groups[gid]), gid) in index.head_keys["offer"][index.head_of[gid]]
    # trashed, it leaves its key and meets nobody
    offers_asks.trash([offer])
    assert not matching.matches_for_contact(contact).they_help
    assert gid not in matching._fresh().head_of
