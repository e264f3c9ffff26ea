# Over 400 lines: each variable a letter sees keeps its shape, words and sample together.
"""The variables a letter template sees: their shape, their descriptions, and sample data.

The caller builds a ``LetterContext`` from the database (plain dicts and lists, so
templates cannot reach database objects); this module only documents the shape.
``sample_context`` fills it with realistic data for tests and for the template
editor's preview when no contact is chosen.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any, TypedDict

from coopeten_gui.i18n import QT_TRANSLATE_NOOP, translate


class Profile(TypedDict):
    """The user's own business (``profile`` table)."""

    name: str
    tagline: str
    who_we_are: str
    what_we_do: str
    where_we_are_going: str
    evidence: str
    address: str
    phone: str
    email: str
    website: str
    signature_name: str
    signature_title: str
    currency: str  # ISO 4217 code, "EUR" by default
    has_logo: bool


class Contact(TypedDict):
    display_name: str
    given_name: str
    family_name: str
    prefix: str
    job_title: str
    emails: list[str]
    email: str  # the first of ``emails``, or ""
    phone: str
    organization: str  # organisation name, or ""
    stage: str  # key: new, contacted, meeting, proposal_sent, ally, dormant
    audience_size: int  # people on their list / following
    met_where: str


class Organization(TypedDict):
    name: str
    website: str


class Event(TypedDict):
    name: str
    kind: str  # key: breakfast, meetup, fair, conference, webinar, other
    starts_at: datetime
    place: str


class Exchange(TypedDict):
    """One offer or ask (``offer_ask`` table)."""

    category: str  # display name, already in the letter's language
    category_key: str  # stable key such as "cross_promotion", or "" for user categories
    description: str
    value_cents: int
    status: str  # key: open, in_progress, fulfilled, declined


class Promotion(TypedDict):
    """One cross-promotion (``cross_promotion`` table)."""

    channel: str
    promoted_on: date
    audience_reached: int
    visits: int
    leads: int
    sales: int
    revenue_cents: int
    notes: str


class PromotionTotals(TypedDict):
    audience_reached: int
    visits: int
    leads: int
    sales: int
    revenue_cents: int


class Promotions(TypedDict):
    mine: list[Promotion]  # what I do (or did) for them
    theirs: list[Promotion]  # what they do (or did) for me
    totals: dict[str, PromotionTotals]  # keys "mine" and "theirs"


class Match(TypedDict):
    ask: Exchange  # the ask of ``contact``...
    offer: Exchange  # ...met by this offer of ``other_contact``
    side: str  # which of the two reads the letter: "ask" (contact asks) or "offer"


class Commitment(TypedDict):
    """One side's promise in an agreement (``commitment`` table)."""

    description: str
    due_on: date | None
    measure: str  # how it is measured, or ""
    value_cents: int
    kept: bool


class Agreement(TypedDict):
    """An accepted proposal and what each side committed to."""

    title: str
    accepted_on: date | None
    value_cents: int
    mine: list[Commitment]  # what you commit to
    theirs: list[Commitment]  # what the contact commits to


class LetterContext(TypedDict):
    profile: Profile
    contact: Contact
    organization: Organization | None
    event: Event | None
    offers_mine: list[Exchange]
    offers_theirs: list[Exchange]
    asks_mine: list[Exchange]
    asks_theirs: list[Exchange]
    promotions: Promotions
    other_contact: Contact | None
    match: Match | None
    today: date
    language: str
    agreement: Agreement | None  # in an agreement; None in other letters


