"""The fast paths behind an instant contact list give the same answers as the slow ones:
a search shows its first rows at once and completes right after, the query plans of
``contact_ids`` agree (and the name order kept in memory follows every write), the
status-bar counts match their definition, and a bulk re-index leaves the search index
in one piece."""

from __future__ import annotations

import random
import sqlite3

import pytest
from PySide6.QtCore import QModelIndex

from coopeten_gui.services import contact_list, contacts, followups, offers_asks, stats
from coopeten_gui.services.contact_data import ContactData, Labeled
from coopeten_gui.storage import search
from coopeten_gui.storage.models import Contact, Followup, Interaction, OfferAsk, db
from coopeten_gui.ui.kit import contact_table_model
from coopeten_gui.ui.kit.contact_table_model import ContactTableModel
from coopeten_gui.ui.pages.contacts_page import ContactsPage


@pytest.fixture
def crowd(db):
    """250 people called Marta (a search for "mar" finds them all) and 5 others."""
    ids = [contacts.create(ContactData(given_name="Marta", family_name=f"Núñez {n:03d}",
                                       emails=[Labeled(f"marta{n}@example.com")]))
           for n in range(250)]
    others = [contacts.create(ContactData(given_name="Tom", family_name=f"Baker {n}"))
              for n in range(5)]
    return ids, others


def test_a_search_shows_its_first_rows_then_completes_by_itself(qtbot, crowd):
    ids, _ = crowd
    model = ContactTableModel()
    model.refresh()
    model.set_query(contact_list.ContactQuery(text="mar"))
    first = contact_table_model.FIRST_ROWS
    assert model.rowCount() == first and model.canFetchMore(QModelIndex())
    inserted = []
    model.rowsInserted.connect(lambda parent, start, end: inserted.append((start, end)))
    qtbot.waitUntil(lambda: not model.canFetchMore(QModelIndex()))
    assert inserted == [(first, 249)]
    assert [model.contact_id(r) for r in range(model.rowCount())] == \
        contact_list.contact_ids(contact_list.ContactQuery(text="mar"))



def test_while_keys_keep_coming_the_rest_waits_for_a_pause_in_typing(qtbot, crowd):
    """A search typed right after another reads its rest only after a pause longer than
    a quick typist's gap between keys; one after a while, almost at once."""
    model = ContactTableModel()
    model.refresh()
    waits = []
    real_start = model._completer.start
    model._completer.start = lambda msec: waits.append(msec) or real_start(msec)
    model.set_query(contact_list.ContactQuery(text="ma"))  # the first key
    model.set_query(contact_list.ContactQuery(text="mar"))  # the next, at once
    assert waits == [contact_table_model.REST_AFTER_MS,
                     contact_table_model.TYPED_REST_AFTER_MS]
    assert contact_table_model.TYPED_REST_AFTER_MS > 150  # a quick typist's gap
    qtbot.waitUntil(lambda: not model.canFetchMore(QModelIndex()))  # after the pause
    qtbot.wait(contact_table_model.TYPING_GAP_MS + 50)  # a while without typing
    model.set_query(contact_list.ContactQuery(text="mart"))  # after a while
    assert waits[-1] == contact_table_model.REST_AFTER_MS
    qtbot.waitUntil(lambda: not model.canFetchMore(QModelIndex()))
    assert model.rowCount() == 250

def test_the_rest_comes_at_once_when_the_view_or_a_lookup_needs_it(qtmodeltester, crowd):
    ids, _ = crowd
    model = ContactTableModel()
    model.set_query(contact_list.ContactQuery(text="marta"))
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)

    model.set_query(contact_list.ContactQuery(text="núñez"))
    last = contact_list.contact_ids(contact_list.ContactQuery(text="núñez"))[-1]
    assert model.row_of(last) == 249  # beyond the first rows: the list completes first
    assert model.rowCount() == 250


def test_a_narrow_search_is_complete_at_once(crowd):
    model = ContactTableModel()
    model.set_query(contact_list.ContactQuery(text="baker"))
    assert model.rowCount() == 5 and not model.canFetchMore(QModelIndex())


@pytest.mark.parametrize("sort", contact_list.SORT_COLUMNS[:7])
@pytest.mark.parametrize("text", ["mar", "núñez 01", "baker", "tom", "zzz", "example"])
def test_both_query_plans_list_the_same_contacts_in_the_same_order(crowd, monkeypatch,
                                                                   sort, text):
    ids, others = crowd
    contacts.trash(ids[:3] + others[:1])
    contacts.set_stage(ids[10:20], "ally")
    query = contact_list.ContactQuery(text=text)
    few = contact_list.contact_ids(query, sort)  # under FEW_MATCHES: look up and sort
    monkeypatch.setattr(contact_list, "FEW_MATCHES", 0)
    walked = contact_list.contact_ids(query, sort)  # walk the sorted list
    assert few == walked
    assert contact_list.contact_ids(query, sort, limit=7) == walked[:7]
    staged = contact_list.ContactQuery(text=text, stage="ally")
    assert contact_list.contact_ids(staged, sort) == [i for i in walked if i in ids[10:20]]


