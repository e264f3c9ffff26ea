"""The next give to suggest in a relationship: one of my open offers that answers one of
their open asks, as the matcher of ``services.matching`` reads them (by meaning, in
Spanish and English, the category a bonus).

The matcher keeps its index in memory, so after its first use (about a second at
100,000 contacts, over ten at a million) each suggestion is a fraction of a millisecond:
a window asks ``ready()`` and, when it is not, runs ``builder()`` on a worker thread
before asking for suggestions.
"""

from __future__ import annotations

from dataclasses import dataclass

from coopeten_gui.services import labels, matching
from coopeten_gui.storage.models import Category

#: whether a suggestion is read now, without building the matcher's index first
ready = matching.ready
#: the work that builds the matcher's index, for a worker thread
builder = matching.builder


@dataclass(frozen=True)
class NextGive:
    """My open offer ``offer`` answers their open ask ``ask``."""

    offer_id: int
    offer: str
    ask_id: int
    ask: str
    category: str  # the category they share, as the user reads it ("" if none)
    why: str       # the words or terms that met


def suggest_next_give(contact_id: int) -> NextGive | None:
    """The best of my open offers for one of their open asks, or None."""
    found = next((m for m in matching.matches_for_contact(contact_id).help_them if m.mine),
                 None)
    if found is None:
        return None
    category = ""
    if found.ask_category_id is not None and found.ask_category_id == found.offer_category_id:
        row = Category.get_or_none(Category.id == found.ask_category_id)
        category = labels.category(row.key, row.name) if row else ""
    return NextGive(found.offer_id, found.offer_description, found.ask_id,
                    found.ask_description, category, found.why)
