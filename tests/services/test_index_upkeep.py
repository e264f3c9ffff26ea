"""The search index, left in pieces by many writes, is merged back into one a step at a
time, finding the same contacts; asked to stop, it stops between steps."""

from __future__ import annotations

from coopeten_gui.services import contact_list, contacts, index_upkeep
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import search


def _in_pieces() -> list[int]:
    """Fifteen people, each written on their own, and a search that finds them all."""
    for n in range(15):
        contacts.create(ContactData(given_name="Marta", family_name=f"Núñez {n:02d}"))
    return contact_list.contact_ids(contact_list.ContactQuery(text="nuñe"))


def test_many_pieces_are_merged_into_one_a_step_at_a_time(db, monkeypatch):
    found = _in_pieces()
    assert len(found) == 15 and search.pieces() > index_upkeep.MOST_PIECES
    assert index_upkeep.due()
    monkeypatch.setattr(index_upkeep, "STEP_PAGES", 1)
    steps = index_upkeep.tidy(rest=0)
    assert steps > 1 and search.pieces() == 1 and not index_upkeep.due()
    assert contact_list.contact_ids(contact_list.ContactQuery(text="nuñe")) == found
    assert index_upkeep.tidy(rest=0) == 1  # one step finds nothing left to merge


def test_asked_to_stop_it_stops_between_steps(db, monkeypatch):
    _in_pieces()
    before = search.pieces()
    monkeypatch.setattr(index_upkeep, "STEP_PAGES", 1)
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 2

    assert index_upkeep.tidy(stop, rest=0) == 2  # asked before each step: two taken
    assert search.pieces() <= before