@pytest.fixture
def mixed(db):
    """120 people whose ids, names and folded names sort three different ways, a
    quarter of them called the same."""
    given = ["Ángela", "alba", "Andrés", "Óscar", "oscar", "Íñigo", "Zoe", "marta",
             "Mar"]
    rng = random.Random(7)
    ids = []
    for n in range(120):
        name = (("Mar", "Núñez") if n % 4 == 0
                else (rng.choice(given), f"{rng.choice('NnÑñMm')}úñez {n}"))
        ids.append(contacts.create(ContactData(
            given_name=name[0], family_name=name[1],
            emails=[Labeled(f"p{n}@{rng.choice(['ex.com', 'mar.es'])}")])))
    contacts.trash(rng.sample(ids, 10))
    return ids


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("text", ["mar", "os", "a", "nu", "ma 1", "ex", "zzz"])
def test_walking_the_name_order_finds_the_first_rows_of_the_whole_list(mixed, monkeypatch,
                                                                       text, descending):
    query = contact_list.ContactQuery(text=text)
    monkeypatch.setattr(contact_list, "FEW_MATCHES", 0)  # every search counts as broad
    whole = contact_list.contact_ids(query, "name", descending)
    walks = []
    real_walk = contact_list._first_dense_matches
    monkeypatch.setattr(contact_list, "_first_dense_matches",
                        lambda *args: walks.append(args) or real_walk(*args))
    monkeypatch.setattr(contact_list.COSTS, "lookup", 1e-12)  # and worth walking
    for limit in (1, 7, 100, 300):
        assert contact_list.contact_ids(query, "name", descending, limit) == whole[:limit]
    assert walks or not whole
    monkeypatch.setattr(contact_list, "DENSE_WALK", 5)  # a walk that gives up
    assert contact_list.contact_ids(query, "name", descending, 100) == whole[:100]


@pytest.mark.parametrize("text", ["mar", "os", "a", "nu", "ma 1", "ex"])
def test_a_narrow_search_put_in_order_in_memory_keeps_the_order_of_the_list(mixed,
                                                                            monkeypatch,
                                                                            text):
    query = contact_list.ContactQuery(text=text)
    with monkeypatch.context() as patched:
        patched.setattr(contact_list, "_name_positions", lambda read: None)
        looked_up = contact_list.contact_ids(query)
    assert contact_list.contact_ids(query) == looked_up  # the whole list reads the name order
    assert contact_list._name_positions(read=False) is not None
    assert contact_list.contact_ids(query, limit=5) == looked_up[:5]


def test_the_name_order_kept_in_memory_follows_every_write(crowd, db):
    ids, others = crowd
    query = contact_list.ContactQuery(text="baker")

    def first_rows_and_order_known(limit):
        first = contact_list.contact_ids(query, limit=limit)
        return first, contact_list._name_positions(read=False) is not None

    assert contact_list.contact_ids(query) == others  # the whole list reads the name order
    assert first_rows_and_order_known(3) == (others[:3], True)

    # renamed here: "Aaron" comes first from now on
    contacts.update(others[4], ContactData(given_name="Aaron", family_name="Baker"))
    assert contact_list._name_positions(read=False) is None
    assert contact_list.contact_ids(query, limit=3) == [others[4]] + others[:2]
    contacts.trash([others[0]])
    assert contact_list.contact_ids(query) == [others[4]] + others[1:4]
    assert first_rows_and_order_known(2) == ([others[4], others[1]], True)

    # a commit by another connection (another process) makes it unknown too
    other = sqlite3.connect(db)
    try:
        other.execute("INSERT INTO tag (name) VALUES ('elsewhere')")
        other.commit()
    finally:
        other.close()
    assert contact_list._name_positions(read=False) is None


def test_the_page_reads_a_screenful_first_then_the_rest(qtbot, crowd):
    page = ContactsPage()
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 255)
    first = []
    page.model.modelReset.connect(lambda: first.append(page.model.rowCount()))
    qtbot.keyClicks(page.search_box, "mar")
    qtbot.waitUntil(lambda: page.model.rowCount() == 250
                    and not page.model.canFetchMore(QModelIndex()))
    shown = page.table.rowAt(page.table.viewport().height() - 1) + 1
    assert 0 < shown < first[-1] < contact_table_model.FIRST_ROWS
    assert page.count_label.text().startswith("250")


