"""A labelled set for the matcher: offers, and asks with the offers that truly answer
them, in Spanish and English, among distractors of the same category; some asks are
answered only by an offer written in the other language.

``load()`` writes it into the open database (one contact per row, in the row's
language); ``evaluate()`` scores the matcher (and, for comparison, matching on category
alone) as hit@3 (the right offer among the first three) and top-1 precision. The tests
assert the figures; ``benchmarks/matching.py`` prints them.
"""

from __future__ import annotations

from typing import NamedTuple

# key: (text, language, category key)
OFFERS = {
    "coffee": ("Café de especialidad en grano, tostado cada semana, a precio de mayorista",
               "es", "supply"),
    "milk": ("Leche ecológica de nuestra granja, reparto semanal", "es", "supply"),
    "flowers": ("Flores de temporada para escaparates y eventos", "es", "supply"),
    "bags": ("Printed paper bags with your logo", "en", "supply"),
    "bread": ("Pan de masa madre para restaurantes y cafeterías", "es", "supply"),
    "wine": ("Local wines for tastings and gift boxes", "en", "supply"),
    "cheese": ("Quesos artesanos de cabra", "es", "supply"),
    "photo": ("Sesiones de fotografía de producto para catálogos y tiendas online", "es",
              "labour"),
    "web": ("Website design and online shop set-up", "en", "labour"),
    "accounting": ("Contabilidad y gestión de impuestos para autónomos", "es", "labour"),
    "legal": ("Lawyer: contracts, terms of sale and trademark registration", "en", "labour"),
    "delivery": ("Reparto en bicicleta por el centro en el mismo día", "es", "labour"),
    "translation": ("Translation of menus and websites from Spanish to English", "en",
                    "labour"),
    "repair": ("Reparación de ordenadores y portátiles", "es", "labour"),
    "printing": ("Imprenta: folletos, tarjetas de visita y carteles", "es", "labour"),
    "newsletter": ("Mención en nuestro boletín de 4.000 suscriptores", "es", "cross_promotion"),
    "instagram": ("Instagram stories to our 12k followers", "en", "cross_promotion"),
    "podcast": ("Entrevista en nuestro podcast del barrio", "es", "cross_promotion"),
    "radio": ("Advert slot on the community radio", "en", "cross_promotion"),
    "room": ("Sala para talleres los martes por la tarde", "es", "shared_space"),
    "kitchen": ("Commercial kitchen for rent on Mondays", "en", "shared_space"),
    "stand": ("Compartimos stand en la feria de artesanía", "es", "shared_space"),
    "office": ("Desk in our coworking office", "en", "shared_space"),
    "course": ("Curso de redes sociales para comercios", "es", "training"),
    "mentor": ("Mentoring for first-time founders on pricing", "en", "training"),
    "excel": ("Clases de Excel y hojas de cálculo", "es", "training"),
    "loan": ("Small loans for local shops", "en", "money"),
    "grant": ("Te ayudamos a pedir subvenciones del ayuntamiento", "es", "money"),
    "childcare": ("Canguro para los niños durante tus eventos", "es", "care"),
    "intro": ("Introductions to hotel buyers", "en", "referral"),
    "press": ("Contacto con periodistas de la prensa local", "es", "referral"),
}

