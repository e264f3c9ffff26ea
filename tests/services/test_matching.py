"""Matches by meaning: the rules (what never matches, my own offers, both directions),
the index kept current on every write, the category suggestion, and the quality on the
labelled set of ``matching_set``."""

from __future__ import annotations

import matching_set  # tests/services/matching_set.py
import pytest

from coopeten_gui.services import contacts, match_words, matching, offers_asks
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import database


def person(name: str, language: str = "") -> int:
    return contacts.create(ContactData(given_name=name, language=language))


def row(contact_id: int, kind: str, text: str, party: str = "them",
        category: str | None = None) -> int:
    return offers_asks.create(offers_asks.OfferAskData(
        contact_id=contact_id, kind=kind, party=party, description=text,
        category_id=offers_asks.category_id(category) if category else None))


@pytest.fixture
def people(db):
    return {"ana": person("Ana", "es"), "tom": person("Tom", "en"),
            "eva": person("Eva", "es"), "raj": person("Raj", "en")}


def pairs(found):
    return [(m.ask_id, m.offer_id) for m in found]


def test_words_are_folded_stemmed_and_glossary_terms_meet_across_languages():
    es = match_words.slots("Busco fotógrafos para la tienda", "es")
    en = match_words.slots("Looking for a photographer for our shop", "en")
    assert [s.terms for s in es] == [s.terms for s in en] == [("=photography",), ("=shop",)]
    assert [s.word for s in es] == ["fotografos", "tienda"]  # accents folded, stop words out
    # a real stemmer per language: plurals and verb forms meet
    assert match_words.slots("galletas", "es")[0].terms[0] == match_words.slots(
        "galleta", "es")[0].terms[0] == "gallet"
    assert match_words.slots("catering", "en")[0].terms == ("cater", "catering")
    assert match_words.slots("designs", "en")[0].terms == ("=design",)
    assert match_words.slots("galletas caseras", "es")[1].terms == ("caser", "caseras")
    # an unknown language keeps both stems of a word no glossary knows
    assert match_words.slots("galletas", None)[0].terms == ("gallet", "galleta", "galletas")
    assert match_words.language_of("Quiero una mesa para la feria") == "es"
    assert match_words.language_of("We want a table at the fair") == "en"
    assert match_words.language_of("Excel", "en-GB") == "en"
    assert match_words.language_of("Excel") is None


def test_an_ask_meets_the_offers_that_answer_it_best_first_with_why(people):
    ask = row(people["tom"], "ask", "Coffee beans at wholesale price", category="supply")
    good = row(people["ana"], "offer", "Café en grano a precio de mayorista", category="supply")
    weak = row(people["eva"], "offer", "Café")
    row(people["raj"], "offer", "Organic milk", category="supply")  # same category, no word
    found = matching.matches()
    assert pairs(found) == [(ask, good), (ask, weak)]
    assert found[0].score > found[1].score
    assert found[0].why == "coffee = cafe, wholesale = mayorista, price = precio"
    assert (found[0].ask_contact_id, found[0].offer_contact_id) == (people["tom"], people["ana"])
    assert found[0].ask_description == "Coffee beans at wholesale price"
    assert found[0].offer_contact_name == "Ana" and not found[0].mine
    assert pairs(matching.matches(limit=1)) == [(ask, good)]


def test_the_category_is_a_bonus_not_a_gate(people):
    ask = row(people["tom"], "ask", "Flyers printed", category="supply")
    other = row(people["ana"], "offer", "Flyers printed fast", category="labour")
    same = row(people["eva"], "offer", "Flyers printed fast", category="supply")
    found = matching.matches()
    assert pairs(found) == [(ask, same), (ask, other)]
    assert found[0].score == pytest.approx(found[1].score + matching.CATEGORY_BONUS, abs=1e-3)


def test_closed_trashed_own_and_far_rows_never_match(people):
    ask = row(people["tom"], "ask", "Website design")
    offer = row(people["ana"], "offer", "Diseño web")
    row(people["tom"], "offer", "Website design")  # their own offer: never themself
    row(people["eva"], "offer", "Yoga classes")    # nothing in common
    assert pairs(matching.matches()) == [(ask, offer)]
    for status in ("fulfilled", "declined"):
        offers_asks.set_status(offer, status)
        assert matching.matches() == []
    offers_asks.set_status(offer, "in_progress")
    assert pairs(matching.matches()) == [(ask, offer)]
    offers_asks.trash([ask])
    assert matching.matches() == []
    offers_asks.restore([ask])
    assert pairs(matching.matches()) == [(ask, offer)]
    contacts.trash([people["ana"]])
    assert matching.matches() == []
    assert matching.why_empty() == matching.NOTHING_CLOSE
    contacts.restore([people["ana"]])
    assert pairs(matching.matches()) == [(ask, offer)]


def test_an_edit_is_matched_without_rebuilding(people):
    ask = row(people["tom"], "ask", "A photographer for the catalogue")
    assert matching.matches() == []
    built = matching._index
    offer = row(people["ana"], "offer", "Yoga")
    offers_asks.update(offer, offers_asks.OfferAskData(
        contact_id=people["ana"], kind="offer", description="Fotografía de catálogo"))
    assert pairs(matching.matches()) == [(ask, offer)]
    assert matching._index is built  # the same index, brought up to date
    # a write from another connection (another process) is seen too
    database.connection().execute(
        "UPDATE offer_ask SET status = 'fulfilled' WHERE id = ?", (offer,))
    assert matching.matches() == []
    assert matching._index is built