def test_a_search_leaves_the_actions_alone_when_a_row_stays_selected(qtbot, crowd):
    page = ContactsPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.keyClicks(page.search_box, "mar")
    qtbot.waitUntil(lambda: page.model.rowCount() == 250)
    assert page.delete_action.isEnabled() and page.edit_action.isEnabled()
    changes = []
    page.delete_action.changed.connect(lambda: changes.append(1))
    qtbot.keyClicks(page.search_box, "t")
    qtbot.waitUntil(lambda: page.model.query.text == "mart"
                    and not page.model.canFetchMore(QModelIndex()))
    assert page.selected_ids() == [page.model.contact_id(0)]
    assert page.delete_action.isEnabled() and changes == []
    qtbot.keyClicks(page.search_box, "zzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert not page.delete_action.isEnabled() and not page.edit_action.isEnabled()


def test_status_counts_leave_out_what_is_in_the_trash(crowd):
    ids, others = crowd
    for contact_id in ids[:4]:
        offers_asks.create(offers_asks.OfferAskData(contact_id=contact_id, description="Pan"))
        followups.create(followups.FollowupData(title="Llamar", due_at="2030-01-01",
                                                contact_id=contact_id))
    contacts.trash(ids[:2])
    counts = dict(stats.counts())
    live = Contact.select().where(Contact.deleted_at.is_null())
    assert counts["contacts"] == live.count() == 253
    assert counts["offers_asks"] == (OfferAsk.select().join(Contact)
                                     .where(Contact.deleted_at.is_null(),
                                            OfferAsk.deleted_at.is_null()).count()) == 2
    assert counts["followups"] == Followup.select().where(Followup.done_at.is_null()).count() == 4
    assert counts["interactions"] == Interaction.select().count() == 0


def test_a_bulk_reindex_leaves_the_index_in_one_piece(crowd, monkeypatch):
    monkeypatch.setattr(search, "MERGE_AFTER", 100)
    search.rebuild_all()
    segments = db.execute_sql("SELECT count(DISTINCT segid) FROM contact_fts_idx").fetchone()[0]
    assert segments == 1
    assert len(contact_list.search_contacts("marta", limit=500)) == 250


def test_the_packed_id_list_is_the_id_list(crowd):
    """``contact_id_block`` (read by a worker thread) gives ``contact_ids``'s answer."""
    ids, others = crowd
    contacts.trash([ids[3], others[0]])
    queries = [contact_list.ContactQuery(), contact_list.ContactQuery(text="mar"),
               contact_list.ContactQuery(text="baker"), contact_list.ContactQuery(text="nobody"),
               contact_list.ContactQuery(trash=True), contact_list.ContactQuery(stage="new")]
    for query in queries:
        for sort in ("name", "organization", "email", "updated"):
            for descending in (False, True):
                assert list(contact_list.contact_id_block(query, sort, descending)) == \
                    contact_list.contact_ids(query, sort, descending), (query, sort, descending)


def test_a_long_list_opens_on_its_first_rows_and_reads_the_rest_in_the_background(
        qtbot, crowd, monkeypatch):
    monkeypatch.setattr(contact_table_model, "AT_ONCE", 40)
    model = ContactTableModel()
    model.refresh()
    assert model.rowCount() == 40 and model.canFetchMore(QModelIndex())
    # a new search meanwhile: the answer for the old list is dropped
    model.set_query(contact_list.ContactQuery(text="baker"))
    assert model.rowCount() == 5 and not model.canFetchMore(QModelIndex())
    model.set_query(contact_list.ContactQuery())
    model.refresh()
    qtbot.waitUntil(lambda: not model.canFetchMore(QModelIndex()))
    assert [model.contact_id(r) for r in range(model.rowCount())] == contact_list.contact_ids()
    qtbot.wait(50)  # the dropped answer, if it came late, changed nothing
    assert model.rowCount() == 255


def test_a_search_has_the_name_order_read_aside_then_picks_its_first_rows_with_it(
        qtbot, crowd):
    ids, others = crowd
    model = ContactTableModel()
    model.refresh()
    assert not contact_list.name_order_known()
    model.set_query(contact_list.ContactQuery(text="mar"))
    qtbot.waitUntil(contact_list.name_order_known)
    for text in ("núñez 01", "marta", "baker", "ba"):
        model.set_query(contact_list.ContactQuery(text=text), first_rows=7)
        shown = [model.contact_id(r) for r in range(model.rowCount())]
        assert shown == contact_list.contact_ids(contact_list.ContactQuery(text=text))[:7]
    # a write: the order is read again at the next search, and still agrees
    contacts.trash([ids[0]])
    assert not contact_list.name_order_known()
    model.set_query(contact_list.ContactQuery(text="marta"), first_rows=7)
    qtbot.waitUntil(contact_list.name_order_known)
    model.set_query(contact_list.ContactQuery(text="marta"), first_rows=7)
    shown = [model.contact_id(r) for r in range(model.rowCount())]
    assert ids[0] not in shown
    assert shown == contact_list.contact_ids(contact_list.ContactQuery(text="marta"))[:7]


def test_a_name_order_read_for_a_whole_list_still_has_its_starts_read_aside(qtbot, crowd):
    """The UI thread reads the name order alone to put a whole narrow list in order; the
    next search has it read again with its name starts, so broad searches can use them."""
    model = ContactTableModel()
    model.refresh()
    contact_list.contact_ids(contact_list.ContactQuery(text="núñez 01"))  # the whole list
    assert contact_list._name_positions(read=False) is not None
    assert not contact_list.name_order_known()
    model.set_query(contact_list.ContactQuery(text="mar"))
    qtbot.waitUntil(contact_list.name_order_known)
    assert contact_list._known_order()[1]