#: (name, description) pairs shown by the template editor. Descriptions are English
#: source text marked for the translation extractor; ``describe`` translates them.
TEMPLATE_VARIABLES: list[tuple[str, str]] = [
    ("profile.name", QT_TRANSLATE_NOOP("Template", "Your business name")),
    ("profile.tagline", QT_TRANSLATE_NOOP("Template", "Your tagline")),
    ("profile.who_we_are", QT_TRANSLATE_NOOP("Template", "Who we are")),
    ("profile.what_we_do", QT_TRANSLATE_NOOP("Template", "What we do")),
    ("profile.where_we_are_going", QT_TRANSLATE_NOOP("Template", "Where we are going")),
    ("profile.evidence", QT_TRANSLATE_NOOP("Template", "Evidence: results, clients, press")),
    ("profile.address", QT_TRANSLATE_NOOP("Template", "Your address")),
    ("profile.phone", QT_TRANSLATE_NOOP("Template", "Your phone")),
    ("profile.email", QT_TRANSLATE_NOOP("Template", "Your email")),
    ("profile.website", QT_TRANSLATE_NOOP("Template", "Your website")),
    ("profile.signature_name", QT_TRANSLATE_NOOP("Template", "Name under the signature")),
    ("profile.signature_title", QT_TRANSLATE_NOOP("Template", "Title under the signature")),
    ("profile.currency", QT_TRANSLATE_NOOP("Template", "Your currency code, such as EUR")),
    ("profile.has_logo", QT_TRANSLATE_NOOP("Template", "True if your profile has a logo")),
    ("contact.display_name", QT_TRANSLATE_NOOP("Template", "The contact's full name")),
    ("contact.given_name", QT_TRANSLATE_NOOP("Template", "The contact's first name")),
    ("contact.family_name", QT_TRANSLATE_NOOP("Template", "The contact's family name")),
    ("contact.prefix", QT_TRANSLATE_NOOP("Template", "Title such as Ms. or Dr.")),
    ("contact.job_title", QT_TRANSLATE_NOOP("Template", "The contact's job title")),
    ("contact.email", QT_TRANSLATE_NOOP("Template", "The contact's first email address")),
    ("contact.emails", QT_TRANSLATE_NOOP("Template", "All the contact's email addresses (a list)")),
    ("contact.phone", QT_TRANSLATE_NOOP("Template", "The contact's first phone number")),
    ("contact.organization", QT_TRANSLATE_NOOP("Template", "The contact's organisation name")),
    ("contact.stage", QT_TRANSLATE_NOOP(
        "Template", "Relationship stage: new, contacted, meeting, proposal_sent, ally or dormant")),
    ("contact.audience_size", QT_TRANSLATE_NOOP(
        "Template", "Size of the contact's audience or list")),
    ("contact.met_where", QT_TRANSLATE_NOOP("Template", "Where you met the contact")),
    ("organization.name", QT_TRANSLATE_NOOP(
        "Template", "The contact's organisation (empty if none)")),
    ("organization.website", QT_TRANSLATE_NOOP("Template", "The organisation's website")),
    ("event.name", QT_TRANSLATE_NOOP("Template", "The event where you met (empty if none)")),
    ("event.kind", QT_TRANSLATE_NOOP(
        "Template", "Kind of event: breakfast, meetup, fair, conference, webinar or other")),
    ("event.starts_at", QT_TRANSLATE_NOOP(
        "Template", "When the event started (use |date or |time)")),
    ("event.place", QT_TRANSLATE_NOOP("Template", "Where the event took place")),
    ("offers_mine", QT_TRANSLATE_NOOP(
        "Template", "What you offer this contact (list of category, description, value_cents, "
                    "status)")),
    ("offers_theirs", QT_TRANSLATE_NOOP("Template", "What the contact offers you (list)")),
    ("asks_mine", QT_TRANSLATE_NOOP("Template", "What you ask of this contact (list)")),
    ("asks_theirs", QT_TRANSLATE_NOOP("Template", "What the contact asks of you (list)")),
    ("promotions.mine", QT_TRANSLATE_NOOP(
        "Template", "Your promotions of the contact (channel, promoted_on, audience_reached, "
                    "visits, leads, sales, revenue_cents)")),
    ("promotions.theirs", QT_TRANSLATE_NOOP("Template", "The contact's promotions of you (list)")),
    ("promotions.totals.mine", QT_TRANSLATE_NOOP(
        "Template", "Totals of your promotions: audience_reached, visits, leads, sales, "
                    "revenue_cents")),
    ("promotions.totals.theirs", QT_TRANSLATE_NOOP(
        "Template", "Totals of the contact's promotions")),
    ("other_contact", QT_TRANSLATE_NOOP(
        "Template", "In an introduction, the person you introduce (same fields as contact)")),
    ("match.ask", QT_TRANSLATE_NOOP("Template", "In an introduction, the contact's ask being met")),
    ("match.offer", QT_TRANSLATE_NOOP(
        "Template", "In an introduction, the other person's offer that meets it")),
    ("match.side", QT_TRANSLATE_NOOP(
        "Template", "In an introduction, which side the reader is: ask (the one looking) or "
                    "offer (the one offering)")),
    ("agreement.title", QT_TRANSLATE_NOOP(
        "Template", "In an agreement, the accepted proposal's title (empty in other letters)")),
    ("agreement.accepted_on", QT_TRANSLATE_NOOP(
        "Template", "In an agreement, the day the proposal was accepted")),
    ("agreement.value_cents", QT_TRANSLATE_NOOP(
        "Template", "In an agreement, the proposal's value (use |money)")),
    ("agreement.mine", QT_TRANSLATE_NOOP(
        "Template", "In an agreement, your commitments (description, due_on, measure, "
                    "value_cents, kept)")),
    ("agreement.theirs", QT_TRANSLATE_NOOP(
        "Template", "In an agreement, the contact's commitments (list)")),
    ("today", QT_TRANSLATE_NOOP("Template", "Today's date (use |date)")),
    ("language", QT_TRANSLATE_NOOP("Template", "The letter's language code, such as es or en")),
]

