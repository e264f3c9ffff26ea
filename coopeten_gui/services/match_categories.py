"""Which form of help a text is about: a category suggested while the user types.

Each seeded category (``category.key``) has the glossary concepts and a few more words
that point to it; the category most of the text's words point to wins. Nothing is
suggested when no word points anywhere.
"""

from __future__ import annotations

from functools import lru_cache

from coopeten_gui.services import match_words

# category key → (glossary concepts, more words in either language)
HINTS: dict[str, tuple[str, str]] = {
    "cross_promotion": (
        "newsletter social_media post mention promotion advertising subscribers press "
        "shop_window",
        "instagram facebook tiktok linkedin podcast blog audience audiencia difusion "
        "swap intercambio campaign campana followers seguidores mailing"),
    "referral": ("referral", "contact contacts contacto contactos refer referir"),
    "representation": ("sales export", "representation representacion representar agent "
                                       "agente distributor distribuidor"),
    "supply": (
        "bread pastry coffee tea dairy cheese wine beer flowers fruit vegetables organic "
        "meat fish honey ice_cream food wholesale supplier packaging bags labels printing flyers "
        "business_cards samples price discount books stationery clothes shoes jewellery "
        "ceramics",
        "product products producto productos units unidades material materials materiales "
        "beans grano granos stock supply"),
    "labour": (
        "photography video design logo website online_shop software computers cleaning "
        "repair plumbing electrician carpentry garden translation delivery transport staff "
        "accounting legal chef kitchen hairdresser music",
        "catering hands manos montaje labour work trabajo"),
    "shared_space": ("space office storage stand", "shared compartido compartida"),
    "care": ("childcare elderly", "care cuidado cuidados cuidar"),
    "security": ("security", "guard vigilante vigilancia"),
    "endorsement": ("", "endorsement endorse backing aval avalar respaldo testimonial "
                        "testimonio review reviews resena resenas"),
    "training": ("training workshop mentoring consulting",
                 "teach ensenar masterclass webinar"),
    "learning": ("", "learn learning aprender aprendizaje"),
    "group": ("association neighbourhood volunteers",
              "cluster group grupo network join unirse cooperative cooperativa"),
    "money": ("funding grant insurance tax",
              "money dinero capital sponsor sponsorship patrocinio patrocinador crowdfunding"),
}


@lru_cache(maxsize=1)
def _terms() -> dict[str, str]:
    """term → category key (concept terms, and the stems of the extra words in both
    languages)."""
    table: dict[str, str] = {}
    for key, (concepts, extra) in HINTS.items():
        for concept in concepts.split():
            table.setdefault("=" + concept, key)
        for word in extra.split():
            for slot in match_words.slots(word, None):
                for term in slot.terms:
                    table.setdefault(term, key)
    return table


def suggest(text: str) -> str | None:
    table = _terms()
    votes: dict[str, int] = {}
    order: list[str] = []
    for slot in match_words.slots(text, match_words.language_of(text)):
        key = next((table[t] for t in slot.terms if t in table), None)
        if key is not None:
            votes[key] = votes.get(key, 0) + 1
            if key not in order:
                order.append(key)
    if not votes:
        return None
    return max(order, key=lambda k: (votes[k], -order.index(k)))