def test_my_own_offer_is_shown_as_one_i_could_give(people):
    ask = row(people["tom"], "ask", "Someone to design our website")
    mine = [row(c, "offer", "Diseño web", party="me") for c in (people["ana"], people["eva"])]
    found = matching.matches()
    assert len(found) == 1 and found[0].mine and found[0].ask_id == ask
    assert found[0].offer_id in mine
    # my own ask is never met by my own offer
    row(people["raj"], "ask", "Web design", party="me")
    assert [m.ask_id for m in matching.matches()] == [ask]


def test_a_contacts_page_sees_both_directions(people):
    ask = row(people["tom"], "ask", "Sourdough bread every morning")
    bread = row(people["ana"], "offer", "Pan de masa madre")
    eva_ask = row(people["eva"], "ask", "Pan para el desayuno")
    mine = row(people["ana"], "ask", "Clases de inglés", party="me")  # my ask, noted with Ana
    row(people["raj"], "offer", "English classes")
    ana = matching.matches_for_contact(people["ana"])
    assert ana.help_them == []
    assert {(m.ask_id, m.offer_id) for m in ana.they_help} == {(ask, bread), (eva_ask, bread)}
    assert matching.why_empty(people["ana"], "ask") == matching.NO_ASKS
    tom = matching.matches_for_contact(people["tom"])
    assert pairs(tom.help_them) == [(ask, bread)] and tom.they_help == []
    assert {m.ask_id for m in matching.matches(people["ana"])} == {ask, eva_ask, mine}


def test_why_a_list_is_empty(people):
    assert matching.why_empty() == matching.NO_ASKS
    row(people["tom"], "ask", "Coffee")
    assert matching.why_empty() == matching.NO_OFFERS
    row(people["ana"], "offer", "Yoga")
    assert matching.why_empty() == matching.NOTHING_CLOSE
    assert matching.why_empty(people["ana"], "offer") == matching.NOTHING_CLOSE


def test_the_old_entry_point_still_answers_with_rows(people):
    ask = row(people["tom"], "ask", "Photography")
    offer = row(people["ana"], "offer", "Fotografía")
    found = offers_asks.matches(people["tom"])
    assert [(m.ask.id, m.offer.id) for m in found] == [(ask, offer)]
    assert found[0].offer.contact_name == "Ana"


@pytest.mark.parametrize("text, key", [
    ("Coffee beans at wholesale price", "supply"),
    ("Mención en nuestro boletín", "cross_promotion"),
    ("Busco fotógrafo para la tienda online", "labour"),
    ("Una sala para talleres", "shared_space"),
    ("A loan for a new van", "money"),
    ("Curso de redes sociales", "training"),
    ("Canguro para los niños", "care"),
    ("hello there", None),
])
def test_a_category_is_suggested_from_the_text(text, key):
    assert matching.suggest_category(text) == key


def test_labelled_set_quality(db):
    loaded = matching_set.load()
    figures = matching_set.evaluate(loaded, matching_set.by_meaning)
    assert figures.asks_same + figures.asks_cross >= 25 and figures.asks_cross >= 5
    assert figures.hit3_same >= 0.9
    assert figures.hit3_cross > 0.5  # most asks answered only in the other language
    baseline = matching_set.evaluate(loaded, matching_set.category_only)
    assert figures.top1_same > baseline.top1_same


def test_a_restored_copy_at_the_same_path_is_read_afresh(people, db, tmp_path):
    ask = row(people["tom"], "ask", "Website design")
    offer = row(people["ana"], "offer", "Diseño web")
    copy = database.backup_to(tmp_path / "copy.sqlite")
    offers_asks.set_status(offer, "fulfilled")
    assert matching.matches() == []
    database.close_database()
    copy.replace(db)
    database.open_database(db)
    assert pairs(matching.matches()) == [(ask, offer)]


def test_the_index_built_on_a_worker_thread_is_the_one_read_after(people, monkeypatch):
    import threading

    ask = row(people["ana"], "ask", "Busco fotógrafo para la boda")
    offer = row(people["tom"], "offer", "Wedding photographer")
    monkeypatch.setattr(matching, "_index", None)
    monkeypatch.setattr(matching, "BUILT_AT_ONCE", 0)  # as with a million contacts
    assert not matching.ready()
    worker = threading.Thread(target=matching.builder())  # named here, built there
    worker.start()
    worker.join()
    built = matching._index
    assert built is not None and matching.ready()
    assert pairs(matching.matches_for_contact(people["ana"]).help_them) == [(ask, offer)]
    assert matching._index is built  # read as it is, not built again on this thread

    # a write afterwards is read in, not built anew
    other = row(people["raj"], "offer", "Fotografía de bodas")
    assert not matching.ready()  # a change since, and none is read in at once here
    assert sorted(pairs(matching.matches_for_contact(people["ana"]).help_them)) == [
        (ask, offer), (ask, other)]
    assert matching._index is built


def test_a_large_build_leaves_the_cyclic_collector_as_it_found_it(people, monkeypatch):
    import gc

    from coopeten_gui.storage import match_rows

    row(people["ana"], "ask", "Busco fotógrafo para la boda")
    monkeypatch.setattr(matching, "_index", None)
    monkeypatch.setattr(matching, "BUILT_AT_ONCE", 0)  # as with a million contacts
    seen = []
    reading = match_rows.all_open_rows

    def watched():
        seen.append(gc.isenabled())  # off while the rows are read in
        yield from reading()

    monkeypatch.setattr(match_rows, "all_open_rows", watched)
    assert gc.isenabled()
    matching.refresh()
    assert seen == [False] and gc.isenabled()

    def failing():
        raise database.StorageError("the file went away")
        yield

    monkeypatch.setattr(matching, "_index", None)
    monkeypatch.setattr(match_rows, "all_open_rows", failing)
    with pytest.raises(database.StorageError):
        matching.refresh()
    assert gc.isenabled()
