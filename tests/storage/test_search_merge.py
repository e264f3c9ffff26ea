"""The search index is merged into one piece only after a change that is a large share
of it: a first import or a rebuild, not 10,000 people added to a million."""

from __future__ import annotations

import pytest

from coopeten_gui.services import contact_list
from coopeten_gui.services.bulk import ContactWriter
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage import search
from coopeten_gui.storage.models import db


def _segments() -> int:
    return db.execute_sql("SELECT count(DISTINCT segid) FROM contact_fts_idx").fetchone()[0]


def _add(count: int, family: str) -> None:
    with transaction():
        writer = ContactWriter()
        for n in range(count):
            writer.add(ContactData(given_name="Marta", family_name=f"{family} {n:03d}"))


@pytest.fixture
def indexed(db, monkeypatch):
    """200 contacts in an index of one piece; a merge from 20 changed contacts on."""
    monkeypatch.setattr(search, "MERGE_AFTER", 20)
    _add(200, "Núñez")
    assert _segments() == 1


def test_a_small_share_of_the_index_is_not_merged(indexed):
    _add(19, "Baker")  # under MERGE_AFTER
    _add(19, "Moreno")  # 19 of 238: under a tenth
    _add(20, "Ruiz")  # 20 of 258: still under a tenth
    assert _segments() > 1
    # the pieces answer as one would
    assert len(contact_list.search_contacts("marta", limit=500)) == 258
    assert len(contact_list.contact_ids(contact_list.ContactQuery(text="ruiz"))) == 20


def test_a_large_share_is_merged_into_one_piece(indexed):
    _add(19, "Baker")
    _add(30, "Moreno")  # 30 of 249: more than a tenth
    assert _segments() == 1
    assert len(contact_list.contact_ids(contact_list.ContactQuery(text="baker"))) == 19


def test_a_rebuild_merges_whatever_its_size(indexed):
    _add(19, "Baker")
    search.rebuild_all()
    assert _segments() == 1
