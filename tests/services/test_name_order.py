"""The first rows of a search picked from the name order kept in memory are exactly the
first rows of the full search, in order, without trashed contacts; a write makes the
kept order unknown until it is read again."""

from __future__ import annotations

import pytest

from coopeten_gui.services import contact_list, contacts, name_order
from coopeten_gui.services.contact_data import ContactData, Labeled


@pytest.fixture
def crowd(db):
    """People whose names cluster in the name order: 60 Raquels after 120 others, and a
    word ("mar") shared by many of them, in names and in emails."""
    others = [contacts.create(ContactData(given_name=given, family_name=f"Núñez {n:03d}",
                                          emails=[Labeled(f"mar{n}@example.com")]))
              for n in range(60) for given in ("Ana", "Marta")]
    raquels = [contacts.create(ContactData(given_name="Raquel", family_name=f"Sol {n:02d}"))
               for n in range(60)]
    return others, raquels


def _know_name_order() -> None:
    state = contact_list.name_order_state()
    contact_list.keep_name_order(state, name_order.positions_of(contact_list.contact_id_block()))


def test_positions_follow_the_name_order():
    positions = name_order.positions_of([7, 3, 5])
    gone = name_order.NOT_LIVE
    assert list(positions) == [gone, gone, gone, 1, gone, 2, gone, 0]
    assert name_order.first_in_order([3, 5, 7, 9, 1], positions, 2) == [7, 3]
    assert name_order.first_in_order([5, 3], positions, 10) == [3, 5]


@pytest.mark.parametrize("text", ["raq", "raquel s", "mar", "núñez 01", "a", "sol 5",
                                  "nobody"])
def test_first_rows_from_the_kept_order_are_the_full_search_s(crowd, text):
    query = contact_list.ContactQuery(text=text)
    everything = contact_list.contact_ids(query)
    _know_name_order()
    assert contact_list.name_order_known()
    for limit in (1, 10, 100, 500):
        assert contact_list.contact_ids(query, limit=limit) == everything[:limit]


@pytest.mark.parametrize("text", ["mar", "a", "raq", "sol", "marta"])
def test_more_matches_than_it_picks_among_take_the_usual_plans(crowd, monkeypatch, text):
    """Walking the name order or asking the database: the same first rows."""
    monkeypatch.setattr(contact_list, "KNOWN_MATCHES", 50)
    monkeypatch.setattr(contact_list, "FEW_MATCHES", 20)
    monkeypatch.setattr(contact_list, "DENSE_WALK", 100)
    query = contact_list.ContactQuery(text=text)  # 60 to 240 matches
    everything = contact_list.contact_ids(query)
    _know_name_order()
    for limit in (1, 5, 30):
        assert contact_list.contact_ids(query, limit=limit) == everything[:limit]


def test_trashed_contacts_never_show_and_a_write_makes_the_order_unknown(crowd):
    others, raquels = crowd
    _know_name_order()
    contacts.trash(raquels[:3])
    assert not contact_list.name_order_known()
    query = contact_list.ContactQuery(text="raquel")
    first = contact_list.contact_ids(query, limit=10)
    _know_name_order()
    assert contact_list.contact_ids(query, limit=10) == first
    assert not set(first) & set(raquels[:3])
    assert first == contact_list.contact_ids(query)[:10]


def test_a_rename_moves_the_contact_in_the_first_rows(crowd):
    others, raquels = crowd
    _know_name_order()
    last = contact_list.contact_ids(contact_list.ContactQuery(text="raquel"))[-1]
    data = contacts.data_of(contacts.get(last))
    data.given_name, data.family_name, data.display_name = "Raquel", "Abad", ""
    contacts.update(last, data)
    assert not contact_list.name_order_known()
    _know_name_order()
    assert contact_list.contact_ids(contact_list.ContactQuery(text="raquel"), limit=3)[0] == last


def test_matches_far_into_the_order_are_picked_in_memory_and_near_ones_walked(
        crowd, monkeypatch):
    monkeypatch.setattr(contact_list, "FEW_MATCHES", 20)
    picked = []
    first_in_order = name_order.first_in_order
    monkeypatch.setattr(name_order, "first_in_order",
                        lambda *args: picked.append(args[0]) or first_in_order(*args))
    raquel, mar = contact_list.ContactQuery(text="raquel"), contact_list.ContactQuery(text="marta")
    everything = {q: contact_list.contact_ids(q) for q in (raquel, mar)}
    _know_name_order()
    # the 60 Raquels come after 120 others in the name order: picked among the matches
    assert contact_list.contact_ids(raquel, limit=5) == everything[raquel][:5]
    assert len(picked) == 1 and len(picked[0]) == 60
    # a third of the contacts are Martas, from a third into the order: SQLite walks it
    assert contact_list.contact_ids(mar, limit=5) == everything[mar][:5]
    assert len(picked) == 1