#: (usage, description) pairs for the filters the editor shows.
TEMPLATE_FILTERS: list[tuple[str, str]] = [
    ("value|date", QT_TRANSLATE_NOOP(
        "Template", "A date in words: 21 de noviembre de 2026 / November 21, 2026")),
    ("value|date('short')", QT_TRANSLATE_NOOP("Template", "A short date: 21/11/2026 / 11/21/2026")),
    ("value|date('full')", QT_TRANSLATE_NOOP("Template", "A date with the weekday")),
    ("value|time", QT_TRANSLATE_NOOP("Template", "The clock time of a date and time")),
    ("cents|money", QT_TRANSLATE_NOOP("Template", "An amount in cents as money in your currency")),
    ("cents|money('USD')", QT_TRANSLATE_NOOP("Template", "An amount in cents in another currency")),
    ("value|number", QT_TRANSLATE_NOOP("Template", "A number with thousands separators")),
    ("list|by_category", QT_TRANSLATE_NOOP(
        "Template", "Offers or asks grouped as (category, items) pairs")),
]


def describe(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``TEMPLATE_VARIABLES`` or ``TEMPLATE_FILTERS`` in the user's language."""
    return [(name, translate("Template", text)) for name, text in pairs]


def _totals(promotions: list[dict[str, Any]]) -> dict[str, Any]:
    keys = ("audience_reached", "visits", "leads", "sales", "revenue_cents")
    return {key: sum(p[key] for p in promotions) for key in keys}


def _exchange(category: str, key: str, description: str, value_cents: int = 0,
              status: str = "open") -> dict[str, Any]:
    return {
        "category": category,
        "category_key": key,
        "description": description,
        "value_cents": value_cents,
        "status": status,
    }


def _promotion(channel: str, day: date, reached: int, visits: int = 0, leads: int = 0,
               sales: int = 0, revenue_cents: int = 0, notes: str = "") -> dict[str, Any]:
    return {
        "channel": channel,
        "promoted_on": day,
        "audience_reached": reached,
        "visits": visits,
        "leads": leads,
        "sales": sales,
        "revenue_cents": revenue_cents,
        "notes": notes,
    }


def _commitment(description: str, due_on: date | None, measure: str, value_cents: int,
                kept: bool = False) -> dict[str, Any]:
    return {"description": description, "due_on": due_on, "measure": measure,
            "value_cents": value_cents, "kept": kept}


def _contact(prefix: str, given: str, family: str, job: str, email: str, phone: str,
             organization: str, stage: str, audience: int, met_where: str) -> dict[str, Any]:
    return {
        "display_name": f"{given} {family}",
        "given_name": given,
        "family_name": family,
        "prefix": prefix,
        "job_title": job,
        "emails": [email],
        "email": email,
        "phone": phone,
        "organization": organization,
        "stage": stage,
        "audience_size": audience,
        "met_where": met_where,
    }


def _sample_es(today: date) -> dict[str, Any]:
    profile = {
        "name": "Cerámica Alba",
        "tagline": "Vajilla hecha a mano en Sevilla",
        "who_we_are": "Somos un taller de dos ceramistas que desde 2019 diseña y modela a mano "
                      "vajilla para casas y restaurantes.",
        "what_we_do": "Hacemos platos, tazas y cuencos por encargo, y damos talleres de torno para "
                      "principiantes los fines de semana.",
        "where_we_are_going": "En 2027 queremos abrir un segundo horno y servir a diez "
                              "restaurantes de la ciudad con vajilla propia.",
        "evidence": "Seis restaurantes ya sirven en nuestras piezas y nuestros talleres llevan 40 "
                    "ediciones con todas las plazas ocupadas.",
        "address": "Calle del Olivo 12, 41003 Sevilla",
        "phone": "+34 954 123 456",
        "email": "hola@ceramicaalba.es",
        "website": "ceramicaalba.es",
        "signature_name": "Alba Moreno",
        "signature_title": "Fundadora",
        "currency": "EUR",
        "has_logo": False,
    }
    contact = _contact("Sra.", "Lucía", "Fernández Ortega", "Fundadora y tostadora",
                       "lucia@cafemanantial.es", "+34 611 222 333", "Café Manantial", "meeting",
                       3200, "Desayuno de Emprendedoras del Barrio")
    other = _contact("Sr.", "Martín", "Ruiz Calvo", "Director", "martin@imprentaruiz.es",
                     "+34 622 444 555", "Imprenta Ruiz", "ally", 1500, "Feria de Comercio Local")
    ask = _exchange("Suministro", "supply",
                    "Cartas y tarjetas de fidelidad impresas para la cafetería", 45000)
    offer = _exchange("Suministro", "supply",
                      "Impresión de tarjetas, cartas y cartelería con un 15 % de descuento para "
                      "negocios del barrio")
    return {
        "profile": profile,
        "contact": contact,
        "organization": {"name": "Café Manantial", "website": "cafemanantial.es"},
        "event": {
            "name": "Desayuno de Emprendedoras del Barrio",
            "kind": "breakfast",
            "starts_at": datetime.combine(today - timedelta(days=9), time(9, 0)),
            "place": "Centro Cívico La Alameda",
        },
        "offers_mine": [
            _exchange("Promoción cruzada a una audiencia", "cross_promotion",
                      "Mención destacada en nuestro boletín mensual, que leen 2.400 personas",
                      30000),
            _exchange("Formación", "training",
                      "Un taller de torno para el equipo de la cafetería", 24000),
        ],
        "offers_theirs": [
            _exchange("Promoción cruzada a una audiencia", "cross_promotion",
                      "Publicación en Instagram y cartel en la barra durante una semana", 35000),
            _exchange("Espacio compartido", "shared_space",
                      "La sala del fondo para un taller al mes"),
        ],
        "asks_mine": [
            _exchange("Espacio compartido", "shared_space",
                      "Un lugar céntrico donde exponer nuestras tazas"),
        ],
        "asks_theirs": [
            ask,
            _exchange("Suministro", "supply", "Tazas con el logotipo de la cafetería", 90000),
        ],
        "promotions": {
            "mine": [
                _promotion("Boletín de otoño", today - timedelta(days=46), 2400, 310, 24, 9, 40500),
                _promotion("Boletín mensual", today + timedelta(days=10), 2400),
            ],
            "theirs": [
                _promotion("Publicación en Instagram", today - timedelta(days=44), 3200, 420, 31,
                           12, 56000),
                _promotion("Instagram y cartel en la barra", today + timedelta(days=12), 3200),
            ],
            "totals": {},
        },
        "other_contact": other,
        "match": {"ask": ask, "offer": offer, "side": "ask"},
        "today": today,
        "language": "es",
        "agreement": {
            "title": "Intercambio de boletines y taller en la cafetería",
            "accepted_on": today - timedelta(days=3),
            "value_cents": 54000,
            "mine": [
                _commitment("Mención destacada en nuestro boletín de 2.400 personas",
                            today + timedelta(days=10), "Visitas desde el enlace", 30000),
                _commitment("Un taller de torno para el equipo de la cafetería",
                            today + timedelta(days=30), "", 24000),
            ],
            "theirs": [
                _commitment("Publicación en Instagram y cartel en la barra durante una semana",
                            today + timedelta(days=12), "Visitas y ventas con el código ALBA",
                            35000, kept=True),
            ],
        },
    }


def _sample_en(today: date) -> dict[str, Any]:
    profile = {
        "name": "Alba Ceramics",
        "tagline": "Handmade tableware from Portland",
        "who_we_are": "We are a studio of two potters who have been designing and hand-throwing "
                      "tableware for homes and restaurants since 2019.",
        "what_we_do": "We make plates, mugs and bowls to order, and run beginners' wheel-throwing "
                      "workshops on weekends.",
        "where_we_are_going": "In 2027 we plan to fire up a second kiln and supply ten local "
                              "restaurants with tableware of their own.",
        "evidence": "Six restaurants already serve on our pieces, and our workshops have sold out "
                    "for 40 sessions in a row.",
        "address": "42 Harbor Lane, Portland, OR 97201",
        "phone": "+1 503 555 0142",
        "email": "hello@albaceramics.com",
        "website": "albaceramics.com",
        "signature_name": "Alba Moreno",
        "signature_title": "Founder",
        "currency": "USD",
        "has_logo": False,
    }
    contact = _contact("Ms.", "Sarah", "Mitchell", "Owner and head roaster",
                       "sarah@maplestreetcoffee.com", "+1 503 555 0178", "Maple Street Coffee",
                       "meeting", 3200,
                       "Neighborhood Founders' Breakfast")
    other = _contact("Mr.", "David", "Okafor", "Director", "david@okaforprint.com",
                     "+1 503 555 0199", "Okafor Print Studio", "ally", 1500, "Local Business Fair")
    ask = _exchange("Supply", "supply", "Printed menus and loyalty cards for the coffee shop",
                    45000)
    offer = _exchange("Supply", "supply",
                      "Printing of cards, menus and posters at 15% off for neighborhood businesses")
    return {
        "profile": profile,
        "contact": contact,
        "organization": {"name": "Maple Street Coffee", "website": "maplestreetcoffee.com"},
        "event": {
            "name": "Neighborhood Founders' Breakfast",
            "kind": "breakfast",
            "starts_at": datetime.combine(today - timedelta(days=9), time(9, 0)),
            "place": "Alameda Community Center",
        },
        "offers_mine": [
            _exchange("Cross-promotion to an audience", "cross_promotion",
                      "A featured mention in our monthly newsletter, read by 2,400 people", 30000),
            _exchange("Training", "training", "A wheel-throwing workshop for the coffee shop team",
                      24000),
        ],
        "offers_theirs": [
            _exchange("Cross-promotion to an audience", "cross_promotion",
                      "An Instagram post and a sign by the counter for a week", 35000),
            _exchange("Shared space", "shared_space", "The back room for one workshop a month"),
        ],
        "asks_mine": [
            _exchange("Shared space", "shared_space", "A central spot to display our mugs"),
        ],
        "asks_theirs": [
            ask,
            _exchange("Supply", "supply", "Mugs with the coffee shop's logo", 90000),
        ],
        "promotions": {
            "mine": [
                _promotion("Fall newsletter", today - timedelta(days=46), 2400, 310, 24, 9, 40500),
                _promotion("Monthly newsletter", today + timedelta(days=10), 2400),
            ],
            "theirs": [
                _promotion("Instagram post", today - timedelta(days=44), 3200, 420, 31, 12, 56000),
                _promotion("Instagram and counter sign", today + timedelta(days=12), 3200),
            ],
            "totals": {},
        },
        "other_contact": other,
        "match": {"ask": ask, "offer": offer, "side": "ask"},
        "today": today,
        "language": "en",
        "agreement": {
            "title": "Newsletter swap and a workshop at the coffee shop",
            "accepted_on": today - timedelta(days=3),
            "value_cents": 54000,
            "mine": [
                _commitment("A featured mention in our newsletter, read by 2,400 people",
                            today + timedelta(days=10), "Visits from the link", 30000),
                _commitment("A wheel-throwing workshop for the coffee shop team",
                            today + timedelta(days=30), "", 24000),
            ],
            "theirs": [
                _commitment("An Instagram post and a sign by the counter for a week",
                            today + timedelta(days=12), "Visits and sales with the code ALBA",
                            35000, kept=True),
            ],
        },
    }


def sample_context(language: str, today: date | None = None) -> dict[str, Any]:
    """A complete, realistic ``LetterContext`` in Spanish ("es*") or English (anything else)."""
    today = today or date.today()
    context = _sample_es(today) if language.lower().startswith("es") else _sample_en(today)
    context["language"] = language
    promotions = context["promotions"]
    promotions["totals"] = {"mine": _totals(promotions["mine"]),
                            "theirs": _totals(promotions["theirs"])}
    return context
