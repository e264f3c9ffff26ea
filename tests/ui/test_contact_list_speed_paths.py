"""The fast paths behind an instant contact list give the same answers as the slow ones:
a search shows its first rows at once and completes right after, the two query plans
of ``contact_ids`` agree, the status-bar counts match their definition, and a bulk
re-index leaves the search index in one piece."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex

from coopeten_gui.services import contacts, exchanges, stats, tasks
from coopeten_gui.services.contact_data import ContactData, Labeled
from coopeten_gui.storage import search
from coopeten_gui.storage.models import Contact, Interaction, OfferAsk, Task, db
from coopeten_gui.ui import contact_table_model
from coopeten_gui.ui.contact_table_model import ContactTableModel


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
    model.set_query(contacts.ContactQuery(text="mar"))
    first = contact_table_model.FIRST_ROWS
    assert model.rowCount() == first and model.canFetchMore(QModelIndex())
    inserted = []
    model.rowsInserted.connect(lambda parent, start, end: inserted.append((start, end)))
    qtbot.waitUntil(lambda: not model.canFetchMore(QModelIndex()))
    assert inserted == [(first, 249)]
    assert [model.contact_id(r) for r in range(model.rowCount())] == \
        contacts.contact_ids(contacts.ContactQuery(text="mar"))


def test_the_rest_comes_at_once_when_the_view_or_a_lookup_needs_it(qtmodeltester, crowd):
    ids, _ = crowd
    model = ContactTableModel()
    model.set_query(contacts.ContactQuery(text="marta"))
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)

    model.set_query(contacts.ContactQuery(text="núñez"))
    last = contacts.contact_ids(contacts.ContactQuery(text="núñez"))[-1]
    assert model.row_of(last) == 249  # beyond the first rows: the list completes first
    assert model.rowCount() == 250


def test_a_narrow_search_is_complete_at_once(crowd):
    model = ContactTableModel()
    model.set_query(contacts.ContactQuery(text="baker"))
    assert model.rowCount() == 5 and not model.canFetchMore(QModelIndex())


@pytest.mark.parametrize("sort", contacts.SORT_COLUMNS[:7])
@pytest.mark.parametrize("text", ["mar", "núñez 01", "baker", "tom", "zzz", "example"])
def test_both_query_plans_list_the_same_contacts_in_the_same_order(crowd, monkeypatch,
                                                                   sort, text):
    ids, others = crowd
    contacts.trash(ids[:3] + others[:1])
    contacts.set_stage(ids[10:20], "ally")
    query = contacts.ContactQuery(text=text)
    few = contacts.contact_ids(query, sort)  # under FEW_MATCHES: look up and sort
    monkeypatch.setattr(contacts, "FEW_MATCHES", 0)
    walked = contacts.contact_ids(query, sort)  # walk the sorted list
    assert few == walked
    assert contacts.contact_ids(query, sort, limit=7) == walked[:7]
    staged = contacts.ContactQuery(text=text, stage="ally")
    assert contacts.contact_ids(staged, sort) == [i for i in walked if i in ids[10:20]]


def test_status_counts_leave_out_what_is_in_the_trash(crowd):
    ids, others = crowd
    for contact_id in ids[:4]:
        exchanges.create(exchanges.OfferAskData(contact_id=contact_id, description="Pan"))
        tasks.create(tasks.TaskData(title="Llamar", due_at="2030-01-01", contact_id=contact_id))
    contacts.trash(ids[:2])
    counts = dict(stats.counts())
    live = Contact.select().where(Contact.deleted_at.is_null())
    assert counts["contacts"] == live.count() == 253
    assert counts["offers_asks"] == (OfferAsk.select().join(Contact)
                                     .where(Contact.deleted_at.is_null(),
                                            OfferAsk.deleted_at.is_null()).count()) == 2
    assert counts["followups"] == Task.select().where(Task.done_at.is_null()).count() == 4
    assert counts["interactions"] == Interaction.select().count() == 0


def test_a_bulk_reindex_leaves_the_index_in_one_piece(crowd, monkeypatch):
    monkeypatch.setattr(search, "MERGE_AFTER", 100)
    search.rebuild_all()
    segments = db.execute_sql("SELECT count(DISTINCT segid) FROM contact_fts_idx").fetchone()[0]
    assert segments == 1
    assert len(contacts.search_contacts("marta", limit=500)) == 250