def test_the_costs_follow_what_searches_measure():
    costs = contact_list.PlanCosts()
    before = costs.lookup
    costs.learn("lookup", 49 * 1.0, 49)  # too few to say what one look-up costs
    assert costs.lookup == before
    for _ in range(40):
        costs.learn("lookup", 100 * 40e-6, 100)
    assert costs.lookup == pytest.approx(40e-6, rel=1e-3)
    costs.learn("match", 1000 * 1e-6, 1000)  # mostly what any read costs
    assert costs.match == 0.15e-6
    costs.learn("match", 50_000 * 1e-6, 50_000)
    assert before < costs.lookup and 0.15e-6 < costs.match < 1e-6


@pytest.mark.parametrize("lookup, walks", [(1e-12, True), (1.0, False)])
def test_a_broad_search_walks_the_name_order_only_when_cheaper(crowd, monkeypatch,
                                                               lookup, walks):
    """Either plan gives the same first rows; the measured costs choose between them."""
    query = contact_list.ContactQuery(text="mar")  # 120 of 180 contacts
    everything = contact_list.contact_ids(query)
    monkeypatch.setattr(contact_list, "FEW_MATCHES", 20)
    monkeypatch.setattr(contact_list, "COSTS", contact_list.PlanCosts())
    monkeypatch.setattr(contact_list.COSTS, "lookup", lookup)
    walked = []
    real_walk = contact_list._first_dense_matches
    monkeypatch.setattr(contact_list, "_first_dense_matches",
                        lambda *args: walked.append(args) or real_walk(*args))
    assert contact_list.contact_ids(query, limit=10) == everything[:10]
    assert bool(walked) == walks


def test_too_many_matches_to_pick_among_are_not_read_to_find_out(crowd, monkeypatch):
    monkeypatch.setattr(contact_list, "KNOWN_MATCHES", 20)
    monkeypatch.setattr(contact_list, "FEW_MATCHES", 20)
    query = contact_list.ContactQuery(text="raquel")  # 60, last in the name order
    everything = contact_list.contact_ids(query)
    _know_name_order()
    read_after = []
    real_after = contact_list.contact_list_reads.matches_after
    monkeypatch.setattr(contact_list.contact_list_reads, "matches_after",
                        lambda *args: read_after.append(args) or real_after(*args))
    assert contact_list.contact_ids(query, limit=5) == everything[:5]
    assert read_after == []


def test_a_walk_the_kept_order_says_would_pass_too_many_is_not_started(crowd, monkeypatch):
    """The Raquels' ids say one contact in seven is one, but the name order says the
    first stand after 120 others: walking from the start would pass them all."""
    query = contact_list.ContactQuery(text="raq")  # the 60 Raquels, last in the order
    everything = contact_list.contact_ids(query)
    monkeypatch.setattr(contact_list, "_name_order", None)  # as before any search
    monkeypatch.setattr(contact_list, "FEW_MATCHES", 20)
    monkeypatch.setattr(contact_list, "KNOWN_MATCHES", 20)
    monkeypatch.setattr(contact_list, "COSTS", contact_list.PlanCosts())
    # reading every match costs what 150 look-ups do: a walk of 40 is worth it, one of
    # 150 is not
    found = contact_list._first_matches(contact_list.search.match_expression("raq"))
    reading = contact_list._estimated_matches(found) * contact_list.COSTS.match
    monkeypatch.setattr(contact_list.COSTS, "lookup", reading / 150)
    walked = []
    real_walk = contact_list._first_dense_matches
    monkeypatch.setattr(contact_list, "_first_dense_matches",
                        lambda *args: walked.append(args) or real_walk(*args))
    assert contact_list.contact_ids(query, limit=5) == everything[:5]
    assert walked  # the ids alone predict a short walk (it fails, SQLite reads them)
    walked.clear()
    monkeypatch.setattr(contact_list.COSTS, "lookup", reading / 150)  # not what it learnt
    _know_name_order()
    assert contact_list.contact_ids(query, limit=5) == everything[:5]
    assert walked == []
