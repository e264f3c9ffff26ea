"""Demo offers and asks that show matching by meaning: asks answered in the other
language, and an ask my own offer answers ("you could offer this yourself").

Loaded by ``services.demo`` after its own offers and asks, over the same people.
"""

from __future__ import annotations

from collections.abc import Callable

from coopeten_gui.services import offers_asks

# person index (``demo.PEOPLE``), kind, party, category key, description, status
# (on people with no other offer or ask in the demo, so theirs stay as they were)
EXCHANGES = [
    (1, "offer", "them", "supply", "Pan de masa madre para restaurantes y cafeterías", "open"),
    (14, "ask", "them", "supply", "Sourdough bread for our catering boxes, every morning",
     "open"),
    (21, "offer", "them", "labour", "Website design for small food shops", "open"),
    (17, "ask", "them", "labour", "Diseño de una web sencilla para recibir pedidos", "open"),
    (38, "offer", "them", "labour", "Contabilidad e impuestos trimestrales para autónomos",
     "open"),
    (25, "ask", "them", "labour", "Una gestoría que nos lleve la contabilidad", "open"),
    (33, "offer", "them", "labour", "Revisión de contratos de colaboración y proveedores",
     "open"),
    (23, "ask", "them", "labour", "Abogada para revisar los contratos de los puestos", "open"),
    (23, "offer", "them", "cross_promotion",
     "Promoción cruzada en Navidad en el boletín del mercado", "open"),
    (10, "offer", "them", "labour",
     "Reparto en bici de café y pedidos a los coworkings del centro", "open"),
    (5, "offer", "me", "supply", "Café de especialidad en grano a precio de mayorista",
     "open"),
]


def load(people_ids: list[int], say: Callable[[str], str] = lambda text: text) -> None:
    """``say`` gives each text in the demo's language."""
    for person, kind, party, category, text, status in EXCHANGES:
        offers_asks.create(offers_asks.OfferAskData(
            contact_id=people_ids[person], kind=kind, party=party, description=say(text),
            category_id=offers_asks.category_id(category), status=status))
