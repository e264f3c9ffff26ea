"""Demo offers and asks that show matching by meaning: asks answered in the other
language, and an ask my own offer answers ("you could offer this yourself").

Loaded by ``services.demo`` after its own offers and asks, over the same people.
"""

from __future__ import annotations

from coopeten_gui.services import exchanges

# person index (``demo.PEOPLE``), kind, party, category key, description, status
EXCHANGES = [
    (0, "offer", "them", "supply", "Pan de masa madre para restaurantes y cafeterías", "open"),
    (13, "ask", "them", "supply", "Sourdough bread for the restaurant, every morning", "open"),
    (12, "offer", "them", "labour", "Website design for small food shops", "open"),
    (9, "ask", "them", "labour", "Diseño de una web sencilla para recibir pedidos", "open"),
    (38, "offer", "them", "labour", "Contabilidad e impuestos trimestrales para autónomos",
     "open"),
    (20, "ask", "them", "labour", "An accountant for our studio's quarterly taxes", "open"),
    (33, "offer", "them", "labour", "Revisión de contratos de colaboración y proveedores",
     "open"),
    (12, "ask", "them", "labour", "A lawyer to check our supplier contract", "open"),
    (37, "offer", "me", "supply", "Café de especialidad en grano a precio de mayorista",
     "open"),
]


def load(people_ids: list[int]) -> None:
    for person, kind, party, category, text, status in EXCHANGES:
        exchanges.create(exchanges.OfferAskData(
            contact_id=people_ids[person], kind=kind, party=party, description=text,
            category_id=exchanges.category_id(category), status=status))