# (text, language, category key or None, the offers that answer it, cross-language)
ASKS = [
    ("Café en grano al por mayor para mi cafetería", "es", "supply", {"coffee"}),
    ("Leche ecológica para los desayunos", "es", "supply", {"milk"}),
    ("Flores para decorar el escaparate", "es", None, {"flowers"}),
    ("Paper bags printed with our logo", "en", "supply", {"bags"}),
    ("Pan de masa madre cada mañana", "es", "supply", {"bread"}),
    ("Wine for a tasting evening", "en", "supply", {"wine"}),
    ("Fotógrafo para el catálogo de la tienda", "es", "labour", {"photo"}),
    ("Someone to design our website", "en", "labour", {"web"}),
    ("Una gestoría que nos lleve la contabilidad", "es", None, {"accounting"}),
    ("A lawyer to review a supplier contract", "en", "labour", {"legal"}),
    ("Reparto de pedidos en el centro", "es", "labour", {"delivery"}),
    ("Translate our menu into English", "en", "labour", {"translation"}),
    ("Se me ha roto el portátil, busco reparación", "es", "labour", {"repair"}),
    ("Folletos y tarjetas de visita para la inauguración", "es", "labour", {"printing"}),
    ("Salir en un boletín con muchos suscriptores", "es", "cross_promotion", {"newsletter"}),
    ("More followers on Instagram", "en", "cross_promotion", {"instagram"}),
    ("Una sala para dar talleres de cerámica", "es", "shared_space", {"room"}),
    ("A kitchen to cook in on weekends", "en", None, {"kitchen"}),
    ("Un hueco en un stand de la feria", "es", "shared_space", {"stand"}),
    ("Curso de redes sociales", "es", "training", {"course"}),
    ("A mentor to help with pricing", "en", "training", {"mentor"}),
    ("A loan to buy a van", "en", "money", {"loan"}),
    ("Subvenciones para reformar el local", "es", "money", {"grant"}),
    ("Meet buyers from hotels", "en", "referral", {"intro"}),
    ("Salir en la prensa", "es", "referral", {"press"}),
    ("Clases de Excel para el equipo", "es", "training", {"excel"}),
    ("Un podcast donde contar nuestra historia", "es", None, {"podcast"}),
    ("Una furgoneta para repartir los sábados", "es", "labour", {"delivery"}),
    ("Quien nos haga la declaración de la renta", "es", "labour", {"accounting"}),
    ("Someone to fix our old laptops", "en", "labour", {"repair"}),
    ("Hotel contacts for our walking tours", "en", "referral", {"intro"}),
]
CROSS_ASKS = [
    ("Specialty coffee beans at wholesale price", "en", "supply", {"coffee"}),
    ("Product photography for our online shop", "en", "labour", {"photo"}),
    ("Diseño de página web para la tienda", "es", "labour", {"web"}),
    ("Abogado para revisar contratos", "es", None, {"legal"}),
    ("Bookkeeping and taxes", "en", "labour", {"accounting"}),
    ("Sourdough bread for our café", "en", "supply", {"bread"}),
    ("Childcare during our events", "en", "care", {"childcare"}),
    ("Traducción de la web al inglés", "es", "labour", {"translation"}),
    ("Printed flyers and business cards", "en", None, {"printing"}),
    ("Flowers for the shop window", "en", "supply", {"flowers"}),
    ("Anuncio en la radio", "es", "cross_promotion", {"radio"}),
]


class Loaded(NamedTuple):
    offers: dict[str, int]           # offer key → offer_ask id
    asks: list[tuple[int, set[int], bool]]  # (ask id, right offer ids, cross-language)


class Figures(NamedTuple):
    hit3_same: float
    top1_same: float
    hit3_cross: float
    top1_cross: float
    asks_same: int
    asks_cross: int


def load() -> Loaded:
    """Write the set into the open database (an empty one)."""
    from coopeten_gui.services import contacts, offers_asks
    from coopeten_gui.services.contact_data import ContactData

    def person(name: str, language: str) -> int:
        return contacts.create(ContactData(given_name=name, language=language))

    offers = {}
    for number, (key, (text, language, category)) in enumerate(OFFERS.items()):
        offers[key] = offers_asks.create(offers_asks.OfferAskData(
            contact_id=person(f"Oferta {number}", language), kind="offer", description=text,
            category_id=offers_asks.category_id(category)))
    asks = []
    for cross, rows in ((False, ASKS), (True, CROSS_ASKS)):
        for number, (text, language, category, right) in enumerate(rows):
            ask = offers_asks.create(offers_asks.OfferAskData(
                contact_id=person(f"Pide {int(cross)}-{number}", language), kind="ask",
                description=text,
                category_id=offers_asks.category_id(category) if category else None))
            asks.append((ask, {offers[k] for k in right}, cross))
    return Loaded(offers, asks)


def category_only(ask_id: int) -> list[int]:
    """What matching on category alone offered (the matcher this one replaced): the open
    offers of the ask's category, newest first."""
    from coopeten_gui.services import offers_asks

    ask = offers_asks.get(ask_id)
    if ask.category_id is None:
        return []
    return [r.id for r in offers_asks.list_offers_asks(
        kind="offer", status=("open", "in_progress"), category_id=ask.category_id)
        if r.contact_id != ask.contact_id]


def by_meaning(ask_id: int) -> list[int]:
    from coopeten_gui.services import matching

    found = [m for m in matching.matches_for_contact(_contact_of(ask_id)).help_them
             if m.ask_id == ask_id]
    return [m.offer_id for m in found]


def _contact_of(row_id: int) -> int:
    from coopeten_gui.services import offers_asks

    return offers_asks.get(row_id).contact_id


def evaluate(loaded: Loaded, ranked) -> Figures:
    """hit@3 and top-1 precision of ``ranked(ask_id) -> offer ids, best first``."""
    sums = {False: [0, 0, 0], True: [0, 0, 0]}
    for ask, right, cross in loaded.asks:
        offers = ranked(ask)
        tally = sums[cross]
        tally[0] += bool(right & set(offers[:3]))
        tally[1] += bool(offers) and offers[0] in right
        tally[2] += 1
    same, cross = sums[False], sums[True]
    return Figures(same[0] / same[2], same[1] / same[2], cross[0] / cross[2],
                   cross[1] / cross[2], same[2], cross[2])
