"""The list of offers and asks: its filters and order, its first rows read among the
newest only, the whole list read in pieces, and the index every read walks."""

from __future__ import annotations

import pytest

from coopeten_gui.services import contacts, offers_asks
from coopeten_gui.services.common import fold
from coopeten_gui.storage import database, offer_ask_list
from coopeten_gui.storage.models import Contact, OfferAsk


def every_row():
    """All the offers and asks, live or not, read one by one (no list involved)."""
    return [offers_asks.get(i) for i, in OfferAsk.select(OfferAsk.id).tuples()]


def expected(rows, trash=False, **wanted):
    """What the list shows, found the slow way: filtered, then newest first."""
    live = {i for i, in Contact.select(Contact.id).where(Contact.deleted_at.is_null()).tuples()}
    found = [r for r in rows if r.contact_id in live
             and (OfferAsk.get_by_id(r.id).deleted_at is not None) == trash
             and all(getattr(r, k) in v if isinstance(v, tuple) else getattr(r, k) == v
                     for k, v in wanted.items())]
    return sorted(found, key=lambda r: (r.created_at, r.id), reverse=True)


@pytest.mark.parametrize("wanted", [
    {}, {"status": ("open", "in_progress")}, {"kind": "ask", "party": "them"},
    {"status": ("declined",)}])
def test_the_list_is_filtered_and_newest_first(demo_db, wanted):
    rows = every_row()
    maria = Contact.get(Contact.display_name == "María Núñez").id
    contacts.trash([maria])  # a trashed contact's offers and asks are not listed
    assert any(r.contact_id == maria for r in rows)
    listed = offers_asks.list_offers_asks(**wanted, limit=10_000)
    assert listed and listed == expected(rows, **wanted)
    assert offers_asks.list_offers_asks(**wanted, offset=2, limit=3) == listed[2:5]


def test_an_events_list_and_the_trash(demo_db):
    rows = every_row()
    event = max({r.event_id for r in rows if r.event_id},
                key=lambda e: sum(r.event_id == e for r in rows))
    assert offers_asks.list_offers_asks(event_id=event) == expected(rows, event_id=event)
    gone = [r.id for r in rows[:3]]
    offers_asks.trash(gone)
    assert sorted(r.id for r in offers_asks.list_offers_asks(trash=True)) == sorted(gone)


def test_the_first_rows_are_the_lists_first_and_the_rest_follows(demo_db):
    # their contacts looked up one by one, not joined: a trashed one's rows still left out
    newest = offers_asks.list_offers_asks(status=("open", "in_progress"), limit=1)[0]
    contacts.trash([newest.contact_id])
    where = offers_asks.list_filter(status=("open", "in_progress"))
    whole = offers_asks.list_offers_asks(status=("open", "in_progress"), limit=10_000)
    first, complete = offers_asks.first_rows(where, scan=10)
    # matches among the ten newest only: however few, the list's first ones
    assert not complete and 0 < len(first) <= 10 and first == whole[:len(first)]
    first, complete = offers_asks.first_rows(where, scan=10_000)
    assert complete and first == whole
    assert newest.contact_id not in {r.contact_id for r in whole}
    assert all(r.contact_name for r in first)
    assert offers_asks.all_rows(where, limit=10_000) == whole
    assert offers_asks.all_rows(where, limit=7) == whole[:7]
    assert offers_asks.all_rows(where, limit=10_000, stop=lambda: True) is None


def test_text_is_found_in_the_name_or_the_description_whatever_the_accents(demo_db):
    where = offers_asks.list_filter()
    whole = offers_asks.list_offers_asks(limit=10_000)
    for text in ("NUÑEZ", "boletin", "zzz"):
        wanted = [r for r in whole
                  if fold(text) in fold(r.contact_name) or fold(text) in fold(r.description)]
        assert offers_asks.all_rows(where, text, limit=10_000) == wanted
        first, _ = offers_asks.first_rows(where, text, scan=10_000)
        assert first == wanted
    assert offers_asks.all_rows(where, "NUÑEZ", limit=10_000)


def test_each_read_walks_its_index_without_sorting_the_whole_table(demo_db):
    conn = database.connection()

    def plan(where):
        sql, params = offer_ask_list._query(where)
        return " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))

    newest = plan(offer_ask_list.ListFilter(statuses=("open",), kind="ask"))
    # the newest first straight off the index: the first screen costs what it shows
    assert "offer_ask_newest" in newest and "TEMP B-TREE" not in newest
    assert plan(offer_ask_list.ListFilter(event_id=1)).startswith("SEARCH x USING INDEX "
                                                                  "offer_ask_event")
    assert plan(offer_ask_list.ListFilter(contact_id=1)).startswith("SEARCH x USING INDEX "
                                                                    "offer_ask_contact")
    conn.execute("ANALYZE")  # what PRAGMA optimize writes at closing changes none of it
    assert plan(offer_ask_list.ListFilter(statuses=("open",), kind="ask")) == newest


def test_a_rare_kind_of_row_is_read_through_the_status_index_in_the_same_order(demo_db):
    rare = offer_ask_list.ListFilter(statuses=("declined",))
    assert offer_ask_list._whole_list_index(rare, limit=100_000) == "offer_ask_match"
    # many rows wanted of a common kind: walking the newest finds them sooner
    common = offer_ask_list.ListFilter(statuses=("open", "in_progress", "declined"))
    assert offer_ask_list._whole_list_index(common, limit=5) == ""
    assert offer_ask_list._whole_list_index(offer_ask_list.ListFilter(), 100_000) == ""
    for status in ("declined", "fulfilled"):
        where = offers_asks.list_filter(status=status)
        assert offers_asks.all_rows(where, limit=100_000) == offers_asks.list_offers_asks(
            status=status, limit=100_000)
