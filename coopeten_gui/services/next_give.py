"""The next give to suggest in a relationship: one of my open offers that answers one of
their open asks.

For now an offer answers an ask when they share the category of help or words of
their descriptions (folded: case and accents do not count); the matcher of
``services.matching`` will take over ``suggest_next_give`` when it lands. Each call
reads a bounded number of rows (their open asks, my open offers to them, and the
newest of my open offers to anyone: ``MAX_CANDIDATES`` in each category they ask for,
``MAX_RECENT`` in any), so it stays quick at any size; an ``OfferPool`` reads the latter
once for the many rows of a page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopeten_gui.services import labels
from coopeten_gui.services.common import fold
from coopeten_gui.storage.models import Category, Contact, OfferAsk

OPEN = ("open", "in_progress")
MAX_ASKS = 50
MAX_CANDIDATES = 300
MAX_RECENT = 100
# words too common to say that an offer answers an ask
_STOP = frozenset("""
para with from that this your their them they para pero como sobre entre desde hasta
cada todo toda todos todas unos unas nuestro nuestra nuestros nuestras vuestro mucho
more some into each also have will about would could should than then what when which
""".split())
_WORD = re.compile(r"\w{4,}")


@dataclass(frozen=True)
class NextGive:
    """My open offer ``offer`` answers their open ask ``ask``."""

    offer_id: int
    offer: str
    ask_id: int
    ask: str
    category: str  # the category they share, as the user reads it ("" if none)
    shared_words: tuple[str, ...]


def words(text: str) -> set[str]:
    return {w for w in _WORD.findall(fold(text)) if w not in _STOP and not w.isdigit()}


class OfferPool:
    """My open offers to anyone, read once and shared by many suggestions (the rows of a
    page): the newest of each category asked for, and the newest of any."""

    def __init__(self) -> None:
        self._recent: list | None = None
        self._by_category: dict[int, list] = {}
        self._words: dict[int, set[str]] = {}

    def recent(self) -> list:
        if self._recent is None:
            self._recent = list(_open(kind="offer", party="me").order_by(OfferAsk.id.desc())
                                .limit(MAX_RECENT))
        return self._recent

    def in_category(self, category_id: int) -> list:
        if category_id not in self._by_category:
            self._by_category[category_id] = list(
                _open(kind="offer", party="me").where(OfferAsk.category == category_id)
                .order_by(OfferAsk.id.desc()).limit(MAX_CANDIDATES))
        return self._by_category[category_id]

    def words_of(self, offer) -> set[str]:
        if offer.id not in self._words:
            self._words[offer.id] = words(offer.description)
        return self._words[offer.id]


def suggest_next_give(contact_id: int, pool: OfferPool | None = None) -> NextGive | None:
    """The best of my open offers for one of their open asks, or None. ``pool`` shares
    the reading of my offers between the suggestions of many contacts."""
    asks = list(_open(contact_id=contact_id, kind="ask", party="them").limit(MAX_ASKS))
    if not asks:
        return None
    pool = pool or OfferPool()
    mine = list(_open(kind="offer", party="me", contact=contact_id).limit(MAX_CANDIDATES))
    # the newest of my offers to anyone in the categories they ask for, and of any
    # category (which may share words with an ask)
    for category in {a.category_id for a in asks if a.category_id is not None}:
        mine.extend(pool.in_category(category))
    mine.extend(pool.recent())
    offers = [(offer, pool.words_of(offer))
              for offer in {offer.id: offer for offer in mine}.values()]
    best: tuple | None = None
    for ask in asks:
        ask_words = words(ask.description)
        for offer, offer_words in offers:
            same_category = ask.category_id is not None and ask.category_id == offer.category_id
            shared = tuple(sorted(ask_words & offer_words))
            if not same_category and not shared:
                continue
            score = (2 * same_category + len(shared), offer.contact_id == contact_id)
            if best is None or score > best[0]:
                best = (score, ask, offer, same_category, shared)
    if best is None:
        return None
    _score, ask, offer, same_category, shared = best
    category = ""
    if same_category:
        found = Category.get_or_none(Category.id == ask.category_id)
        category = labels.category(found.key, found.name) if found else ""
    return NextGive(offer.id, offer.description, ask.id, ask.description, category, shared)


def _open(**where):
    # contacts in the trash as a (short) list, not a join: a join lets SQLite start from
    # every live contact instead of the offers index
    trashed = Contact.select(Contact.id).where(Contact.deleted_at.is_null(False))
    query = (OfferAsk.select(OfferAsk.id, OfferAsk.contact, OfferAsk.category,
                             OfferAsk.description)
             .where(OfferAsk.deleted_at.is_null(), OfferAsk.contact.not_in(trashed),
                    OfferAsk.status.in_(OPEN)))
    for field, value in where.items():
        query = query.where(getattr(OfferAsk, field) == value)
    return query
