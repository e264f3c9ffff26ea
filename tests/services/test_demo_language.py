"""The demo is written in the language it is created in, texts the services write for it
included ("Follow up on the proposal…")."""

from __future__ import annotations

import re

import pytest

from coopeten_gui import translations
from coopeten_gui.services import demo, followups, interactions, offers_asks
from coopeten_gui.services.demo_texts import PAIRS

SPANISH_ONLY = {es for es, en in PAIRS if es != en}
ENGLISH_ONLY = {en for es, en in PAIRS if es != en}


def _texts() -> list[str]:
    found = [t.title for t in followups.list_tasks(limit=10_000)]
    found += [r.description for r in offers_asks.list_offers_asks(limit=10_000)]
    from coopeten_gui.services import contact_list, events

    for row in events.list_events():
        found += [row.name, row.organiser]
    for contact_id in contact_list.contact_ids(contact_list.ContactQuery()):
        found += [i.summary for i in interactions.timeline(contact_id)]
    return found


@pytest.mark.parametrize("language, other, follow_up", [
    ("en", SPANISH_ONLY, "Follow up on the proposal"),
    ("es", ENGLISH_ONLY, "Hacer seguimiento de la propuesta")])
def test_the_demo_speaks_the_language_it_is_created_in(qapp, db, language, other, follow_up):
    translations.install(qapp, language)
    demo.load_demo()
    texts = _texts()
    assert not [t for t in texts if t in other]
    assert any(t.startswith(follow_up) for t in texts)
    if language == "en":
        assert not [t for t in texts if re.search(r"\b(Llamar|Enviar|Café para|Desayuno)\b", t)]
