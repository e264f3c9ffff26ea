"""The first rows of a search picked from the name order kept in memory are exactly the
first rows of the full search, in order, without trashed contacts; a write makes the
kept order unknown until it is read again."""

from __future__ import annotations

import random

import pytest

from coopeten_gui.services import contact_list, contacts, name_order
from coopeten_gui.services.common import fold
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


def _know_name_order(starts: bool = True) -> None:
    """Keep the name order as the worker reads it once a search is typed; without its
    name starts (``starts=False``), as the UI thread reads it for a whole list."""
    state = contact_list.name_order_state()
    positions, name_starts = contact_list.read_name_order()
    contact_list.keep_name_order(state, positions, name_starts if starts else None)


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
    _know_name_order(starts=False)
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
    _know_name_order(starts=False)
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
    _know_name_order(starts=False)
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
    _know_name_order(starts=False)
    assert contact_list.contact_ids(query, limit=5) == everything[:5]
    assert walked == []


# -- the first rows asked of the index a run of name starts at a time -------------------

GIVEN = ["Abel", "Adela", "Alba", "Ana", "Andrés", "Ángel", "Bea", "Carla", "Chema",
         "Diego", "Elena", "Íñigo", "Marta", "Mateo", "Óscar", "Rosa", "Zoe"]


@pytest.fixture
def alphabet(db):
    """300 people under seventeen given names (eleven name starts, "an" the most filled),
    family names and emails that share words across them, a tenth in the trash."""
    rng = random.Random(11)
    ids = [contacts.create(ContactData(
        given_name=rng.choice(GIVEN),
        family_name=f"{rng.choice(['Andrade', 'Mar', 'Sol', 'Chávez'])} {n:03d}",
        emails=[Labeled(f"{rng.choice(['ana', 'zoe', 'info'])}{n}@example.com")]))
        for n in range(300)]
    contacts.trash(rng.sample(ids, 30))
    return ids


TEXTS = ["a", "an", "ang", "ángel", "and", "mar", "ch", "zo", "sol 01", "e", "ana 2",
         "nobody"]


def _counted(monkeypatch, name: str) -> list:
    calls: list = []
    real = getattr(contact_list, name)
    monkeypatch.setattr(contact_list, name, lambda *args: calls.append(args) or real(*args))
    return calls


def test_the_name_starts_are_the_name_order_s_in_runs(alphabet):
    """Each start counts the live contacts whose names start so, in name order."""
    from coopeten_gui.storage.contact_list_reads import name_starts

    _, starts = contact_list.read_name_order()
    assert starts == name_starts()
    assert sum(count for _, count in starts) == 270
    runs: list[tuple[str, int]] = []
    for contact_id in contact_list.contact_ids():
        start = fold(contacts.get(contact_id).display_name)[:2]
        word = "s" + start.encode().hex()
        if runs and runs[-1][0] == word:
            runs[-1] = (word, runs[-1][1] + 1)
        else:
            runs.append((word, 1))
    assert starts == runs


@pytest.mark.parametrize("text", TEXTS)
def test_first_rows_asked_by_name_start_are_the_full_search_s(alphabet, monkeypatch, text):
    query = contact_list.ContactQuery(text=text)
    everything = contact_list.contact_ids(query)
    monkeypatch.setattr(contact_list, "FEW_MATCHES", 0)  # every search counts as broad
    asked = _counted(monkeypatch, "_first_by_name_start")
    _know_name_order()
    for limit in (1, 5, 20, 100, 300):
        assert contact_list.contact_ids(query, limit=limit) == everything[:limit]
    assert len(asked) == 5 or not everything


@pytest.mark.parametrize("lookup, walks", [(1e-12, True), (1.0, False)])
@pytest.mark.parametrize("text", TEXTS)
def test_a_crowded_name_start_is_walked_or_read_whole_with_the_same_rows(
        alphabet, monkeypatch, text, lookup, walks):
    """Runs of more matches than are read at once are asked a start at a time, and the
    start that holds the first rows walked from its first contact (when a look-up is
    cheap) or read whole."""
    query = contact_list.ContactQuery(text=text)
    everything = contact_list.contact_ids(query)
    monkeypatch.setattr(contact_list, "FEW_MATCHES", 0)
    monkeypatch.setattr(contact_list, "START_RUN_MATCHES", 3)
    monkeypatch.setattr(contact_list, "COSTS", contact_list.PlanCosts())
    monkeypatch.setattr(contact_list.COSTS, "lookup", lookup)
    monkeypatch.setattr(contact_list.COSTS, "FEWEST", {"lookup": 10**9, "match": 10**9,
                                                      "filed": 10**9})  # kept as set
    crowded = _counted(monkeypatch, "_walk_crowded_start")
    walked = _counted(monkeypatch, "_first_walking_from")
    _know_name_order()
    for limit in (1, 5, 20, 100):
        assert contact_list.contact_ids(query, limit=limit) == everything[:limit]
    if len(everything) > 20:
        assert crowded and bool(walked) == walks


def test_a_walk_from_a_crowded_start_that_finds_too_few_leaves_it_to_reading(
        alphabet, monkeypatch):
    query = contact_list.ContactQuery(text="ángel")
    everything = contact_list.contact_ids(query)
    monkeypatch.setattr(contact_list, "FEW_MATCHES", 0)
    monkeypatch.setattr(contact_list, "START_RUN_MATCHES", 3)
    monkeypatch.setattr(contact_list, "DENSE_WALK", 2)
    monkeypatch.setattr(contact_list.COSTS, "lookup", 1e-12)
    walked = _counted(monkeypatch, "_first_walking_from")
    _know_name_order()
    assert contact_list.contact_ids(query, limit=10) == everything[:10]
    assert walked


def test_a_write_leaves_the_name_starts_unknown_until_read_again(alphabet, monkeypatch):
    monkeypatch.setattr(contact_list, "FEW_MATCHES", 0)
    _know_name_order()
    contacts.create(ContactData(given_name="Aarón", family_name="Mar"))
    reads = contact_list.contact_list_reads
    asked: list = []
    real = reads.matches_in_name_starts
    monkeypatch.setattr(reads, "matches_in_name_starts",
                        lambda *args: asked.append(args) or real(*args))
    query = contact_list.ContactQuery(text="mar")
    first = contact_list.contact_ids(query, limit=3)
    assert asked == []  # the other plans, while the starts are not known
    assert first == contact_list.contact_ids(query)[:3]
    assert contacts.get(first[0]).given_name == "Aarón"
    _know_name_order()
    assert contact_list.contact_ids(query, limit=3) == first and asked
